import type { ChecklistItem, ChecklistResponse, HazardResponse, InspectionResponse, UnitPage, UnitResponse } from '@safegrid/contracts';
import { expect, test, type Browser } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, phone, PHOTO, signOnPad, watchErrors } from '../fixtures/app';

type Api = Awaited<ReturnType<typeof apiAs>>;

/** A unit of the kind in the town, and the built-in sector checklist usable on it. */
async function unitWithSectorChecklist(town: Api, kind: string, code: string): Promise<{ unit: UnitResponse; checklist: ChecklistResponse }> {
  const units = (await town.get<UnitPage>(`/units?kind=${kind}&status=active&limit=20`)).body.items;
  for (const unit of units) {
    const checklists = (await town.get<ChecklistResponse[]>(`/checklists?unitId=${unit.id}`)).body;
    const checklist = checklists.find((candidate) => candidate.code === code);
    if (checklist) return { unit, checklist };
  }
  throw new Error(`no ${kind} unit of the town offers the ${code} checklist`);
}

/**
 * Inspects the unit on the phone with the sector checklist: every item passes but one, which fails
 * with a note and a photo; returns the hazard the failure became.
 */
async function inspectOnPhone(browser: Browser, town: Api, unit: UnitResponse, checklist: ChecklistResponse, failed: ChecklistItem): Promise<HazardResponse> {
  const itemIds = checklist.applicableItemIds ?? [];
  expect(itemIds).toContain(failed.id);
  const context = await phone(browser, unit.location);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await logIn(page, 'hutang');
  await page.goto('/m/inspect');
  await chooseOption(page, '检查对象', `${unit.name} · ${unit.address}`, unit.name);
  await chooseOption(page, '检查表', `${checklist.name}（第 ${checklist.version} 版，适用 ${itemIds.length} 项）`);
  await expect(page.getByTestId('position')).toBeVisible();
  await page.locator('form button[type=submit]').click();
  // A town officer conducts it in the desktop frame, a grid worker on /m/inspect/…: the same form.
  await expect(page).toHaveURL(/\/(m\/inspect|inspections)\/[0-9a-f-]{36}(\/conduct)?$/);
  const inspectionId = /[0-9a-f-]{36}/.exec(page.url())?.[0] ?? '';

  // The passes are answered through the API (20 taps add nothing here); the failure is answered on the phone.
  const passes = itemIds.filter((itemId) => itemId !== failed.id).map((itemId) => ({ itemId, result: 'pass' }));
  expect((await town.post(`/inspections/${inspectionId}/answers`, { answers: passes })).status).toBe(200);
  await page.reload();
  const card = page.getByTestId(`item-${failed.id}`);
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('progress')).toContainText(`已答 ${passes.length}/${itemIds.length} 项`);
  await card.locator('.ant-radio-button-wrapper').getByText('不合格', { exact: true }).click();
  await card.getByLabel(`情况说明 ${failed.id}`).fill('现场查看，检查人员记录');
  await card.getByTestId(`photos-${failed.id}`).setInputFiles(PHOTO);
  await expect(card.locator('.photo-preview img')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  // The note is on the server before the inspection is finished.
  await expect.poll(async () => (await town.get<InspectionResponse>(`/inspections/${inspectionId}`)).body.answers.find((answer) => answer.itemId === failed.id)?.note, { timeout: 30_000 })
    .toBe('现场查看，检查人员记录');
  await page.getByLabel('被检查单位负责人').fill('赵立新');
  await signOnPad(page);
  await page.getByRole('button', { name: label('完成检查') }).click();
  const created = page.getByTestId('created-hazards');
  await expect(created.locator('.ant-list-item')).toHaveCount(1);
  // The phone lists the new hazard by its finding, not by the requirement it breaks.
  await expect(created).toContainText(failed.finding);
  await expect(created).not.toContainText(failed.text);

  const record = (await town.get<InspectionResponse>(`/inspections/${inspectionId}`)).body;
  expect(record).toMatchObject({ status: 'finished', failedItems: 1 });
  const hazard = (await town.get<HazardResponse>(`/hazards/${record.hazardIds[0] ?? ''}`)).body;
  expect(errors).toEqual([]);
  await context.close();
  return hazard;
}

test('a 危化 unit and a construction site are inspected on the phone with their sector lists; the hazards read as findings', async ({ browser, request, page }) => {
  test.setTimeout(360_000);
  const town = await apiAs(request, 'hutang');
  const results: HazardResponse[] = [];
  for (const [kind, code, itemId] of [['hazardous_chemicals', 'hazchem-major', 'HC-20'], ['construction_site', 'construction-major', 'CM-06-02']] as const) {
    const { unit, checklist } = await unitWithSectorChecklist(town, kind, code);
    const failed = checklist.items.find((item) => item.id === itemId);
    if (!failed) throw new Error(`${code} has no ${itemId}`);
    const hazard = await inspectOnPhone(browser, town, unit, checklist, failed);
    // Titled with the finding; the item's code and requirement lead the legal basis; the note describes it.
    expect(hazard).toMatchObject({ unitId: unit.id, level: 'major', title: failed.finding, description: '现场查看，检查人员记录' });
    expect(hazard.legalBasis).toContain(`检查项 ${itemId}：${failed.text}`);
    expect(hazard.legalBasis).toContain(failed.legalBasis[0]?.regulation ?? '');
    results.push(hazard);
  }

  // The hazard list shows the finding as the title and the inspector's note under it.
  await logIn(page, 'hutang');
  const [chemicals] = results;
  await page.goto(`/hazards?unitId=${chemicals?.unitId ?? ''}`);
  const row = page.getByRole('row').filter({ hasText: chemicals?.title ?? '' }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('现场查看，检查人员记录');
  await row.getByRole('link', { name: chemicals?.title ?? '' }).first().click(); // the title, not the row's 查看 link
  await expect(page.getByText(chemicals?.legalBasis ?? '')).toBeVisible();
});
