import { IssuedApiKeyResponse, type ApiKeyResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('API keys with scopes: a system reads with data.read and does nothing else', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function issue(token: string, body: Record<string, unknown>): Promise<IssuedApiKeyResponse> {
    return expectResponse<IssuedApiKeyResponse>(await server.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: bearer(token), payload: body }), 201, IssuedApiKeyResponse);
  }

  it('issues named, scoped keys; a data.read key reads hazards and units, records its last use, and is refused writes and other routes', async () => {
    const office = await server.login('district');
    const reader = await issue(office.token, { name: '市应急指挥平台', requestsPerHour: 600, scopes: ['data.read'] });
    const submitter = await issue(office.token, { name: '12345热线' });
    expect(reader.apiKey.scopes).toEqual(['data.read']);
    expect(submitter.apiKey.scopes).toEqual(['open311.submit']);

    expect((await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: bearer(reader.key) })).statusCode).toBe(200);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer(reader.key) })).statusCode).toBe(200);
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/units', headers: bearer(reader.key), payload: {} }), 403, 'auth.api_key_scope');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(reader.key) }), 403, 'auth.api_key_scope');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: bearer(reader.key) }), 403, 'auth.api_key_scope');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: bearer(submitter.key) }), 401, 'auth.unauthenticated');

    const listed = (await server.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: bearer(office.token) })).json() as { items: ApiKeyResponse[] };
    expect(listed.items.find((key) => key.id === reader.apiKey.id)?.lastUsedAt).toBe('2026-03-02T02:00:00.000Z');

    await server.app.inject({ method: 'POST', url: `/api/v1/api-keys/${reader.apiKey.id}/revoke`, headers: bearer(office.token) });
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: bearer(reader.key) }), 401, 'auth.unauthenticated');
  });

  it('limits a reading key to its requests per hour spread over minutes, and refuses unknown scopes', async () => {
    const office = await server.login('district');
    const reader = await issue(office.token, { name: '慢速平台', requestsPerHour: 120, scopes: ['data.read'] });
    const statuses: number[] = [];
    for (let call = 0; call < 3; call += 1) statuses.push((await server.app.inject({ method: 'GET', url: '/api/v1/regions', headers: bearer(reader.key) })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    server.clock.advance(60_000);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/regions', headers: bearer(reader.key) })).statusCode).toBe(200);

    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: bearer(office.token), payload: { name: 'x', scopes: ['data.write'] } }), 400, 'request.invalid');
  });
});
