import { ChannelEndpointListResponse, ChannelEndpointResponse, DeliveryPage, NotificationPage, NotificationSettingsResponse, UnreadCountResponse, HazardResponse, MarkReadResponse } from '@safegrid/contracts';
import { createJobRunner } from '@safegrid/platform';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const generalHazard = { source: 'patrol', level: 'general', category: 'electrical', title: '电线私拉乱接', sector: 'fire', location: { lng: 119.91, lat: 31.71 } };

describeEachDialect('notification routes', (dialect) => {
  let server: TestServer;
  let worker: string;
  let hutang: string;
  let luoyang: string;
  let office: string;
  let department: string;
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const inbox = async (token: string, query = '') => expectResponse<NotificationPage>(await send('GET', `/api/v1/notifications${query}`, token), 200, NotificationPage);
  const unread = async (token: string) => expectResponse<UnreadCountResponse>(await send('GET', '/api/v1/notifications/unread-count', token), 200, UnreadCountResponse).unread;
  const runJobs = () => createJobRunner({ deps: server.deps, leaseMs: 60_000, pollMs: 1_000, concurrency: 1, schedules: false }).drain();
  const report = async (body: object) => expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', worker, body), 201, HazardResponse);

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: worker } = await server.login('grid_worker'));
    ({ token: hutang } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
    ({ token: office } = await server.login('district'));
    ({ token: department } = await server.login('department'));
  });
  afterAll(async () => server.close());

  it('tells the town over a new report, and nobody outside it, once the fan-out job ran', async () => {
    const hazard = await report(generalHazard);
    expect(await unread(hutang)).toBe(0); // the request only enqueued the fan-out
    await runJobs();
    await runJobs(); // a second pass changes nothing

    const page = await inbox(hutang);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'hazard.reported', title: '新上报隐患：电线私拉乱接', link: { type: 'hazard', id: hazard.id }, readAt: null });
    expect((await inbox(hutang, '?lang=en')).items[0]?.title).toBe('New hazard reported: 电线私拉乱接');
    expect(await unread(hutang)).toBe(1);
    for (const other of [luoyang, worker, office, department]) expect(await unread(other)).toBe(0);
  });

  it('tells the district office and the sector’s department of a major hazard', async () => {
    await report({ ...generalHazard, level: 'major', title: '粉尘涉爆未除尘' });
    await runJobs();
    expect((await inbox(office)).items.map((n) => n.kind)).toEqual(['hazard.major_reported']);
    expect((await inbox(department)).items.map((n) => n.kind)).toEqual(['hazard.major_reported']);
    expect((await inbox(hutang, '?unread=true')).items.map((n) => n.kind)).toEqual(['hazard.reported', 'hazard.reported']);
  });

  it('marks only the caller’s own notifications read, one by one or all', async () => {
    const officeIds = (await inbox(office)).items.map((n) => n.id);
    const [newest, older] = (await inbox(hutang)).items;
    expect(expectResponse(await send('POST', '/api/v1/notifications/read', hutang, { ids: officeIds }), 200, MarkReadResponse)).toEqual({ changed: 0, unread: 2 });
    expect(await unread(office)).toBe(1);
    expect(expectResponse(await send('POST', '/api/v1/notifications/read', hutang, { ids: [newest!.id] }), 200, MarkReadResponse)).toEqual({ changed: 1, unread: 1 });
    expect((await inbox(hutang, '?unread=true')).items.map((n) => n.id)).toEqual([older!.id]);
    expect(expectResponse(await send('POST', '/api/v1/notifications/read-all', hutang), 200, MarkReadResponse)).toEqual({ changed: 1, unread: 0 });
    expectProblem(await send('POST', '/api/v1/notifications/read', hutang, { ids: [] }), 400, 'request.invalid', ['/ids']);
  });

  it('lets people mute kinds for themselves, never the mandatory ones', async () => {
    const saved = expectResponse<NotificationSettingsResponse>(
      await send('PUT', '/api/v1/notifications/settings', hutang, { mutedKinds: ['hazard.reported'], email: 'hutang@example.cn' }), 200, NotificationSettingsResponse);
    expect(saved).toEqual({ mutedKinds: ['hazard.reported'], email: 'hutang@example.cn', mandatoryKinds: ['hazard.major_reported', 'hazard.escalated', 'incident.late_report', 'warning.issued', 'warning.upgraded'] });
    expectProblem(await send('PUT', '/api/v1/notifications/settings', office, { mutedKinds: ['hazard.assigned', 'hazard.major_reported'], email: null }), 422, 'request.invalid', ['/mutedKinds/1']);
    expectProblem(await send('PUT', '/api/v1/notifications/settings', office, { mutedKinds: [], email: 'not-an-address' }), 422, 'request.invalid', ['/email']);
    expect(expectResponse<NotificationSettingsResponse>(await send('GET', '/api/v1/notifications/settings', office), 200, NotificationSettingsResponse).mutedKinds).toEqual([]);

    await report({ ...generalHazard, title: '灭火器过期' });
    await runJobs();
    expect(await unread(hutang)).toBe(0);
  });

  it('keeps channel endpoints to the district office and never echoes their targets or secrets', async () => {
    const body = { channel: 'webhook', name: '城运中心', regionCode: '320412', sector: null, kinds: [], target: 'http://127.0.0.1:9/hook?token=SECRET-TOKEN', secret: 'hmac-secret', enabled: true };
    expectProblem(await send('POST', '/api/v1/notification-channels', hutang, body), 403, 'notification.channels_refused');
    expectProblem(await send('GET', '/api/v1/notification-deliveries', hutang), 403, 'notification.channels_refused');
    expectProblem(await send('POST', '/api/v1/notification-channels', office, { ...body, target: 'ftp://x', regionCode: '999' }), 422, 'request.invalid', ['/target', '/regionCode']);

    const created = await send('POST', '/api/v1/notification-channels', office, body);
    expect(created.body).not.toMatch(/SECRET-TOKEN|hmac-secret/);
    const endpoint = expectResponse<ChannelEndpointResponse>(created, 201, ChannelEndpointResponse);
    expect(endpoint).toMatchObject({ targetSet: true, targetHint: '127.0.0.1:9', secretSet: true });
    const renamed = expectResponse<ChannelEndpointResponse>(await send('PUT', `/api/v1/notification-channels/${endpoint.id}`, office, { ...body, name: '一网统管', target: undefined, secret: undefined }), 200, ChannelEndpointResponse);
    expect(renamed).toMatchObject({ name: '一网统管', targetSet: true, secretSet: true });
    expect((await server.deps.channels.findEndpoint(endpoint.id, '320412'))?.target).toBe(body.target);
    const list = await send('GET', '/api/v1/notification-channels', office);
    expect(list.body).not.toMatch(/SECRET-TOKEN|hmac-secret/);
    expect(expectResponse<ChannelEndpointListResponse>(list, 200, ChannelEndpointListResponse).items).toHaveLength(1);

    // A report while nothing listens on the endpoint: the request succeeds, the delivery is logged and retried later.
    await report({ ...generalHazard, title: '疏散通道堵塞' });
    await runJobs();
    const log = expectResponse<DeliveryPage>(await send('GET', '/api/v1/notification-deliveries?channel=webhook', office), 200, DeliveryPage);
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ channel: 'webhook', endpointName: '一网统管', kind: 'hazard.reported', status: 'pending', attempts: 1 });
    expect(log.items[0]?.lastError).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('queues no mail to people’s own addresses while no SMTP server is configured', async () => {
    await send('PUT', '/api/v1/notifications/settings', office, { mutedKinds: [], email: 'office@example.cn' });
    const before = (await inbox(office)).items.length;
    await report({ ...generalHazard, level: 'major', title: '液氨储罐无泄漏报警' });
    await runJobs();
    expect((await inbox(office)).items.length).toBe(before + 1);
    expect(expectResponse<DeliveryPage>(await send('GET', '/api/v1/notification-deliveries?channel=email', office), 200, DeliveryPage).items).toEqual([]);
  });
});
