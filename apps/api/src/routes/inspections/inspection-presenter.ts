import type { Inspection } from '@safegrid/core';
import type { InspectionResponse } from '@safegrid/contracts';

export function presentInspection(inspection: Inspection): InspectionResponse {
  return {
    id: inspection.id,
    districtCode: inspection.districtCode,
    townCode: inspection.townCode,
    villageCode: inspection.villageCode,
    gridId: inspection.gridId,
    unitId: inspection.unitId,
    checklistId: inspection.checklistId,
    checklistCode: inspection.checklistCode,
    checklistVersion: inspection.checklistVersion,
    campaignId: inspection.campaignId,
    kind: inspection.kind,
    status: inspection.status,
    inspectorId: inspection.inspectorId,
    inspectorName: inspection.inspectorName,
    startedAt: inspection.startedAt,
    location: inspection.location,
    distanceMetres: inspection.distanceMetres,
    farReason: inspection.farReason,
    itemIds: [...inspection.itemIds],
    answers: inspection.answers.map((answer) => ({
      ...answer,
      photoIds: [...answer.photoIds],
      fixedOnSite: answer.fixedOnSite && { evidencePhotoIds: [...answer.fixedOnSite.evidencePhotoIds], note: answer.fixedOnSite.note },
    })),
    unanswered: inspection.itemIds.length - inspection.answers.length,
    finishedAt: inspection.finishedAt,
    signedBy: inspection.signedBy,
    signaturePhotoId: inspection.signaturePhotoId,
    failedItems: inspection.failedItems,
    hazardIds: inspection.answers.flatMap((answer) => (answer.hazardId ? [answer.hazardId] : [])),
    updatedAt: inspection.updatedAt,
    version: inspection.version,
  };
}
