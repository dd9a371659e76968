import type { NotificationPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, phone, PHOTO, uniqueTitle } from '../fixtures/app';

test('a grid worker reports on a phone → the town’s bell shows it within seconds; the inbox links to it; mark read and all read', async ({ browser, request }) => {
  const enterprise = await apiAs(request, 'qiye01');
  const unit = await enterprise.unit(enterprise.user.scope.unitId ?? '');
  const title = uniqueTitle('消防通道堆放杂物');
  const hutangApi = await apiAs(request, 'hutang');
  await hutangApi.post('/notifications/read-all', {});

  // 湖塘镇 on the desktop, its bell at zero, the page left open.
  const townContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const town = await townContext.newPage();
  await logIn(town, 'hutang');
  const bell = town.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', '0');

  // 网格员 on a phone reports a hazard at the enterprise; the phone view has its bell too.
  const workerContext = await phone(browser, unit.location);
  const worker = await workerContext.newPage();
  await logIn(worker, 'wangge01');
  await worker.goto('/m/report');
  await expect(worker.getByTestId('notification-bell')).toBeVisible();
  await expect(worker.getByTestId('position')).toBeVisible();
  await worker.getByTestId('photo-input').setInputFiles(PHOTO);
  await expect(worker.locator('.photo-preview img')).toHaveCount(1);
  await chooseOption(worker, '监管对象', `${unit.name} · ${unit.address}`, unit.name.slice(0, 6));
  await worker.getByLabel('隐患标题').fill(title);
  await chooseOption(worker, '隐患类别', '消防设施');
  await worker.getByRole('button', { name: label('提交') }).click();
  await expect(worker.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0');
  const reportedAt = Date.now();
  await workerContext.close();

  // The town's open page learns of it through the live stream: no reload. The job runner polls
  // every few seconds, so allow a few of its ticks.
  await expect(bell).toHaveAttribute('data-unread', '1', { timeout: 20_000 });
  console.log(`bell updated ${Date.now() - reportedAt} ms after the report was sent`);

  await bell.click();
  await expect(town).toHaveURL(/\/notifications$/);
  const item = town.getByTestId('notification-item').filter({ hasText: title });
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item).toContainText(`新上报隐患：${title}`);
  await item.getByRole('button', { name: label('标为已读') }).click();
  await expect(item).toHaveAttribute('data-read', 'true');
  await expect(bell).toHaveAttribute('data-unread', '0');

  // 查看 opens the hazard.
  await item.getByRole('button', { name: label('查看') }).click();
  await expect(town.getByRole('heading', { name: title })).toBeVisible();

  // Mark all read leaves nothing unread on the server either.
  const inbox = await hutangApi.get<NotificationPage>('/notifications?unread=true');
  expect(inbox.body.items.filter((n) => n.title.includes(title))).toEqual([]);
  await town.goto('/notifications');
  await town.getByTestId('mark-all-read').click();
  await expect(bell).toHaveAttribute('data-unread', '0');
  await townContext.close();
});
