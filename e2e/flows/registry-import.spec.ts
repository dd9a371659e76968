import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import { aPointIn, apiAs, label, logIn, watchErrors } from '../fixtures/app';

// Lazy pages, uploads and imports on a shared two-core machine: waits longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });

const HEADINGS = '单位名称,统一社会信用代码,单位类型,地址,经度,纬度,风险标签,粉尘种类,联系人,联系电话';

/** A CSV as Excel saves it with "CSV UTF-8": a BOM, then comma-separated rows. */
function csv(rows: readonly string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: '湖塘镇台账.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADINGS, ...rows].join('\r\n')}\r\n`) };
}

test('a town uploads a 台账 with errors, sees them row by row, fixes the file, imports it and finds the units', async ({ page, request }) => {
  // Three uploads and a search on a shared two-core machine: more than the default budget.
  test.setTimeout(360_000);
  const errors = watchErrors(page);
  const town = await apiAs(request, 'hutang');
  const point = await aPointIn(town, '320412100');
  const lngLat = `${point.lng.toFixed(6)},${point.lat.toFixed(6)}`;
  const suffix = Date.now().toString(36).slice(-5);
  const names = [`湖塘导入测试五金厂${suffix}`, `湖塘导入测试小餐馆${suffix}`];

  await logIn(page, 'hutang');
  await page.getByRole('menuitem', { name: '台账导入' }).click();
  await expect(page).toHaveURL(/\/units\/import$/);
  await expect(page.getByRole('heading', { name: '监管对象台账导入' })).toBeVisible();

  const fileInput = page.locator('input[type=file]');
  await fileInput.setInputFiles(csv([
    `${names[0]},91320412MA1XYK0010,工贸企业,湖塘镇长虹路1号,${lngLat},涉粉尘,金属粉尘,王强,13912345678`,
    `${names[1]},,小饭店,湖塘镇长虹路2号,${lngLat},,,,`,
  ]));
  await expect(page.getByTestId('import-file-name')).toHaveText('湖塘镇台账.csv');
  await page.getByRole('button', { name: label('预检') }).click();
  await expect(page.getByTestId('import-summary')).toContainText('问题 2 处');
  await expect(page.locator('tr', { hasText: '统一社会信用代码' }).filter({ hasText: '校验位不正确' })).toBeVisible();
  await expect(page.locator('tr', { hasText: '小饭店' }).filter({ hasText: '不是可选的取值' })).toBeVisible();
  await expect(page.getByRole('button', { name: label('导入') })).toHaveCount(0);

  // The report is the sheet again with the bad cells marked, as an xlsx download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载问题报告/ }).click();
  const report = await download;
  expect(report.suggestedFilename()).toBe('台账导入问题报告.xlsx');
  expect(readFileSync(await report.path()).subarray(0, 2).toString()).toBe('PK');

  await fileInput.setInputFiles(csv([
    `${names[0]},91320412MA1XYK001R,工贸企业,湖塘镇长虹路1号,${lngLat},涉粉尘,金属粉尘,王强,13912345678`,
    `${names[1]},,九小场所,湖塘镇长虹路2号,${lngLat},,,,`,
  ]));
  await page.getByRole('button', { name: label('预检') }).click();
  await expect(page.getByText('预检通过，没有发现问题')).toBeVisible();
  await page.getByRole('radio', { name: '更新已登记单位（留有修改记录）' }).check();
  await page.getByRole('button', { name: label('导入') }).click();
  // The commit runs as a job (ADR 0098): the page shows its progress until the job is done.
  await expect(page.getByTestId('import-progress')).toBeVisible();
  // A retry of this test finds the credit-coded unit of the first try and updates it.
  await expect(page.getByTestId('import-result')).toContainText(/新增 [12] 个/);

  await page.getByRole('link', { name: '查看监管对象' }).click();
  await expect(page).toHaveURL(/\/units$/);
  for (const name of names) {
    await page.goto(`/units?q=${encodeURIComponent(name.slice(-10))}`);
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
