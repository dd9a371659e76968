import type { CampaignResponse, HazardPage, UnitPage } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, logIn, phone } from '../fixtures/app';

// zh-CN screenshots of the main pages for the README: `npm run screenshots -w @safegrid/e2e`.
const OUT = new URL('../../docs/screenshots/', import.meta.url).pathname;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: false, animations: 'disabled' });
}

test('desktop pages', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/login');
  await shoot(page, 'login');

  await logIn(page, 'admin');
  await expect(page.locator('.district-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.chart canvas')).toHaveCount(3);
  await page.setViewportSize({ width: 1440, height: 1180 });
  await shoot(page, 'dashboard');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto('/hazards?status=assigned&overdue=true');
  await expect(page.getByRole('table')).toBeVisible();
  await shoot(page, 'hazard-list');

  const admin = await apiAs(request, 'admin');
  const closed = (await admin.get<HazardPage>('/hazards?status=closed&regionCode=320412100&limit=20')).body.items;
  const withHistory = closed.find((hazard) => hazard.extensionCount > 0) ?? closed[0];
  await page.goto(`/hazards/${withHistory?.id ?? ''}`);
  await expect(page.locator('.ant-timeline-item').first()).toBeVisible();
  await shoot(page, 'hazard-detail');

  await page.goto('/units?tag=dust');
  await expect(page.getByRole('table')).toBeVisible();
  await shoot(page, 'unit-list');
});

test('enterprise and town pages', async ({ page }) => {
  await logIn(page, 'qiye01');
  await expect(page.locator('.small-map')).toBeVisible();
  await page.waitForTimeout(500);
  await shoot(page, 'unit-detail');

  await page.context().clearCookies();
  await logIn(page, 'hutang');
  const open = page.locator('.ant-table-row').first();
  await page.goto('/hazards?status=reported');
  await open.getByRole('link').first().click();
  await page.getByRole('button', { name: /交\s*办/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'hazard-assign');
});

test('grid worker on a phone', async ({ browser, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  const position = { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length };
  const context = await phone(browser, position);
  const page = await context.newPage();
  await logIn(page, 'wangge01');
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
  await shoot(page, 'phone-tasks');
  await page.goto('/m/report');
  await expect(page.getByTestId('position')).toBeVisible();
  await shoot(page, 'phone-report');
  await context.close();
});

test('inspections and checklists', async ({ browser, page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const town = await apiAs(request, 'hutang');
  const finished = (await town.get<{ items: { id: string; hazardIds: string[] }[] }>('/inspections?status=finished&limit=50')).body.items.find((item) => item.hazardIds.length > 0);
  await logIn(page, 'hutang');
  await page.goto('/inspections?status=finished');
  await expect(page.getByRole('table')).toBeVisible();
  await shoot(page, 'inspection-list');
  await page.goto(`/inspections/${finished?.id ?? ''}`);
  await expect(page.getByTestId('hazard-link').first()).toBeVisible();
  await page.waitForTimeout(500);
  await shoot(page, 'inspection-detail');

  await page.context().clearCookies();
  await logIn(page, 'admin');
  await page.goto('/checklists');
  await expect(page.getByRole('table')).toBeVisible();
  await shoot(page, 'checklist-library');
  await page.getByRole('link', { name: /粉尘防爆/ }).first().click();
  await expect(page.getByText('版本历史')).toBeVisible();
  await shoot(page, 'checklist-detail');

  // A grid worker inspecting on the phone, with one item failed.
  const worker = await apiAs(request, 'wangge01');
  const units = (await worker.get<{ items: { id: string; location: { lng: number; lat: number } }[] }>(`/units?gridId=${worker.user.scope.gridIds[0] ?? ''}&tag=dust&limit=20`)).body.items;
  const unit = units[0];
  if (!unit) throw new Error('no dust unit in the grid');
  const checklists = (await worker.get<{ id: string; code: string }[]>(`/checklists?unitId=${unit.id}`)).body;
  const checklist = checklists.find((item) => item.code.startsWith('dust')) ?? checklists[0];
  const started = await worker.post<{ id: string; itemIds: string[] }>('/inspections', { unitId: unit.id, checklistId: checklist?.id, location: { ...unit.location, crs: 'wgs84' } });
  expect(started.status).toBe(201);
  const [first, second, third] = started.body.itemIds;
  await worker.post(`/inspections/${started.body.id}/answers`, { answers: [
    { itemId: first, result: 'pass' }, { itemId: second, result: 'fail', note: '除尘器灰斗积尘未及时清理' }, { itemId: third, result: 'pass' },
  ] });
  const context = await phone(browser, unit.location);
  const mobile = await context.newPage();
  await logIn(mobile, 'wangge01');
  await mobile.goto(`/m/inspect/${started.body.id}`);
  await expect(mobile.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await shoot(mobile, 'phone-inspection');
  await context.close();
});

test('campaign, risk and 厂中厂 pages', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const campaigns = (await admin.get<CampaignResponse[]>('/campaigns')).body;
  const dust = campaigns.find((campaign) => campaign.scope.tags.includes('dust')) ?? campaigns[0];
  await page.setViewportSize({ width: 1440, height: 1300 });
  await logIn(page, 'admin');
  await page.goto(`/campaigns/${dust?.id ?? ''}`);
  await expect(page.locator('[data-kpi="inScope"]')).toBeVisible();
  await expect(page.locator('.district-map[data-layer="units"]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.chart canvas')).toHaveCount(2);
  await shoot(page, 'campaign-detail');

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/dashboard');
  await page.getByText('四色图', { exact: true }).click();
  await expect(page.locator('.district-map[data-layer="units"]')).toHaveAttribute('data-ready', 'true');
  await page.locator('.district-map').scrollIntoViewIfNeeded();
  await shoot(page, 'risk-map');

  const red = (await admin.get<UnitPage>('/units?riskLevel=red&kind=enterprise&limit=1')).body.items[0];
  await page.setViewportSize({ width: 1440, height: 1400 });
  await page.goto(`/units/${red?.id ?? ''}`);
  await expect(page.getByTestId('risk-panel')).toContainText('评定依据');
  await shoot(page, 'unit-risk');

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/tenant-reviews');
  await expect(page.getByTestId('tenant-reviews').locator('tr.ant-table-row').first()).toBeVisible();
  await shoot(page, 'tenant-reviews');
});

// Pages added with the outward-facing work: administration, duty, reports and the special-equipment register.
const LATER_PAGES: readonly { readonly path: string; readonly name: string }[] = [
  { path: '/accounts', name: 'accounts' },
  { path: '/reports', name: 'leadership-reports' },
  { path: '/task-lists', name: 'task-lists' },
  { path: '/equipment', name: 'equipment' },
  { path: '/sector-duties', name: 'sector-duties' },
  { path: '/settings/evidence-policy', name: 'evidence-policy' },
  { path: '/notifications/deliveries', name: 'notification-deliveries' },
  { path: '/duty', name: 'duty-roster' },
  { path: '/inspections', name: 'inspection-list-toolbar' },
];

test('administration, duty and reporting pages', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, 'admin');
  for (const { path, name } of LATER_PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 60_000 });
    await shoot(page, name);
  }
});
