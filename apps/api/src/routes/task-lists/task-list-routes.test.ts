import { TaskPlanResponse, TaskTableResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('task-list routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let hutang: string;
  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: hutang } = await server.login('town'));
  });
  afterAll(async () => server.close());

  it('enters the 治本攻坚 plan, shows a task that missed its monthly report as 滞后, takes a report and exports the table', async () => {
    const plan = expectResponse<TaskPlanResponse>(await send('POST', '/api/v1/task-lists', district, { name: '安全生产治本攻坚三年行动（2024—2026年）', startsOn: '2024-01-01', endsOn: '2026-12-31' }), 201, TaskPlanResponse);
    expectProblem(await send('POST', '/api/v1/task-lists', hutang, { name: 'x', startsOn: '2024-01-01', endsOn: '2026-12-31' }), 403, 'task_list.refused');
    const task = { action: '重大事故隐患动态清零行动', title: '涉粉企业除尘系统改造', lead: { kind: 'town', code: '320412100' }, coResponsible: [{ kind: 'department', code: 'emergency' }], startsOn: '2026-01-01', deadline: '2026-12-31', target: { description: '涉粉企业除尘改造完成率', value: 100, unit: '%' } };
    const added = expectResponse<TaskTableResponse>(await send('POST', `/api/v1/task-lists/${plan.id}/tasks`, district, task), 201, TaskTableResponse);
    // The test clock stands at 2026-03-02: January's report was due on 5 February.
    expect(added.rows).toEqual([expect.objectContaining({ status: 'behind', missing: ['2026-01'], lead: { kind: 'town', code: '320412100', name: '湖塘镇' } })]);
    const taskId = added.rows[0]?.id ?? '';
    expect((await send('POST', `/api/v1/task-lists/tasks/${taskId}/reports`, hutang, { period: '2026-01', text: '完成12家改造', figure: 40 })).statusCode).toBe(204);
    expectProblem(await send('POST', `/api/v1/task-lists/tasks/${taskId}/reports`, hutang, { period: '2026-01', text: ' ' }), 422, 'request.invalid', ['/text']);
    const table = expectResponse<TaskTableResponse>(await send('GET', `/api/v1/task-lists/${plan.id}`, hutang), 200, TaskTableResponse);
    expect(table.rows[0]).toMatchObject({ status: 'on_track', missing: [], lastReport: { period: '2026-01', figure: 40 } });

    const exported = await send('GET', `/api/v1/task-lists/${plan.id}/export`, district);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('清单')?.getRow(3);
    expect([1, 2, 3, 4, 5, 6, 7, 9].map((column) => row?.getCell(column).value)).toEqual(['湖塘镇', '重大事故隐患动态清零行动', '涉粉企业除尘系统改造', '应急管理局', '2026-12-31', '涉粉企业除尘改造完成率 100%', '按期推进', '2026-01 完成12家改造']);
  });

  it('links a target to a live platform figure, the same the town’s dashboard counts, and refuses an unknown one naming the field', async () => {
    const plan = expectResponse<TaskPlanResponse>(await send('POST', '/api/v1/task-lists', district, { name: '重大事故隐患动态清零', startsOn: '2026-01-01', endsOn: '2026-12-31' }), 201, TaskPlanResponse);
    const task = { action: '重大事故隐患动态清零行动', title: '湖塘镇隐患整改', lead: { kind: 'town', code: '320412100' }, coResponsible: [], startsOn: '2026-03-01', deadline: '2026-12-31', target: { description: '隐患整改率', value: 100, unit: '%', metric: 'rectification_rate' } };
    expectProblem(await send('POST', `/api/v1/task-lists/${plan.id}/tasks`, district, { ...task, target: { ...task.target, metric: 'nonsense' } }), 400, 'request.invalid', ['/target/metric']);
    const added = expectResponse<TaskTableResponse>(await send('POST', `/api/v1/task-lists/${plan.id}/tasks`, district, task), 201, TaskTableResponse);
    const overview = (await send('GET', '/api/v1/stats/overview', hutang)).json() as { rectificationRate: number | null };
    const expected = overview.rectificationRate === null ? null : Math.round(overview.rectificationRate * 1000) / 10;
    expect(added.rows[0]).toMatchObject({ target: { metric: 'rectification_rate' }, liveFigure: expected });
  });
});
