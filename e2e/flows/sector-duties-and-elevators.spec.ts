import type { EquipmentPage, SectorDutiesResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, logIn, watchErrors } from '../fixtures/app';

const FIRST_RENDER = { timeout: 60_000 };
test.slow();

test('三管三必须 and the elevator register: the office sees the sector table, the demo elevators with overdue inspections, and a unit’s elevators', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const duties = (await admin.get<SectorDutiesResponse>('/sector-duties')).body;
  expect(duties.items.find((duty) => duty.sector === 'fire')?.coDepartments).toEqual(['housing', 'public_security']);
  const overdue = (await admin.get<EquipmentPage>('/equipment?inspection=overdue&limit=5')).body;
  expect(overdue.items.length).toBeGreaterThan(0);

  await logIn(page, 'admin');
  await page.goto('/sector-duties');
  await expect(page.getByRole('heading', { name: '行业领域牵头部门与协同部门' })).toBeVisible(FIRST_RENDER);
  const fireRow = page.getByRole('row', { name: /^消防/ });
  await expect(fireRow).toContainText('住房和城乡建设局');

  await page.goto('/equipment');
  await expect(page.getByRole('heading', { name: '电梯台账' })).toBeVisible(FIRST_RENDER);
  await expect(page.locator('[data-state="overdue"]').first()).toBeVisible(FIRST_RENDER);

  const unitId = overdue.items[0]?.unitId ?? '';
  await page.goto(`/units/${unitId}`);
  await expect(page.getByText('设备（电梯）')).toBeVisible(FIRST_RENDER);
  await expect(page.getByText(overdue.items[0]?.registrationCode ?? '-')).toBeVisible(FIRST_RENDER);
  expect(errors).toEqual([]);
});
