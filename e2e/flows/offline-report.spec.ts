import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, PHOTO, phoneWithAppShell, uniqueTitle } from '../fixtures/app';

test('a report made offline waits on the phone and reaches the server exactly once when back online', async ({ browser, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const gridId = worker.user.scope.gridIds[0] ?? '';
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${gridId}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  const position = { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length };
  const title = uniqueTitle('楼道堆放杂物堵塞疏散通道');

  const { context, page } = await phoneWithAppShell(browser, position, 'wangge01', '/m/report');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('当前离线')).toBeVisible();
  await expect(page.getByTestId('position')).toBeVisible();
  await page.getByTestId('photo-input').setInputFiles(PHOTO);
  await page.getByLabel('隐患标题').fill(title);
  await chooseOption(page, '隐患类别', '生命通道');
  await chooseOption(page, '行业领域', '消防');
  await page.getByRole('button', { name: label('提交') }).click();

  await expect(page.getByText('已保存在本机')).toBeVisible();
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '1');
  await expect(page.getByTestId('outbox-list')).toContainText(title);
  // It survives a reload while still offline (IndexedDB, not memory).
  await page.reload();
  await expect(page.getByTestId('outbox-list')).toContainText(title);
  expect(await worker.hazardsTitled(title)).toHaveLength(0);

  // Back online, the first upload of the report reaches the server but its answer is lost: the
  // phone must retry, and the idempotency key must keep the retry from recording it twice.
  let lostAnswers = 0;
  await context.route('**/api/v1/hazards', async (route) => {
    if (route.request().method() === 'POST' && lostAnswers === 0) {
      lostAnswers += 1;
      const response = await route.fetch();
      expect(response.status()).toBe(201);
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await context.setOffline(false);
  await expect.poll(() => lostAnswers).toBe(1);
  await expect(page.getByTestId('outbox-list')).toContainText(title);
  await page.getByRole('button', { name: '立即上传' }).click();
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  const sent = await worker.hazardsTitled(title);
  expect(sent).toHaveLength(1);
  // The phone says so, with a link to the record (issue 16: 上报成功 with the record).
  await expect(page.getByTestId('outbox-delivered')).toContainText('上报成功');
  await expect(page.getByTestId('outbox-delivered').getByRole('link', { name: title })).toHaveAttribute('href', `/hazards/${sent[0]?.id ?? ''}`);
  expect(sent[0]?.photoIds).toHaveLength(1);
  expect(sent[0]).toMatchObject({ status: 'reported', gridId, source: 'patrol', category: 'fire_lane' });
  expect(new Date(sent[0]?.foundAt ?? '').getTime()).toBeLessThan(new Date(sent[0]?.reportedAt ?? '').getTime());

  // Nothing left to send, however often syncing runs again.
  await page.reload();
  await expect(page.getByTestId('outbox-list')).toContainText('没有待上传的上报');
  expect(await worker.hazardsTitled(title)).toHaveLength(1);
  await context.close();
});
