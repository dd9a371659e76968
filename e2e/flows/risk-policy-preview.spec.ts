import type { RiskPolicyPreviewResponse, RiskPolicyResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, logIn } from '../fixtures/app';

test.setTimeout(240_000);

test('the district office previews how many units a new colour band would recolour before saving, and nothing is saved', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const saved = (await admin.get<RiskPolicyResponse>('/risk/policy')).body;
  const proposed = { ...saved, lecBands: { ...saved.lecBands, red: saved.lecBands.orange + 1 } };
  const expected = (await admin.post<RiskPolicyPreviewResponse>('/risk/policy/preview', proposed)).body;
  expect(expected.graded).toBeGreaterThan(0);

  await logIn(page, 'admin');
  await page.goto('/risk/policy');
  const red = page.getByRole('spinbutton', { name: '重大风险 ≥', exact: true }).first();
  await expect(red).toBeVisible({ timeout: 60_000 });
  await red.fill(String(proposed.lecBands.red));
  await page.getByRole('button', { name: '预览变化' }).click();
  const preview = page.getByTestId('risk-policy-preview');
  await expect(preview).toContainText(`全区 ${expected.graded} 家单位中有 ${expected.changed} 家将改变颜色`, { timeout: 120_000 });
  await expect(preview.getByRole('row')).toHaveCount(6);
  expect((await admin.get<RiskPolicyResponse>('/risk/policy')).body).toEqual(saved);
});
