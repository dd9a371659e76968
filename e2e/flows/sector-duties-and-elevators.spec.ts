import type { EquipmentPage, HazardPage, HazardResponse, NotificationPage, SectorDutiesResponse, UnitPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, logIn, uniqueTitle, watchErrors } from '../fixtures/app';

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
  await expect(page.getByRole('heading', { name: '特种设备台账' })).toBeVisible(FIRST_RENDER);
  await expect(page.locator('[data-state="overdue"]').first()).toBeVisible(FIRST_RENDER);

  const unitId = overdue.items[0]?.unitId ?? '';
  await page.goto(`/units/${unitId}`);
  await expect(page.locator('.ant-card-head-title').filter({ hasText: /^特种设备$/ })).toBeVisible(FIRST_RENDER);
  await expect(page.getByText(overdue.items[0]?.registrationCode ?? '-')).toBeVisible(FIRST_RENDER);
  expect(errors).toEqual([]);
});

test('群租房: 住建 leads, 公安 and 消防 co-follow; the fire brigade is told in its inbox, sees the hazard and can be handed it', async ({ page, request }) => {
  const errors = watchErrors(page);
  const hutang = await apiAs(request, 'hutang');
  const rentals = (await hutang.get<UnitPage>('/units?kind=group_rental&limit=1')).body;
  const rental = rentals.items[0];
  expect(rental?.sector).toBe('group_rental');
  const title = uniqueTitle('群租房违规住人');
  const reported = await hutang.post<HazardResponse>('/hazards', {
    source: 'patrol', level: 'general', category: 'occupancy', title, unitId: rental?.id, location: { ...rental?.location, crs: 'wgs84' },
  });
  expect(reported.status).toBe(201);
  expect(reported.body.sector).toBe('group_rental');

  // 消防 (co-responsible) may be handed it; 应急 may not.
  const assignees = (await hutang.get<{ username: string }[]>(`/hazards/${reported.body.id}/assignees`)).body.map((user) => user.username);
  expect(assignees).toEqual(expect.arrayContaining(['zhujian', 'xiaofang']));
  expect(assignees).not.toContain('yingji');

  // The fan-out job runs within its poll interval (5 s); on a loaded machine it may take longer.
  const fire = await apiAs(request, 'xiaofang');
  await expect.poll(async () => (await fire.get<NotificationPage>('/notifications?limit=50')).body.items.filter((n) => n.title.includes(title)).map((n) => n.kind),
    { timeout: 120_000 }).toEqual(['hazard.co_department']);
  await logIn(page, 'xiaofang');
  await page.goto('/notifications');
  const item = page.getByTestId('notification-item').filter({ hasText: title });
  await expect(item).toContainText(`协同部门知会：${title}`, FIRST_RENDER);
  await page.goto(`/hazards/${reported.body.id}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible(FIRST_RENDER);
  await expect(page.getByText('住房和城乡建设局', { exact: true })).toBeVisible();
  await expect(page.getByText('公安分局、消防救援大队', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);

  // A department that is neither lead nor co-responsible gets the same 404 as a missing id.
  const emergency = await apiAs(request, 'yingji');
  expect((await emergency.get(`/hazards/${reported.body.id}`)).status).toBe(404);
});

test('公安 leads no sector: its demo account has no sectors of its own and sees the group-rental hazards it co-follows', async ({ page, request }) => {
  const errors = watchErrors(page);
  const police = await apiAs(request, 'gongan');
  expect(police.user.scope).toMatchObject({ sectors: [], department: 'public_security' });
  const rentals = (await police.get<HazardPage>('/hazards?sector=group_rental&limit=5')).body;
  expect(rentals.items.length).toBeGreaterThan(0);
  // Only sectors it co-follows under the default table, nothing led by 应急 alone.
  expect((await police.get<HazardPage>('/hazards?sector=industry_trade&limit=1')).body.items).toEqual([]);

  await logIn(page, 'gongan');
  await page.goto('/hazards?sector=group_rental');
  await expect(page.getByText(rentals.items[0]?.title ?? '-').first()).toBeVisible(FIRST_RENDER);
  expect(errors).toEqual([]);
});

