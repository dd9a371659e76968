import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import type { Page, PageRequest } from '../shared/pagination.js';
import type { Incident, IncidentVersion } from './incident.js';
import { casualtyWindowEndsAt, nextDeadline, stepStatuses, type StepStatus } from './incident-deadlines.js';
import { incidentNotFound, incidentReadRefused } from './incident-errors.js';
import { assessGrade, type GradeAssessment } from './incident-grade.js';
import { canReadIncidents, incidentScopeOf } from './incident-policy.js';
import type { IncidentFilter } from './incident-store.js';

/** A step due within this long shows as "due soon" on the duty page. */
export const DUE_SOON_MS = 30 * 60_000;

export type IncidentUrgency = 'late' | 'due_soon' | 'open' | 'closed';

/** An incident with its countdown, as every page shows it. */
export interface IncidentView {
  readonly incident: Incident;
  readonly assessment: GradeAssessment;
  readonly steps: readonly StepStatus[];
  /** The earliest running deadline (pending or overdue), or null. */
  readonly next: StepStatus | null;
  readonly casualtyWindowEndsAt: string;
  readonly urgency: IncidentUrgency;
  /** The server's clock, so the countdown runs from the same instant the states were computed at. */
  readonly now: string;
}

export function incidentView(incident: Incident, now: Date): IncidentView {
  const steps = stepStatuses(incident, now);
  const next = nextDeadline(steps);
  const late = incident.lateReports.some((report) => report.doneAt === null) || steps.some((status) => status.state === 'overdue');
  const urgency: IncidentUrgency = incident.status === 'closed' ? 'closed'
    : late ? 'late'
      : next?.dueAt && Date.parse(next.dueAt) - now.getTime() <= DUE_SOON_MS ? 'due_soon' : 'open';
  return {
    incident, assessment: assessGrade(incident.facts), steps, next, urgency,
    casualtyWindowEndsAt: casualtyWindowEndsAt(incident.facts.occurredAt, incident.facts.type), now: now.toISOString(),
  };
}

function readableScope(actor: Actor) {
  if (!canReadIncidents(actor)) throw incidentReadRefused();
  return incidentScopeOf(actor);
}

export async function getIncident(deps: CoreDeps, actor: Actor, incidentId: string): Promise<IncidentView & { versions: IncidentVersion[] }> {
  const incident = await deps.incidents.findById(incidentId, readableScope(actor));
  if (!incident) throw incidentNotFound(incidentId);
  return { ...incidentView(incident, deps.clock.now()), versions: await deps.incidents.listVersions(incident.id, incident.districtCode) };
}

export async function listIncidents(deps: CoreDeps, actor: Actor, filter: IncidentFilter, page: PageRequest): Promise<Page<IncidentView>> {
  const found = await deps.incidents.list(readableScope(actor), filter, page);
  const now = deps.clock.now();
  return { items: found.items.map((incident) => incidentView(incident, now)), nextCursor: found.nextCursor };
}

/** The duty officer's page: open incidents, late first, then due soon, then by accident time. */
export async function listDutyIncidents(deps: CoreDeps, actor: Actor): Promise<IncidentView[]> {
  const now = deps.clock.now();
  const order: Record<IncidentUrgency, number> = { late: 0, due_soon: 1, open: 2, closed: 3 };
  return (await deps.incidents.listOpen(readableScope(actor))).map((incident) => incidentView(incident, now))
    .sort((a, b) => order[a.urgency] - order[b.urgency] || (a.incident.facts.occurredAt < b.incident.facts.occurredAt ? 1 : -1));
}
