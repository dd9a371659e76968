import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { addPlanTask, createTaskPlan, getTaskTable, reportTaskProgress } from './task-list-actions.js';
import { missingReports, taskStatus } from './task-list.js';

describe('清单管理: status from deadline and monthly reports', () => {
  const task = { startsOn: '2026-01-10', deadline: '2026-06-30', completedAt: null };

  it('needs each month’s report by the 5th of the next month: missing on the 6th, not on the 5th', () => {
    expect(missingReports(task, [], '2026-02-05')).toEqual([]);
    expect(missingReports(task, [], '2026-02-06')).toEqual(['2026-01']);
    expect(taskStatus(task, [{ period: '2026-01' }], '2026-02-06')).toBe('on_track');
    expect(taskStatus(task, [{ period: '2026-01' }], '2026-03-06')).toBe('behind');
    expect(missingReports(task, [{ period: '2026-02' }], '2026-04-01')).toEqual(['2026-01']);
  });

  it('is behind after the deadline and done once completed', () => {
    const all = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((period) => ({ period }));
    expect(taskStatus(task, all, '2026-06-30')).toBe('on_track');
    expect(taskStatus(task, all, '2026-07-01')).toBe('behind');
    expect(taskStatus({ ...task, completedAt: '2026-05-01T00:00:00Z' }, [], '2026-12-01')).toBe('done');
  });

  it('lets the district enter a plan and tasks, the lead town report, and shows each office its own rows', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const hutang = deps.given.user('town');
    const luoyang = deps.given.user('town', { town: LUOYANG });
    // The clock stands at 2026-03-02.
    const plan = await createTaskPlan(deps, district, { name: '安全生产治本攻坚三年行动', startsOn: '2024-01-01', endsOn: '2026-12-31' });
    await expect(createTaskPlan(deps, hutang, { name: 'x', startsOn: '2024-01-01', endsOn: '2026-12-31' })).rejects.toMatchObject({ code: 'task_list.refused' });
    const base = { action: '重大事故隐患动态清零行动', startsOn: '2026-01-01', deadline: '2026-12-31', coResponsible: [{ kind: 'department', code: 'emergency' }], target: { description: '涉粉企业除尘改造完成率', value: 100, unit: '%' } };
    const mine = await addPlanTask(deps, district, plan.id, { ...base, title: '湖塘镇涉粉企业除尘改造', lead: { kind: 'town', code: HUTANG } });
    const theirs = await addPlanTask(deps, district, plan.id, { ...base, title: '洛阳镇涉粉企业除尘改造', lead: { kind: 'town', code: LUOYANG } });
    await expect(addPlanTask(deps, district, plan.id, { ...base, title: 'x', lead: { kind: 'town', code: 'nowhere' } })).rejects.toMatchObject({ fields: [{ path: '/lead', code: 'not_found' }] });
    await reportTaskProgress(deps, hutang, mine.id, { period: '2026-01', text: '完成3家', figure: 30 });
    await reportTaskProgress(deps, hutang, mine.id, { period: '2026-02', text: '完成5家', figure: 50 });
    await expect(reportTaskProgress(deps, hutang, theirs.id, { period: '2026-02', text: 'x' })).rejects.toMatchObject({ code: 'task_list.task_not_found' });
    deps.clock.advance(5 * 86_400_000);
    const table = await getTaskTable(deps, district, plan.id);
    expect(table.rows.map((row) => [row.task.title, row.status, row.missing])).toEqual([
      ['湖塘镇涉粉企业除尘改造', 'on_track', []],
      ['洛阳镇涉粉企业除尘改造', 'behind', ['2026-01', '2026-02']],
    ]);
    expect((await getTaskTable(deps, luoyang, plan.id)).rows.map((row) => row.task.id)).toEqual([theirs.id]);
    await reportTaskProgress(deps, hutang, mine.id, { period: '2026-03', text: '全部完成', figure: 100, completes: true });
    expect((await getTaskTable(deps, hutang, plan.id)).rows[0]).toMatchObject({ status: 'done', lastReport: { figure: 100 } });
  });

  it('links a target to a live figure counted over the lead office’s hazards: its town, or its department’s sectors', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    deps.given.hazard({ level: 'major' });
    deps.given.hazard({ level: 'major', status: 'closed' });
    deps.given.hazard({ status: 'closed' });
    deps.given.hazard({ status: 'dismissed' });
    deps.given.hazard({ town: LUOYANG, level: 'major' });
    deps.given.hazard({ town: LUOYANG, level: 'major', sector: 'construction' });
    const plan = await createTaskPlan(deps, district, { name: '安全生产治本攻坚三年行动', startsOn: '2024-01-01', endsOn: '2026-12-31' });
    const base = { action: '重大事故隐患动态清零行动', startsOn: '2026-03-01', deadline: '2026-12-31', coResponsible: [] };
    const add = (title: string, lead: { kind: string; code: string }, metric: string | null) =>
      addPlanTask(deps, district, plan.id, { ...base, title, lead, target: { description: title, value: null, unit: '', metric } });
    await add('湖塘镇重大隐患清零', { kind: 'town', code: HUTANG }, 'major_open');
    await add('湖塘镇隐患整改率', { kind: 'town', code: HUTANG }, 'rectification_rate');
    await add('住建局重大隐患清零', { kind: 'department', code: 'housing' }, 'major_open');
    await add('洛阳镇无指标', { kind: 'town', code: LUOYANG }, null);
    await expect(add('x', { kind: 'town', code: HUTANG }, 'nonsense')).rejects.toMatchObject({ fields: [{ path: '/target/metric', code: 'enum' }] });
    const rows = (await getTaskTable(deps, district, plan.id)).rows;
    // 湖塘镇: one major open of two; closed 2 of the 3 not dismissed → 66.7 %. 住建局 (construction): the 洛阳镇 site.
    expect(Object.fromEntries(rows.map((row) => [row.task.title, row.liveFigure]))).toEqual({
      湖塘镇重大隐患清零: 1, 湖塘镇隐患整改率: 66.7, 住建局重大隐患清零: 1, 洛阳镇无指标: null,
    });
  });
});
