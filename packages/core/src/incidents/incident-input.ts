import { isOutsideChina } from '../geo/coordinate-systems.js';
import type { FieldProblem } from '../shared/domain-error.js';
import { INCIDENT_TYPES, type IncidentFacts } from './incident.js';

export const MAX_INCIDENT_TEXT = 4_000;
/** A direct loss above this is a typing error rather than an accident (¥1000亿). */
export const MAX_DIRECT_LOSS_YUAN = 100_000_000_000;
export const MAX_PEOPLE = 100_000;

const COUNTS = ['deaths', 'seriousInjuries', 'minorInjuries', 'missing'] as const;

const isInstant = (value: string) => !Number.isNaN(Date.parse(value)) && /T/.test(value);

/** The problems of a set of facts (a first report, or the facts after a follow-up), each naming its field. */
export function factProblems(facts: IncidentFacts, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!facts.unitName.trim()) problems.push({ path: '/unitName', code: 'required' });
  if (!isInstant(facts.occurredAt)) problems.push({ path: '/occurredAt', code: 'format' });
  else if (Date.parse(facts.occurredAt) > now.getTime()) problems.push({ path: '/occurredAt', code: 'in_future' });
  if (!facts.place.trim()) problems.push({ path: '/place', code: 'required' });
  if (facts.location && isOutsideChina(facts.location)) problems.push({ path: '/location', code: 'out_of_range' });
  if (!(INCIDENT_TYPES as readonly string[]).includes(facts.type)) problems.push({ path: '/type', code: 'enum' });
  if (!facts.course.trim()) problems.push({ path: '/course', code: 'required' });
  if (!facts.reporterName.trim()) problems.push({ path: '/reporterName', code: 'required' });
  for (const field of ['course', 'measures', 'place'] as const) {
    if (facts[field].length > MAX_INCIDENT_TEXT) problems.push({ path: `/${field}`, code: 'too_long', params: { limit: MAX_INCIDENT_TEXT } });
  }
  for (const field of COUNTS) {
    const value = facts[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_PEOPLE) problems.push({ path: `/${field}`, code: 'out_of_range', params: { min: 0, max: MAX_PEOPLE } });
  }
  if (!Number.isFinite(facts.directLossYuan) || facts.directLossYuan < 0 || facts.directLossYuan > MAX_DIRECT_LOSS_YUAN) {
    problems.push({ path: '/directLossYuan', code: 'out_of_range', params: { min: 0, max: MAX_DIRECT_LOSS_YUAN } });
  }
  return problems;
}

/** The names of the facts that differ between two versions. */
export function changedFacts(before: IncidentFacts, after: IncidentFacts): string[] {
  return (Object.keys(after) as (keyof IncidentFacts)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export const CASUALTY_FACTS: readonly string[] = ['deaths', 'seriousInjuries', 'minorInjuries', 'missing'];
