import type { CampaignResponse, HazardPage, ListCountResponse, PatrolWorkersResponse, UnitPage } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, label, logIn } from '../fixtures/app';

const totalText = (count: ListCountResponse) => (count.capped ? `共 ${count.total.toLocaleString('en-US')}+ 条` : `共 ${count.total.toLocaleString('en-US')} 条`);

test.setTimeout(240_000);

test('the town sees 共 N 条 follow the status filter, refreshes, and hides a column that stays hidden after reload', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  const all = (await hutang.get<ListCountResponse>('/hazards/count')).body;
  const reported = (await hutang.get<ListCountResponse>('/hazards/count?status=reported')).body;
  expect(all.total).toBeGreaterThan(reported.total);

  await logIn(page, 'hutang');
  await page.goto('/hazards');
  // Under load (2 shared cores) the first render of the list took 15 s after the session in a trace.
  await expect(page.locator('.list-total')).toHaveText(totalText(all), { timeout: 60_000 });
  await page.goto('/hazards?status=reported');
  await expect(page.locator('.list-total')).toHaveText(totalText(reported), { timeout: 60_000 });
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.locator('.list-total')).toHaveText(totalText(reported));
  await expect(page.getByRole('columnheader', { name: '操作' })).toBeVisible();

  await expect(page.getByRole('columnheader', { name: '行业领域' })).toBeVisible();
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('checkbox', { name: '行业领域' }).uncheck();
  await expect(page.getByRole('columnheader', { name: '行业领域' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '标题' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('columnheader', { name: '行业领域' })).toHaveCount(0);
});

test('the inspection list and the 厂中厂 queue show 共 N 条, refresh, and remember hidden columns', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  const inspections = (await hutang.get<ListCountResponse>('/inspections/count')).body;
  const finished = (await hutang.get<ListCountResponse>('/inspections/count?status=finished')).body;
  expect(inspections.total).toBeGreaterThan(0);
  // The queue opens on the applications waiting for a decision.
  const waiting = (await hutang.get<ListCountResponse>('/tenant-reviews/count?status=submitted')).body;

  await logIn(page, 'hutang');
  await page.goto('/inspections');
  await expect(page.locator('.list-total')).toHaveText(totalText(inspections), { timeout: 60_000 });
  await page.goto('/inspections?status=finished');
  await expect(page.locator('.list-total')).toHaveText(totalText(finished), { timeout: 60_000 });
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.locator('.list-total')).toHaveText(totalText(finished));
  await expect(page.getByRole('columnheader', { name: '操作' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '检查表' })).toBeVisible();
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('checkbox', { name: '检查表' }).uncheck();
  await expect(page.getByRole('columnheader', { name: '检查表' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '检查人' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('columnheader', { name: '检查表' })).toHaveCount(0);

  await page.goto('/tenant-reviews');
  await expect(page.locator('.list-total')).toHaveText(totalText(waiting), { timeout: 60_000 });
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.locator('.list-total')).toHaveText(totalText(waiting));
  await expect(page.getByRole('columnheader', { name: '经营范围' })).toBeVisible();
  await page.getByRole('button', { name: '列设置' }).click();
  await page.getByRole('checkbox', { name: '经营范围' }).uncheck();
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '操作' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('columnheader', { name: '经营范围' })).toHaveCount(0);
});

test('clicking 整改期限 orders the hazards most urgent first as the API does, survives a reload, and pages deeper than two pages', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  /** The hazard ids the API gives for an order, page after page, following its cursors. */
  const apiPages = async (sort: string, pages: number) => {
    const result: string[][] = [];
    let cursor: string | null = null;
    for (let index = 0; index < pages; index += 1) {
      const path: string = `/hazards?sort=${sort}&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const body: HazardPage = (await hutang.get<HazardPage>(path)).body;
      result.push(body.items.map((hazard) => hazard.id));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    return result;
  };
  const shownIds = async () => {
    const hrefs = await page.locator('.ant-table-tbody tr.ant-table-row').evaluateAll((rows) =>
      rows.map((row) => row.querySelector('a[href^="/hazards/"]')?.getAttribute('href') ?? ''));
    return hrefs.map((href) => href.replace('/hazards/', ''));
  };
  const ascending = await apiPages('deadline_asc', 1);
  const descending = await apiPages('deadline_desc', 4);
  expect(descending).toHaveLength(4);

  await logIn(page, 'hutang');
  await page.goto('/hazards');
  // Eight page loads and reloads: under load (2 cores shared by several runs) the first render alone took over a minute.
  test.setTimeout(480_000);
  await expect(page.locator('.list-total')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('columnheader', { name: '整改期限' }).click();
  await expect(page).toHaveURL(/sort=deadline_asc/);
  await expect.poll(shownIds, { timeout: 60_000 }).toEqual(ascending[0]);
  await page.reload();
  await expect.poll(shownIds, { timeout: 60_000 }).toEqual(ascending[0]);
  await expect(page.getByRole('columnheader', { name: '整改期限' })).toHaveAttribute('aria-sort', 'ascending');

  // The second click turns the order round; 下一页 three times reaches the fourth page of that order.
  await page.getByRole('columnheader', { name: '整改期限' }).click();
  await expect(page).toHaveURL(/sort=deadline_desc/);
  await expect.poll(shownIds, { timeout: 60_000 }).toEqual(descending[0]);
  for (const expected of descending.slice(1)) {
    await page.getByRole('button', { name: label('下一页') }).click();
    await expect.poll(shownIds, { timeout: 60_000 }).toEqual(expected);
  }
  await page.reload();
  await expect.poll(shownIds, { timeout: 60_000 }).toEqual(descending[3]);
});

test('the registry sorts by 建档时间 from its header, newest first as the API does, and back to 名称', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  const newest = (await hutang.get<UnitPage>('/units?sort=recent&limit=20')).body.items.map((unit) => unit.name);
  const byName = (await hutang.get<UnitPage>('/units?limit=20')).body.items.map((unit) => unit.name);
  expect(newest).not.toEqual(byName);

  await logIn(page, 'hutang');
  await page.goto('/units');
  const firstNames = () => page.locator('.ant-table-row').evaluateAll((rows) => rows.map((row) => row.querySelector('td a')?.textContent ?? ''));
  await expect.poll(firstNames, { timeout: 90_000 }).toEqual(byName);
  await page.getByRole('columnheader', { name: '建档时间' }).click();
  await expect(page).toHaveURL(/sort=recent/);
  await expect.poll(firstNames, { timeout: 60_000 }).toEqual(newest);
  await page.reload();
  await expect.poll(firstNames, { timeout: 90_000 }).toEqual(newest);
  await page.getByRole('columnheader', { name: '名称' }).click();
  await expect(page).not.toHaveURL(/sort=recent/);
  await expect.poll(firstNames, { timeout: 60_000 }).toEqual(byName);
});

/** Picks another page size in the list toolbar's selector (每页 N 条). */
async function choosePageSize(page: Page, from: number, to: number): Promise<void> {
  await page.getByRole('combobox', { name: `每页 ${from} 条` }).click();
  await page.locator(`.ant-select-item-option[title="每页 ${to} 条"]`).click();
}

test('the patrol list, a campaign’s units still to inspect and the delivery log show 共 N 条 from their count routes and change page size', async ({ page, request }) => {
  test.setTimeout(480_000);
  const admin = await apiAs(request, 'admin');
  const workers = (await admin.get<PatrolWorkersResponse>('/patrols/workers')).body;
  const worker = [...workers].sort((a, b) => b.late + b.due - (a.late + a.due))[0];
  expect(worker).toBeDefined();
  const patrols = (await admin.get<ListCountResponse>(`/patrols/count?gridWorkerId=${worker?.userId ?? ''}&state=late&state=due`)).body;
  expect(patrols.total).toBe((worker?.late ?? 0) + (worker?.due ?? 0));
  const campaign = (await admin.get<CampaignResponse[]>('/campaigns')).body[0];
  const campaignUnits = (await admin.get<ListCountResponse>(`/campaigns/${campaign?.id ?? ''}/units/count?state=not_inspected`)).body;
  const deliveries = (await admin.get<ListCountResponse>('/notification-deliveries/count')).body;

  await logIn(page, 'admin');
  await page.goto('/patrols');
  await page.getByRole('button', { name: worker?.displayName ?? '', exact: true }).first().click({ timeout: 120_000 });
  const patrolCard = page.getByTestId('patrol-units');
  await expect(patrolCard.locator('.list-total')).toHaveText(totalText(patrols), { timeout: 60_000 });
  await expect(patrolCard.getByRole('button', { name: label('导出') })).toBeVisible();
  await expect(patrolCard.getByRole('button', { name: '列设置' })).toBeVisible();
  await choosePageSize(page, 50, 20);
  await expect(patrolCard.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(patrols.total, 20), { timeout: 60_000 });

  await page.goto(`/campaigns/${campaign?.id ?? ''}`);
  const unitsCard = page.getByTestId('campaign-not-inspected');
  await expect(unitsCard.locator('.list-total')).toHaveText(totalText(campaignUnits), { timeout: 120_000 });
  await expect(unitsCard.getByRole('columnheader', { name: '操作' })).toBeVisible();
  await choosePageSize(page, 20, 50);
  await expect(unitsCard.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(campaignUnits.total, 50), { timeout: 60_000 });
  await unitsCard.getByRole('button', { name: '刷新' }).click();
  await expect(unitsCard.locator('.list-total')).toHaveText(totalText(campaignUnits));

  await page.goto('/notifications/deliveries');
  await expect(page.locator('.list-total')).toHaveText(totalText(deliveries), { timeout: 120_000 });
  await choosePageSize(page, 20, 50);
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(deliveries.total, 50), { timeout: 60_000 });
});

test('the registry keeps a chosen page size in the URL, and 选择本页 selects the assignable hazards of the page', async ({ page, request }) => {
  test.setTimeout(480_000);
  const hutang = await apiAs(request, 'hutang');
  const units = (await hutang.get<ListCountResponse>('/units/count')).body;
  const reported = (await hutang.get<HazardPage>('/hazards?status=reported&limit=20')).body.items;
  const assignable = reported.filter((hazard) => hazard.availableActions.includes('assign')).length;
  expect(assignable).toBeGreaterThan(0);

  await logIn(page, 'hutang');
  await page.goto('/units');
  await expect(page.locator('.list-total')).toHaveText(totalText(units), { timeout: 120_000 });
  await choosePageSize(page, 20, 50);
  await expect(page).toHaveURL(/size=50/);
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(Math.min(units.total, 50), { timeout: 60_000 });
  await page.reload();
  await expect(page.getByRole('combobox', { name: '每页 50 条' })).toBeVisible({ timeout: 120_000 });

  await page.goto('/hazards?status=reported');
  await page.getByRole('button', { name: label('选择本页') }).click({ timeout: 120_000 });
  await expect(page.getByTestId('batch-count')).toHaveText(`已选择 ${assignable} 项，翻页后仍保留`);
  await page.getByRole('button', { name: label('取消选择本页') }).click();
  await expect(page.getByTestId('batch-count')).toHaveCount(0);
});
