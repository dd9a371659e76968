import type { HazardResponse, NotificationPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, label, logIn, phone, uniqueTitle } from '../fixtures/app';

test('a grid worker reports → the town’s bell shows it within seconds; the inbox links to it; mark read and all read', async ({ browser, request }) => {
  test.slow(); // two browsers on a shared 2-core machine
  const enterprise = await apiAs(request, 'qiye01');
  const unit = await enterprise.unit(enterprise.user.scope.unitId ?? '');
  const title = uniqueTitle('消防通道堆放杂物');
  const hutangApi = await apiAs(request, 'hutang');
  await hutangApi.post('/notifications/read-all', {});

  // 湖塘镇 on the desktop: its inbox open, the bell at zero.
  const townContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const town = await townContext.newPage();
  await logIn(town, 'hutang');
  await town.goto('/notifications');
  const bell = town.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', '0');

  // 网格员 on a phone: the phone view has the bell and the inbox too.
  const workerContext = await phone(browser, unit.location);
  const worker = await workerContext.newPage();
  await logIn(worker, 'wangge01');
  await worker.goto('/notifications');
  await expect(worker.getByTestId('notification-bell')).toBeVisible();
  await expect(worker.getByRole('button', { name: label('全部标为已读') })).toBeVisible();

  // The grid worker reports at the enterprise (the phone's report form is covered by hazard-lifecycle.spec).
  const wangge = await apiAs(request, 'wangge01');
  const reported = await wangge.post<HazardResponse>('/hazards', {
    source: 'patrol', level: 'general', category: 'fire_lane', title, unitId: unit.id, location: { ...unit.location, crs: 'wgs84' },
  });
  expect(reported.status).toBe(201);
  const reportedAt = Date.now();

  // The town's open page learns of it through the live stream, with no reload: the job runner
  // picks the fan-out up within its poll interval (5 s).
  await expect(bell).toHaveAttribute('data-unread', '1', { timeout: 20_000 });
  console.log(`bell updated ${Date.now() - reportedAt} ms after the report was committed`);
  const item = town.getByTestId('notification-item').filter({ hasText: title });
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item).toContainText(`新上报隐患：${title}`);
  await expect(worker.getByTestId('notification-item').filter({ hasText: title })).toHaveCount(0); // not told of their own report
  await workerContext.close();

  await item.getByRole('button', { name: label('标为已读') }).click();
  await expect(item).toHaveAttribute('data-read', 'true');
  await expect(bell).toHaveAttribute('data-unread', '0');
  expect((await hutangApi.get<NotificationPage>('/notifications?unread=true')).body.items.filter((n) => n.title.includes(title))).toEqual([]);

  // 查看 opens the hazard.
  await item.getByRole('button', { name: label('查看') }).click();
  await expect(town).toHaveURL(new RegExp(`/hazards/${reported.body.id}$`));
  await expect(town.getByRole('heading', { name: title })).toBeVisible();

  // The bell leads back; mark all read.
  await bell.click();
  await expect(town).toHaveURL(/\/notifications$/);
  await town.getByTestId('mark-all-read').click();
  await expect(bell).toHaveAttribute('data-unread', '0');
  await townContext.close();
});
