import { expect, test } from '@playwright/test';
import type { HazardPage } from '@safegrid/contracts';
import { apiAs, phoneWithAppShell } from '../fixtures/app';

test('offline, 我的任务 shows the last list with its time instead of spinning (issue 16)', async ({ browser, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const overdue = (await worker.get<HazardPage>('/hazards?overdue=true&limit=50')).body.items;
  const { context, page } = await phoneWithAppShell(browser, { lng: 119.95, lat: 31.7 }, 'wangge01', '/m/tasks');
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
  const first = overdue[0];
  if (first) await expect(page.getByText(first.title).first()).toBeVisible();
  else await expect(page.getByText('您负责的网格暂无待办隐患')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('tasks-offline')).toContainText('当前离线，显示的是');
  if (first) await expect(page.getByText(first.title).first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await context.close();
});
