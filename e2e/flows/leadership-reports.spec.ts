import { expect, test } from '@playwright/test';
import { logIn, watchErrors } from '../fixtures/app';

test('the district office generates a weekly 通报 on 通报 and opens its PDF and Excel files', async ({ page }) => {
  // The server catches up the missed Monday and 1st-of-month runs on start (a report per town): allow for it.
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await logIn(page, 'admin');
  // Let the dashboard's charts finish drawing before leaving it (a chart torn down mid-draw logs an error).
  await page.waitForLoadState('networkidle');
  await page.getByRole('menuitem', { name: '通报' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: '通报', level: 2 })).toBeVisible();

  await page.getByTestId('generate-report').click();
  const row = page.getByTestId('report-list').locator('tbody tr').filter({ hasText: '手动生成' }).first();
  await expect(row).toContainText('周报', { timeout: 120_000 });

  const pdf = await page.request.get((await row.getByTestId('report-pdf').getAttribute('href')) ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const xlsx = await page.request.get((await row.getByTestId('report-xlsx').getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect(errors).toEqual([]);
});
