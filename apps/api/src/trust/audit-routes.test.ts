import { sql } from 'kysely';
import { AuditAnchorListResponse, AuditHeadResponse, AuditVerificationResponse } from '@safegrid/contracts';
import { auditVerifyJob, type Job } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../testing/expectations.js';

describeEachDialect('the district office’s audit trail: head, verify, daily anchors', (dialect) => {
  let server: TestServer;
  let district: string;
  let hazardId: string;
  const get = (url: string, token = district) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const runJob = () => auditVerifyJob.run({ job: { districtCode: '320412' } as Job, deps: server.deps, reportProgress: async () => undefined, signal: { aborted: false } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    const worker = await server.login('grid_worker');
    const hazard = await server.app.inject({
      method: 'POST', url: '/api/v1/hazards', headers: { authorization: `Bearer ${worker.token}` },
      payload: { source: 'patrol', level: 'general', category: 'electrical', title: '电线私拉乱接', sector: 'fire', location: { lng: 119.91, lat: 31.71 } },
    });
    hazardId = (hazard.json() as { id: string }).id;
    await server.app.inject({ method: 'POST', url: `/api/v1/hazards/${hazardId}/actions`, headers: { authorization: `Bearer ${district}` }, payload: { action: 'assign' } });
  });
  afterAll(async () => server.close());

  it('shows the head and verifies the chain intact after real writes (accounts, report, assignment)', async () => {
    const head = expectResponse<AuditHeadResponse>(await get('/api/v1/audit/head'), 200, AuditHeadResponse);
    expect(head.seq).toBe(4); // two accounts, the report, the assignment
    const result = expectResponse<AuditVerificationResponse>(await get('/api/v1/audit/verify'), 200, AuditVerificationResponse);
    expect(result).toMatchObject({ ok: true, entries: 4, headSeq: 4, headHash: head.hash, firstBreak: null });
  });

  it('is the district office’s alone', async () => {
    const town = await server.login('town');
    const worker = await server.login('grid_worker');
    expectProblem(await get('/api/v1/audit/verify', town.token), 403, 'audit.read_refused');
    expectProblem(await get('/api/v1/audit/head', worker.token), 403, 'auth.forbidden');
  });

  it('anchors each day’s head through the nightly job, and records the break once someone edits the timeline', async () => {
    await runJob();
    await runJob(); // idempotent: one anchor per day
    let anchors = expectResponse<AuditAnchorListResponse>(await get('/api/v1/audit/anchors'), 200, AuditAnchorListResponse).items;
    expect(anchors).toHaveLength(1);
    const head = expectResponse<AuditHeadResponse>(await get('/api/v1/audit/head'), 200, AuditHeadResponse);
    expect(anchors[0]).toMatchObject({ day: '2026-03-02', seq: head.seq, hash: head.hash, verifiedOk: true, problem: null });

    await sql`update hazard_events set actor_name = '某某' where hazard_id = ${hazardId} and action = 'assign'`.execute(server.database.db.withoutPlugins());
    const result = expectResponse<AuditVerificationResponse>(await get('/api/v1/audit/verify'), 200, AuditVerificationResponse);
    expect(result.firstBreak).toMatchObject({ kind: 'edited', where: 'row', table: 'hazard_events', detail: 'changed: actor_name' });

    server.clock.advance(24 * 3_600_000);
    await expect(runJob()).rejects.toThrow(/audit chain broken at .*edited hazard_events/);
    ({ token: district } = await server.login('district')); // the session of yesterday expired
    anchors = expectResponse<AuditAnchorListResponse>(await get('/api/v1/audit/anchors'), 200, AuditAnchorListResponse).items;
    expect(anchors.map((anchor) => [anchor.day, anchor.verifiedOk])).toEqual([['2026-03-03', false], ['2026-03-02', true]]);
    expect(anchors[0]?.problem).toMatchObject({ kind: 'edited', table: 'hazard_events' });
  });
});
