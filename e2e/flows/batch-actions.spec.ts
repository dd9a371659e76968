import type { HazardResponse, TenantReviewResponse, UnitResponse } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, uniqueTitle, watchErrors } from '../fixtures/app';

test.setTimeout(420_000);

/** A working day (Monday–Friday) at least `days` ahead in Shanghai, so the deadline is kept as chosen. */
function weekdayAhead(days: number): string {
  for (let extra = days; ; extra += 1) {
    const date = new Date(Date.now() + 8 * 3600_000 + extra * 86_400_000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) return date.toISOString().slice(0, 10);
  }
}

/** The middle of the grid worker's own grid: places that grid worker is responsible for. */
async function pointInGridOf(worker: Awaited<ReturnType<typeof apiAs>>) {
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  return { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length, crs: 'wgs84' as const };
}

const tick = (page: Page, name: string) => page.getByRole('checkbox', { name: `选择“${name}”` }).check();

test('批量交办: the town office selects three hazards and assigns them at once to one person with one deadline', async ({ page, request }) => {
  const errors = watchErrors(page);
  const hutang = await apiAs(request, 'hutang');
  const worker = await apiAs(request, 'wangge01');
  const location = await pointInGridOf(worker);
  const prefix = uniqueTitle('批量交办测试');
  const titles = ['甲', '乙', '丙'].map((mark) => `${prefix}${mark}`);
  for (const title of titles) {
    const reported = await worker.post<HazardResponse>('/hazards', { source: 'patrol', level: 'general', category: 'fire_lane', title, description: '', sector: 'fire', location });
    expect(reported.status).toBe(201);
  }
  const deadline = weekdayAhead(10);

  await logIn(page, 'hutang');
  await page.goto(`/hazards?q=${encodeURIComponent(prefix)}`);
  // Under load (2 shared cores, several e2e runs at once) the first render of the list took over a minute.
  for (const title of titles) await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible({ timeout: 150_000 });
  for (const title of titles) await tick(page, title);
  await expect(page.getByTestId('batch-count')).toHaveText('已选择 3 项，翻页后仍保留');
  await page.getByRole('button', { name: label('批量交办') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('批量交办 3 条隐患')).toBeVisible();
  await chooseOption(page, '整改责任人', `${worker.user.displayName} · 网格员`);
  await dialog.getByLabel('整改期限').fill(deadline);
  await dialog.getByLabel('整改期限').press('Enter');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(page.getByText('已交办 3 条隐患')).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toBeHidden();

  // Each row now shows the hazard under rectification with the deadline; the selection is cleared.
  for (const title of titles) {
    const row = page.locator('tr.ant-table-row', { has: page.getByRole('link', { name: title, exact: true }) });
    await expect(row).toContainText('整改中', { timeout: 60_000 });
    await expect(row).toContainText(deadline);
  }
  await expect(page.getByTestId('batch-count')).toHaveCount(0);
  const stored = (await hutang.hazardsTitled(titles[0] ?? '')).concat(await hutang.hazardsTitled(titles[1] ?? ''), await hutang.hazardsTitled(titles[2] ?? ''));
  expect(stored.map((hazard) => [hazard.title, hazard.status, hazard.deadline, hazard.assigneeId])).toEqual(titles.map((title) => [title, 'assigned', deadline, worker.user.id]));
  // Each got its own 交办 line on its timeline, as a single assignment would.
  const events = await hutang.get<{ action: string }[]>(`/hazards/${stored[0]?.id ?? ''}/events`);
  expect(events.body.map((event) => event.action)).toEqual(['report', 'assign']);
  expect(errors).toEqual([]);
});

test('批量审核: the district office approves two waiting tenant reviews at once', async ({ page, request }) => {
  const errors = watchErrors(page);
  const hutang = await apiAs(request, 'hutang');
  const admin = await apiAs(request, 'admin');
  const worker = await apiAs(request, 'wangge01');
  const suffix = Date.now().toString(36).slice(-5);
  const park = await hutang.post<UnitResponse>('/units', { name: `批量审核测试园${suffix}`, kind: 'park', address: '湖塘镇测试路8号', location: await pointInGridOf(worker) });
  expect(park.status).toBe(201);
  const names = [`批量测试租户甲${suffix}`, `批量测试租户乙${suffix}`];
  const reviews: TenantReviewResponse[] = [];
  for (const name of names) {
    const applied = await worker.post<TenantReviewResponse>(`/units/${park.body.id}/tenant-reviews`, {
      tenant: { name, business: '金属制品加工', riskTags: [] }, safetyAgreement: true, fireAcceptance: true,
    });
    expect(applied.status).toBe(201);
    reviews.push(applied.body);
  }

  await logIn(page, 'admin');
  await page.goto('/tenant-reviews');
  for (const name of names) await expect(page.getByTestId('tenant-reviews').getByText(name, { exact: true })).toBeVisible({ timeout: 150_000 });
  for (const name of names) await tick(page, name);
  await expect(page.getByTestId('batch-count')).toHaveText('已选择 2 项，翻页后仍保留');
  await page.getByRole('button', { name: label('批量通过') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('批量通过 2 项承租审核')).toBeVisible();
  await dialog.getByLabel('理由').fill('材料齐全，同意出租');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  // The queue shows only waiting reviews by default: both leave it.
  for (const name of names) await expect(page.getByTestId('tenant-reviews').getByText(name, { exact: true })).toHaveCount(0, { timeout: 60_000 });

  const states = await admin.get<{ items: TenantReviewResponse[] }>(`/tenant-reviews?parkId=${park.body.id}&limit=10`);
  const byName = new Map(states.body.items.map((review) => [review.tenant.name, review]));
  for (const name of names) {
    expect(byName.get(name)).toMatchObject({ status: 'approved', decisionReason: '材料齐全，同意出租', decidedBy: admin.user.id });
    expect(byName.get(name)?.tenantUnitId).not.toBeNull();
  }
  expect(errors).toEqual([]);
});
