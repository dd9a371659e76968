#!/usr/bin/env node
// `npm test`: typecheck, lint, the OpenAPI document's lint, then every test suite. Suites that need PostgreSQL or Chromium run
// whenever those are present; under CI=true they are required and their absence fails the run.
// Locally a missing one is reported loudly, never passed silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const inCi = process.env.CI === 'true';
const postgresUrl = new URL(process.env.SAFEGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const skipped = [];

function step(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

function requireOrWarn(what, why) {
  if (inCi) {
    console.error(`\n✗ ${what} is required under CI=true but is not available: ${why}`);
    process.exit(1);
  }
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! SKIPPED: ${what} — ${why}\n!! These tests did NOT run. Install it (see CONTRIBUTING.md) or run in CI.\n${line}`);
  skipped.push(what);
}

const tsc = join(root, 'node_modules/typescript/bin/tsc');
step('typecheck (build)', process.execPath, [tsc, '-b', 'tsconfig.build.json']);
step('typecheck (tests)', process.execPath, [tsc, '-p', 'tsconfig.json']);
step('lint', process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']);
step('OpenAPI lint (Redocly recommended)', process.execPath, [join(root, 'tools/lint-openapi.mjs')]);

// `memory`: the store suites also run against core's in-memory fakes (ADR 0062); SQL-only suites skip it.
const dialects = ['sqlite', 'memory'];
if (await reachable(postgresUrl.hostname, postgresUrl.port || '5432')) dialects.push('postgres');
else requireOrWarn('PostgreSQL store and API suites', `nothing answers at ${postgresUrl.host}`);
step(`unit, store and API tests on ${dialects.join(' + ')}`, process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run'], { DB_DIALECTS: dialects.join(',') });

const e2eRunner = join(root, 'e2e/run-e2e.mjs');
if (existsSync(e2eRunner)) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) step('end-to-end tests (Chromium)', process.execPath, [e2eRunner], { CHROMIUM_PATH: chromium });
  else requireOrWarn('end-to-end browser tests', `no Chromium at ${chromium} (apt-get install chromium fonts-noto-cjk)`);
}

if (skipped.length > 0) {
  console.warn(`\nDone, but ${skipped.length} suite(s) were SKIPPED: ${skipped.join('; ')}`);
} else {
  console.log('\nAll suites ran and passed.');
}
