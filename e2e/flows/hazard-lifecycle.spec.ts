import type { HazardResponse } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, phone, PHOTO, RECTIFIED_PHOTO, uniqueTitle } from '../fixtures/app';

function shanghaiDatePlus(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function openHazardByTitle(page: Page, title: string): Promise<void> {
  await page.goto(`/hazards?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).first().click(); // the title, not the row's 查看 link
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

// Four people and five uploads (the closing one added for ADR 0087): more than the default 90 s on a loaded machine.
test.setTimeout(300_000);

test('one hazard’s whole life: grid worker reports with a photo → town assigns → enterprise submits evidence → town closes', async ({ browser, request }) => {
  test.slow(); // three browser contexts in turn on a shared 2-core machine
  const enterprise = await apiAs(request, 'qiye01');
  const unitId = enterprise.user.scope.unitId ?? '';
  const unit = await enterprise.unit(unitId);
  const title = uniqueTitle('除尘器泄爆口被遮挡');

  // 网格员 on a phone at the enterprise: photo, position, the unit, what was found.
  const workerContext = await phone(browser, unit.location);
  const worker = await workerContext.newPage();
  await logIn(worker, 'wangge01');
  await worker.goto('/m/report');
  await expect(worker.getByTestId('position')).toBeVisible({ timeout: 60_000 }); // first render: a lazy chunk on a loaded machine
  await worker.getByTestId('photo-input').setInputFiles(PHOTO);
  await expect(worker.locator('.photo-preview img')).toHaveCount(1);
  await chooseOption(worker, '监管对象', `${unit.name} · ${unit.address}`, unit.name.slice(0, 6));
  await worker.getByLabel('隐患标题').fill(title);
  await chooseOption(worker, '隐患类别', '粉尘防爆');
  await worker.getByRole('button', { name: label('提交') }).click();
  await expect(worker.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0');
  // The outbox may read 0 before the report is queued at all: wait for the server to have it.
  const asWorker = await apiAs(request, 'wangge01');
  await expect.poll(async () => (await asWorker.hazardsTitled(title)).length, { timeout: 60_000 }).toBe(1);
  const reported = await asWorker.hazardsTitled(title);
  expect(reported[0]).toMatchObject({ status: 'reported', unitId, source: 'patrol', category: 'dust_explosion' });
  expect(reported[0]?.photoIds).toHaveLength(1);
  await workerContext.close();

  // 湖塘镇 assigns it to the enterprise's safety officer with a deadline.
  const townContext = await browser.newContext();
  const town = await townContext.newPage();
  await logIn(town, 'hutang');
  await openHazardByTitle(town, title);
  await expect(town.locator('.photo-strip img').first()).toBeVisible();
  await town.getByRole('button', { name: label('交办') }).click();
  const assign = town.getByRole('dialog');
  await chooseOption(town, '整改责任人', `${enterprise.user.displayName} · 企业安全专员`);
  await assign.getByLabel('整改期限').fill(shanghaiDatePlus(10));
  await assign.getByLabel('整改期限').press('Enter');
  await assign.getByRole('button', { name: label('确定') }).click();
  await expect(town.getByText('整改中', { exact: true })).toBeVisible();

  // The enterprise rectifies and submits evidence; the town's open page is now out of date.
  const enterpriseContext = await browser.newContext();
  const officer = await enterpriseContext.newPage();
  await logIn(officer, 'qiye01');
  await officer.getByRole('link', { name: title }).first().click(); // the title, not the row's 查看 link
  await officer.getByRole('button', { name: '提交整改' }).click();
  const submit = officer.getByRole('dialog');
  await submit.locator('input[type=file]').setInputFiles(RECTIFIED_PHOTO);
  await expect(submit.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')).toHaveCount(1);
  await submit.getByLabel('说明').fill('已清理泄爆口周边杂物并设置警示');
  await submit.getByRole('button', { name: label('确定') }).click();
  await expect(officer.getByText('待复查', { exact: true })).toBeVisible();
  await enterpriseContext.close();

  // A refusal from the server is a clear message, not a blank screen: extending a submitted hazard.
  await town.getByRole('button', { name: label('延期') }).click();
  const extend = town.getByRole('dialog');
  await extend.getByLabel('整改期限').fill(shanghaiDatePlus(20));
  await extend.getByLabel('整改期限').press('Enter');
  await extend.getByLabel('原因说明').fill('需采购设备');
  await extend.getByRole('button', { name: label('确定') }).click();
  await expect(extend.getByRole('alert')).toContainText('隐患当前状态不允许此操作');
  await extend.getByRole('button', { name: label('取消') }).click();

  // Re-inspection passes: the town closes it.
  await town.reload();
  // The steps bar stands at 复查 (issue 16), then all five are done.
  await expect(town.getByTestId('hazard-steps')).toHaveAttribute('data-current', 'review');
  // 销号 needs review photos (ADR 0087): the town adds the one it took on the re-inspection.
  await town.getByRole('button', { name: '复查销号' }).click();
  const close = town.getByRole('dialog');
  await close.locator('input[type=file]').setInputFiles(RECTIFIED_PHOTO);
  await expect(close.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')).toHaveCount(1);
  await close.getByRole('button', { name: label('确定') }).click();
  await expect(town.getByText('已销号', { exact: true })).toBeVisible();
  await expect(town.getByTestId('hazard-steps')).toHaveAttribute('data-current', 'done');
  await expect(town.locator('.ant-timeline-item')).toHaveCount(4);
  const closed = await (await apiAs(request, 'hutang')).get<HazardResponse>(`/hazards/${reported[0]?.id}`);
  expect(closed.body).toMatchObject({ status: 'closed', assigneeId: enterprise.user.id, submittedBy: enterprise.user.id });
  await townContext.close();
});
