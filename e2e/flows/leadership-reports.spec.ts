import { expect, test } from '@playwright/test';
import { logIn, watchErrors } from '../fixtures/app';

test('the district office generates a weekly 通报 on 通报 and opens its PDF and Excel files', async ({ page }) => {
  const errors = watchErrors(page);
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '通报' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: '通报', level: 2 })).toBeVisible();

  await page.getByTestId('generate-report').click();
  await expect(page.getByText('通报已生成')).toBeVisible({ timeout: 60_000 });
  const row = page.getByTestId('report-list').locator('tbody tr').filter({ hasText: '手动生成' }).first();
  await expect(row).toContainText('周报');

  const pdf = await page.request.get((await row.getByTestId('report-pdf').getAttribute('href')) ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const xlsx = await page.request.get((await row.getByTestId('report-xlsx').getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect(errors).toEqual([]);
});
