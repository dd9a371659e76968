import type { HazardPage, UnitPage } from '@safegrid/contracts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import { apiAs, logIn, phone } from '../fixtures/app';

/**
 * Findings we cannot fix in our code, each an exact rule and the element it is about (a CSS
 * selector the offending node matches or sits in). Never a whole rule, never a whole page.
 */
const NOT_OURS: readonly { readonly rule: string; readonly selector: string; readonly why: string }[] = [
];

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

/**
 * Runs axe-core on the page as it is now and fails on any `critical` or `serious` finding, listing
 * each rule with the elements it flagged (selector, markup, what is wrong).
 */
async function expectNoSeriousFindings(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Nothing still loading: a spinner's page has not shown its content yet.
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 30_000 });
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy (script-src 'self')
  // rightly refuses inline scripts, and the check must not loosen it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (notOurs) => {
    const { axe: engine } = window as unknown as { axe: typeof axe };
    const result = await engine.run(document, { resultTypes: ['violations'], elementRef: true });
    return result.violations
      .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        nodes: violation.nodes
          .filter((node) => {
            const element = node.element;
            return !notOurs.some((known) => known.rule === violation.id && element instanceof Element && element.closest(known.selector) !== null);
          })
          .map((node) => ({ target: node.target.join(' '), html: node.html.slice(0, 200), summary: (node.failureSummary ?? '').replace(/\s+/g, ' ') })),
      }))
      .filter((violation) => violation.nodes.length > 0);
  }, NOT_OURS.map(({ rule, selector }) => ({ rule, selector })));
  // The first few elements of each rule (with how many there are): enough to find and fix them.
  const readable = findings.flatMap((finding: Finding) => [
    `${name}: [${finding.impact}] ${finding.rule} — ${finding.help} (${finding.nodes.length} elements)`,
    ...finding.nodes.slice(0, 4).map((node) => `    ${node.target}\n      ${node.html}\n      ${node.summary}`),
  ]);
  if (readable.length > 0) console.log(readable.join('\n'));
  // Soft: one run lists the findings of every page, not only the first page's.
  expect.soft(readable.join('\n'), `axe findings on ${name}`).toBe('');
}

async function visit(page: Page, path: string, ready: Locator, name: string): Promise<void> {
  await page.goto(path);
  // Generous: on the shared CI machine the dashboard's map has taken over a minute to draw.
  await expect(ready).toBeVisible({ timeout: 150_000 });
  await expectNoSeriousFindings(page, name);
}

// axe checks a whole page at a time; on the shared 2-core machine a big table takes its while.
const AUDIT_TIME = 900_000;

test('accessibility: login, 一张图 and the registry lists have no critical or serious axe findings', async ({ page }) => {
  test.setTimeout(AUDIT_TIME);
  await page.goto('/login');
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expectNoSeriousFindings(page, '登录');

  await logIn(page, 'admin');
  await visit(page, '/dashboard', page.locator('.district-map[data-ready="true"]'), '一张图');
  await page.getByText('四色图', { exact: true }).click();
  await expect(page.locator('.district-map[data-layer="units"]')).toHaveAttribute('data-ready', 'true');
  await expectNoSeriousFindings(page, '一张图 · 四色图');
  await visit(page, '/hazards', page.getByRole('table'), '隐患列表');
  await visit(page, '/units', page.getByRole('table'), '单位列表');
  await visit(page, '/inspections', page.getByRole('table'), '检查记录');
});

test('accessibility: the district office’s detail, campaign and administration pages have no critical or serious axe findings', async ({ page, request }) => {
  test.setTimeout(AUDIT_TIME);
  const admin = await apiAs(request, 'admin');
  const hazard = (await admin.get<HazardPage>('/hazards?status=assigned&limit=1')).body.items[0];
  const unit = (await admin.get<UnitPage>('/units?kind=enterprise&limit=1')).body.items[0];
  await logIn(page, 'admin');
  await visit(page, `/hazards/${hazard?.id ?? ''}`, page.locator('.ant-timeline-item').first(), '隐患详情');
  await visit(page, `/units/${unit?.id ?? ''}`, page.getByTestId('risk-panel'), '单位详情');
  await visit(page, '/campaigns', page.getByRole('table'), '专项整治');
  await visit(page, '/accounts', page.getByRole('heading', { name: '账号管理' }), '账号管理');
  await visit(page, '/notifications', page.getByTestId('notification-bell'), '消息');
  await visit(page, '/settings/evidence-policy', page.getByRole('switch'), '销号证据规则');
});

test('accessibility: a town’s and an enterprise’s pages have no critical or serious axe findings', async ({ page }) => {
  test.setTimeout(AUDIT_TIME);
  await logIn(page, 'hutang');
  await visit(page, '/dashboard', page.locator('.district-map[data-ready="true"]'), '一张图（湖塘镇）');
  await visit(page, '/hazards', page.getByRole('table'), '隐患列表（湖塘镇）');
  await visit(page, '/units', page.getByRole('table'), '单位列表（湖塘镇）');

  await page.context().clearCookies();
  await logIn(page, 'qiye01');
  await expect(page.locator('.small-map')).toBeVisible({ timeout: 60_000 });
  await expectNoSeriousFindings(page, '本单位（企业）');
  await visit(page, '/hazards', page.getByRole('table'), '隐患列表（企业）');
});

test('accessibility: the grid worker’s phone pages have no critical or serious axe findings', async ({ browser, request }) => {
  test.setTimeout(AUDIT_TIME);
  const worker = await apiAs(request, 'wangge01');
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  const context = await phone(browser, {
    lng: ring.reduce((sum, point) => sum + (point[0] ?? 0), 0) / ring.length,
    lat: ring.reduce((sum, point) => sum + (point[1] ?? 0), 0) / ring.length,
  });
  const page = await context.newPage();
  await logIn(page, 'wangge01');
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible({ timeout: 60_000 });
  await expectNoSeriousFindings(page, '我的任务（手机）');
  await visit(page, '/m/report', page.getByTestId('position'), '现场上报（手机）');
  await visit(page, '/hazards', page.getByRole('heading').first(), '隐患列表（手机）');
  await context.close();
});
