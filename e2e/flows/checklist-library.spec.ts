import type { ChecklistResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, logIn, signOnPad, watchErrors } from '../fixtures/app';

test('the district office copies a built-in checklist and edits the copy into a new version; the old version stays', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const builtIn = (await admin.get<ChecklistResponse[]>('/checklists')).body.find((checklist) => checklist.builtIn && checklist.code === 'dust-gb15577');
  if (!builtIn) throw new Error('no built-in dust checklist');
  const code = `wj-dust-${Date.now().toString(36).slice(-5)}`;
  const errors = watchErrors(page);

  await logIn(page, 'admin');
  await page.getByRole('link', { name: '检查表' }).click();
  await page.getByRole('link', { name: builtIn.name }).click();
  await expect(page.getByText('内置检查表不能直接修改')).toBeVisible();
  await page.getByRole('button', { name: '复制为本区检查表' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('本区编码').fill(code);
  await dialog.getByLabel('名称').fill('粉尘防爆安全检查表（武进区）');
  await dialog.getByRole('button', { name: '复制为本区检查表' }).click();
  await expect(page.getByRole('heading', { name: '粉尘防爆安全检查表（武进区）' })).toBeVisible();
  const copyUrl = page.url();

  await page.getByRole('button', { name: '编辑（生成新版本）' }).click();
  await expect(page.getByText('保存后生成第 2 版')).toBeVisible();
  await page.getByRole('button', { name: '删除此项 1', exact: true }).click();
  // The template no longer applies to road transport (a multiple select: pick, then close it).
  await page.getByLabel('不适用的行业', { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="道路运输"]').click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText(`检查项（${builtIn.items.length - 1} 项）`)).toBeVisible();
  await expect(page.getByText('第 2 版').first()).toBeVisible();
  await expect(page.locator('.ant-descriptions').getByText('道路运输')).toBeVisible();

  // Version 1 is kept, superseded, for the inspections that used it.
  const versions = page.locator('.ant-card', { hasText: '版本历史' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await versions.getByRole('link', { name: '第 1 版' }).click();
  await expect(page).toHaveURL(copyUrl);
  await expect(page.getByText('此版本已被新版本取代')).toBeVisible();
  await expect(page.getByText(`检查项（${builtIn.items.length} 项）`)).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑（生成新版本）' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an enterprise does a self-inspection of its own unit on the desktop', async ({ browser, request }) => {
  const enterprise = await apiAs(request, 'qiye01');
  const unit = await enterprise.unit(enterprise.user.scope.unitId ?? '');
  const checklists = (await enterprise.get<ChecklistResponse[]>(`/checklists?unitId=${unit.id}`)).body;
  const checklist = checklists[0];
  if (!checklist) throw new Error('no checklist for the enterprise');
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    geolocation: { longitude: unit.location.lng, latitude: unit.location.lat, accuracy: 20 }, permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await logIn(page, 'qiye01');
  await page.getByRole('link', { name: '企业自查' }).click();
  await expect(page.getByRole('heading', { name: '自查记录' })).toBeVisible();
  await page.getByRole('link', { name: /开始自查/ }).click();
  // The unit is its own and fixed.
  await expect(page.getByLabel('检查对象', { exact: true })).toBeDisabled();
  await chooseOption(page, '检查表', `${checklist.name}（第 ${checklist.version} 版，适用 ${checklist.applicableItemIds?.length ?? 0} 项）`);
  await expect(page.getByTestId('position')).toBeVisible();
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/inspections\/[0-9a-f-]{36}\/conduct$/);
  await expect(page.getByText('企业自查').first()).toBeVisible();
  for (const itemId of checklist.applicableItemIds ?? []) {
    await page.getByTestId(`item-${itemId}`).locator('.ant-radio-button-wrapper').getByText('合格', { exact: true }).click();
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  // Its own check: no 被检查单位负责人 and no 再检查一家 (issue 16).
  await expect(page.getByLabel('被检查单位负责人')).toHaveCount(0);
  await page.getByLabel('自查负责人').fill('王安全');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  await expect(page.getByText('检查已完成')).toBeVisible();
  await expect(page.getByRole('button', { name: '再检查一家' })).toHaveCount(0);
  await expect(page.getByText('未发现隐患。')).toBeVisible();
  await page.getByRole('link', { name: '查看检查记录' }).click();
  await expect(page.getByText('王安全')).toBeVisible();
  await expect(page.getByTestId('signature-image')).toBeVisible();
  await context.close();
});
