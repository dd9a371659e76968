import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { INCIDENT_GRADES, REPORT_STEPS, type Incident, type IncidentFacts, type IncidentGrade, type ReportStep } from './incident.js';
import { casualtyWindowEndsAt, STEP_RULES, stepStatuses } from './incident-deadlines.js';
import { incidentClosed, incidentNotFound, incidentNothingChanged, incidentReportRefused, incidentStepAlreadyReported, incidentStepOutOfOrder, incidentStepsOpen } from './incident-errors.js';
import { assessGrade } from './incident-grade.js';
import { CASUALTY_FACTS, changedFacts, factProblems } from './incident-input.js';
import { lateReportChanges, withLateReports } from './incident-lateness.js';
import { canReportIncidents, incidentScopeOf } from './incident-policy.js';
import { saveIncidentVersion } from './save-incident.js';
import { enqueueDutyNotices, lateReportNotices, newLateReports } from '../duty/duty-notices.js';

/** 续报: any fact may change (unit link aside); a note says what was learnt. */
export interface FollowUpInput {
  readonly changes: Partial<Omit<IncidentFacts, 'unitId'>>;
  readonly note?: string | undefined;
}

export type IncidentAction =
  | { readonly action: 'follow_up'; readonly input: FollowUpInput }
  | { readonly action: 'set_grade'; readonly grade: IncidentGrade; readonly reason: string }
  | { readonly action: 'report_step'; readonly step: ReportStep; readonly doneAt?: string | undefined; readonly note?: string | undefined }
  | { readonly action: 'close'; readonly note: string };

function followUp(context: WriteContext, incident: Incident, input: FollowUpInput) {
  const facts: IncidentFacts = { ...incident.facts, ...input.changes, unitId: incident.facts.unitId };
  const problems = factProblems(facts, context.now);
  if (problems.length > 0) throw invalidInput(problems);
  const normalised = { ...facts, occurredAt: new Date(facts.occurredAt).toISOString() };
  const changed = changedFacts(incident.facts, normalised);
  if (changed.length === 0 && !input.note?.trim()) throw incidentNothingChanged();
  const computedGrade = assessGrade(normalised).grade;
  const grade = incident.gradeReason === null ? computedGrade : incident.grade;
  // Art. 13: casualty changes are 补报 within 30 (7) days; one after that is kept, and marked.
  const afterCasualtyWindow = changed.some((name) => CASUALTY_FACTS.includes(name)) && context.now.toISOString() > casualtyWindowEndsAt(normalised.occurredAt, normalised.type);
  const lateReports = withLateReports(incident.lateReports, lateReportChanges({ ...incident, facts: normalised, grade }, context.now));
  return { changes: { facts: normalised, computedGrade, grade, lateReports }, note: { kind: 'follow_up' as const, changed, note: input.note ?? '', afterCasualtyWindow } };
}

function setGrade(context: WriteContext, incident: Incident, grade: IncidentGrade, reason: string) {
  if (!INCIDENT_GRADES.includes(grade)) throw invalidInput([{ path: '/grade', code: 'enum' }]);
  const manual = grade !== incident.computedGrade;
  if (manual && !reason.trim()) throw invalidInput([{ path: '/reason', code: 'required' }]);
  const lateReports = withLateReports(incident.lateReports, lateReportChanges({ ...incident, grade }, context.now));
  return { changes: { grade, gradeReason: manual ? reason.trim() : null, lateReports }, note: { kind: 'grade_set' as const, changed: ['grade'], note: reason } };
}

function reportStep(context: WriteContext, incident: Incident, step: ReportStep, doneAtInput: string | undefined, note: string | undefined) {
  if (!REPORT_STEPS.includes(step)) throw invalidInput([{ path: '/step', code: 'enum' }]);
  if (incident.steps.some((done) => done.step === step)) throw incidentStepAlreadyReported(step);
  const rule = STEP_RULES.find((candidate) => candidate.step === step);
  const previous = rule?.after ? incident.steps.find((done) => done.step === rule.after) : undefined;
  if (rule?.after && !previous) throw incidentStepOutOfOrder(step, rule.after);
  const doneAt = doneAtInput ?? context.now.toISOString();
  if (Number.isNaN(Date.parse(doneAt)) || Date.parse(doneAt) > context.now.getTime()) throw invalidInput([{ path: '/doneAt', code: 'format' }]);
  if (previous && Date.parse(doneAt) < Date.parse(previous.doneAt)) throw invalidInput([{ path: '/doneAt', code: 'before_previous_step' }]);
  const steps = [...incident.steps, { step, doneAt: new Date(doneAt).toISOString(), recordedBy: context.actor.userId, recordedByName: context.actor.displayName }];
  const lateReports = withLateReports(incident.lateReports, lateReportChanges({ ...incident, steps }, context.now));
  return { changes: { steps, lateReports }, note: { kind: 'step_reported' as const, step, note: note ?? '' } };
}

function close(context: WriteContext, incident: Incident, note: string) {
  const open = stepStatuses(incident, context.now).filter((status) => status.state === 'pending' || status.state === 'overdue' || status.state === 'waiting');
  if (open.length > 0) throw incidentStepsOpen(open.map((status) => status.step));
  return { changes: { status: 'closed' as const, closedAt: context.now.toISOString() }, note: { kind: 'closed' as const, note } };
}

/**
 * One action on an open incident inside the caller's transaction; each becomes a new version
 * (ADR 0076): 续报 (facts), a grade set by hand with a reason, an upward reporting step (late ones
 * are recorded as 迟报), or 核报/结案, which needs every step the grade requires.
 */
export async function actOnIncidentRecord(stores: Stores, context: WriteContext, incidentId: string, action: IncidentAction): Promise<Incident> {
  if (!canReportIncidents(context.actor)) throw incidentReportRefused();
  const incident = await stores.incidents.findById(incidentId, incidentScopeOf(context.actor));
  if (!incident) throw incidentNotFound(incidentId);
  if (incident.status === 'closed') throw incidentClosed(incidentId);
  const outcome = action.action === 'follow_up' ? followUp(context, incident, action.input)
    : action.action === 'set_grade' ? setGrade(context, incident, action.grade, action.reason)
      : action.action === 'report_step' ? reportStep(context, incident, action.step, action.doneAt, action.note)
        : close(context, incident, action.note);
  const saved = await saveIncidentVersion(stores, context, incident, outcome.changes, outcome.note);
  // A step reported late is 迟报 found now: its notice goes out with this write (ADR 0082).
  await enqueueDutyNotices(stores, context.deps, lateReportNotices(saved, newLateReports(incident, saved)));
  return saved;
}

/** One action on an incident, in one transaction. */
export async function actOnIncident(deps: CoreDeps, actor: Actor, incidentId: string, action: IncidentAction): Promise<Incident> {
  if (!canReportIncidents(actor)) throw incidentReportRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => actOnIncidentRecord(stores, context, incidentId, action));
}
