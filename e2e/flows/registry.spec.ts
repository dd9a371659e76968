import { expect, test } from '@playwright/test';
import { aPointIn, apiAs, chooseOption, label, logIn } from '../fixtures/app';

// A valid 统一社会信用代码 (check character computed per GB 32100) and the same with a wrong check character.
const VALID_CODE = '91320412MA1MXQ0L8U';

test('a town registers a unit with the API’s own checks, edits it, and sees the change in its history', async ({ page, request }) => {
  const town = await apiAs(request, 'hutang');
  const point = await aPointIn(town, '320412100');
  const name = `常州市武进区湖塘测试精密模具厂${Date.now().toString(36).slice(-4)}`;

  await logIn(page, 'hutang');
  await page.goto('/units/new');
  await page.getByLabel('名称', { exact: true }).fill(name);
  await chooseOption(page, '单位类型', '工贸企业');
  await page.getByLabel('地址', { exact: true }).fill('湖塘镇长虹路88号');
  await page.getByLabel('经度（WGS-84）').fill(String(point.lng.toFixed(6)));
  await page.getByLabel('纬度（WGS-84）').fill(String(point.lat.toFixed(6)));
  await page.getByRole('button', { name: '添加联系人' }).click();
  await page.getByLabel('姓名').fill('周明');
  await page.getByLabel('电话').fill('12345');

  // Checked in the browser against the contract schema: the phone pattern.
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: '格式不正确' })).toBeVisible();

  // Checked by the server (domain rule): the credit code's check character.
  await page.getByLabel('电话').fill('13912345678');
  await page.getByLabel('统一社会信用代码').fill(`${VALID_CODE.slice(0, 17)}0`);
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: '校验位不正确' })).toBeVisible();
  await expect(page).toHaveURL(/\/units\/new$/);

  await page.getByLabel('统一社会信用代码').fill(VALID_CODE.slice(0, 17).toLowerCase() + VALID_CODE.slice(17));
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('湖塘镇长虹路88号')).toBeVisible();

  await page.getByRole('button', { name: label('编辑') }).click();
  await page.getByLabel('地址', { exact: true }).fill('湖塘镇长虹路90号');
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.getByText('湖塘镇长虹路90号').first()).toBeVisible();
  await expect(page.locator('.change-list')).toContainText('湖塘镇长虹路88号 → 湖塘镇长虹路90号');

  // The registry list finds it by a fragment of its name, and the filter is in the URL.
  await page.goto(`/units?q=${encodeURIComponent(name.slice(-8))}`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});

test('forms are labelled for screen readers and usable from the keyboard', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab');
  await page.getByLabel('用户名').focus();
  await page.keyboard.type('hutang');
  await page.keyboard.press('Tab');
  await page.keyboard.type('safegrid-demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);

  for (const path of ['/hazards/new', '/units/new', '/hazards']) {
    await page.goto(path);
    await expect(page.locator('form').first()).toBeVisible();
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('form input, form textarea')]
      .filter((element) => (element as HTMLInputElement).type !== 'hidden' && !element.closest('[aria-hidden="true"]'))
      .filter((element) => {
        const input = element as HTMLInputElement;
        const labelled = (input.labels?.length ?? 0) > 0 || input.getAttribute('aria-label') || input.getAttribute('aria-labelledby');
        return !labelled;
      })
      .map((element) => element.outerHTML.slice(0, 120)));
    expect(unlabelled, path).toEqual([]);
  }
});
