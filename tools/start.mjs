#!/usr/bin/env node
// `npm start`: build what is missing or stale, then run the platform with the demo district on first start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(command, args, label) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => (name === 'node_modules' || name === 'dist' ? newest : Math.max(newest, newestMtime(join(path, name)))), stat.mtimeMs);
}

run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], 'server build (tsc -b)');

const web = join(root, 'apps/web');
const webDist = join(web, 'dist/index.html');
if (existsSync(join(web, 'package.json'))) {
  const sourcesChanged = ['src', 'index.html', 'vite.config.ts', 'package.json', '../../packages/contracts/src', 'sw', 'build', 'public'].some(
    (path) => newestMtime(join(web, path)) > newestMtime(webDist),
  );
  if (!existsSync(webDist) || sourcesChanged) run('npm', ['run', 'build', '-w', '@safegrid/web'], 'web build (vite)');
  else console.log('web app is up to date');
}

const env = { ...process.env };
if (!env.SAFEGRID_WEB_DIR && existsSync(webDist)) env.SAFEGRID_WEB_DIR = join(web, 'dist');
// --max-semi-space-size=4 --max-old-space-size=512: as deployed (ADRs 0080, 0106), V8's heap stays near what is live.
const server = spawn(process.execPath, ['--max-semi-space-size=4', '--max-old-space-size=512', join(root, 'apps/cli/dist/main.js'), 'serve', '--demo'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
