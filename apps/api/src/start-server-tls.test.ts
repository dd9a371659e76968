import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { loadConfig, type Platform } from '@safegrid/platform';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start-server.js';
import { buildTestServer, type TestServer } from './testing/build-test-server.js';

/** GET over HTTPS trusting exactly `ca`; resolves the status, headers and body. */
function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: string; authorized: boolean }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { ca, agent: false }, (response) => {
      const authorized = (response.socket as TLSSocket).authorized;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, authorized }));
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}

describeEachDialect('HTTPS served directly when a certificate is configured', (dialect) => {
  let folder: string;
  let base: TestServer;
  let server: RunningServer;
  let certificate: Buffer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'safegrid-tls-'));
    const certFile = join(folder, 'cert.pem');
    const keyFile = join(folder, 'key.pem');
    // A self-signed certificate for localhost and 127.0.0.1, made for this test only.
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
    certificate = readFileSync(certFile);
    base = await buildTestServer({ dialect });
    const config = { ...loadConfig({ SAFEGRID_DATA_DIR: folder, SAFEGRID_TLS_CERT: certFile, SAFEGRID_TLS_KEY: keyFile }), host: '127.0.0.1', port: 0 };
    const platform: Platform = { database: base.database, deps: base.deps, services: { ...base.app.services, config }, close: async () => undefined };
    server = await startServer(platform, { logger: false });
  });
  afterAll(async () => {
    await server.stop();
    await base.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('listens with TLS and prints an https URL', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await httpsGet(`${server.url}/api/v1/health`, certificate);
    expect(health.status).toBe(200);
    expect(health.authorized).toBe(true);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
  });

  it('does not answer plain HTTP on the TLS port', async () => {
    const port = new URL(server.url).port;
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1/health`, { headers: { connection: 'close' } }).then((response) => response.status, (error: unknown) => error);
    expect(answer).not.toBe(200);
  });
});
