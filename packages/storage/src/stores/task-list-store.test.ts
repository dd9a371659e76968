import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PlanTask, TaskPlan, TaskReport } from '@safegrid/core';
import { DISTRICT, HUTANG, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const plan = (districtCode = DISTRICT): TaskPlan => ({ id: testId(), districtCode, name: '治本攻坚三年行动', startsOn: '2024-01-01', endsOn: '2026-12-31', createdBy: 'u0', createdAt: '2026-01-01T00:00:00.000Z' });
const task = (item: TaskPlan, createdAt: string): PlanTask => ({
  id: testId(), districtCode: item.districtCode, planId: item.id, action: '行动一', title: `任务 ${createdAt}`, lead: { kind: 'town', code: HUTANG }, coResponsible: [{ kind: 'department', code: 'emergency' }],
  startsOn: '2026-01-01', deadline: '2026-12-31', milestones: [{ year: 2026, target: '全部完成' }], target: { description: '完成率', value: 100, unit: '%' }, completedAt: null, createdAt,
});
const report = (item: PlanTask, period: string, text: string): TaskReport => ({
  id: testId(), districtCode: item.districtCode, taskId: item.id, period, text, figure: 12.5, evidencePhotoIds: ['p1'], completes: false, reportedBy: 'u1', reportedByName: '湖塘镇', reportedAt: '2026-02-01T00:00:00.000Z',
});

describeEachStoreTarget('task-list store', (target) => {
  let world: TestStores;
  beforeEach(async () => {
    world = await openTestStores(target);
  });
  afterEach(async () => world.dispose());

  it('keeps plans per district, tasks in entry order, one report per task and month, and completes once', async () => {
    const mine = plan();
    const other = plan('320411');
    await world.stores.taskLists.insertPlan(mine);
    await world.stores.taskLists.insertPlan(other);
    expect(await world.stores.taskLists.listPlans(DISTRICT)).toEqual([mine]);
    expect(await world.stores.taskLists.findPlan(mine.id, '320411')).toBeUndefined();
    const first = task(mine, '2026-01-01T00:00:00.000Z');
    const second = task(mine, '2026-01-02T00:00:00.000Z');
    await world.stores.taskLists.insertTask(second);
    await world.stores.taskLists.insertTask(first);
    expect(await world.stores.taskLists.listTasks(mine.id, DISTRICT)).toEqual([first, second]);
    const original = report(first, '2026-01', '初报');
    await world.stores.taskLists.saveReport(original);
    const replaced = report(first, '2026-01', '更正');
    await world.stores.taskLists.saveReport(replaced);
    await world.stores.taskLists.saveReport(report(second, '2026-01', '乙'));
    // The month's row keeps its first id (one audit history per task and month); the content is the later report's.
    expect(await world.stores.taskLists.listReports([first.id], DISTRICT)).toEqual([{ ...replaced, id: original.id }]);
    expect(await world.stores.taskLists.listReports([], DISTRICT)).toEqual([]);
    expect(await world.stores.taskLists.completeTask(first.id, DISTRICT, '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(await world.stores.taskLists.completeTask(first.id, DISTRICT, '2026-04-01T00:00:00.000Z')).toBe(false);
    expect((await world.stores.taskLists.findTask(first.id, DISTRICT))?.completedAt).toBe('2026-03-01T00:00:00.000Z');
  });
});
