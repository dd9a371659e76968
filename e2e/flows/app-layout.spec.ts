import { expect, test } from '@playwright/test';
import { logIn } from '../fixtures/app';

test.setTimeout(180_000);

test('the district office finds its menu in sections with a breadcrumb, and a folded menu stays folded after reload', async ({ page }) => {
  await logIn(page, 'admin');
  await page.goto('/hazards');
  const menu = page.getByRole('navigation', { name: '主菜单' });
  // Under load (2 shared cores) a fresh page load of the built app has taken over 15 s.
  await expect(menu.getByRole('link', { name: '一张图' })).toBeVisible({ timeout: 60_000 });
  for (const section of ['工作台', '隐患治理', '台账管理', '检查执法', '应急值守', '统计通报', '系统管理']) {
    await expect(menu.getByText(section, { exact: true })).toBeVisible();
  }
  const breadcrumb = page.getByRole('navigation', { name: '当前位置' });
  await expect(breadcrumb).toContainText('隐患治理');
  await expect(breadcrumb).toContainText('隐患');

  // A hazard's page sits below 隐患: the crumb links back to the list.
  await page.getByRole('link', { name: /^查看/ }).first().click();
  await expect(breadcrumb).toContainText('详情', { timeout: 60_000 });
  await breadcrumb.getByRole('link', { name: '隐患', exact: true }).click();
  await expect(page).toHaveURL(/\/hazards$/);

  const sider = page.locator('.app-sider');
  await page.getByRole('button', { name: '收起菜单' }).click();
  await expect(sider).toHaveClass(/ant-layout-sider-collapsed/);
  await page.reload();
  await expect(page.getByRole('button', { name: '展开菜单' })).toBeVisible({ timeout: 60_000 });
  await expect(sider).toHaveClass(/ant-layout-sider-collapsed/);
  await page.getByRole('button', { name: '展开菜单' }).click();
  await expect(sider).not.toHaveClass(/ant-layout-sider-collapsed/);
  await expect(menu.getByRole('link', { name: '后台任务' })).toBeVisible();
});

test('a grid worker’s short menu has no section headings', async ({ page }) => {
  await logIn(page, 'wangge01');
  await page.goto('/m/tasks');
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('link', { name: '我的任务' })).toBeVisible({ timeout: 60_000 });
  await expect(menu.getByText('隐患治理', { exact: true })).toHaveCount(0);
});
