import { issueApiKey, systemActor } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';

const FORMATS = ['xml', 'json'] as const;
type Format = (typeof FORMATS)[number];
const xml = new XMLParser({ isArray: (name) => ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format'].includes(name), parseTagValue: false });

/** The body as a plain object whatever the format: XML's outer element and item names taken away. */
function read(format: Format, body: string): unknown {
  if (format === 'json') return JSON.parse(body) as unknown;
  expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return xml.parse(body) as unknown;
}

const errorsOf = (format: Format, body: string) => {
  const parsed = read(format, body) as { errors?: { error: { code: string | number; description: string }[] } } | { code: number; description: string }[];
  return Array.isArray(parsed) ? parsed : (parsed.errors?.error ?? []);
};
const itemsOf = <T>(format: Format, body: string, root: string, item: string): T[] => {
  const parsed = read(format, body) as Record<string, Record<string, T[]>> | T[];
  return Array.isArray(parsed) ? parsed : (parsed[root]?.[item] ?? []);
};

describeEachDialect('Open311 GeoReport v2', (dialect) => {
  let server: TestServer;
  let key: string;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
    key = (await issueApiKey(server.deps, systemActor('320412'), { name: '12345热线平台', requestsPerHour: 3 })).key;
  });
  afterEach(async () => server.close());

  const get = (url: string) => server.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
  const post = (format: Format, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    return server.app.inject({ method: 'POST', url: `/open311/v2/requests.${format}`, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, payload: body.toString() });
  };
  const fireLane = (extra: Record<string, string | string[]> = {}) => ({ api_key: key, service_code: 'fire_lane_blocked', lat: '31.71', long: '119.91', 'attribute[passage]': 'fire_lane', description: '小区消防车道被占用', ...extra });

  for (const format of FORMATS) {
    describe(`in ${format}`, () => {
      it('answers discovery, the service list and a definition with its attributes', async () => {
        const discovery = await get(`discovery.${format}`);
        expect(discovery.statusCode).toBe(200);
        expect(discovery.headers['content-type']).toBe(format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8');
        const document = read(format, discovery.body) as Record<string, unknown>;
        const found = (format === 'xml' ? document.discovery : document) as { changeset: string; key_service: string; endpoints: unknown };
        expect(found.changeset).toMatch(/\+08:00$/);
        expect(JSON.stringify(found.endpoints)).toContain('http://wiki.open311.org/GeoReport_v2');
        const services = itemsOf<{ service_code: string; metadata: string | boolean; type: string }>(format, (await get(`services.${format}`)).body, 'services', 'service');
        expect(services.map((service) => service.service_code)).toContain('fire_lane_blocked');
        expect(services.find((service) => service.service_code === 'fire_lane_blocked')).toMatchObject({ metadata: format === 'xml' ? 'true' : true, type: 'realtime' });
        const definition = read(format, (await get(`services/fire_lane_blocked.${format}`)).body) as Record<string, unknown>;
        expect(JSON.stringify(definition)).toContain('"code":"passage"');
        expect(JSON.stringify(definition)).toContain('消防车通道');
      });

      it('takes a POST with a key, lists it, finds it by id and by token, and carries the key’s name in the hazard’s history', async () => {
        const created = await post(format, fireLane({ 'attribute[passage]': 'exit', media_url: 'https://example.org/a.jpg', first_name: '三', last_name: '张' }));
        expect(created.statusCode, created.body).toBe(201);
        const [request] = itemsOf<{ service_request_id: string; service_notice: string; token?: string }>(format, created.body, 'service_requests', 'request');
        expect(request?.token).toBeUndefined();
        const id = request?.service_request_id ?? '';
        const token = /查询码 ([0-9A-Z-]+)/.exec(request?.service_notice ?? '')?.[1] ?? '';
        const listed = itemsOf<Record<string, string>>(format, (await get(`requests.${format}`)).body, 'service_requests', 'request');
        expect(listed).toHaveLength(1);
        expect(listed[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: 'fire_lane_blocked', status_notes: '已受理，待核实', agency_responsible: '区消防救援大队' });
        expect(listed[0]?.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
        const one = itemsOf<Record<string, string>>(format, (await get(`requests/${id}.${format}`)).body, 'service_requests', 'request');
        expect(one[0]?.service_request_id).toBe(id);
        const byToken = itemsOf<Record<string, string>>(format, (await get(`tokens/${token}.${format}`)).body, 'service_requests', 'request');
        expect(byToken[0]).toMatchObject({ service_request_id: id, token });
        const [event] = await server.deps.hazardEvents.listForHazard(id, '320412');
        expect(event?.details).toMatchObject({ channel: 'open311', client: '12345热线平台', attributes: { passage: 'exit' }, mediaUrl: 'https://example.org/a.jpg' });
      });

      it('filters GET requests: ids override the rest, service codes, status, dates with zones, the 90-day window; empty parameters are absent', async () => {
        const first = itemsOf<{ service_request_id: string }>(format, (await post(format, fireLane())).body, 'service_requests', 'request')[0]?.service_request_id ?? '';
        server.clock.advance(60_000);
        await post(format, { api_key: key, service_code: 'gas', lat: '31.71', long: '119.91', description: '液化气钢瓶放在楼道' });
        const list = async (query: string) => itemsOf<{ service_code: string; status: string }>(format, (await get(`requests.${format}?${query}`)).body, 'service_requests', 'request');
        expect((await list('service_code=gas')).map((item) => item.service_code)).toEqual(['gas']);
        expect(await list('service_code=gas,fire_lane_blocked&status=open')).toHaveLength(2);
        expect(await list('status=closed')).toHaveLength(0);
        expect(await list(`service_request_id=${first}&service_code=gas&status=closed`)).toHaveLength(1);
        expect(await list('service_code=&status=&start_date=&jurisdiction_id=')).toHaveLength(2);
        expect(await list('start_date=2026-03-02T10:00:30%2B08:00')).toHaveLength(1);
        expect(await list('end_date=2026-03-01T00:00:00Z')).toHaveLength(0);
        expect(await list('jurisdiction_id=320412')).toHaveLength(2);
      });

      it('answers every error as the errors list with the right HTTP status', async () => {
        const expectError = async (response: Promise<{ statusCode: number; body: string }>, status: number, text: RegExp) => {
          const { statusCode, body } = await response;
          expect(statusCode, body).toBe(status);
          const errors = errorsOf(format, body);
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.map((error) => error.description).join(' ')).toMatch(text);
        };
        await expectError(get(`services/nothing.${format}`), 404, /service_code nothing/);
        await expectError(get(`services.${format}?jurisdiction_id=999999`), 404, /jurisdiction_id/);
        await expectError(get(`requests/01900000-0000-7000-8000-000000000001.${format}`), 404, /service_request_id/);
        await expectError(get(`tokens/AAAA-BBBB-CCCC-DDDD.${format}`), 404, /token/);
        await expectError(get(`requests.${format}?start_date=2026-03-01`), 400, /start_date/);
        await expectError(get(`requests.${format}?start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z`), 400, /90/);
        await expectError(get(`requests.${format}?status=fixed`), 400, /open 或 closed/);
        await expectError(get(`requests.${format}?service_code=ufo`), 404, /ufo/);
        await expectError(post(format, fireLane({ api_key: '' })), 403, /api_key/);
        await expectError(post(format, fireLane({ api_key: 'sg311_wrong' })), 403, /api_key/);
        await expectError(post(format, fireLane({ service_code: '' })), 400, /service_code/);
        await expectError(post(format, fireLane({ service_code: 'ufo' })), 404, /ufo/);
        await expectError(post(format, fireLane({ long: '' })), 400, /lat 和 long/);
        await expectError(post(format, fireLane({ lat: '', long: '', address_string: '湖塘镇花园街128号' })), 400, /lat 和 long/);
        await expectError(post(format, fireLane({ 'attribute[passage]': '' })), 400, /attribute\[passage\]/);
        await expectError(post(format, fireLane({ 'attribute[passage]': 'roof' })), 400, /roof/);
        await expectError(post(format, fireLane({ description: '门<script>x</script>' })), 400, /HTML/);
        await expectError(post(format, fireLane({ description: '很'.repeat(4001) })), 400, /4000/);
        await expectError(post(format, fireLane({ lat: '30', long: '100' })), 400, /位置不在本区/);
        const unsupported = await get('services.html');
        expect(unsupported.statusCode).toBe(404);
        expect(errorsOf('xml', unsupported.body)[0]?.description).toMatch(/xml 或 .json/);
      });
    });
  }

  it('refuses a revoked key and a key over its own hourly limit', async () => {
    const third = await issueApiKey(server.deps, systemActor('320412'), { name: '城市大脑', requestsPerHour: 1 });
    const once = await post('json', fireLane({ api_key: third.key }));
    expect(once.statusCode).toBe(201);
    const again = await post('json', fireLane({ api_key: third.key }));
    expect(again.statusCode).toBe(429);
    expect(JSON.stringify(JSON.parse(again.body))).toContain('过于频繁');
    const { revokeApiKey } = await import('@safegrid/core');
    await revokeApiKey(server.deps, systemActor('320412'), third.apiKey.id);
    expect((await post('json', fireLane({ api_key: third.key }))).statusCode).toBe(403);
  });

  it('no longer answers the web app for /open311/v2 paths', async () => {
    const response = await get('discovery.json');
    expect(response.headers['content-type']).toContain('application/json');
  });
});
