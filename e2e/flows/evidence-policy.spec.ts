import type { EvidencePolicyResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, label, logIn } from '../fixtures/app';

test('evidence rules: the district office requires review photos for closing general hazards; a town only reads the rule', async ({ page, request }) => {
  test.slow();
  const admin = await apiAs(request, 'admin');
  const before = (await admin.get<EvidencePolicyResponse>('/settings/evidence-policy')).body;
  // Start from a district that does not require them for general hazards.
  const relaxed = await request.put('/api/v1/settings/evidence-policy', { headers: admin.headers, data: { ...before, generalReviewPhotos: 'optional' } });
  expect(relaxed.status()).toBe(200);

  await logIn(page, 'admin');
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // The district office finds the page in its menu.
  await expect(page.getByRole('menuitem', { name: '销号证据规则' })).toBeVisible({ timeout: 60_000 });
  await page.goto('/settings/evidence-policy');
  await expect(page.getByRole('heading', { name: '销号证据规则', level: 2 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('重大隐患：销号一律须附复查照片')).toBeVisible();
  const rule = page.getByRole('switch', { name: '一般隐患销号须附复查照片' });
  await expect(rule).not.toBeChecked();
  await rule.click();
  await expect(rule).toBeChecked();
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.getByText('销号证据规则已保存')).toBeVisible();

  const after = (await admin.get<EvidencePolicyResponse>('/settings/evidence-policy')).body;
  expect(after).toEqual({ ...before, generalReviewPhotos: 'required' });
  // A reload shows what was stored.
  await page.reload();
  await expect(page.getByRole('switch', { name: '一般隐患销号须附复查照片' })).toBeChecked({ timeout: 60_000 });

  // 湖塘镇 sees the rule but cannot change it (the API lets only the district office write).
  await page.context().clearCookies();
  await logIn(page, 'hutang');
  await page.goto('/settings/evidence-policy');
  await expect(page.getByText('仅区安委办可修改销号证据规则')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('switch', { name: '一般隐患销号须附复查照片' })).toBeDisabled();
  await expect(page.getByRole('button', { name: label('保存') })).toHaveCount(0);
});
