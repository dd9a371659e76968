#!/usr/bin/env node
// Web app speed (not a test): JavaScript a first visit downloads, and how long the 一张图 dashboard
// takes to show with the full demo district. See README.md here.
//
//   node bench/web/measure-web.mjs [--data <dir with a demo district>] [--runs 5] [--no-build]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'apps/web/dist');
const { values } = parseArgs({ options: { data: { type: 'string' }, runs: { type: 'string', default: '5' }, 'no-build': { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

// ---- JavaScript per route: the static import closure of the chunks a page needs ----

const STATIC_IMPORT = /(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g;

function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, 'assets', file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) stack.push(match[1]);
  }
  return seen;
}

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, 'assets', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.size, rawKB: Math.round(raw / 102.4) / 10, gzipKB: Math.round(gzip / 102.4) / 10 };
}

function chunk(prefix) {
  const file = readdirSync(join(dist, 'assets')).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no chunk ${prefix}-*.js in the build`);
  return file;
}

function javascriptPerRoute() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((match) => match[1]);
  const shell = closure(entry);
  const dashboard = closure([...entry, chunk('dashboard-page')]);
  const dashboardComplete = closure([...dashboard, chunk('dashboard-charts'), chunk('district-map')]);
  const all = new Set(readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js')));
  return {
    'login (first visit)': sizeOf(shell),
    'dashboard: numbers first (route chunk + shell)': sizeOf(dashboard),
    'dashboard: with charts and map (lazy chunks)': sizeOf(dashboardComplete),
    'whole app (every chunk)': sizeOf(all),
  };
}

// ---- Dashboard load with the full demo district ----

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(dataDir) {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'apps/cli/dist/main.js'), 'serve'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SAFEGRID_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', SAFEGRID_WEB_DIR: dist },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, server };
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not start');
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

async function loadDashboard(browser, url, token, warm) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await context.addCookies([{ name: 'safegrid_session', value: token, url }]);
  const page = await context.newPage();
  if (warm) {
    await page.goto(`${url}/dashboard`);
    await page.locator('.district-map[data-ready="true"]').waitFor({ timeout: 60_000 });
  }
  const started = Date.now();
  await page.goto(`${url}/dashboard`);
  await page.getByTestId('kpi-open').waitFor({ timeout: 60_000 });
  const numbersMs = Date.now() - started;
  await page.locator('.chart canvas').nth(2).waitFor({ timeout: 60_000 });
  await page.locator('.district-map[data-ready="true"]').waitFor({ timeout: 60_000 });
  const completeMs = Date.now() - started;
  const api = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/api/v1/') && !entry.name.includes('/stream'))
    .map((entry) => ({ path: new URL(entry.name).pathname, ms: Math.round(entry.duration), kB: Math.round(entry.transferSize / 102.4) / 10 })));
  await context.close();
  return { numbersMs, completeMs, api };
}

async function measureDashboard(dataDir) {
  const { chromium } = await import(join(root, 'node_modules/playwright-core/index.mjs'));
  const { url, server } = await startServer(dataDir);
  try {
    const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'safegrid-demo' }) });
    const { token } = await login.json();
    const counts = await (await fetch(`${url}/api/v1/stats/overview`, { headers: { authorization: `Bearer ${token}` } })).json();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const cold = [];
    const warm = [];
    for (let index = 0; index < runs; index += 1) {
      cold.push(await loadDashboard(browser, url, token, false));
      warm.push(await loadDashboard(browser, url, token, true));
    }
    const chromiumVersion = browser.version();
    await browser.close();
    const summary = (samples, key) => ({ medianMs: median(samples.map((sample) => sample[key])), minMs: Math.min(...samples.map((sample) => sample[key])), maxMs: Math.max(...samples.map((sample) => sample[key])) });
    return {
      district: { hazards: counts.total, openHazards: counts.open },
      chromium: chromiumVersion,
      coldCache: { numbers: summary(cold, 'numbersMs'), complete: summary(cold, 'completeMs') },
      warmCache: { numbers: summary(warm, 'numbersMs'), complete: summary(warm, 'completeMs') },
      apiOfOneColdLoad: cold[Math.floor(cold.length / 2)]?.api ?? [],
    };
  } finally {
    server.kill('SIGTERM');
  }
}

function markdown(result) {
  const lines = [
    `# Web app: ${result.date}`,
    '',
    `Machine: ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memoryGiB} GiB, ${result.machine.os}, Node ${result.machine.node}, Chromium ${result.dashboard.chromium}.`,
    `Load average (1 min) before / after: ${result.loadAverage.before} / ${result.loadAverage.after} — browser, server and other work share the cores.`,
    '',
  ];
  lines.push('## JavaScript per route (gzip level 9)', '', '| what | chunks | raw KB | gzip KB |', '|---|---:|---:|---:|');
  for (const [name, size] of Object.entries(result.javascript)) lines.push(`| ${name} | ${size.files} | ${size.rawKB} | ${size.gzipKB} |`);
  const { dashboard } = result;
  lines.push('', `## Dashboard load, full demo district (${dashboard.district.hazards} hazards, ${dashboard.district.openHazards} open), ${result.runs} runs`, '');
  lines.push('| cache | numbers shown (median / min / max ms) | charts and map drawn (median / min / max ms) |', '|---|---|---|');
  for (const [name, sample] of [['cold', dashboard.coldCache], ['warm', dashboard.warmCache]]) {
    lines.push(`| ${name} | ${sample.numbers.medianMs} / ${sample.numbers.minMs} / ${sample.numbers.maxMs} | ${sample.complete.medianMs} / ${sample.complete.minMs} / ${sample.complete.maxMs} |`);
  }
  lines.push('', 'API calls of the median cold load:', '', '| path | ms | transferred KB |', '|---|---:|---:|');
  for (const call of dashboard.apiOfOneColdLoad) lines.push(`| ${call.path} | ${call.ms} | ${call.kB} |`);
  return `${lines.join('\n')}\n`;
}

async function main() {
  if (!values['no-build']) {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json']);
    run('npm', ['run', 'build', '-w', '@safegrid/web', '--silent']);
  }
  const javascript = javascriptPerRoute();
  let dataDir = values.data;
  const temporary = !dataDir;
  if (!dataDir) {
    dataDir = mkdtempSync(join(os.tmpdir(), 'safegrid-bench-web-'));
    console.log('generating the full demo district (about 40 s)…');
    run(process.execPath, [join(root, 'apps/cli/dist/main.js'), 'demo'], { SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  } else if (!existsSync(join(dataDir, 'safegrid.db'))) {
    throw new Error(`no safegrid.db in ${dataDir}`);
  }
  try {
    const loadBefore = os.loadavg()[0];
    const dashboard = await measureDashboard(dataDir);
    const date = new Date().toISOString().slice(0, 10);
    const cpus = os.cpus();
    const result = {
      date,
      runs,
      machine: { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version },
      // Other work on the machine shares its two cores: the 1-minute load average around the run.
      loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0] * 100) / 100 },
      javascript,
      dashboard,
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, `bench/results/web-${date}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(root, `bench/results/web-${date}.md`), markdown(result));
    console.log(markdown(result));
  } finally {
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
