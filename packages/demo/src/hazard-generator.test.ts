import {
  type HazardAction,
  DEFAULT_HAZARD_TIME_POLICY,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  actorOf,
  daysOverdue,
  defaultDeadline,
  escalationLevel,
  isInScope,
  isPointInPolygon,
  missingPlanParts,
  nextHazardStatus,
  scopeFilterOf,
  shanghaiDate,
  uuidV7Time,
  type Hazard,
  type HazardEvent,
  type HazardStatus,
  type Unit,
  type User,
} from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { DEMO_CALENDAR } from './demo-calendar.js';
import { generateDemoDistrict } from './generate-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');
const today = shanghaiDate(now);
const district = generateDemoDistrict({ now, units: 3_000, hazards: 10_000, seed: 'hazard tests' });
const records = Array.from({ length: district.counts.hazards }, (_, index) => district.hazardAt(index));
const hazards = records.map((record) => record.hazard);
const users = new Map(district.users.map((user) => [user.id, user]));
const units = new Map(Array.from({ length: district.counts.units }, (_, index) => district.unitAt(index)).map((unit) => [unit.id, unit]));
const grids = new Map(district.grids.map((grid) => [grid.id, grid]));
const policy = DEFAULT_HAZARD_TIME_POLICY;

/** Problems of one hazard's timeline against the lifecycle, or [] when it replays cleanly. */
function replayProblems(hazard: Hazard, events: readonly HazardEvent[]): string[] {
  const problems: string[] = [];
  let status: HazardStatus | null = null;
  let deadline: string | null = null;
  let assigneeId: string | null = null;
  let submittedBy: string | null = null;
  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (index === 0 && (event.action !== 'report' || event.fromStatus !== null)) problems.push('does not start with a report');
    if (previous && !(event.at > previous.at && event.id > previous.id)) problems.push(`${event.action}: time or id not increasing`);
    if (uuidV7Time(event.id).toISOString() !== event.at) problems.push(`${event.action}: id time differs`);
    if (new Date(event.at) > now) problems.push(`${event.action}: after now`);
    const next: HazardStatus | null = event.action === 'report' ? 'reported' : status && nextHazardStatus(status, event.action as HazardAction);
    if (!next || next !== event.toStatus || event.fromStatus !== status) problems.push(`${event.action}: not allowed from ${status}`);
    status = next;
    const details = event.details as Record<string, string | null>;
    if (event.action === 'assign' || event.action === 'extend' || event.action === 'return') deadline = details['deadline'] ?? null;
    if (event.action === 'assign' || event.action === 'reassign') assigneeId = details['assigneeId'] ?? null;
    if (event.action === 'submit') submittedBy = event.actorId;
    if (event.action === 'return') submittedBy = null;
  });
  const last = events.at(-1);
  const closeEvent = events.find((event) => event.action === 'close');
  const dismissEvent = events.find((event) => event.action === 'dismiss');
  const expected: Partial<Hazard> = {
    status: status ?? 'reported', deadline, assigneeId, submittedBy, version: events.length, updatedAt: last?.at ?? '',
    closedAt: closeEvent?.at ?? null, dismissReason: (dismissEvent?.details['reason'] as Hazard['dismissReason']) ?? null,
    extensionCount: events.filter((event) => event.action === 'extend').length,
  };
  for (const [field, value] of Object.entries(expected)) {
    if (hazard[field as keyof Hazard] !== value) problems.push(`${field} is ${String(hazard[field as keyof Hazard])}, events say ${String(value)}`);
  }
  return problems;
}

/** Problems with who acted: a generated user of the right role whose scope covers the hazard. */
function actorProblems(hazard: Hazard, events: readonly HazardEvent[]): string[] {
  const problems: string[] = [];
  let assigneeId: string | null = null;
  for (const event of events) {
    const user = users.get(event.actorId) as User | undefined;
    if (!user || user.displayName !== event.actorName || user.role !== event.actorRole) {
      problems.push(`${event.action}: unknown actor`);
      continue;
    }
    if (!isInScope(scopeFilterOf(actorOf(user)), hazard)) problems.push(`${event.action}: ${user.username} cannot see it`);
    const supervisorRole = hazard.level === 'major' && (event.action === 'close' || event.action === 'return') ? 'district' : 'town';
    if (event.action === 'report' && (user.role === 'enterprise') !== (hazard.source === 'self_check')) problems.push('report: self-check by someone else');
    if (['assign', 'dismiss', 'extend', 'reassign', 'close', 'return'].includes(event.action) && user.role !== supervisorRole) {
      problems.push(`${event.action}: by a ${user.role}`);
    }
    if (event.action === 'assign' || event.action === 'reassign') assigneeId = (event.details['assigneeId'] as string) ?? null;
    if (event.action === 'submit' && (event.actorId !== assigneeId || !['grid_worker', 'enterprise'].includes(user.role))) problems.push('submit: not by the assignee');
    if (event.action === 'close' && event.actorId === hazard.submittedBy) problems.push('close: by the submitter');
  }
  return problems;
}

describe('generated hazards', () => {
  it('replay exactly through core’s lifecycle table, in strictly increasing time and id', () => {
    const broken = records.flatMap(({ hazard, events }) => replayProblems(hazard, events).map((problem) => `${hazard.id}: ${problem}`));
    expect(broken).toEqual([]);
  });

  it('are acted on by generated users of the right role whose scope covers them', () => {
    const broken = records.flatMap(({ hazard, events }) => actorProblems(hazard, events).map((problem) => `${hazard.id}: ${problem}`));
    expect(broken).toEqual([]);
  });

  it('reach every state, with dismissals of both kinds and overdue hazards at every escalation level', () => {
    expect(new Set(hazards.map((hazard) => hazard.status))).toEqual(new Set(HAZARD_STATUSES));
    expect(new Set(hazards.flatMap((hazard) => (hazard.dismissReason ? [hazard.dismissReason] : [])))).toEqual(new Set(['not_true', 'duplicate']));
    const levels = new Set(hazards.filter((hazard) => daysOverdue(hazard, today, DEMO_CALENDAR) > 0).map((hazard) => escalationLevel(policy, daysOverdue(hazard, today, DEMO_CALENDAR))));
    expect(levels).toEqual(new Set(['town', 'department', 'district']));
    const closed = hazards.filter((hazard) => hazard.status === 'closed').length;
    expect(closed / hazards.length).toBeGreaterThan(0.8);
  });

  it('set deadlines by core’s policy and give every assigned major hazard its complete 五到位 plan', () => {
    const wrong = records.filter(({ hazard, events }) => {
      const assign = events.find((event) => event.action === 'assign');
      if (!assign) return hazard.plan !== null && hazard.level !== 'major';
      const expected = defaultDeadline(policy, hazard, shanghaiDate(assign.at), DEMO_CALENDAR);
      if (assign.details['deadline'] !== expected) return true;
      return hazard.level === 'major' ? missingPlanParts(hazard.plan).length > 0 || hazard.plan?.deadline !== expected : hazard.plan !== null;
    });
    expect(wrong.map(({ hazard }) => hazard.id)).toEqual([]);
    const major = hazards.filter((hazard) => hazard.level === 'major').length / hazards.length;
    expect(major).toBeGreaterThan(0.005);
    expect(major).toBeLessThan(0.03);
    expect(hazards.every((hazard) => hazard.extensionCount <= policy.maxExtensions)).toBe(true);
  });

  it('come from every source, found no later than reported, with ids in report-time order', () => {
    expect(new Set(hazards.map((hazard) => hazard.source))).toEqual(new Set(HAZARD_SOURCES));
    expect(hazards.filter((hazard) => hazard.foundAt > hazard.reportedAt || uuidV7Time(hazard.id).toISOString() !== hazard.reportedAt)).toEqual([]);
    const ids = hazards.map((hazard) => hazard.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const firstReport = new Date(hazards[0]?.reportedAt ?? '').getTime();
    expect(now.getTime() - firstReport).toBeGreaterThan(700 * 86_400_000);
  });

  it('sit where their unit is, or at a street location inside their grid', () => {
    const misplaced = hazards.filter((hazard) => {
      const unit = hazard.unitId ? (units.get(hazard.unitId) as Unit | undefined) : undefined;
      if (hazard.unitId) {
        return !unit || unit.gridId !== hazard.gridId || unit.townCode !== hazard.townCode || unit.villageCode !== hazard.villageCode ||
          unit.sector !== hazard.sector || unit.location.lng !== hazard.location?.lng;
      }
      const grid = grids.get(hazard.gridId);
      return !grid || !hazard.location || !isPointInPolygon(hazard.location, grid.boundary) || grid.villageCode !== hazard.villageCode;
    });
    expect(misplaced.map((hazard) => hazard.id)).toEqual([]);
    expect(hazards.some((hazard) => hazard.unitId === null)).toBe(true);
  });

  it('fit their unit: dust findings on dust handlers, gas on gas users, structure on self-built houses', () => {
    const unfit = hazards.filter((hazard) => {
      const unit = hazard.unitId ? units.get(hazard.unitId) : undefined;
      switch (hazard.category) {
        case 'dust_explosion':
          return !unit?.riskTags.includes('dust');
        case 'gas':
          return !(unit?.kind === 'gas_user' || unit?.riskTags.includes('gas_use') || ['school', 'medical', 'elderly_care'].includes(unit?.kind ?? ''));
        case 'structural':
          return unit?.kind !== 'self_built_house';
        case 'construction':
          return unit?.kind !== 'construction_site';
        case 'confined_space':
          return !unit?.riskTags.includes('confined_space');
        default:
          return false;
      }
    });
    expect(unfit.map((hazard) => `${hazard.category} ${hazard.title}`)).toEqual([]);
    expect(hazards.filter((hazard) => hazard.title.length === 0 || hazard.description.length < 10)).toEqual([]);
    expect(hazards.some((hazard) => hazard.legalBasis?.startsWith('《工贸企业重大事故隐患判定标准》第十一条'))).toBe(true);
  });

  it('follow the calendar: more in campaign months, recent ones less often closed', () => {
    const inMonth = (month: string) => hazards.filter((hazard) => shanghaiDate(hazard.reportedAt).startsWith(month)).length;
    expect(inMonth('2026-06')).toBeGreaterThan(inMonth('2026-07') * 1.3);
    expect(inMonth('2026-02')).toBeLessThan(inMonth('2026-03'));
    const closedShare = (list: Hazard[]) => list.filter((hazard) => hazard.status === 'closed').length / list.length;
    const recent = hazards.filter((hazard) => now.getTime() - new Date(hazard.reportedAt).getTime() < 30 * 86_400_000);
    const older = hazards.filter((hazard) => now.getTime() - new Date(hazard.reportedAt).getTime() > 180 * 86_400_000);
    expect(closedShare(recent)).toBeLessThan(closedShare(older) - 0.2);
  });

  it('give the demo enterprise a history of its own, self-checks among it', () => {
    const demoUnitId = district.unitAt(0).id;
    const own = hazards.filter((hazard) => hazard.unitId === demoUnitId);
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(own.some((hazard) => hazard.category === 'dust_explosion')).toBe(true);
    expect(own.some((hazard) => hazard.source === 'self_check')).toBe(true);
  });
});
