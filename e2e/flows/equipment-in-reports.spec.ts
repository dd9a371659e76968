import type { EquipmentPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, uniqueTitle, watchErrors } from '../fixtures/app';

const FIRST_RENDER = { timeout: 60_000 };
test.slow();

test('设备台账: the office edits a demo boiler on its unit page, then reports a hazard naming it and sees it on the hazard', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const boilers = (await admin.get<EquipmentPage>('/equipment?kind=boiler&limit=5')).body;
  const boiler = boilers.items[0];
  expect(boiler, 'the demo gives some industrial units a boiler').toBeDefined();
  const unit = await admin.unit(boiler?.unitId ?? '');
  const place = uniqueTitle('锅炉房');

  await logIn(page, 'admin');
  await page.goto(`/units/${unit.id}`);
  const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^特种设备$/ }) });
  const row = card.getByRole('row').filter({ hasText: boiler?.registrationCode ?? '-' });
  await row.getByRole('button', { name: label('修改') }).click(FIRST_RENDER);
  const dialog = page.getByRole('dialog', { name: '修改设备信息' });
  await dialog.getByLabel('安装位置').fill(place);
  await dialog.getByRole('button', { name: label('保存') }).click();
  await expect(dialog).toBeHidden(FIRST_RENDER);
  await expect(card.getByRole('row').filter({ hasText: boiler?.registrationCode ?? '-' })).toContainText(place, FIRST_RENDER);

  const title = uniqueTitle('锅炉安全阀未定期校验');
  const equipmentLabel = `锅炉 ${boiler?.registrationCode ?? ''}（${place}）`;
  await page.goto('/hazards/new');
  // Demo names share the 常州市武进区 prefix: type what follows it, so the search finds this unit.
  await chooseOption(page, '监管对象', `${unit.name} · ${unit.address}`, unit.name.replace(/^常州市武进区/, '').slice(0, 8));
  await chooseOption(page, '涉及设备', equipmentLabel);
  await page.getByLabel('隐患标题').fill(title);
  await chooseOption(page, '隐患类别', '特种设备');
  await page.getByRole('button', { name: label('提交') }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible(FIRST_RENDER);
  await expect(page.getByText(equipmentLabel, { exact: true })).toBeVisible(FIRST_RENDER);
  const [reported] = await admin.hazardsTitled(title);
  expect(reported?.equipmentId).toBe(boiler?.id);
  expect(errors).toEqual([]);
});
