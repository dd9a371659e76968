import { expect, test } from '@playwright/test';
import { logIn, watchErrors } from '../fixtures/app';

// Each demo account lands on its role's first page and sees only its role's menus.
const ROLES = [
  { username: 'admin', home: /\/dashboard$/, menus: ['一张图', '隐患', '上报隐患', '监管对象'], hidden: ['我的任务', '本单位'] },
  { username: 'zhujian', home: /\/dashboard$/, menus: ['一张图', '隐患', '上报隐患', '监管对象'], hidden: ['我的任务', '本单位'] },
  { username: 'hutang', home: /\/dashboard$/, menus: ['一张图', '隐患', '上报隐患', '监管对象'], hidden: ['我的任务', '本单位'] },
  { username: 'wangge01', home: /\/m\/tasks$/, menus: ['我的任务', '现场上报', '隐患', '监管对象'], hidden: ['一张图', '本单位'] },
  { username: 'qiye01', home: /\/units\/[0-9a-f-]{36}$/, menus: ['本单位', '隐患', '自查上报'], hidden: ['一张图', '监管对象', '我的任务'] },
] as const;

for (const role of ROLES) {
  test(`${role.username} logs in to a layout fitted to the role`, async ({ page }) => {
    const errors = watchErrors(page);
    await logIn(page, role.username);
    await expect(page).toHaveURL(role.home);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    for (const item of role.menus) await expect(menu.getByRole('link', { name: item, exact: true })).toBeVisible();
    for (const item of role.hidden) await expect(menu.getByRole('link', { name: item, exact: true })).toHaveCount(0);
    await expect(page.locator('main, .app-content').first()).not.toBeEmpty();
    expect(errors).toEqual([]);
  });
}

test('a wrong password is refused with a clear message and no session', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('hutang');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login/);
});

test('English is one click away and is remembered, Ant Design included (built app, stack notes P8)', async ({ page }) => {
  await logIn(page, 'hutang');
  await page.goto('/hazards');
  // Ant Design's own texts come from its zh_CN locale in the production build, and follow the switch.
  await expect(page.getByLabel('上报日期从')).toHaveAttribute('placeholder', '请选择日期');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByLabel('Reported from')).toHaveAttribute('placeholder', 'Select date');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Overview map' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Hazards', exact: true })).toBeVisible();
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '一张图' })).toBeVisible();
});
