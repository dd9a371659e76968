import { MyWarningsResponse, WarningDetailResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('warning routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let worker: string;
  let farWorker: string;
  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: worker } = await server.login('grid_worker'));
    ({ token: farWorker } = await server.login('grid_worker', { regionCode: '320412103201' }));
  });
  afterAll(async () => server.close());

  it('issues a 大风橙色预警 to 湖塘镇, reaches its grid worker only, counts 签收 by town, reminds once and lifts', async () => {
    const now = server.clock.now().getTime();
    const body = {
      kind: 'gale', colour: 'orange', townCodes: ['320412100'], startsAt: new Date(now).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(),
      actions: '停止室外高处作业', addressees: { towns: true, departments: [], gridWorkers: true, enterpriseTags: ['dust'], enterpriseSectors: ['construction'] },
    };
    const issued = expectResponse<WarningDetailResponse>(await send('POST', '/api/v1/warnings', district, body), 201, WarningDetailResponse);
    expect(issued.warning).toMatchObject({ inForce: true, acknowledged: 0 });
    const mine = expectResponse<MyWarningsResponse>(await send('GET', '/api/v1/warnings/mine', worker), 200, MyWarningsResponse);
    expect(mine.map((item) => [item.warning.id, item.acknowledgedAt])).toEqual([[issued.warning.id, null]]);
    expect((await send('GET', '/api/v1/warnings/mine', farWorker)).json()).toEqual([]);
    expect((await send('POST', `/api/v1/warnings/${issued.warning.id}/acknowledge`, worker)).statusCode).toBe(204);
    expectProblem(await send('POST', `/api/v1/warnings/${issued.warning.id}/acknowledge`, farWorker), 409, 'warning.already_acknowledged');
    const seen = expectResponse<WarningDetailResponse>(await send('GET', `/api/v1/warnings/${issued.warning.id}`, district), 200, WarningDetailResponse);
    const hutang = seen.byTown.find((town) => town.townCode === '320412100');
    expect(hutang).toMatchObject({ townName: '湖塘镇', acknowledged: 1 });
    await send('POST', `/api/v1/warnings/${issued.warning.id}/changes`, district, { action: 'remind' });
    expectProblem(await send('POST', `/api/v1/warnings/${issued.warning.id}/changes`, district, { action: 'remind' }), 409, 'warning.already_reminded');
    const lifted = expectResponse<WarningDetailResponse>(await send('POST', `/api/v1/warnings/${issued.warning.id}/changes`, district, { action: 'lift', note: '解除' }), 200, WarningDetailResponse);
    expect(lifted.warning.events.map((event) => event.kind)).toEqual(['issued', 'reminded', 'lifted']);
    expectProblem(await send('GET', '/api/v1/warnings', worker), 403, 'auth.forbidden');
  });
});
