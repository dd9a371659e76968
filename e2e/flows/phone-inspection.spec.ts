import type { HazardResponse, InspectionResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, phone, PHOTO, RECTIFIED_PHOTO, signOnPad, unitWithChecklist, watchErrors } from '../fixtures/app';

test('a grid worker inspects a unit on the phone: a failed item with a photo becomes a hazard with its legal basis and level', async ({ browser, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const { unit, checklist } = await unitWithChecklist(worker);
  const itemIds = checklist.applicableItemIds ?? [];
  const failedItem = checklist.items.find((item) => itemIds.includes(item.id) && item.hazardLevel === 'general') ?? checklist.items.find((item) => item.id === itemIds[0]);
  if (!failedItem) throw new Error('no item to fail');
  const farAway = { lng: unit.location.lng, lat: unit.location.lat + 0.05 }; // about 5.5 km north

  const context = await phone(browser, farAway);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await logIn(page, 'wangge01');
  await page.getByRole('link', { name: /开始检查/ }).first().click();
  await expect(page).toHaveURL(/\/m\/inspect$/);
  await chooseOption(page, '检查对象', `${unit.name} · ${unit.address}`, unit.name);
  await chooseOption(page, '检查表', `${checklist.name}（第 ${checklist.version} 版，适用 ${itemIds.length} 项）`);
  await expect(page.getByTestId('position')).toBeVisible();

  // Refusal: starting 5 km away without a reason. The server's message names the distance.
  await page.getByRole('button', { name: label('开始检查') }).click();
  await expect(page.getByRole('alert')).toContainText(/距单位 \d+ 米，超过 500 米时须说明原因/);
  await expect(page.getByLabel('距离较远的原因')).toBeVisible();
  await expect(page).toHaveURL(/\/m\/inspect$/);

  // On site: the phone locates again next to the unit, and the start goes through.
  await context.setGeolocation({ longitude: unit.location.lng, latitude: unit.location.lat, accuracy: 8 });
  await page.getByRole('button', { name: '重新定位' }).click();
  await expect(page.getByTestId('position')).toContainText(unit.location.lat.toFixed(6));
  await page.getByLabel('距离较远的原因').fill('');
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/m\/inspect\/[0-9a-f-]{36}$/);
  const inspectionId = page.url().split('/').at(-1) ?? '';
  await expect(page.getByTestId('start-distance')).toContainText(/开始检查时距单位 \d+ 米/);

  // Every item passes but one, which fails with a note and a photo.
  for (const itemId of itemIds) {
    const card = page.getByTestId(`item-${itemId}`);
    await card.locator('.ant-radio-button-wrapper').getByText(itemId === failedItem.id ? '不合格' : '合格', { exact: true }).click();
  }
  const failedCard = page.getByTestId(`item-${failedItem.id}`);
  await expect(failedCard).toContainText(failedItem.legalBasis[0]?.regulation ?? '');
  await failedCard.getByLabel(`情况说明 ${failedItem.id}`).fill('现场检查发现问题，需整改');
  await failedCard.getByTestId(`photos-${failedItem.id}`).setInputFiles(PHOTO);
  await expect(failedCard.locator('.photo-preview img')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(page.getByTestId('progress')).toContainText(`已答 ${itemIds.length}/${itemIds.length} 项`);

  // Saved as it went: a reload keeps every answer, the failure's photo included.
  await page.reload();
  await expect(page.getByTestId('progress')).toContainText(`已答 ${itemIds.length}/${itemIds.length} 项`);
  await expect(page.getByTestId(`item-${failedItem.id}`).getByRole('radio', { name: '不合格', exact: true })).toBeChecked();
  await expect(page.getByTestId(`item-${failedItem.id}`).locator('.photo-preview img')).toHaveCount(1);

  // Sign and finish.
  await page.getByLabel('被检查单位负责人').fill('张建国');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  await expect(page.getByText('检查已完成')).toBeVisible();
  const created = page.getByTestId('created-hazards');
  await expect(created.locator('.ant-list-item')).toHaveCount(1);
  await expect(created).toContainText(failedItem.finding);

  const record = (await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body;
  expect(record).toMatchObject({ status: 'finished', signedBy: '张建国', failedItems: 1 });
  expect(record.signaturePhotoId).not.toBeNull();
  const hazardId = record.hazardIds[0] ?? '';
  const hazard = (await worker.get<HazardResponse>(`/hazards/${hazardId}`)).body;
  expect(hazard.unitId).toBe(unit.id);
  expect(hazard.photoIds).toHaveLength(1);
  expect(hazard.legalBasis).toContain(failedItem.legalBasis[0]?.regulation ?? '');

  // The hazard opens from the list, with its legal basis and level.
  await created.getByRole('link', { name: '查看隐患' }).click();
  await expect(page).toHaveURL(new RegExp(`/hazards/${hazardId}$`));
  await expect(page.getByText(hazard.legalBasis ?? '')).toBeVisible();
  await expect(page.getByText(hazard.level === 'major' ? '重大隐患' : '一般隐患').first()).toBeVisible();
  // The refused start is logged by the browser as a failed request; nothing else may go wrong.
  expect(errors.filter((error) => !error.includes('422'))).toEqual([]);
  await context.close();
});

test('立查立改 on the phone: a failure fixed on the spot waits for its photo, then becomes a hazard closed at once', async ({ browser, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const { unit, checklist } = await unitWithChecklist(worker);
  const itemIds = checklist.applicableItemIds ?? [];
  const fixedItem = checklist.items.find((item) => itemIds.includes(item.id) && item.hazardLevel === 'general');
  if (!fixedItem) throw new Error('no general-level item');
  const started = await worker.post<InspectionResponse>('/inspections', { unitId: unit.id, checklistId: checklist.id, location: { ...unit.location, crs: 'wgs84' } });
  expect(started.status).toBe(201);
  const others = itemIds.filter((itemId) => itemId !== fixedItem.id).map((itemId) => ({ itemId, result: 'pass' }));
  expect((await worker.post(`/inspections/${started.body.id}/answers`, { answers: others })).status).toBe(200);

  const context = await phone(browser, unit.location);
  const page = await context.newPage();
  await logIn(page, 'wangge01');
  await page.goto(`/m/inspect/${started.body.id}`);
  const card = page.getByTestId(`item-${fixedItem.id}`);
  await card.locator('.ant-radio-button-wrapper').getByText('不合格', { exact: true }).click();
  await card.getByLabel(`情况说明 ${fixedItem.id}`).fill('灭火器压力不足，当场更换');
  await card.getByText('立查立改（当场整改完毕）').click();
  // Without a photo of the fix the answer stays on the phone: the server would refuse it.
  await expect(card.getByText('立查立改须拍摄整改后照片')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'waiting');
  await expect(page.getByRole('button', { name: '完成检查' })).toBeDisabled();
  await card.getByTestId(`fix-photos-${fixedItem.id}`).setInputFiles(RECTIFIED_PHOTO);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  await page.getByLabel('被检查单位负责人').fill('李卫东');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  const created = page.getByTestId('created-hazards');
  await expect(created.locator('.ant-list-item')).toHaveCount(1);
  await expect(created).toContainText('立查立改，已销号');
  const record = (await worker.get<InspectionResponse>(`/inspections/${started.body.id}`)).body;
  const hazard = (await worker.get<HazardResponse>(`/hazards/${record.hazardIds[0] ?? ''}`)).body;
  expect(hazard.status).toBe('closed');
  await context.close();
});

test('the inspection record shows answers by section, the distance, and links each failure to its hazard', async ({ page, request }) => {
  const town = await apiAs(request, 'hutang');
  const finished = (await town.get<{ items: InspectionResponse[] }>('/inspections?status=finished&limit=50')).body.items.find((inspection) => inspection.hazardIds.length > 0);
  if (!finished) throw new Error('no finished inspection with hazards in the demo town');
  await logIn(page, 'hutang');
  await page.goto('/inspections?status=finished');
  await expect(page.getByRole('table')).toBeVisible();
  await page.goto(`/inspections/${finished.id}`);
  await expect(page.getByTestId('distance')).toContainText(`${finished.distanceMetres} 米`);
  await expect(page.getByTestId('hazard-link')).toHaveCount(finished.hazardIds.length);
  await page.getByTestId('hazard-link').first().click();
  await expect(page).toHaveURL(new RegExp(`/hazards/${finished.hazardIds[0] ?? ''}$`));
});
