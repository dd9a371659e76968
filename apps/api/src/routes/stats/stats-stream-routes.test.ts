import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HazardChangeEvent } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const report = (location: object, title: string) => ({ source: 'patrol', level: 'general', category: 'fire_lane', title, description: '', sector: 'fire', location });

interface SseEvent { readonly event: string; readonly data: string }

/** An open event stream read frame by frame: `next()` resolves with the next event or comment. */
function openStream(url: string, token: string): Promise<{ response: IncomingMessage; next: () => Promise<SseEvent>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (response) => {
      let buffer = '';
      const frames: SseEvent[] = [];
      const waiting: ((event: SseEvent) => void)[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? (lines[0]?.startsWith(':') ? 'comment' : 'message');
          const frame = { event, data: lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n') };
          const waiter = waiting.shift();
          if (waiter) waiter(frame);
          else frames.push(frame);
          end = buffer.indexOf('\n\n');
        }
      });
      response.on('end', () => {
        for (const waiter of waiting.splice(0)) waiter({ event: 'end', data: '' });
        frames.push({ event: 'end', data: '' });
      });
      resolve({
        response,
        next: () => new Promise((done) => {
          const frame = frames.shift();
          if (frame) done(frame);
          else waiting.push(done);
        }),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describeEachDialect('GET /stats/stream', (dialect) => {
  let server: TestServer;
  let base: string;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_SSE_HEARTBEAT_SECONDS: '1' } });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => server.close());

  const post = (url: string, token: string, payload: object) =>
    server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });

  it('sends a 洛阳镇 user the changes of 洛阳镇 and nothing of 湖塘镇', async () => {
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const hutang = await server.login('town');
    const stream = await openStream(`${base}/api/v1/stats/stream`, luoyang.token);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect((await stream.next()).event).toBe('ready');

    const elsewhere = await post('/api/v1/hazards', hutang.token, report(HUTANG_POINT, '湖塘的隐患'));
    expect(elsewhere.statusCode).toBe(201);
    const mine = await post('/api/v1/hazards', luoyang.token, report(LUOYANG_POINT, '洛阳的隐患'));
    expect(mine.statusCode).toBe(201);

    // Events arrive in publication order on one connection: the first hazard event being 洛阳's
    // proves 湖塘's change, published before it, was never sent.
    const first = await stream.next();
    expect(first.event).toBe('hazard');
    const change = JSON.parse(first.data) as HazardChangeEvent;
    expect(change).toEqual({ hazardId: (mine.json() as { id: string }).id, action: 'report', status: 'reported', townCode: '320412103', at: expect.any(String) });
    expect(first.data).not.toContain('洛阳的隐患');
    stream.close();
  });

  it('keeps the stream alive with heartbeats and ends it once the session is logged out', async () => {
    const town = await server.login('town');
    const stream = await openStream(`${base}/api/v1/stats/stream`, town.token);
    expect((await stream.next()).event).toBe('ready');
    expect((await stream.next()).event).toBe('comment');

    await post('/api/v1/auth/logout', town.token, {});

    expect((await stream.next()).event).toBe('end');
  });

  it('unsubscribes when the client goes away', async () => {
    let active = 0;
    const feed = server.deps.changes;
    const subscribe = feed.subscribe.bind(feed);
    feed.subscribe = (listener) => {
      active += 1;
      const stop = subscribe(listener);
      return () => {
        active -= 1;
        stop();
      };
    };
    const town = await server.login('town');
    const stream = await openStream(`${base}/api/v1/stats/stream`, town.token);
    expect((await stream.next()).event).toBe('ready');
    expect(active).toBe(1);

    stream.close();

    await vi.waitFor(() => expect(active).toBe(0));
  });

  it('ends open streams when the server stops, so stopping never waits on a dashboard', async () => {
    const town = await server.login('town');
    const stream = await openStream(`${base}/api/v1/stats/stream`, town.token);
    expect((await stream.next()).event).toBe('ready');

    await server.app.close();

    expect((await stream.next()).event).toBe('end');
  });

  it('refuses anonymous callers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/stats/stream' });
    expect(response.statusCode).toBe(401);
  });
});
