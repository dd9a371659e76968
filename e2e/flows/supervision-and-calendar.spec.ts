import type { HazardResponse, SupervisionPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { aPointIn, apiAs, label, logIn, watchErrors } from '../fixtures/app';

const HUTANG = '320412100';
// A page's first render waits for its lazy chunk and several reads; on a loaded CI box that takes a while.
const FIRST_RENDER = { timeout: 60_000 };
test.slow();

test('the district office lists a major hazard for 挂牌督办; it shows on the detail and on the 督办 lists of the district and the town', async ({ page, request }) => {
  const errors = watchErrors(page);
  const town = await apiAs(request, 'hutang');
  const title = `铝粉除尘系统未设泄爆装置 ${Date.now()}`;
  const created = await town.post<HazardResponse>('/hazards', {
    source: 'inspection', level: 'major', category: 'dust_explosion', sector: 'industry_trade', title, description: '3号车间', location: await aPointIn(town, HUTANG),
  });
  expect(created.status).toBe(201);

  await logIn(page, 'admin');
  await page.goto(`/hazards/${created.body.id}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible(FIRST_RENDER);
  await page.getByRole('button', { name: label('挂牌督办') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('督办单位')).toHaveValue('区应急管理局');
  await dialog.getByLabel('要求完成时间').fill('2027-03-31');
  await dialog.getByLabel('要求完成时间').press('Enter');
  await dialog.getByRole('button', { name: label('挂牌督办') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('supervision-badge')).toBeVisible(FIRST_RENDER);
  // HazardFacts is a bordered Descriptions: each row holds two label/value pairs.
  await expect(page.getByRole('row', { name: /督办级别/ }).getByRole('cell').first()).toHaveText('挂牌督办');
  await expect(page.locator('.ant-timeline')).toContainText('督办单位：区应急管理局，要求完成时间：2027-03-31');

  await page.getByRole('menuitem', { name: '挂牌督办' }).click();
  await expect(page).toHaveURL(/\/supervisions$/);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible(FIRST_RENDER);
  const listed = (await town.get<SupervisionPage>('/supervisions?active=true&limit=200')).body;
  expect(listed.items.map((item) => item.hazard.id)).toContain(created.body.id);
  expect(errors).toEqual([]);
});

test('the working calendar shows 2027 春节 as days off', async ({ page }) => {
  const errors = watchErrors(page);
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '工作日历' }).click();
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible(FIRST_RENDER);
  await page.goto('/calendar?month=2027-02');
  // 除夕 2-05 (Friday) and 初三 2-08 (Monday) are statutory days off (全国年节及纪念日放假办法).
  for (const date of ['2027-02-05', '2027-02-08']) {
    const cell = page.locator(`[data-date="${date}"]`);
    await expect(cell).toHaveAttribute('data-working', 'false', FIRST_RENDER);
    await expect(cell).toContainText('春节');
  }
  await expect(page.locator('[data-date="2027-02-09"]')).toHaveAttribute('data-working', 'true');
  expect(errors).toEqual([]);
});

test('a hazard under rectification shows its deadline with 剩余 N 个工作日', async ({ page, request }) => {
  const town = await apiAs(request, 'hutang');
  const title = `配电箱门未关闭 ${Date.now()}`;
  const created = await town.post<HazardResponse>('/hazards', {
    source: 'patrol', level: 'general', category: 'management', title, description: '', sector: 'industry_trade', location: await aPointIn(town, HUTANG),
  });
  // 安全管理 takes the general default of 15 working days, whichever day the suite runs.
  const assigned = await town.post<HazardResponse>(`/hazards/${created.body.id}/actions`, { action: 'assign' });
  expect(assigned.body.workingDaysLeft).toBe(15);
  await logIn(page, 'hutang');
  await page.goto(`/hazards/${created.body.id}`);
  const deadline = page.getByRole('row', { name: /整改期限/ }).getByRole('cell').first();
  await expect(deadline).toContainText(`${assigned.body.deadline ?? ''}`, FIRST_RENDER);
  await expect(deadline).toContainText('剩余 15 个工作日');
});
