import type { InspectionPage } from '@safegrid/contracts';
import { expect, test, type Locator } from '@playwright/test';
import { apiAs, label, logIn } from '../fixtures/app';

test.setTimeout(480_000);

/** The inspection id of each row, in the order shown: what a header click reorders. */
const rowIds = (table: Locator) => async () =>
  Promise.all((await table.locator('tbody tr.ant-table-row').all()).map(async (row) => (await row.getAttribute('data-row-key')) ?? ''));

test('检查记录 sorts by a header click as the API does, keeps the order in the URL across a next page and a reload, and shows 排序', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const byFailed = (await admin.get<InspectionPage>('/inspections?sort=failed_desc&limit=20')).body.items;
  const firstAsc = (await admin.get<InspectionPage>('/inspections?sort=failed_asc&limit=20')).body;
  const byFailedAsc = firstAsc.items.map((inspection) => inspection.id);
  expect(firstAsc.nextCursor).not.toBeNull();
  // The check means something only if the order differs from the default one.
  const newest = (await admin.get<InspectionPage>('/inspections?limit=20')).body.items.map((inspection) => inspection.id);
  expect(byFailed.length).toBeGreaterThan(1);
  expect(byFailed.map((inspection) => inspection.id)).not.toEqual(newest);

  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, 'admin');
  await page.goto('/inspections');
  const table = page.locator('.ant-table');
  const failedHeader = page.getByRole('columnheader', { name: '不合格项' });
  await expect.poll(rowIds(table), { timeout: 120_000 }).toEqual(newest);
  await expect(page.getByRole('columnheader', { name: '开始时间' })).toHaveAttribute('aria-sort', 'descending');

  await failedHeader.click();
  await expect(page).toHaveURL(/sort=failed_desc/);
  await expect.poll(rowIds(table), { timeout: 60_000 }).toEqual(byFailed.map((inspection) => inspection.id));
  await expect(failedHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('combobox', { name: '排序' })).toBeVisible();
  await failedHeader.click();
  await expect(page).toHaveURL(/sort=failed_asc/);
  await expect.poll(rowIds(table), { timeout: 60_000 }).toEqual(byFailedAsc);

  // The next page carries a cursor of that order; a reload keeps both.
  await page.getByRole('button', { name: label('下一页') }).click();
  await expect(page).toHaveURL(/sort=failed_asc.*cursor=|cursor=.*sort=failed_asc/);
  const second = (await admin.get<InspectionPage>(`/inspections?sort=failed_asc&limit=20&cursor=${encodeURIComponent(new URL(page.url()).searchParams.get('cursor') ?? '')}`)).body.items.map((inspection) => inspection.id);
  await expect.poll(rowIds(table), { timeout: 60_000 }).toEqual(second);
  await page.reload();
  await expect.poll(rowIds(page.locator('.ant-table')), { timeout: 90_000 }).toEqual(second);
});
