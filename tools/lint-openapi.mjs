#!/usr/bin/env node
// Writes the OpenAPI document of a built server (no port opened) to tmp/openapi/openapi.json and
// lints it with Redocly's recommended rules (redocly.yaml; exceptions in .redocly.lint-ignore.yaml).
// Needs the workspaces built (`tsc -b tsconfig.build.json`); a step of `npm test` (ADR 0061).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'tmp/openapi');
const documentPath = join(outDir, 'openapi.json');

const { buildTestServer } = await import('@safegrid/api/testing');
const server = await buildTestServer();
let document;
try {
  document = server.app.swagger();
} finally {
  await server.close();
}
mkdirSync(outDir, { recursive: true });
writeFileSync(documentPath, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${documentPath}`);

const redocly = join(root, 'node_modules/@redocly/cli/bin/cli.js');
const result = spawnSync(process.execPath, [redocly, 'lint', documentPath, '--config', join(root, 'redocly.yaml')], {
  cwd: root,
  stdio: 'inherit',
  // Offline and quiet: no usage report, no update check.
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
process.exit(result.status ?? 1);
