import type { AccountWithPasswordResponse, LoginResponse } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { apiAs, label } from '../fixtures/app';

const PASSWORD = 'Office-Second-Factor-2026';
const STEP_MS = 30_000;

// A wait for the next 30-second step (a code is accepted once) and two log-ins: more than the default.
test.describe.configure({ timeout: 300_000 });

/** What the authenticator app shows for this secret at `at` (RFC 6238, as the QR code describes). */
function codeAt(secret: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });
}

async function logInWithPassword(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: label('登录') }).click();
}

/**
 * A district-office account of its own, so the demo `admin` other specs log in with keeps logging in
 * with its password alone: created by `admin`, its one-time password changed through the API.
 */
async function newDistrictAdmin(request: Parameters<typeof apiAs>[0]): Promise<string> {
  const admin = await apiAs(request, 'admin');
  const username = `e2e.office.${Date.now().toString(36)}`;
  const created = await admin.post<AccountWithPasswordResponse>('/users', { username, displayName: '测试管理员', role: 'district', regionCode: admin.user.districtCode });
  expect(created.status).toBe(201);
  const login = await request.post('/api/v1/auth/login', { data: { username, password: created.body.oneTimePassword } });
  const { token } = (await login.json()) as LoginResponse;
  const change = await request.post('/api/v1/auth/password', {
    headers: { authorization: `Bearer ${token}` }, data: { currentPassword: created.body.oneTimePassword, newPassword: PASSWORD },
  });
  expect(change.status()).toBe(204);
  return username;
}

test('a district admin turns on two-step verification, then logs in with password and code; a wrong code is refused clearly', async ({ page, request }) => {
  const username = await newDistrictAdmin(request);
  await logInWithPassword(page, username);
  await expect(page).not.toHaveURL(/\/login/);

  // 两步验证 from the user menu: a QR code and the key, shown once.
  await page.getByRole('button', { name: '用户菜单' }).click();
  await page.getByRole('menuitem', { name: '两步验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '两步验证', exact: true })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '开启两步验证' }).click();
  await expect(page.getByRole('img', { name: '两步验证二维码' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // Confirmed with the current code, it is on; ten recovery codes are shown once.
  const enrolledAt = Date.now();
  await page.getByLabel('验证码', { exact: true }).fill(codeAt(secret, enrolledAt));
  await page.getByRole('button', { name: label('验证并开启') }).click();
  await expect(page.getByText('两步验证已开启')).toBeVisible();
  await expect(page.getByRole('list', { name: '恢复码' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: '我已保存恢复码' }).click();
  // The key is never sent again.
  const status = await page.request.get('/api/v1/auth/two-factor');
  expect(await status.json()).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
  expect(await status.text()).not.toContain(secret);

  // 退出, then the password alone is not enough.
  await page.getByRole('button', { name: '用户菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await logInWithPassword(page, username);
  await expect(page.getByText('该账号已开启两步验证')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  // A wrong code: refused with a message that says what to do, and still no session.
  await page.getByLabel('验证码或恢复码').fill(codeAt(secret, enrolledAt) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: label('验证') }).click();
  await expect(page.getByRole('alert').filter({ hasText: '验证码不正确或已使用过' })).toBeVisible();
  expect((await (await page.request.get('/api/v1/auth/session')).json()).user).toBeNull();

  // The code of a later step than the one that turned it on (an accepted code is not taken twice).
  const nextStep = (Math.floor(enrolledAt / STEP_MS) + 1) * STEP_MS;
  if (Date.now() < nextStep) await page.waitForTimeout(nextStep - Date.now() + 500);
  await page.getByLabel('验证码或恢复码').fill(codeAt(secret, Date.now()));
  await page.getByRole('button', { name: label('验证') }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
});
