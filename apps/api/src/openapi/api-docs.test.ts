import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { expectProblem } from '../testing/expectations.js';

// The document, Swagger UI's page, one of its assets, and the copy of the document it loads.
const DOCS_URLS = ['/api/v1/openapi.json', '/api/docs/', '/api/docs/static/swagger-ui.css', '/api/docs/json'];

async function get(server: TestServer, url: string, token?: string) {
  return server.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describeEachDialect('SAFEGRID_API_DOCS decides who reads the API documentation', (dialect) => {
  describe('public (the default)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await buildTestServer({ dialect });
    });
    afterAll(async () => server.close());

    it('serves the document and Swagger UI without a session', async () => {
      expect(server.config.apiDocs).toBe('public');
      for (const url of DOCS_URLS) expect((await get(server, url)).statusCode, url).toBe(200);
      expect((await get(server, '/api/v1/openapi.json')).json()).toMatchObject({ openapi: '3.1.0' });
      expect((await get(server, '/api/docs/')).body).toMatch(/swagger/i);
    });
  });

  describe('login', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await buildTestServer({ dialect, config: { SAFEGRID_API_DOCS: 'login' } });
    });
    afterAll(async () => server.close());

    it('answers 401 problem+json without a session', async () => {
      for (const url of DOCS_URLS) expectProblem(await get(server, url), 401, 'auth.unauthenticated');
    });

    it('serves any logged-in user, whatever their role', async () => {
      const { token } = await server.login('enterprise');
      for (const url of DOCS_URLS) expect((await get(server, url, token)).statusCode, url).toBe(200);
      expect((await get(server, '/api/v1/openapi.json', token)).json()).toMatchObject({ paths: expect.objectContaining({ '/api/v1/hazards': expect.anything() }) });
    });

    it('also accepts the session cookie, as the browser sends it', async () => {
      const login = await server.login('district');
      const response = await server.app.inject({ method: 'GET', url: '/api/docs/', cookies: { safegrid_session: login.token } });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('off', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await buildTestServer({ dialect, config: { SAFEGRID_API_DOCS: 'off' } });
    });
    afterAll(async () => server.close());

    it('answers 404 for every documentation URL, logged in or not', async () => {
      const { token } = await server.login('district');
      for (const url of DOCS_URLS) {
        expectProblem(await get(server, url), 404, 'request.route_not_found');
        expectProblem(await get(server, url, token), 404, 'request.route_not_found');
      }
    });

    it('still builds the document in the process (the linter reads it there)', () => {
      expect(server.app.swagger()).toMatchObject({ openapi: '3.1.0' });
    });
  });
});
