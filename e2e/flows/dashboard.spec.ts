import type { OverviewResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { aPointIn, apiAs, logIn, watchErrors } from '../fixtures/app';

test('the 一张图 renders its numbers, charts and map with no console errors', async ({ page, request }) => {
  const errors = watchErrors(page);
  const overview = (await (await apiAs(request, 'admin')).get<OverviewResponse>('/stats/overview')).body;
  await logIn(page, 'admin');
  await expect(page).toHaveURL(/\/dashboard$/);

  await expect(page.getByTestId('kpi-open')).toContainText(new Intl.NumberFormat('zh-CN').format(overview.open));
  await expect(page.getByTestId('kpi-overdue')).toContainText(new Intl.NumberFormat('zh-CN').format(overview.overdue));
  await expect(page.locator('.chart canvas')).toHaveCount(3);
  await expect(page.locator('.district-map')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.district-map .hazard-cluster').first()).toBeVisible();
  await expect(page.locator('.district-map .town-label', { hasText: '湖塘镇' })).toBeVisible();
  await expect(page.locator('.dashboard')).toHaveAttribute('data-live', 'live');
  expect(errors).toEqual([]);
});

test('the dashboard numbers follow a hazard change live', async ({ page, request }) => {
  await logIn(page, 'hutang');
  await expect(page.locator('.dashboard')).toHaveAttribute('data-live', 'live');
  const kpi = page.getByTestId('kpi-open');
  const before = Number((await kpi.locator('.ant-statistic-content').innerText()).replace(/\D/g, ''));

  const town = await apiAs(request, 'hutang');
  const created = await town.post('/hazards', {
    source: 'patrol', level: 'general', category: 'fire_lane', title: '实时更新测试', description: '', sector: 'fire', location: await aPointIn(town, '320412100'),
  });
  expect(created.status).toBe(201);

  await expect(kpi).toContainText(new Intl.NumberFormat('zh-CN').format(before + 1));
});

test('a zoomed-in map shows grid outlines, and clusters open down to a hazard', async ({ page }) => {
  await logIn(page, 'hutang');
  const map = page.locator('.district-map');
  await expect(map).toHaveAttribute('data-ready', 'true');
  await expect(map.locator('.grid-label')).toHaveCount(0);
  const zoomOf = async () => Number(await map.getAttribute('data-zoom'));
  while ((await zoomOf()) < 13) {
    const zoom = await zoomOf();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(zoomOf).toBeGreaterThan(zoom);
  }
  await expect(map.locator('.grid-label').first()).toBeVisible();

  // From the whole town again: clusters zoom in on click until single hazards appear; one opens its page.
  await page.reload();
  await expect(map).toHaveAttribute('data-ready', 'true');
  for (let step = 0; step < 12 && (await map.locator('.hazard-point').count()) === 0; step += 1) {
    const zoom = await zoomOf();
    await map.locator('.hazard-cluster').first().click();
    await expect.poll(zoomOf).toBeGreaterThan(zoom);
  }
  await map.locator('.hazard-point').first().click();
  await expect(page).toHaveURL(/\/hazards\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
});
