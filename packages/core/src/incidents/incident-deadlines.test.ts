import { describe, expect, it } from 'vitest';
import type { Incident, IncidentFacts, ReportStep } from './incident.js';
import { casualtyWindowEndsAt, nextDeadline, stepStatuses } from './incident-deadlines.js';
import { lateReportChanges, withLateReports } from './incident-lateness.js';

const OCCURRED = '2026-03-02T01:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(OCCURRED) + minutes * 60_000);
const facts = { occurredAt: OCCURRED, type: 'collapse' } as IncidentFacts;
const done = (step: ReportStep, minutes: number) => ({ step, doneAt: at(minutes).toISOString(), recordedBy: 'u', recordedByName: 'u' });
const incident = (grade: Incident['grade'], steps: Incident['steps'], lateReports: Incident['lateReports'] = []) => ({ facts, grade, steps, lateReports });
const states = (value: ReturnType<typeof stepStatuses>) => Object.fromEntries(value.map((status) => [status.step, status.state]));

describe('reporting time limits (国务院令第493号 Art. 9–11, 13)', () => {
  it('gives the unit 1 hour from the accident: on time at 60 minutes, late at 60 minutes and 1 ms', () => {
    expect(states(stepStatuses(incident('general', [done('unit_to_county', 60)]), at(60)))).toMatchObject({ unit_to_county: 'done' });
    const lateByAMillisecond = [{ ...done('unit_to_county', 60), doneAt: new Date(at(60).getTime() + 1).toISOString() }];
    expect(states(stepStatuses(incident('general', lateByAMillisecond), at(61)))).toMatchObject({ unit_to_county: 'done_late' });
    expect(states(stepStatuses(incident('general', []), at(60)))).toMatchObject({ unit_to_county: 'pending', county_to_city: 'waiting' });
    expect(states(stepStatuses(incident('general', []), at(61)))).toMatchObject({ unit_to_county: 'overdue' });
  });

  it('gives each upward step 2 hours from the step below, as far up as the grade needs', () => {
    const steps = [done('unit_to_county', 30)];
    const general = stepStatuses(incident('general', steps), at(150));
    expect(general.find((status) => status.step === 'county_to_city')).toMatchObject({ state: 'pending', dueAt: at(150).toISOString() });
    expect(states(general)).toMatchObject({ city_to_province: 'not_required', province_to_state: 'not_required' });
    expect(states(stepStatuses(incident('general', steps), at(151)))).toMatchObject({ county_to_city: 'overdue' });
    expect(states(stepStatuses(incident('larger', [...steps, done('county_to_city', 100)]), at(220)))).toMatchObject({ city_to_province: 'pending', province_to_state: 'not_required' });
    expect(states(stepStatuses(incident('larger', [...steps, done('county_to_city', 100)]), at(221)))).toMatchObject({ city_to_province: 'overdue' });
    const major = stepStatuses(incident('major', [...steps, done('county_to_city', 100), done('city_to_province', 200)]), at(250));
    expect(major.find((status) => status.step === 'province_to_state')).toMatchObject({ state: 'pending', dueAt: at(320).toISOString() });
    expect(nextDeadline(major)?.step).toBe('province_to_state');
  });

  it('opens a 30-day casualty window, 7 days for road traffic and fire', () => {
    expect(casualtyWindowEndsAt(OCCURRED, 'collapse')).toBe('2026-04-01T01:00:00.000Z');
    expect(casualtyWindowEndsAt(OCCURRED, 'road_traffic')).toBe('2026-03-09T01:00:00.000Z');
    expect(casualtyWindowEndsAt(OCCURRED, 'fire')).toBe('2026-03-09T01:00:00.000Z');
  });

  it('records 迟报 once per step, tells the receiving level’s duty officer and leader, and fills in the late report', () => {
    const open = incident('general', [done('unit_to_county', 30)]);
    expect(lateReportChanges(open, at(150))).toEqual([]);
    const first = lateReportChanges(open, at(151));
    expect(first).toEqual([{ step: 'county_to_city', dueAt: at(150).toISOString(), detectedAt: at(151).toISOString(), doneAt: null,
      notify: [{ level: 'city', role: 'duty_officer' }, { level: 'city', role: 'duty_leader' }] }]);
    const recorded = incident('general', open.steps, first);
    expect(lateReportChanges(recorded, at(400))).toEqual([]);
    const reported = incident('general', [...open.steps, done('county_to_city', 170)], first);
    expect(lateReportChanges(reported, at(400))).toEqual([{ ...first[0], doneAt: at(170).toISOString() }]);
    expect(withLateReports(first, lateReportChanges(reported, at(400)))).toHaveLength(1);
  });
});
