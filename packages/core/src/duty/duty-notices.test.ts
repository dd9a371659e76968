import { describe, expect, it } from 'vitest';
import { actOnIncident } from '../incidents/act-on-incident.js';
import { checkIncidentDeadlines } from '../incidents/check-incident-deadlines-job.js';
import { recordIncident } from '../incidents/record-incident.js';
import { fanOutNotificationsJob } from '../notifications/fan-out-job.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';
import { addPlanTask, createTaskPlan, reportTaskProgress } from '../task-lists/task-list-actions.js';
import { createInMemoryDeps, HUTANG, LUOYANG, TEST_DISTRICT, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { acknowledgeWarning, changeWarning, issueWarning } from '../warnings/warning-actions.js';
import { checkDutyNotices } from './check-duty-notices-job.js';
import { writeHandover } from './handover-actions.js';
import { planRoster } from './plan-roster.js';

const HOUR = 60 * 60_000;

/** Runs every fan-out job not yet run, twice each (once-only), and returns the new inbox lines as `user kind`. */
async function fanOut(deps: InMemoryDeps, seen: Set<string>): Promise<string[]> {
  const jobs = [...deps.tables.jobs.values()].filter((job) => job.kind === FAN_OUT_JOB_KIND && !seen.has(job.id));
  for (const job of [...jobs, ...jobs]) await fanOutNotificationsJob.run({ job, deps, reportProgress: async () => undefined, signal: { aborted: false } });
  jobs.forEach((job) => seen.add(job.id));
  const lines = [...deps.tables.notifications.values()].filter((n) => !seen.has(n.id));
  lines.forEach((n) => seen.add(n.id));
  return lines.map((n) => `${deps.tables.users.get(n.recipientId)?.user.username ?? n.recipientId} ${n.kind}`).sort();
}

function setUp() {
  const deps = createInMemoryDeps();
  const office = deps.given.user('district', { username: 'office' });
  const leader = deps.given.user('department', { username: 'leader' });
  const hutang = deps.given.user('town', { username: 'hutang' });
  const luoyang = deps.given.user('town', { town: LUOYANG, username: 'luoyang' });
  const worker = deps.given.user('grid_worker', { username: 'worker' });
  return { deps, office, leader, hutang, luoyang, worker, seen: new Set<string>() };
}

describe('duty notices through the notification module: each event told once, to whom it concerns', () => {
  it('tells the duty office on duty (the roster’s accounts and the district office) of a late upward step, inbox and robot, once', async () => {
    const { deps, office, leader, hutang, seen } = setUp();
    await deps.inTransaction((stores) => stores.channels.saveEndpoint({
      id: deps.ids.newId(), districtCode: TEST_DISTRICT, channel: 'wecom', name: '区值班群', regionCode: TEST_DISTRICT, sector: null, kinds: ['incident.late_report'],
      target: 'http://127.0.0.1:9/robot', secret: null, enabled: true, createdAt: deps.clock.now().toISOString(), updatedAt: deps.clock.now().toISOString(),
    }));
    await planRoster(deps, office, { action: 'set', input: { regionCode: TEST_DISTRICT, date: '2026-03-02', kind: 'day', leader: { userId: leader.userId, name: '李带班', phone: '13800000001' }, officer: { name: '王值班', phone: '13800000002' }, note: '' } });
    const incident = await recordIncident(deps, hutang, {
      unitName: '常州某建材有限公司', townCode: HUTANG, occurredAt: new Date(deps.clock.now().getTime() - 20 * 60_000).toISOString(), place: '湖塘镇某路1号', location: { lng: 119.91, lat: 31.71 },
      type: 'collapse', course: '车间顶棚坍塌', deaths: 3, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossYuan: 0, measures: '封控现场', reporterName: '王', reporterPhone: '13800000000',
    });
    expect(await fanOut(deps, seen)).toEqual([]);
    deps.clock.advance(2 * HOUR + 60_000);
    await checkIncidentDeadlines(deps, TEST_DISTRICT);
    await checkIncidentDeadlines(deps, TEST_DISTRICT);
    expect(await fanOut(deps, seen)).toEqual(['leader incident.late_report', 'office incident.late_report']);
    const line = [...deps.tables.notifications.values()].find((n) => n.kind === 'incident.late_report');
    expect(line).toMatchObject({ title: '事故迟报：常州某建材有限公司', link: { type: 'incident', id: incident.id } });
    expect(line?.body).toContain('县级向市级报告已超过时限（2026-03-02 12:00）');
    expect([...deps.tables.deliveries.values()].map((d) => [d.channel, d.kind, d.title])).toEqual([['wecom', 'incident.late_report', '事故迟报：常州某建材有限公司']]);

    // Reporting the step late changes the record, not the event: nobody is told twice.
    await actOnIncident(deps, office, incident.id, { action: 'report_step', step: 'county_to_city' });
    await checkIncidentDeadlines(deps, TEST_DISTRICT);
    expect(await fanOut(deps, seen)).toEqual([]);
    expect(deps.tables.deliveries.size).toBe(1);
  });

  it('tells a warning’s addressees when issued, upgraded and lifted, and only those who have not acknowledged on the reminder', async () => {
    const { deps, office, hutang, luoyang, worker, seen } = setUp();
    const now = deps.clock.now().getTime();
    const warning = await issueWarning(deps, office, {
      kind: 'gale', colour: 'orange', townCodes: [HUTANG], startsAt: new Date(now).toISOString(), endsAt: new Date(now + 24 * HOUR).toISOString(),
      actions: '停止室外高处作业', addressees: { towns: true, departments: [], gridWorkers: true, enterpriseTags: [], enterpriseSectors: [] },
    });
    expect(await fanOut(deps, seen)).toEqual(['hutang warning.issued', 'worker warning.issued']);
    expect([...deps.tables.notifications.values()][0]?.title).toBe('大风橙色预警已发布');
    await acknowledgeWarning(deps, worker, warning.id);
    await changeWarning(deps, office, warning.id, { action: 'remind' });
    expect(await fanOut(deps, seen)).toEqual(['hutang warning.reminder']);
    await changeWarning(deps, office, warning.id, { action: 'upgrade', colour: 'red', note: '' });
    await changeWarning(deps, office, warning.id, { action: 'lift', note: '风力减弱' });
    expect(await fanOut(deps, seen)).toEqual(['hutang warning.lifted', 'hutang warning.upgraded', 'worker warning.lifted', 'worker warning.upgraded']);
    expect([...deps.tables.notifications.values()].some((n) => n.recipientId === luoyang.userId)).toBe(false);
    expect(hutang.userId).not.toBe(luoyang.userId);
  });

  it('tells the lead office of a missing monthly report and of a task past its deadline, the roster owner of gaps and unacknowledged handovers, each once', async () => {
    const { deps, office, hutang, seen } = setUp();
    // The clock stands at 2026-03-02 10:00 Shanghai time: February's report is due by 03-05, January's was due by 02-05.
    const plan = await createTaskPlan(deps, office, { name: '安全生产治本攻坚三年行动', startsOn: '2024-01-01', endsOn: '2026-12-31' });
    const target = { description: '涉粉企业除尘改造完成率', value: 100, unit: '%' };
    const dust = await addPlanTask(deps, office, plan.id, { action: '重大事故隐患动态清零行动', title: '涉粉企业除尘系统改造', lead: { kind: 'town', code: HUTANG }, coResponsible: [], startsOn: '2026-01-01', deadline: '2026-12-31', target });
    await addPlanTask(deps, office, plan.id, { action: '安全监管能力提升行动', title: '镇级执法队伍建设', lead: { kind: 'town', code: LUOYANG }, coResponsible: [], startsOn: '2026-02-01', deadline: '2026-02-28', target: { description: '', value: null, unit: '' } });
    await reportTaskProgress(deps, hutang, dust.id, { period: '2026-02', text: '完成12家' });
    const handover = await writeHandover(deps, hutang, { regionCode: HUTANG, warnings: '', notes: '注意工地' });
    deps.clock.advance(HOUR + 60_000);

    expect(await checkDutyNotices(deps, TEST_DISTRICT)).toBeGreaterThan(0);
    expect(await checkDutyNotices(deps, TEST_DISTRICT)).toBe(0);
    const told = await fanOut(deps, seen);
    expect(told.filter((line) => line.includes('task_list'))).toEqual(['hutang task_list.report_missing', 'luoyang task_list.behind']);
    expect(told.filter((line) => line.includes('handover'))).toEqual(['hutang duty.handover_unacknowledged']);
    // Nobody planned any shift: every office hears once of its 7 uncovered days.
    expect(told.filter((line) => line.includes('duty.roster_gap'))).toEqual(['hutang duty.roster_gap', 'luoyang duty.roster_gap', 'office duty.roster_gap']);
    const gaps = [...deps.tables.notifications.values()].find((n) => n.kind === 'duty.roster_gap' && n.recipientId === hutang.userId);
    expect(gaps).toMatchObject({ title: '未来7天值班表有7天未排满', link: { type: 'duty', id: HUTANG } });
    expect(gaps?.body).toMatch(/^2026-03-02、2026-03-03、.*2026-03-08 的值班未排满/);
    const missing = [...deps.tables.notifications.values()].find((n) => n.kind === 'task_list.report_missing');
    expect(missing).toMatchObject({ title: '清单任务未报送：涉粉企业除尘系统改造', link: { type: 'task_list', id: plan.id } });
    expect(missing?.body).toContain('2026-01月度进展未按时报送');

    deps.clock.advance(HOUR);
    await checkDutyNotices(deps, TEST_DISTRICT);
    expect(await fanOut(deps, seen)).toEqual([]);
    expect(handover.regionCode).toBe(HUTANG);
  });
});
