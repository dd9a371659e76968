import { sql } from 'kysely';
import type { Incident, PlanTask, Stores, TaskPlan, Warning } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBulkLoader } from '../bulk-load.js';
import { inTransaction } from '../stores.js';
import { DISTRICT, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { chainUnaudited } from './audit-chain.js';
import { verifyAuditChain } from './audit-verify.js';

const AT = '2026-03-02T02:00:00.000Z';

/** Issue 14's records on the audit chain (ADR 0082): every write appends a snapshot; an edit behind the application's back is found. */
describeEachDialect('audit trail of incidents, warnings and work-task lists', (dialect) => {
  let database: TestDatabase;
  let run: <T>(work: (stores: Stores) => Promise<T>) => Promise<T>;
  const exec = (query: ReturnType<typeof sql>) => query.execute(database.db.withoutPlugins());
  const verify = () => verifyAuditChain(database.db, DISTRICT);

  const incident: Incident = {
    id: testId(), districtCode: DISTRICT, townCode: '320412100', status: 'open',
    facts: { unitId: null, unitName: '常州某建材有限公司', occurredAt: AT, place: '湖塘镇某路1号', location: null, type: 'collapse', course: '坍塌', measures: '封控', reporterName: '王', reporterPhone: '', deaths: 3, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossYuan: 0 },
    computedGrade: 'larger', grade: 'larger', gradeReason: null, steps: [], lateReports: [], createdBy: 'u1', createdByName: '王', createdAt: AT, updatedAt: AT, closedAt: null, version: 1,
  };
  const warning: Warning = {
    id: testId(), districtCode: DISTRICT, kind: 'gale', colour: 'orange', townCodes: ['320412100'], startsAt: AT, endsAt: '2026-03-03T02:00:00.000Z', actions: '停止高处作业',
    addressees: { towns: true, gridWorkers: true, departments: [], enterpriseTags: [], enterpriseSectors: [] }, status: 'in_force',
    events: [{ kind: 'issued', at: AT, byName: '区安委办', colour: 'orange', note: '' }], remindedAt: null, issuedBy: 'u1', issuedByName: '区安委办', createdAt: AT, version: 1,
  };
  const plan: TaskPlan = { id: testId(), districtCode: DISTRICT, name: '安全生产治本攻坚三年行动', startsOn: '2024-01-01', endsOn: '2026-12-31', createdBy: 'u1', createdAt: AT };
  const task: PlanTask = {
    id: testId(), districtCode: DISTRICT, planId: plan.id, action: '重大事故隐患动态清零行动', title: '涉粉企业除尘系统改造', lead: { kind: 'town', code: '320412100' }, coResponsible: [],
    startsOn: '2026-01-01', deadline: '2026-12-31', milestones: [], target: { description: '完成率', value: 100, unit: '%', metric: null }, completedAt: null, createdAt: AT,
  };

  beforeEach(async () => {
    database = await openTestDatabase(dialect);
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    run = inTransaction(database.db, database.dialect);
    await run(async (stores) => {
      await stores.incidents.insert(incident);
      await stores.warnings.insert(warning, []);
      await stores.taskLists.insertPlan(plan);
      await stores.taskLists.insertTask(task);
    });
    await run((stores) => stores.incidents.update({ ...incident, grade: 'major', gradeReason: '按实际影响', version: 2 }, 1));
    await run((stores) => stores.warnings.update({ ...warning, status: 'lifted', version: 2 }, 1));
    const report = { districtCode: DISTRICT, taskId: task.id, period: '2026-01', text: '完成3家', figure: 30, evidencePhotoIds: [], completes: false, reportedBy: 'u2', reportedByName: '湖塘镇', reportedAt: AT };
    await run((stores) => stores.taskLists.saveReport({ ...report, id: testId() }));
    // A later report of the same month replaces it under the same row.
    await run((stores) => stores.taskLists.saveReport({ ...report, id: testId(), text: '完成5家', figure: 50 }));
    await run((stores) => stores.taskLists.completeTask(task.id, DISTRICT, AT));
  });
  afterEach(async () => database.dispose());

  it('chains each write as a snapshot and verifies intact', async () => {
    expect(await verify()).toMatchObject({ ok: true, entries: 9, firstBreak: null });
    const { rows } = await exec(sql`select source_table from audit_log order by seq`);
    expect(rows.map((row) => (row as { source_table: string }).source_table)).toEqual([
      'incidents', 'warnings', 'task_plans', 'plan_tasks', 'incidents', 'warnings', 'task_reports', 'task_reports', 'plan_tasks',
    ]);
    expect(await chainUnaudited(database.db)).toBe(0);
  });

  it('finds an incident’s grade, a warning’s events or a monthly report edited behind the application’s back', async () => {
    await exec(sql`update incidents set grade = 'general' where id = ${incident.id}`);
    await exec(sql`update warnings set events = ${dialect === 'postgres' ? sql`'[]'::jsonb` : sql`'[]'`} where id = ${warning.id}`);
    await exec(sql`update task_reports set text = '完成12家' where task_id = ${task.id}`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.breaks.map((item) => [item.table, item.kind])).toEqual(expect.arrayContaining([['incidents', 'edited'], ['warnings', 'edited'], ['task_reports', 'edited']]));
  });
});
