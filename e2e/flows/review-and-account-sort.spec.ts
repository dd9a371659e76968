import type { AccountListResponse, TenantReviewPage, TenantReviewResponse, UnitResponse } from '@safegrid/contracts';
import { expect, test, type Locator } from '@playwright/test';
import { apiAs, logIn } from '../fixtures/app';

test.setTimeout(480_000);

/** The texts of one column of a table, found by its header's title: what a header click reorders. */
async function columnTexts(table: Locator, title: string): Promise<string[]> {
  const column = (await table.locator('thead th').allInnerTexts()).findIndex((text) => text.trim() === title) + 1;
  if (column === 0) return [`no column ${title}`];
  return (await table.locator(`tbody tr.ant-table-row td:nth-child(${column})`).allInnerTexts()).map((text) => text.trim());
}

/** The middle of a grid worker's first grid, where a park of theirs can stand. */
async function pointInGridOf(worker: Awaited<ReturnType<typeof apiAs>>) {
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  return { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length, crs: 'wgs84' as const };
}

test('厂中厂审核 and 账号管理 sort by a header click as the API does and keep the order in the URL (ADR 0113)', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  // Two waiting applications of our own, so the queue has something to turn round whatever ran before.
  const hutang = await apiAs(request, 'hutang');
  const worker = await apiAs(request, 'wangge01');
  const suffix = Date.now().toString(36).slice(-5);
  const park = await hutang.post<UnitResponse>('/units', { name: `排序测试园${suffix}`, kind: 'park', address: '湖塘镇测试路9号', location: await pointInGridOf(worker) });
  expect(park.status).toBe(201);
  for (const name of [`排序租户甲${suffix}`, `排序租户乙${suffix}`]) {
    const applied = await worker.post<TenantReviewResponse>(`/units/${park.body.id}/tenant-reviews`, { tenant: { name, business: '仓储', riskTags: [] }, safetyAgreement: true, fireAcceptance: true });
    expect(applied.status).toBe(201);
  }
  const reviewsOldestFirst = (await admin.get<TenantReviewPage>('/tenant-reviews?status=submitted&sort=applied_asc&limit=20')).body.items.map((review) => review.tenant.name);
  const accountsByName = (await admin.get<AccountListResponse>('/users?sort=name_asc&pageSize=20')).body.items.map((account) => account.displayName);
  const accountsByNameDesc = (await admin.get<AccountListResponse>('/users?sort=name_desc&pageSize=20')).body.items.map((account) => account.displayName);
  expect(reviewsOldestFirst.length).toBeGreaterThan(1);
  expect(accountsByName.length).toBeGreaterThan(1);

  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, 'admin');

  // The queue runs newest first; a click on 申请时间 turns it to oldest first.
  await page.goto('/tenant-reviews');
  const reviews = page.getByTestId('tenant-reviews');
  const applied = reviews.getByRole('columnheader', { name: '申请时间' });
  await expect(applied).toHaveAttribute('aria-sort', 'descending', { timeout: 120_000 });
  await applied.click();
  await expect(page).toHaveURL(/sort=applied_asc/);
  await expect(applied).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => columnTexts(reviews, '承租方'), { timeout: 60_000 }).toEqual(reviewsOldestFirst);

  // Accounts run by username; 姓名 sorts by pinyin, a second click turns it round, and a reload keeps it.
  await page.goto('/accounts');
  const accounts = page.locator('.ant-table').first();
  const name = accounts.getByRole('columnheader', { name: '姓名' });
  await name.click({ timeout: 120_000 });
  await expect(page).toHaveURL(/sort=name_asc/);
  await expect.poll(() => columnTexts(accounts, '姓名'), { timeout: 60_000 }).toEqual(accountsByName);
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await name.click();
  await expect(page).toHaveURL(/sort=name_desc/);
  await expect.poll(() => columnTexts(accounts, '姓名'), { timeout: 60_000 }).toEqual(accountsByNameDesc);
  await page.reload();
  await expect.poll(() => columnTexts(page.locator('.ant-table').first(), '姓名'), { timeout: 90_000 }).toEqual(accountsByNameDesc);
});
