import type { HazardPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, logIn } from '../fixtures/app';

test('a 湖塘镇 user opening a 洛阳镇 hazard gets the not-found page and none of its data', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const luoyang = await admin.get<HazardPage>('/hazards?regionCode=320412103&limit=1');
  const hazard = luoyang.body.items[0];
  if (!hazard) throw new Error('the demo has hazards in 洛阳镇');
  const hutang = await apiAs(request, 'hutang');
  expect((await hutang.get(`/hazards/${hazard.id}`)).status).toBe(404);

  await logIn(page, 'hutang');
  await page.goto(`/hazards/${hazard.id}`);

  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByText('不在您的管辖范围内')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(hazard.title);
  await expect(page.getByRole('button', { name: /交\s*办/ })).toHaveCount(0);
});

test('the hazard list of a town shows only its own town', async ({ page, request }) => {
  await logIn(page, 'hutang');
  await page.goto('/hazards');
  await expect(page.getByRole('table')).toBeVisible();
  // The column is found by its heading: a town's list also has the 批量交办 checkbox column.
  const headings = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
  const townColumn = headings.indexOf('镇（街道）') + 1;
  expect(townColumn).toBeGreaterThan(0);
  const towns = await page.locator(`tbody tr.ant-table-row td:nth-child(${townColumn})`).allTextContents();
  expect(towns.length).toBeGreaterThan(0);
  expect(new Set(towns)).toEqual(new Set(['湖塘镇']));
  const hutang = await apiAs(request, 'hutang');
  expect((await hutang.get<HazardPage>('/hazards?regionCode=320412103')).body.items).toEqual([]);
});
