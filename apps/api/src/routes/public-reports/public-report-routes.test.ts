import { HazardReportersResponse, type HazardResponse, DuplicateCandidatesResponse, NearbyResponse, PublicReportReceiptResponse, PublicTrackingResponse } from '@safegrid/contracts';
import sharp from 'sharp';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const BOUNDARY = 'PUBLIC';

function form(fields: Record<string, string>, photos: Buffer[] = []): Buffer {
  const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const files = photos.map((bytes, index) => Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="photos"; filename="p${index}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`), bytes, Buffer.from('\r\n'),
  ]));
  return Buffer.concat([...parts, ...files, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

const jpegWithGps = () =>
  sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 90, g: 90, b: 90 } } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 42/1 3600/100', GPSLongitudeRef: 'E', GPSLongitude: '119/1 54/1 3600/100' } })
    .toBuffer();

const fields = (overrides: Record<string, string> = {}) => ({ category: 'fire_lane_blocked', description: '3号楼北侧消防车道被私家车堵死', lng: '119.91', lat: '31.71', crs: 'wgs84', ...overrides });

describeEachDialect('public report routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_PUBLIC_REPORTS_PER_HOUR_PER_ADDRESS: '3' } });
  });
  afterEach(async () => server.close());

  const submit = (body: Buffer, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url: '/api/v1/public/reports', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers }, payload: body });
  const track = (code: string) => server.app.inject({ method: 'GET', url: `/api/v1/public/track/${encodeURIComponent(code)}` });

  it('takes a report with a photo and no account, answers a code, and the town finds it in its 群众举报 queue with the reporter in clear', async () => {
    const receipt = expectResponse<PublicReportReceiptResponse>(await submit(form({ ...fields(), reporterName: '张三', reporterPhone: '13812345678' }, [await jpegWithGps()])), 201, PublicReportReceiptResponse);
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(receipt.trackPath).toBe(`/track/${receipt.trackingCode}`);
    const tracking = expectResponse<PublicTrackingResponse>(await track(receipt.trackingCode.toLowerCase()), 200, PublicTrackingResponse);
    expect(tracking).toMatchObject({ category: 'fire_lane_blocked', current: 'received', merged: false, stages: [{ stage: 'received' }] });
    const town = await server.login('town');
    const queue = await server.app.inject({ method: 'GET', url: '/api/v1/hazards?source=public', headers: { authorization: `Bearer ${town.token}` } });
    const [hazard] = (queue.json() as { items: HazardResponse[] }).items;
    expect(hazard).toMatchObject({ source: 'public', status: 'reported', category: 'fire_lane', sector: 'fire', townCode: '320412100', reportedBy: 'public-reporter:320412' });
    expect(hazard?.photoIds).toHaveLength(1);
    const reporters = expectResponse<HazardReportersResponse>(
      await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${hazard?.id}/reporters`, headers: { authorization: `Bearer ${town.token}` } }), 200, HazardReportersResponse);
    expect(reporters).toMatchObject({ reportCount: 1, contactsVisible: true, reports: [{ reporterName: '张三', reporterPhone: '13812345678', channel: 'web' }] });
    const department = await server.login('department');
    const masked = (await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${hazard?.id}/reporters`, headers: { authorization: `Bearer ${department.token}` } })).json() as HazardReportersResponse;
    expect(masked.reports[0]).toMatchObject({ reporterName: '张*', reporterPhone: '138****5678' });
  });

  it('refuses in Chinese, naming the fields, and writes nothing', async () => {
    const bad = expectProblem(await submit(form(fields({ category: 'ufo', description: '短', reporterPhone: '123' }))), 422, 'request.invalid', ['/category', '/description', '/reporterPhone']);
    expect(bad.errors?.map((error) => error.message)).toContain('手机号码：请填写 11 位手机号码');
    expectProblem(await submit(form(fields({ lng: '', lat: 'north' }))), 422, 'request.invalid', ['/location/lng', '/location/lat']);
    expectProblem(await submit(form(fields({ lng: '100', lat: '30' }))), 422, 'request.invalid', ['/location']);
    const robot = expectProblem(await submit(form(fields({ website: 'http://x' }))), 422, 'public_report.automated');
    expect(robot.title).toContain('刷新页面');
    expectProblem(await submit(form(fields(), [Buffer.from('not an image')])), 422, 'request.invalid', ['/photos/0']);
    const five = await jpegWithGps();
    expectProblem(await submit(form(fields(), [five, five, five, five, five])), 422, 'request.invalid', ['/photos']);
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/public/reports', payload: { category: 'gas' } }), 415, 'request.unsupported_media_type');
    const town = await server.login('town');
    const queue = await server.app.inject({ method: 'GET', url: '/api/v1/hazards?source=public', headers: { authorization: `Bearer ${town.token}` } });
    expect((queue.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('limits reports per address with a Chinese refusal and Retry-After, and a retry with the same key returns the same report', async () => {
    const first = expectResponse<PublicReportReceiptResponse>(await submit(form(fields()), { 'idempotency-key': 'retry-key-1' }), 201, PublicReportReceiptResponse);
    const again = expectResponse<PublicReportReceiptResponse>(await submit(form(fields()), { 'idempotency-key': 'retry-key-1' }), 201, PublicReportReceiptResponse);
    expect(again.receivedAt).toBe(first.receivedAt);
    expectProblem(await track(first.trackingCode), 404, 'public_report.code_not_found');
    expectResponse(await track(again.trackingCode), 200, PublicTrackingResponse);
    await submit(form(fields({ lng: '119.925' })));
    await submit(form(fields({ lng: '119.926' })));
    const limited = await submit(form(fields({ lng: '119.927' })));
    const problem = expectProblem(limited, 429, 'public_report.too_many_by_address');
    expect(problem.title).toContain('119');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('offers the nearby open report, lets a second person follow it, and the town merges a duplicate picked from the candidates', async () => {
    const first = (await submit(form(fields()))).json() as PublicReportReceiptResponse;
    const nearby = expectResponse<NearbyResponse>(await server.app.inject({ method: 'GET', url: '/api/v1/public/reports/nearby?category=fire_lane_blocked&lng=119.9101&lat=31.7101' }), 200, NearbyResponse);
    expect(nearby.items).toHaveLength(1);
    const followed = expectResponse<PublicReportReceiptResponse>(await submit(form(fields({ followHazardId: nearby.items[0]?.hazardId ?? '' }))), 201, PublicReportReceiptResponse);
    expect(followed.followed).toBe(true);
    const duplicate = expectResponse<PublicReportReceiptResponse>(await submit(form(fields({ lng: '119.9102' }))), 201, PublicReportReceiptResponse);
    expect(duplicate.duplicates.map((item) => item.hazardId)).toEqual([nearby.items[0]?.hazardId]);
    const town = await server.login('town');
    const auth = { authorization: `Bearer ${town.token}` };
    const hazards = ((await server.app.inject({ method: 'GET', url: '/api/v1/hazards?source=public', headers: auth })).json() as { items: HazardResponse[] }).items;
    const [newest, original] = hazards;
    const candidates = expectResponse<DuplicateCandidatesResponse>(await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${newest?.id}/duplicates`, headers: auth }), 200, DuplicateCandidatesResponse);
    expect(candidates.items.map((item) => item.id)).toEqual([original?.id]);
    const merge = await server.app.inject({
      method: 'POST', url: `/api/v1/hazards/${newest?.id}/actions`, headers: auth,
      payload: { action: 'dismiss', reason: 'duplicate', duplicateOf: candidates.items[0]?.id, expectedVersion: newest?.version },
    });
    expect(merge.statusCode, merge.body).toBe(200);
    const reporters = (await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${original?.id}/reporters`, headers: auth })).json() as HazardReportersResponse;
    expect(reporters.reportCount).toBe(3);
    expect(reporters.merged.map((item) => item.hazardId)).toEqual([newest?.id]);
    for (const code of [followed.trackingCode, duplicate.trackingCode]) {
      expect(((await track(code)).json() as PublicTrackingResponse).merged).toBe(true);
    }
    expect(((await track(first.trackingCode)).json() as PublicTrackingResponse).merged).toBe(false);
  });
});

describeEachDialect('api key routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  it('lets the district office issue (key shown once), list and revoke keys, and no one else', async () => {
    const office = await server.login('district');
    const auth = { authorization: `Bearer ${office.token}` };
    const issued = await server.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: auth, payload: { name: '12345热线平台', requestsPerHour: 100 } });
    expect(issued.statusCode, issued.body).toBe(201);
    const { key, apiKey } = issued.json() as { key: string; apiKey: { id: string } };
    const list = await server.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: auth });
    expect(list.body).not.toContain(key);
    expect((list.json() as { items: unknown[] }).items).toEqual([expect.objectContaining({ id: apiKey.id, name: '12345热线平台', requestsPerHour: 100, revokedAt: null })]);
    const revoked = await server.app.inject({ method: 'POST', url: `/api/v1/api-keys/${apiKey.id}/revoke`, headers: auth });
    expect((revoked.json() as { revokedAt: string | null }).revokedAt).not.toBeNull();
    const town = await server.login('town');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: { authorization: `Bearer ${town.token}` } }), 403, 'api_key.manage_refused');
    const worker = await server.login('grid_worker');
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { authorization: `Bearer ${worker.token}` }, payload: { name: 'x' } }), 403, 'auth.forbidden');
  });
});
