import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { UnitResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../testing/expectations.js';
import { encodeGb18030 } from '../testing/gb18030.js';
import { multipartJpeg } from '../testing/multipart.js';

/** Text that only survives if nothing on the way normalises, replaces or truncates it. */
const HARD_TEXT = [
  '湖塘镇', // in GBK
  '𠀀', // U+20000, CJK Extension B: a four-byte GB 18030 code, a surrogate pair in JSON
  '䶮', // U+4DAE, a four-byte GB 18030 code in the BMP
  '👨‍👩‍👧', // emoji joined by ZWJ
  '\u200f\u05e9\u05dc\u05d5\u05dd\u200e', // RTL mark, Hebrew, LTR mark
  'e\u0301', // e + combining acute, not to be composed into é
].join('·');

const unitBody = (name: string) => ({ name, creditCode: null, kind: 'enterprise', address: `${name}路1号`, location: { lng: 119.91, lat: 31.71, crs: 'wgs84' } });

describeEachDialect('text is stored as sent, or refused', (dialect) => {
  let server: TestServer;
  let auth: { authorization: string };

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    auth = { authorization: `Bearer ${(await server.login('town')).token}` };
  });
  afterAll(async () => server.close());

  const fingerprint = () => databaseFingerprint(server.database, { ignoreSessions: true });

  it('round-trips GB 18030-only characters, ZWJ emoji, RTL marks and combining sequences (UTF-8 and GB 18030 bodies)', async () => {
    const utf8 = await server.app.inject({ method: 'POST', url: '/api/v1/units', headers: auth, payload: unitBody(`${HARD_TEXT}甲`) });
    const gb = await server.app.inject({
      method: 'POST', url: '/api/v1/units', headers: { ...auth, 'content-type': 'application/json; charset=GB18030' },
      payload: encodeGb18030(JSON.stringify(unitBody(`${HARD_TEXT}乙`))),
    });
    for (const [response, suffix] of [[utf8, '甲'], [gb, '乙']] as const) {
      const { id } = expectResponse<UnitResponse>(response, 201, UnitResponse);
      const read = expectResponse<UnitResponse>(await server.app.inject({ method: 'GET', url: `/api/v1/units/${id}`, headers: auth }), 200, UnitResponse);
      expect(read.name).toBe(`${HARD_TEXT}${suffix}`);
      expect(read.address).toBe(`${HARD_TEXT}${suffix}路1号`);
    }
  });

  it('decodes a GBK body (湖塘镇 no longer becomes U+FFFD)', async () => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/units', headers: { ...auth, 'content-type': 'application/json;charset=gbk' },
      payload: encodeGb18030(JSON.stringify(unitBody('湖塘镇丙五金厂'))),
    });
    expect(expectResponse<UnitResponse>(response, 201, UnitResponse).name).toBe('湖塘镇丙五金厂');
  });

  const refusals: { name: string; headers?: Record<string, string>; payload: string | Buffer; status: number; code: string; paths?: string[] }[] = [
    { name: 'a lone high surrogate', payload: JSON.stringify(unitBody('x')).replace('"x"', '"\\ud800厂"'), status: 400, code: 'request.invalid', paths: ['/name'] },
    { name: 'a lone low surrogate in a nested field', payload: JSON.stringify({ ...unitBody('厂'), address: 'a\\udc00b' }).replace('a\\\\udc00b', 'a\\udc00b'), status: 400, code: 'request.invalid', paths: ['/address'] },
    { name: 'NUL in a name', payload: JSON.stringify(unitBody('厂\u0000')), status: 400, code: 'request.invalid', paths: ['/name', '/address'] },
    { name: 'NUL in a key', payload: '{"na\\u0000me":"x"}', status: 400, code: 'request.invalid' },
    { name: 'bytes that are not UTF-8', headers: { 'content-type': 'application/json' }, payload: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xe6, 0xb9]), Buffer.from('"}')]), status: 400, code: 'request.bad_encoding' },
    { name: 'bytes that are not GB 18030', headers: { 'content-type': 'application/json; charset=gb18030' }, payload: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0x81, 0x20]), Buffer.from('"}')]), status: 400, code: 'request.bad_encoding' },
    { name: 'an unsupported charset', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, payload: JSON.stringify(unitBody('厂')), status: 415, code: 'request.unsupported_charset' },
    { name: 'an unsupported media type', headers: { 'content-type': 'application/xml' }, payload: '<unit/>', status: 415, code: 'request.unsupported_media_type' },
    { name: 'malformed JSON', headers: { 'content-type': 'application/json' }, payload: '{"name":', status: 400, code: 'request.invalid' },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with a problem naming the field, writing nothing`, async () => {
      const before = await fingerprint();
      const response = await server.app.inject({
        method: 'POST', url: '/api/v1/units', headers: { ...auth, 'content-type': 'application/json', 'accept-language': 'en', ...refusal.headers }, payload: refusal.payload,
      });
      const problem = expectProblem(response, refusal.status, refusal.code, refusal.paths);
      expect(problem.title).toMatch(/^[\x20-\x7e]+$/); // English, as asked
      expect(await fingerprint()).toBe(before);
    });
  }

  it('refuses NUL and lone surrogates in searches and filters (4xx, not a database error)', async () => {
    for (const url of ['/api/v1/units?q=%00', '/api/v1/units?q=a%00b', '/api/v1/hazards?q=%00', '/api/v1/hazards?status=%00', '/api/v1/units/%00']) {
      const response = await server.app.inject({ method: 'GET', url, headers: auth });
      expect(response.statusCode, `${url}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses broken multipart uploads with 4xx and stores no photo', async () => {
    const before = await fingerprint();
    const jpeg = await multipartJpeg('B');
    const end = Buffer.from('\r\n--B--\r\n');
    const body = jpeg.subarray(0, jpeg.length - end.length);
    const secondFile = Buffer.concat([body, Buffer.from('\r\n'), (await multipartJpeg('B')).subarray(0)]);
    const cases: [string, string, Buffer][] = [
      ['a part cut short', 'multipart/form-data; boundary=B', jpeg.subarray(0, 200)],
      ['no closing boundary', 'multipart/form-data; boundary=B', body],
      ['no boundary parameter', 'multipart/form-data', jpeg],
      ['two files where one is taken', 'multipart/form-data; boundary=B', secondFile],
      ['an extra field', 'multipart/form-data; boundary=B', Buffer.concat([Buffer.from('--B\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n'), jpeg])],
      ['a file under another name', 'multipart/form-data; boundary=B', Buffer.from(jpeg.toString('latin1').replace('name="file"', 'name="photo"'), 'latin1')],
      ['a file name with NUL', 'multipart/form-data; boundary=B', Buffer.from(jpeg.toString('latin1').replace('filename="photo.jpg"', 'filename="a\u0000.jpg"'), 'latin1')],
    ];
    for (const [name, contentType, payload] of cases) {
      const response = await server.app.inject({ method: 'POST', url: '/api/v1/photos', headers: { ...auth, 'content-type': contentType }, payload });
      expect(response.statusCode, `${name}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, name).toBeLessThan(500);
      expect(response.headers['content-type'], name).toMatch(/^application\/problem\+json/);
    }
    expect(await fingerprint()).toBe(before);
    const good = await server.app.inject({ method: 'POST', url: '/api/v1/photos', headers: { ...auth, 'content-type': 'multipart/form-data; boundary=B' }, payload: jpeg });
    expect(good.statusCode, good.body).toBe(201);
  });

  it('answers router refusals (bad percent-encoding, overlong path segment) as problem+json in the caller’s language', async () => {
    const bad = await server.app.inject({ method: 'GET', url: '/api/v1/units/%E0%A4%A', headers: { ...auth, 'accept-language': 'en' } });
    expect(expectProblem(bad, 400, 'request.bad_url').title).toBe('The address of the request is malformed');
    const long = await server.app.inject({ method: 'GET', url: `/api/v1/units/${'a'.repeat(500)}`, headers: auth });
    expect(expectProblem(long, 414, 'request.path_too_long').title).toBe('请求路径过长');
  });
});

describeEachDialect('requests Node itself refuses', (dialect) => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => server.close());

  it('answers headers that are too large with a 431 problem in the caller’s language', async () => {
    const response = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const request = httpRequest({ port, host: '127.0.0.1', path: '/api/v1/health', headers: { 'accept-language': 'en', 'x-filler': 'x'.repeat(40_000) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(response.status).toBe(431);
    expect(response.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.body)).toMatchObject({ status: 431, code: 'request.header_too_large', title: 'The request headers are too large' });
  });

  it('answers a malformed request line with a 400 problem', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'request.invalid', title: '请求内容有误' });
  });
});
