import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ChannelEndpointResponse, DeliveryPage, HazardResponse, ListCountResponse, NotificationPage } from '@safegrid/contracts';
import { DELIVER_JOB_KIND, DELIVERY_MAX_ATTEMPTS, enqueueJob, FAN_OUT_JOB_KIND } from '@safegrid/core';
import { createJobRunner } from '@safegrid/platform';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectResponse } from '../../testing/expectations.js';

interface Post {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

const HOUR = 3_600_000;

/**
 * The whole way out, with real protocols: a report commits, the fan-out job writes inbox rows and
 * deliveries, the delivery jobs post to a local HTTP server (WeCom, DingTalk, webhook) and mail
 * a local SMTP server. A broken endpoint is retried with backoff and finally marked failed; a job
 * that runs twice sends nothing twice.
 */
describeEachDialect('notification delivery through the channels', (dialect) => {
  let server: TestServer;
  let http: Server;
  let smtp: SMTPServer;
  let base: string;
  const posts: Post[] = [];
  const mails: { to: string[]; raw: string }[] = [];
  let office: string;
  let worker: string;
  let hutang: string;
  let hazard: HazardResponse;
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const runJobs = () => createJobRunner({ deps: server.deps, leaseMs: 60_000, pollMs: 1_000, concurrency: 2, schedules: false }).drain();
  const postsTo = (path: string) => posts.filter((post) => post.path === path);
  const deliveries = async (query = '') => expectResponse<DeliveryPage>(await send('GET', `/api/v1/notification-deliveries${query}`, office), 200, DeliveryPage).items;

  beforeAll(async () => {
    http = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://x');
        posts.push({ path: url.pathname, query: url.searchParams, headers: request.headers, body });
        if (url.pathname === '/broken') return void response.writeHead(503).end('down for maintenance');
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    server = await buildTestServer({
      dialect,
      config: { SAFEGRID_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, SAFEGRID_MAIL_FROM: 'SafeGrid <noreply@example.cn>', SAFEGRID_PUBLIC_URL: 'https://safegrid.example/' },
    });
    ({ token: office } = await server.login('district'));
    ({ token: worker } = await server.login('grid_worker'));
    ({ token: hutang } = await server.login('town'));
    await server.login('town', { regionCode: '320412103' });

    const endpoint = async (body: object) => expectResponse<ChannelEndpointResponse>(await send('POST', '/api/v1/notification-channels', office, {
      regionCode: '320412', sector: null, kinds: [], enabled: true, ...body,
    }), 201, ChannelEndpointResponse);
    await endpoint({ channel: 'wecom', name: '湖塘镇安办企业微信群', regionCode: '320412100', target: `${base}/wecom?key=K1` });
    await endpoint({ channel: 'wecom', name: '洛阳镇安办企业微信群', regionCode: '320412103', target: `${base}/wecom-luoyang?key=K2` });
    await endpoint({ channel: 'dingtalk', name: '区安委办钉钉群', target: `${base}/dingtalk?access_token=T1`, secret: 'SECding' });
    await endpoint({ channel: 'webhook', name: '城运中心', target: `${base}/hook`, secret: 'hook-secret', kinds: ['hazard.reported'] });
    await endpoint({ channel: 'webhook', name: '只收重大隐患', target: `${base}/major-only`, kinds: ['hazard.major_reported'] });
    await endpoint({ channel: 'webhook', name: '坏掉的平台', target: `${base}/broken` });
    await endpoint({ channel: 'sms', name: '值班手机', target: '13800000000' });
    await send('PUT', '/api/v1/notifications/settings', hutang, { mutedKinds: [], email: 'hutang@example.cn' });

    hazard = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', worker, {
      source: 'patrol', level: 'general', category: 'electrical', title: '配电箱无防护', sector: 'fire', location: { lng: 119.91, lat: 31.71 },
    }), 201, HazardResponse);
    await runJobs();
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => http.close(resolve));
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('posts to the robots and webhooks whose region, sector and kinds take the notification', () => {
    const link = `https://safegrid.example/hazards/${hazard.id}`;
    const [wecom, ...moreWecom] = postsTo('/wecom');
    expect(moreWecom).toEqual([]);
    expect(JSON.parse(wecom!.body)).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining(`[查看详情](${link})`) as unknown } });
    expect(wecom!.query.get('key')).toBe('K1');
    expect(postsTo('/wecom-luoyang')).toEqual([]);
    expect(postsTo('/major-only')).toEqual([]);

    const [ding] = postsTo('/dingtalk');
    const timestamp = ding!.query.get('timestamp') ?? '';
    expect(ding!.query.get('sign')).toBe(createHmac('sha256', 'SECding').update(`${timestamp}\nSECding`).digest('base64'));
    expect(JSON.parse(ding!.body)).toMatchObject({ msgtype: 'markdown', markdown: { title: '新上报隐患：配电箱无防护' } });

    const [hook] = postsTo('/hook');
    const stamp = String(hook!.headers['x-safegrid-timestamp']);
    expect(hook!.headers['x-safegrid-signature']).toBe(createHmac('sha256', 'hook-secret').update(`${stamp}.${hook!.body}`).digest('hex'));
    expect(JSON.parse(hook!.body)).toMatchObject({ kind: 'hazard.reported', title: '新上报隐患：配电箱无防护', link });
  });

  it('mails the people told who gave an address', () => {
    expect(mails.map((mail) => mail.to)).toEqual([['hutang@example.cn']]);
    expect(mails[0]?.raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });

  it('logs each delivery for the district office: sent, or pending with the error while retries remain', async () => {
    const log = await deliveries();
    const byName = Object.fromEntries(log.map((d) => [d.endpointName ?? `mail:${d.recipientId}`, d]));
    expect(Object.keys(byName).sort()).toEqual(['城运中心', '区安委办钉钉群', '坏掉的平台', '值班手机', '湖塘镇安办企业微信群', expect.stringMatching(/^mail:/) as unknown as string].sort());
    for (const name of ['城运中心', '区安委办钉钉群', '值班手机', '湖塘镇安办企业微信群']) expect(byName[name]).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(byName['坏掉的平台']).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('HTTP 503') as unknown });
    expect((await deliveries('?status=pending')).map((d) => d.endpointName)).toEqual(['坏掉的平台']);
    expect((await deliveries('?channel=email')).map((d) => d.status)).toEqual(['sent']);
  });

  it('counts the delivery log (共 N 条) with the list’s own filters, for the district office only', async () => {
    for (const query of ['', '?status=pending', '?status=sent', '?channel=email', '?channel=webhook&status=sent', '?status=failed']) {
      const count = expectResponse<ListCountResponse>(await send('GET', `/api/v1/notification-deliveries/count${query}`, office), 200, ListCountResponse);
      expect(count, query).toEqual({ total: (await deliveries(query)).length, capped: false });
    }
    expect(((await send('GET', '/api/v1/notification-deliveries/count?channel=webhook', office)).json() as ListCountResponse).total).toBe(2);
    expect((await send('GET', '/api/v1/notification-deliveries/count', hutang)).statusCode).toBe(403);
    expect((await send('GET', '/api/v1/notification-deliveries/count?limit=5', office)).statusCode).toBe(400);
  });

  it('sends nothing twice when the fan-out and a delivery job run again', async () => {
    const delivered = () => posts.filter((post) => post.path !== '/broken').length;
    const before = { posts: delivered(), mails: mails.length, deliveries: (await deliveries()).length, inbox: 0 };
    const hutangInbox = async () => expectResponse<NotificationPage>(await send('GET', '/api/v1/notifications', hutang), 200, NotificationPage).items.length;
    before.inbox = await hutangInbox();
    const sent = (await deliveries('?status=sent'))[0]!;
    const [event] = await server.deps.hazardEvents.listForHazard(hazard.id, '320412');
    // Same work under fresh dedupe keys, as after a lost lease: the rows themselves are keyed.
    await server.deps.inTransaction(async (stores) => {
      await enqueueJob(stores, server.deps, { kind: FAN_OUT_JOB_KIND, districtCode: '320412', payload: { event }, dedupeKey: 'again' });
      await enqueueJob(stores, server.deps, { kind: DELIVER_JOB_KIND, districtCode: '320412', payload: { deliveryId: sent.id }, dedupeKey: 'again' });
    });
    await runJobs();
    expect({ posts: delivered(), mails: mails.length, deliveries: (await deliveries()).length, inbox: await hutangInbox() }).toEqual(before);
  });

  it('retries a failing endpoint with backoff and finally marks it failed', async () => {
    for (let round = 0; round < DELIVERY_MAX_ATTEMPTS + 1; round += 1) {
      server.clock.advance(2 * HOUR);
      await runJobs();
    }
    expect(postsTo('/broken')).toHaveLength(DELIVERY_MAX_ATTEMPTS);
    // Read through the store: hours later the test sessions have expired.
    const [failed, ...others] = (await server.deps.channels.listDeliveries({ districtCode: '320412', status: 'failed', limit: 10 })).items;
    expect(others).toEqual([]);
    expect(failed).toMatchObject({ channel: 'webhook', status: 'failed', attempts: DELIVERY_MAX_ATTEMPTS, lastError: expect.stringContaining('HTTP 503') as unknown });
    const jobs = await server.deps.jobs.list({ districtCode: '320412', limit: 100, states: ['dead'] });
    expect(jobs.map((job) => job.kind)).toEqual([DELIVER_JOB_KIND]);
  });
});
