import { expect, test } from '@playwright/test';
import { logIn, phone } from '../fixtures/app';

test('on a phone the hazard list opens with its first filters only, the rest behind 展开 (issue 16)', async ({ browser }) => {
  const context = await phone(browser, { lng: 119.95, lat: 31.7 });
  const page = await context.newPage();
  await logIn(page, 'hutang');
  await page.goto('/hazards');
  const form = page.locator('form[id="hazard-filters"], form#hazard-filters, form[name="hazard-filters"]').first();
  await expect(form.getByText('状态', { exact: true })).toBeVisible();
  await expect(form.getByText('隐患等级', { exact: true })).toBeHidden();
  await form.getByRole('button', { name: '展开' }).click();
  await expect(form.getByText('隐患等级', { exact: true })).toBeVisible();
  await form.getByRole('button', { name: '收起' }).click();
  await expect(form.getByText('隐患等级', { exact: true })).toBeHidden();
  // A filter in force behind the fold opens the form by itself.
  await page.goto('/hazards?level=major');
  await expect(form.getByText('隐患等级', { exact: true })).toBeVisible();
  await context.close();
});
