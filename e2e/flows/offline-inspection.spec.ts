import type { ChecklistResponse, HazardPage, InspectionPage, InspectionResponse } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, chooseOption, label, PHOTO, phoneWithAppShell, signOnPad, syncInspectionUntilDone, unitWithChecklist } from '../fixtures/app';

test('an inspection done offline on the phone is kept, then synced once: one finished inspection and one hazard', async ({ browser, request }) => {
  test.setTimeout(600_000); // one phone through a whole inspection, offline and back, on a shared 2-core machine
  const worker = await apiAs(request, 'wangge01');
  const { unit, checklist } = await unitWithChecklist(worker, { fromEnd: true });
  const itemIds = checklist.applicableItemIds ?? [];
  const failedItem = checklist.items.find((item) => itemIds.includes(item.id) && item.hazardLevel === 'general');
  if (!failedItem) throw new Error('no general-level item to fail');
  const inspectionsOfUnit = async () => (await worker.get<InspectionPage>(`/inspections?unitId=${unit.id}&limit=100`)).body.items;
  const hazardsOfUnit = async () => (await worker.get<HazardPage>(`/hazards?unitId=${unit.id}&limit=100`)).body.items;
  const inspectionsBefore = (await inspectionsOfUnit()).map((inspection) => inspection.id);
  const hazardsBefore = (await hazardsOfUnit()).length;

  // Online: the unit is opened, and what inspecting it needs is kept on the phone.
  const { context, page } = await phoneWithAppShell(browser, unit.location, 'wangge01', `/m/inspect?unitId=${unit.id}`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('safegrid.inspectionKits') ?? '')).toContain(checklist.id);

  // Offline: start, answer (one failure with a note and a photo), sign.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '离线检查' })).toBeVisible({ timeout: 120_000 });
  await chooseOption(page, '检查表', `${checklist.name}（第 ${checklist.version} 版，适用 ${itemIds.length} 项）`);
  await expect(page.getByTestId('position')).toBeVisible();
  await page.getByRole('button', { name: label('开始检查') }).click();
  await expect(page).toHaveURL(/\/m\/inspect\/offline\/[0-9a-f-]{36}$/);
  for (const itemId of itemIds) {
    const card = page.getByTestId(`item-${itemId}`);
    await card.locator('.ant-radio-button-wrapper').getByText(itemId === failedItem.id ? '不合格' : '合格', { exact: true }).click();
  }
  const failedCard = page.getByTestId(`item-${failedItem.id}`);
  await failedCard.getByLabel(`情况说明 ${failedItem.id}`).fill('离线检查发现问题，需整改');
  await failedCard.getByTestId(`photos-${failedItem.id}`).setInputFiles(PHOTO);
  await expect(failedCard.locator('.photo-preview img')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('save-status')).toHaveText('已保存在本机');

  // Kept in IndexedDB, not in memory: a reload without signal keeps every answer and the photo.
  await page.reload();
  // Without signal the app waits out the session check's retries before it opens offline.
  await expect(page.getByTestId('progress')).toContainText(`已答 ${itemIds.length}/${itemIds.length} 项`, { timeout: 120_000 });
  await expect(page.getByTestId(`item-${failedItem.id}`).getByRole('radio', { name: '不合格', exact: true })).toBeChecked();
  await expect(page.getByTestId(`item-${failedItem.id}`).locator('.photo-preview img')).toHaveCount(1);

  await page.getByLabel('被检查单位负责人').fill('张建国');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  await expect(page.getByText('检查已签字完成，保存在本机，待同步')).toBeVisible();
  await expect(page.getByTestId('inspection-queued')).toContainText('检查已保存，待同步');
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '1');
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('aria-label', '1 项待同步');
  await page.reload();
  await expect(page.getByTestId('queued-inspections')).toContainText(unit.name, { timeout: 120_000 });
  expect((await inspectionsOfUnit()).map((inspection) => inspection.id)).toEqual(inspectionsBefore);

  // Back online, the answers to the start and to the finish are lost once each, after the server
  // acted: the phone must send them again, and the keys must keep the retries from doing anything twice.
  const lost = { start: 0, finish: 0 };
  await context.route('**/api/v1/inspections', async (route) => {
    if (route.request().method() === 'POST' && lost.start === 0) {
      lost.start += 1;
      expect((await route.fetch()).status()).toBe(201);
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await context.route('**/api/v1/inspections/*/finish', async (route) => {
    if (lost.finish === 0) {
      lost.finish += 1;
      expect((await route.fetch()).status()).toBe(200);
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await context.setOffline(false);
  await expect.poll(() => lost.start, { timeout: 30_000 }).toBe(1);
  await syncInspectionUntilDone(page);
  expect(lost.finish).toBe(1);
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0');

  const made = (await inspectionsOfUnit()).filter((inspection) => !inspectionsBefore.includes(inspection.id));
  expect(made).toHaveLength(1);
  expect(made[0]).toMatchObject({ status: 'finished', signedBy: '张建国', failedItems: 1, unanswered: 0 });
  expect(made[0]?.hazardIds).toHaveLength(1);
  expect(made[0]?.signaturePhotoId).not.toBeNull();
  const hazards = await hazardsOfUnit();
  expect(hazards).toHaveLength(hazardsBefore + 1);
  const hazard = hazards.find((candidate) => candidate.id === made[0]?.hazardIds[0]);
  expect(hazard?.photoIds).toHaveLength(1);
  await expect(page.getByTestId('inspection-synced').getByRole('link')).toHaveAttribute('href', `/inspections/${made[0]?.id ?? ''}`);

  // Nothing left to send, however often syncing runs again (the phone syncs on every start).
  await page.goto('/m/report');
  await page.reload();
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0');
  await expect(page.getByTestId('queued-inspections')).toHaveCount(0);
  expect((await inspectionsOfUnit()).filter((inspection) => !inspectionsBefore.includes(inspection.id))).toHaveLength(1);
  expect(await hazardsOfUnit()).toHaveLength(hazardsBefore + 1);
  await context.close();
});

test('an inspection started online and continued without signal is answered and finished in the outbox, then finished on the server', async ({ browser, request }) => {
  test.setTimeout(600_000);
  const worker = await apiAs(request, 'wangge01');
  const { unit, checklist } = await unitWithChecklist(worker, { fromEnd: true, skip: 1 });
  const itemIds = checklist.applicableItemIds ?? [];
  const failedItem = checklist.items.find((item) => itemIds.includes(item.id) && item.hazardLevel === 'general');
  const firstItem = itemIds.find((itemId) => itemId !== failedItem?.id);
  if (!failedItem || !firstItem) throw new Error('no general-level item to fail');

  const { context, page } = await phoneWithAppShell(browser, unit.location, 'wangge01', `/m/inspect?unitId=${unit.id}`);

  // Online: started on the server, one answer saved there.
  const inspectionId = await startOnline(page, checklist);
  await page.getByTestId(`item-${firstItem}`).locator('.ant-radio-button-wrapper').getByText('合格', { exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect.poll(async () => (await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body.answers.length).toBe(1);

  // The signal goes: the inspection moves into the phone's outbox and goes on there.
  await context.setOffline(true);
  await expect(page).toHaveURL(new RegExp(`/m/inspect/offline/${inspectionId}$`), { timeout: 60_000 });
  await expect(page.getByText('离线检查', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId(`item-${firstItem}`).getByRole('radio', { name: '合格', exact: true })).toBeChecked();
  for (const itemId of itemIds.filter((id) => id !== firstItem)) {
    const card = page.getByTestId(`item-${itemId}`);
    await card.locator('.ant-radio-button-wrapper').getByText(itemId === failedItem.id ? '不合格' : '合格', { exact: true }).click();
  }
  const failedCard = page.getByTestId(`item-${failedItem.id}`);
  await failedCard.getByLabel(`情况说明 ${failedItem.id}`).fill('断网后继续检查发现问题');
  await failedCard.getByTestId(`photos-${failedItem.id}`).setInputFiles(PHOTO);
  await expect(failedCard.locator('.photo-preview img')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('progress')).toContainText(`已答 ${itemIds.length}/${itemIds.length} 项`);
  await page.getByLabel('被检查单位负责人').fill('李卫东');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  await expect(page.getByTestId('inspection-queued')).toContainText('检查已保存，待同步');
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '1');
  expect((await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body.status).toBe('in_progress');

  // Back online: answers, signature and finish reach the server, on the inspection begun online.
  await context.setOffline(false);
  await syncInspectionUntilDone(page);
  const finished = (await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body;
  expect(finished).toMatchObject({ status: 'finished', signedBy: '李卫东', failedItems: 1, unanswered: 0 });
  expect(finished.hazardIds).toHaveLength(1);
  expect(finished.answers).toHaveLength(itemIds.length);
  await expect(page.getByTestId('inspection-synced').getByRole('link')).toHaveAttribute('href', `/inspections/${inspectionId}`);
  await context.close();
});

test('a finish that reached the server but whose answer was lost goes to the outbox and is sent again as the same request: one finish, one hazard', async ({ browser, request }) => {
  test.setTimeout(600_000);
  const worker = await apiAs(request, 'wangge01');
  const { unit, checklist } = await unitWithChecklist(worker, { fromEnd: true, skip: 2 });
  const itemIds = checklist.applicableItemIds ?? [];
  const failedItem = checklist.items.find((item) => itemIds.includes(item.id) && item.hazardLevel === 'general');
  if (!failedItem) throw new Error('no general-level item to fail');
  const hazardsOfUnit = async () => (await worker.get<HazardPage>(`/hazards?unitId=${unit.id}&limit=100`)).body.items.length;
  const hazardsBefore = await hazardsOfUnit();

  const { context, page } = await phoneWithAppShell(browser, unit.location, 'wangge01', `/m/inspect?unitId=${unit.id}`);

  // Online throughout: started, every item answered and saved on the server.
  const inspectionId = await startOnline(page, checklist);
  for (const itemId of itemIds) {
    await page.getByTestId(`item-${itemId}`).locator('.ant-radio-button-wrapper').getByText(itemId === failedItem.id ? '不合格' : '合格', { exact: true }).click();
  }
  await page.getByTestId(`item-${failedItem.id}`).getByLabel(`情况说明 ${failedItem.id}`).fill('完成时网络中断');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect.poll(async () => (await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body.answers.length, { timeout: 30_000 }).toBe(itemIds.length);

  // The finish reaches the server, but its answer is lost on the way back (the browser still thinks it is online).
  let finishesSent = 0;
  await page.route('**/api/v1/inspections/*/finish', async (route) => {
    finishesSent += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByLabel('被检查单位负责人').fill('周海明');
  await signOnPad(page);
  await page.getByRole('button', { name: '完成检查' }).click();
  await expect(page).toHaveURL(new RegExp(`/m/inspect/offline/${inspectionId}$`), { timeout: 60_000 });
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '1');
  // The outbox may already have tried again (it syncs while the browser says online): each try reached the server.
  expect(finishesSent).toBeGreaterThanOrEqual(1);
  expect((await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body.status).toBe('finished');

  // The outbox sends it again under the same key: the server answers with the first finish, no second one.
  await page.unroute('**/api/v1/inspections/*/finish');
  await syncInspectionUntilDone(page);
  const finished = (await worker.get<InspectionResponse>(`/inspections/${inspectionId}`)).body;
  expect(finished).toMatchObject({ status: 'finished', signedBy: '周海明', failedItems: 1 });
  expect(finished.hazardIds).toHaveLength(1);
  expect(await hazardsOfUnit()).toBe(hazardsBefore + 1);
  await expect(page.getByTestId('outbox-status')).toHaveAttribute('data-waiting', '0');
  await context.close();
});

test('我的任务 opened online keeps its units’ checklists: offline, a task unit is inspected from the kept checklist', async ({ browser, request }) => {
  test.setTimeout(600_000);
  const worker = await apiAs(request, 'wangge01');
  const { unit: somewhere } = await unitWithChecklist(worker);
  const taskUnitIds = new Set<string>();
  for (const query of ['overdue=true', 'status=submitted', 'status=assigned&overdue=false', 'status=reported']) {
    for (const hazard of (await worker.get<HazardPage>(`/hazards?${query}&limit=50`)).body.items) if (hazard.unitId && hazard.availableActions.length > 0) taskUnitIds.add(hazard.unitId);
  }
  expect(taskUnitIds.size).toBeGreaterThan(0);

  const { context, page } = await phoneWithAppShell(browser, somewhere.location, 'wangge01', '/m/tasks');
  // The start page was never opened: the kits come from 我的任务 alone.
  const keptUnits = async () => page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('safegrid.inspectionKits') ?? '{"kits":[]}') as { kits: { unit: { id: string; name: string }; checklists: { id: string; name: string; version: number; applicableItemIds: string[] }[] }[] };
    return saved.kits;
  });
  await expect.poll(async () => (await keptUnits()).length, { timeout: 120_000 }).toBeGreaterThan(0);
  const kits = await keptUnits();
  expect(kits.every((kit) => taskUnitIds.has(kit.unit.id))).toBe(true);
  const kit = kits.find((candidate) => candidate.checklists.length > 0);
  const kept = kit?.checklists[0];
  if (!kit || !kept) throw new Error('no checklist kept');

  await context.setOffline(true);
  await page.goto(`/m/inspect?unitId=${kit.unit.id}`);
  await expect(page.getByRole('heading', { name: '离线检查' })).toBeVisible({ timeout: 120_000 });
  await chooseOption(page, '检查表', `${kept.name}（第 ${kept.version} 版，适用 ${kept.applicableItemIds.length} 项）`);
  await expect(page.getByText(/检查表已保存在本机（.+），没有信号也能检查/)).toBeVisible();
  await expect(page.getByTestId('position')).toBeVisible();
  await page.getByRole('button', { name: label('开始检查') }).click();
  await expect(page).toHaveURL(/\/m\/inspect\/offline\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: kit.unit.name })).toBeVisible();
  await expect(page.getByTestId('progress')).toContainText(`已答 0/${kept.applicableItemIds.length} 项`);
  await context.close();
});

/** Starts the inspection online from the phone's start page; the server's inspection id. */
async function startOnline(page: Page, checklist: ChecklistResponse): Promise<string> {
  const applicable = checklist.applicableItemIds ?? [];
  await chooseOption(page, '检查表', `${checklist.name}（第 ${checklist.version} 版，适用 ${applicable.length} 项）`);
  await expect(page.getByTestId('position')).toBeVisible();
  await page.getByRole('button', { name: label('开始检查') }).click();
  await expect(page).toHaveURL(/\/m\/inspect\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  return page.url().split('/').at(-1) ?? '';
}
