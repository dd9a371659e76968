import type { IncidentVersion, IncidentView } from '@safegrid/core';
import type { IncidentDetailResponse, IncidentResponse } from '@safegrid/contracts';

export function presentIncident(view: IncidentView, townNames: ReadonlyMap<string, string>): IncidentResponse {
  const { incident } = view;
  return {
    id: incident.id,
    districtCode: incident.districtCode,
    townCode: incident.townCode,
    townName: townNames.get(incident.townCode) ?? incident.townCode,
    status: incident.status,
    facts: { ...incident.facts, location: incident.facts.location ? { ...incident.facts.location } : null },
    computedGrade: incident.computedGrade,
    grade: incident.grade,
    gradeReason: incident.gradeReason,
    gradeByCriterion: { ...view.assessment.byCriterion },
    steps: view.steps.map((status) => ({ ...status })),
    next: view.next ? { step: view.next.step, dueAt: view.next.dueAt, state: view.next.state } : null,
    lateReports: incident.lateReports.map((late) => ({ ...late, notify: late.notify.map((target) => ({ ...target })) })),
    casualtyWindowEndsAt: view.casualtyWindowEndsAt,
    urgency: view.urgency,
    now: view.now,
    createdByName: incident.createdByName,
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    closedAt: incident.closedAt,
    version: incident.version,
  };
}

export function presentIncidentVersion(version: IncidentVersion): IncidentDetailResponse['versions'][number] {
  return {
    number: version.number, kind: version.kind, changed: [...version.changed], facts: { ...version.facts, location: version.facts.location ? { ...version.facts.location } : null },
    grade: version.grade, note: version.note, step: version.step, afterCasualtyWindow: version.afterCasualtyWindow, actorName: version.actorName, at: version.at,
  };
}
