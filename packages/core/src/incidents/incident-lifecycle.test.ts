import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { actOnIncident } from './act-on-incident.js';
import { checkIncidentDeadlines } from './check-incident-deadlines-job.js';
import { getIncident, listDutyIncidents } from './read-incidents.js';
import { recordIncident, type RecordIncidentInput } from './record-incident.js';

const HOUR = 60 * 60_000;

function setUp() {
  const deps = createInMemoryDeps();
  const district = deps.given.user('district');
  const hutang = deps.given.user('town');
  const luoyang = deps.given.user('town', { town: LUOYANG });
  const occurredAt = new Date(deps.clock.now().getTime() - 20 * 60_000).toISOString();
  const input: RecordIncidentInput = {
    unitName: '常州某建材有限公司', townCode: HUTANG, occurredAt, place: '湖塘镇某路1号 2号车间', location: { lng: 119.91, lat: 31.71 },
    type: 'collapse', course: '车间顶棚坍塌', deaths: 3, seriousInjuries: 1, minorInjuries: 2, missing: 0, directLossYuan: 2_000_000,
    measures: '已疏散并封控现场', reporterName: '王值班', reporterPhone: '13800000000',
  };
  return { deps, district, hutang, luoyang, input };
}

describe('incident reports: record, follow up, report upward, 迟报, close', () => {
  it('grades 3 deaths 较大, runs the countdown, and records the late upward step once, as a version', async () => {
    const { deps, district, hutang, luoyang, input } = setUp();
    const incident = await recordIncident(deps, hutang, input);
    expect(incident).toMatchObject({ townCode: HUTANG, grade: 'larger', computedGrade: 'larger', version: 1, lateReports: [] });
    const view = await getIncident(deps, district, incident.id);
    expect(view.next).toMatchObject({ step: 'county_to_city', state: 'pending' });
    expect(view.urgency).toBe('open');
    await expect(getIncident(deps, luoyang, incident.id)).rejects.toMatchObject({ code: 'incident.not_found' });

    deps.clock.advance(2 * HOUR - 10 * 60_000);
    expect((await listDutyIncidents(deps, district))[0]?.urgency).toBe('due_soon');
    deps.clock.advance(11 * 60_000);
    expect(await checkIncidentDeadlines(deps, district.districtCode)).toEqual([
      expect.objectContaining({ kind: 'incident.late_report', key: `incident:${incident.id}:late:county_to_city`, audience: { type: 'on_duty', regionCode: district.districtCode }, link: { type: 'incident', id: incident.id } }),
    ]);
    expect(await checkIncidentDeadlines(deps, district.districtCode)).toEqual([]);
    const late = await getIncident(deps, hutang, incident.id);
    expect(late.urgency).toBe('late');
    expect(late.incident.lateReports).toEqual([expect.objectContaining({ step: 'county_to_city', doneAt: null })]);
    expect(late.versions.map((version) => version.kind)).toEqual(['first_report', 'late_recorded']);

    await actOnIncident(deps, district, incident.id, { action: 'report_step', step: 'county_to_city' });
    const reported = await getIncident(deps, district, incident.id);
    expect(reported.incident.lateReports).toEqual([expect.objectContaining({ step: 'county_to_city', doneAt: deps.clock.now().toISOString() })]);
    expect(reported.next).toMatchObject({ step: 'city_to_province', state: 'pending' });
    await expect(actOnIncident(deps, district, incident.id, { action: 'close', note: '核报' })).rejects.toMatchObject({ code: 'incident.steps_open' });
    await actOnIncident(deps, district, incident.id, { action: 'report_step', step: 'city_to_province' });
    const closed = await actOnIncident(deps, district, incident.id, { action: 'close', note: '核报完毕' });
    expect(closed).toMatchObject({ status: 'closed', version: 5 });
    expect(await listDutyIncidents(deps, district)).toEqual([]);
    await expect(actOnIncident(deps, district, incident.id, { action: 'follow_up', input: { changes: {}, note: 'x' } })).rejects.toMatchObject({ code: 'incident.closed' });
  });

  it('keeps every 续报 as a version, regrades on new casualties, and marks casualty changes after the window', async () => {
    const { deps, hutang, input } = setUp();
    const incident = await recordIncident(deps, hutang, { ...input, deaths: 2 });
    expect(incident.grade).toBe('general');
    const followed = await actOnIncident(deps, hutang, incident.id, { action: 'follow_up', input: { changes: { deaths: 2, missing: 1 }, note: '一人失联' } });
    expect(followed).toMatchObject({ grade: 'larger', version: 2 });
    await expect(actOnIncident(deps, hutang, incident.id, { action: 'follow_up', input: { changes: {} } })).rejects.toMatchObject({ code: 'incident.nothing_changed' });
    await expect(actOnIncident(deps, hutang, incident.id, { action: 'set_grade', grade: 'major', reason: ' ' })).rejects.toMatchObject({ code: 'request.invalid', fields: [{ path: '/reason', code: 'required' }] });
    await actOnIncident(deps, hutang, incident.id, { action: 'set_grade', grade: 'major', reason: '社会影响重大，市安委办认定' });
    deps.clock.advance(31 * 24 * HOUR);
    await actOnIncident(deps, hutang, incident.id, { action: 'follow_up', input: { changes: { minorInjuries: 3 } } });
    const { versions, incident: now } = await getIncident(deps, hutang, incident.id);
    expect(now).toMatchObject({ grade: 'major', computedGrade: 'larger', gradeReason: '社会影响重大，市安委办认定' });
    expect(versions.map((version) => [version.kind, version.changed, version.afterCasualtyWindow])).toEqual([
      ['first_report', [], false], ['follow_up', ['missing'], false], ['grade_set', ['grade'], false], ['follow_up', ['minorInjuries'], true],
    ]);
    expect(versions[0]?.facts.missing).toBe(0);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const { deps, district, input } = setUp();
    const worker = deps.given.user('grid_worker');
    await expect(recordIncident(deps, worker, input)).rejects.toMatchObject({ code: 'incident.report_refused' });
    const bad = { ...input, townCode: undefined, place: ' ', deaths: -1, directLossYuan: Number.NaN, occurredAt: '2099-01-01T00:00:00Z', grade: 'major' as const };
    await expect(recordIncident(deps, district, bad)).rejects.toMatchObject({
      fields: expect.arrayContaining([
        { path: '/townCode', code: 'required' }, { path: '/place', code: 'required' }, expect.objectContaining({ path: '/deaths', code: 'out_of_range' }),
        expect.objectContaining({ path: '/directLossYuan' }), { path: '/occurredAt', code: 'in_future' }, { path: '/gradeReason', code: 'required' },
      ]),
    });
    expect(deps.tables.incidents.size).toBe(0);
    expect(deps.tables.incidentVersions).toEqual([]);
  });

  it('records a unit report made after 1 hour as 迟报 at once', async () => {
    const { deps, district, input } = setUp();
    const occurredAt = new Date(deps.clock.now().getTime() - 3 * HOUR).toISOString();
    const incident = await recordIncident(deps, district, { ...input, occurredAt });
    expect(incident.lateReports).toEqual([expect.objectContaining({ step: 'unit_to_county', doneAt: deps.clock.now().toISOString(), notify: [{ level: 'county', role: 'duty_officer' }, { level: 'county', role: 'duty_leader' }] })]);
  });
});
