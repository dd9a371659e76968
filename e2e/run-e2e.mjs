#!/usr/bin/env node
// End-to-end tests (and, with --screenshots, the README's screenshots): build what the browser
// needs, start the real server on a fresh data directory with a small demo district, run the
// Playwright specs in Debian's Chromium, stop the server. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const screenshots = process.argv.includes('--screenshots');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const keepData = process.env.SAFEGRID_E2E_KEEP === '1';
// Anything after `--` goes to Playwright, e.g. `node e2e/run-e2e.mjs -- -g offline`.
const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];

function run(label, command, args, env = {}) {
  console.log(`\n--- ${label} ---`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, server) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the server exited early (code ${server.exitCode})`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not answer /api/v1/health within 60 s');
}

function stop(server) {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function main() {
  if (!existsSync(chromium)) throw new Error(`no Chromium at ${chromium} (apt-get install chromium fonts-noto-cjk)`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  run('build server (tsc -b)', process.execPath, [tsc, '-b', 'tsconfig.build.json']);
  run('build web app (vite build)', 'npm', ['run', 'build', '-w', '@safegrid/web', '--silent']);

  const dataDir = mkdtempSync(join(tmpdir(), 'safegrid-e2e-'));
  const cli = join(root, 'apps/cli/dist/main.js');
  // Every spec logs in from 127.0.0.1; the login rate limit (tested in the API suite) would refuse a fast run.
  const env = { SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: process.env.SAFEGRID_E2E_LOG_LEVEL ?? 'warn', SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE: '1000' };
  let server = null;
  let failure = null;
  try {
    run('demo district (3,000 units, 8,000 hazards)', process.execPath, [cli, 'demo', '--units', '3000', '--hazards', '8000'], env);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // Notification mail goes to a local SMTP server that the escalation spec opens on this port.
    const smtpPort = await freePort();
    console.log(`\n--- server at ${baseUrl} ---`);
    server = spawn(process.execPath, [cli, 'serve'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), SAFEGRID_WEB_DIR: join(root, 'apps/web/dist'),
        SAFEGRID_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SAFEGRID_MAIL_FROM: 'SafeGrid <noreply@safegrid.test>',
      },
    });
    await waitForHealth(baseUrl, server);
    const playwright = join(root, 'node_modules/@playwright/test/cli.js');
    const args = [playwright, 'test', '-c', join(root, 'e2e/playwright.config.ts'), ...(screenshots ? ['--project', 'screenshots'] : ['--project', 'flows']), ...extra];
    run(screenshots ? 'screenshots' : 'end-to-end specs', process.execPath, args, { SAFEGRID_E2E_URL: baseUrl, CHROMIUM_PATH: chromium, SAFEGRID_E2E_DATA_DIR: dataDir, SAFEGRID_E2E_SMTP_PORT: String(smtpPort) });
  } catch (error) {
    failure = error;
  } finally {
    if (server) await stop(server);
    if (keepData) console.log(`data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  if (failure) throw failure;
}

main().then(
  () => console.log('\nend-to-end: all passed'),
  (error) => {
    console.error(`\nend-to-end: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
