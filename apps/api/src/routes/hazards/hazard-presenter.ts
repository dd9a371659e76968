import type { HazardEvent, HazardView } from '@safegrid/core';
import type { HazardEventResponse, HazardResponse } from '@safegrid/contracts';

export function presentHazard(hazard: HazardView): HazardResponse {
  return {
    id: hazard.id,
    districtCode: hazard.districtCode,
    townCode: hazard.townCode,
    villageCode: hazard.villageCode,
    gridId: hazard.gridId,
    unitId: hazard.unitId,
    sector: hazard.sector,
    source: hazard.source,
    level: hazard.level,
    category: hazard.category,
    title: hazard.title,
    description: hazard.description,
    location: hazard.location,
    legalBasis: hazard.legalBasis,
    equipmentId: hazard.equipmentId ?? null,
    status: hazard.status,
    deadline: hazard.deadline,
    assigneeId: hazard.assigneeId,
    plan: hazard.plan,
    photoIds: [...hazard.photoIds],
    reportedBy: hazard.reportedBy,
    reportedAt: hazard.reportedAt,
    foundAt: hazard.foundAt,
    submittedBy: hazard.submittedBy,
    closedAt: hazard.closedAt,
    dismissReason: hazard.dismissReason,
    extensionCount: hazard.extensionCount,
    updatedAt: hazard.updatedAt,
    version: hazard.version,
    isOverdue: hazard.isOverdue,
    daysOverdue: hazard.daysOverdue,
    workingDaysLeft: hazard.workingDaysLeft,
    escalation: hazard.escalation,
    availableActions: [...hazard.availableActions],
  };
}

export function presentHazardEvent(event: HazardEvent): HazardEventResponse {
  return {
    id: event.id,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorId: event.actorId,
    actorName: event.actorName,
    actorRole: event.actorRole,
    at: event.at,
    note: event.note,
    photoIds: [...event.photoIds],
    details: { ...event.details },
  };
}
