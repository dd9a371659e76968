import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import { regionLevelOfCode } from '../regions/region.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Incident, IncidentFacts, IncidentGrade, IncidentLocation, IncidentType } from './incident.js';
import { incidentReportRefused } from './incident-errors.js';
import { assessGrade } from './incident-grade.js';
import { factProblems } from './incident-input.js';
import { lateReportChanges } from './incident-lateness.js';
import { canReportIncidents } from './incident-policy.js';
import { insertIncident } from './save-incident.js';
import { enqueueDutyNotices, lateReportNotices } from '../duty/duty-notices.js';

export interface RecordIncidentInput {
  /** A unit of the registry; its name and town are taken from it. */
  readonly unitId?: string | undefined;
  /** The unit in free text, when it is not in the registry. */
  readonly unitName?: string | undefined;
  /** Needed with a free-text unit from the district; a town office's own town otherwise. */
  readonly townCode?: string | undefined;
  readonly occurredAt: string;
  readonly place: string;
  /** WGS-84 unless `crs` says otherwise; stored as WGS-84. */
  readonly location?: (IncidentLocation & { readonly crs?: CoordinateSystem | undefined }) | null | undefined;
  readonly type: IncidentType;
  readonly course: string;
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly minorInjuries: number;
  readonly missing: number;
  readonly directLossYuan: number;
  readonly measures?: string | undefined;
  readonly reporterName: string;
  readonly reporterPhone?: string | undefined;
  /** When the unit's report reached the county level (Art. 9); default: now. */
  readonly unitReportedAt?: string | undefined;
  /** A grade set by hand instead of the computed one; needs `gradeReason`. */
  readonly grade?: IncidentGrade | undefined;
  readonly gradeReason?: string | undefined;
}

async function placeOf(stores: Stores, actor: Actor, input: RecordIncidentInput): Promise<{ unitId: string | null; unitName: string; townCode: string; problems: FieldProblem[] }> {
  const ownTown = actor.scope.regionCode === actor.districtCode ? null : actor.scope.regionCode.slice(0, 9);
  if (input.unitId) {
    const unit = await stores.units.findById(input.unitId, scopeFilterOf(actor));
    if (!unit) return { unitId: null, unitName: '', townCode: '', problems: [{ path: '/unitId', code: 'not_found' }] };
    return { unitId: unit.id, unitName: unit.name, townCode: unit.townCode, problems: [] };
  }
  const townCode = ownTown ?? input.townCode ?? '';
  const valid = regionLevelOfCode(townCode) === 'town' && townCode.startsWith(actor.districtCode);
  return { unitId: null, unitName: input.unitName?.trim() ?? '', townCode, problems: valid ? [] : [{ path: '/townCode', code: townCode ? 'not_found' : 'required' }] };
}

/**
 * Records an accident (首报) inside the caller's transaction: the facts of Art. 12, the grade the three
 * criteria of Art. 3 give (or one set by hand with a reason), the unit's report to the county as the
 * first step, and any step already past its limit as 迟报. The first version is written with it.
 */
export async function recordIncidentRecord(stores: Stores, context: WriteContext, input: RecordIncidentInput): Promise<Incident> {
  const { deps, actor, now } = context;
  if (!canReportIncidents(actor)) throw incidentReportRefused();
  const place = await placeOf(stores, actor, input);
  const facts: IncidentFacts = {
    unitId: place.unitId,
    unitName: place.unitName,
    occurredAt: input.occurredAt,
    place: input.place.trim(),
    location: input.location ? toWgs84({ lng: input.location.lng, lat: input.location.lat }, input.location.crs ?? 'wgs84') : null,
    type: input.type,
    course: input.course.trim(),
    deaths: input.deaths,
    seriousInjuries: input.seriousInjuries,
    minorInjuries: input.minorInjuries,
    missing: input.missing,
    directLossYuan: input.directLossYuan,
    measures: input.measures?.trim() ?? '',
    reporterName: input.reporterName.trim(),
    reporterPhone: input.reporterPhone?.trim() ?? '',
  };
  const problems = [...place.problems, ...factProblems(facts, now).filter((problem) => !(problem.path === '/unitName' && input.unitId))];
  const unitReportedAt = input.unitReportedAt ?? now.toISOString();
  if (input.unitReportedAt !== undefined && (Number.isNaN(Date.parse(unitReportedAt)) || Date.parse(unitReportedAt) > now.getTime())) problems.push({ path: '/unitReportedAt', code: 'format' });
  else if (Date.parse(unitReportedAt) < Date.parse(input.occurredAt)) problems.push({ path: '/unitReportedAt', code: 'before_occurred' });
  const computedGrade = assessGrade(facts).grade;
  const overridden = input.grade !== undefined && input.grade !== computedGrade;
  if (overridden && !input.gradeReason?.trim()) problems.push({ path: '/gradeReason', code: 'required' });
  if (problems.length > 0) throw invalidInput(problems);

  const draft: Incident = {
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    townCode: place.townCode,
    status: 'open',
    facts: { ...facts, occurredAt: new Date(facts.occurredAt).toISOString() },
    computedGrade,
    grade: overridden ? (input.grade as IncidentGrade) : computedGrade,
    gradeReason: overridden ? (input.gradeReason as string).trim() : null,
    steps: [{ step: 'unit_to_county', doneAt: new Date(unitReportedAt).toISOString(), recordedBy: actor.userId, recordedByName: actor.displayName }],
    lateReports: [],
    createdBy: actor.userId,
    createdByName: actor.displayName,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    closedAt: null,
    version: 1,
  };
  const incident: Incident = { ...draft, lateReports: lateReportChanges(draft, now) };
  await insertIncident(stores, context, incident, { kind: 'first_report', changed: [], note: '' });
  // A first report made after the unit's hour is 迟报 at once (ADR 0076); tell the duty office now.
  await enqueueDutyNotices(stores, context.deps, lateReportNotices(incident, incident.lateReports));
  return incident;
}

/** Records an accident (首报), in one transaction. */
export async function recordIncident(deps: CoreDeps, actor: Actor, input: RecordIncidentInput): Promise<Incident> {
  if (!canReportIncidents(actor)) throw incidentReportRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => recordIncidentRecord(stores, context, input));
}
