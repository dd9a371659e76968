import type { CampaignResponse, CampaignUnitPage, DeliveryPage, PatrolUnitPage, PatrolWorkersResponse } from '@safegrid/contracts';
import { expect, test, type Locator } from '@playwright/test';
import { apiAs, logIn } from '../fixtures/app';

test.setTimeout(480_000);

/** The first cell text of each row of a table: what a header click reorders. */
const columnTexts = (table: Locator, column: number) => async () =>
  (await table.locator(`tbody tr.ant-table-row td:nth-child(${column})`).allInnerTexts()).map((text) => text.trim());

test('巡查计划, 未检查单位 and 发送记录 sort by a header click as the API does, keep the order in the URL, and fold 排序 into 展开/收起', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const workers = (await admin.get<PatrolWorkersResponse>('/patrols/workers')).body;
  const worker = [...workers].sort((a, b) => b.late + b.due - (a.late + a.due))[0];
  expect(worker).toBeDefined();
  const patrolsByName = (await admin.get<PatrolUnitPage>(`/patrols?gridWorkerId=${worker?.userId ?? ''}&state=late&state=due&sort=name_asc&limit=20`)).body.items.map((unit) => unit.name);
  const patrolsByNameDesc = (await admin.get<PatrolUnitPage>(`/patrols?gridWorkerId=${worker?.userId ?? ''}&state=late&state=due&sort=name_desc&limit=20`)).body.items.map((unit) => unit.name);
  expect(patrolsByName.length).toBeGreaterThan(1);
  const campaign = (await admin.get<CampaignResponse[]>('/campaigns')).body[0];
  const unitsByName = (await admin.get<CampaignUnitPage>(`/campaigns/${campaign?.id ?? ''}/units?state=not_inspected&sort=name_asc&limit=20`)).body.items.map((unit) => unit.name);
  const deliveriesByAttempts = (await admin.get<DeliveryPage>('/notification-deliveries?sort=attempts_desc&limit=20')).body.items.map((delivery) => String(delivery.attempts));

  // On a wide screen the query form opens in full; 收起 folds 排序 away and 展开 brings it back.
  await page.setViewportSize({ width: 1440, height: 900 });
  await logIn(page, 'admin');
  await page.goto('/patrols');
  await page.getByRole('button', { name: worker?.displayName ?? '', exact: true }).first().click({ timeout: 120_000 });
  const patrolCard = page.getByTestId('patrol-units');
  const sortField = patrolCard.getByRole('combobox', { name: '排序' });
  await expect(sortField).toBeVisible({ timeout: 60_000 });
  await patrolCard.getByRole('button', { name: /收起/ }).click();
  await expect(sortField).toBeHidden();
  await patrolCard.getByRole('button', { name: /展开/ }).click();
  await expect(sortField).toBeVisible();

  await patrolCard.getByRole('columnheader', { name: '名称' }).click();
  await expect(page).toHaveURL(/sort=name_asc/);
  await expect.poll(columnTexts(patrolCard, 1), { timeout: 60_000 }).toEqual(patrolsByName);
  await expect(patrolCard.getByRole('columnheader', { name: '名称' })).toHaveAttribute('aria-sort', 'ascending');
  await patrolCard.getByRole('columnheader', { name: '名称' }).click();
  await expect(page).toHaveURL(/sort=name_desc/);
  await expect.poll(columnTexts(patrolCard, 1), { timeout: 60_000 }).toEqual(patrolsByNameDesc);
  await page.reload();
  await expect.poll(columnTexts(page.getByTestId('patrol-units'), 1), { timeout: 90_000 }).toEqual(patrolsByNameDesc);

  await page.goto(`/campaigns/${campaign?.id ?? ''}`);
  const unitsCard = page.getByTestId('campaign-not-inspected');
  await unitsCard.getByRole('columnheader', { name: '名称' }).click({ timeout: 120_000 });
  await expect(page).toHaveURL(/sort=name_asc/);
  await expect.poll(columnTexts(unitsCard, 1), { timeout: 60_000 }).toEqual(unitsByName);
  await expect(unitsCard.getByRole('combobox', { name: '排序' })).toBeVisible();

  await page.goto('/notifications/deliveries');
  const attemptsHeader = page.getByRole('columnheader', { name: '尝试次数' });
  await attemptsHeader.click({ timeout: 120_000 });
  await expect(page).toHaveURL(/sort=attempts_desc/);
  const attemptsColumn = (await page.locator('thead th').allInnerTexts()).findIndex((text) => text.trim() === '尝试次数') + 1;
  await expect.poll(columnTexts(page.locator('.ant-table'), attemptsColumn), { timeout: 60_000 }).toEqual(deliveriesByAttempts);
  await expect(attemptsHeader).toHaveAttribute('aria-sort', 'descending');
});

test('on a phone the query form opens folded: 排序 shows after 展开, and opens by itself when the list is sorted', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, 'admin');
  await page.goto('/notifications/deliveries');
  const sortField = page.getByRole('combobox', { name: '排序' });
  const expand = page.locator('.query-form').getByRole('button', { name: /展开/ });
  await expect(expand).toBeVisible({ timeout: 120_000 });
  await expect(sortField).toBeHidden();
  await expand.click();
  await expect(sortField).toBeVisible();
  await page.goto('/notifications/deliveries?sort=status_asc');
  await expect(page.getByRole('combobox', { name: '排序' })).toBeVisible({ timeout: 120_000 });
  // 账号管理's query form folds the same way (its role and status fields sit behind 展开).
  await page.goto('/accounts');
  const roleField = page.locator('#account-query-role');
  await expect(page.locator('.query-form').getByRole('button', { name: /展开/ })).toBeVisible({ timeout: 120_000 });
  await expect(roleField).toBeHidden();
  await page.locator('.query-form').getByRole('button', { name: /展开/ }).click();
  await expect(roleField).toBeVisible();
});
