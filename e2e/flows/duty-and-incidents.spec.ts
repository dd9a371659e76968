import type { IncidentDetailResponse, IncidentResponse, JobListResponse, WarningDetailResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, watchErrors } from '../fixtures/app';

const HUTANG = '320412100';
const MINUTE = 60_000;
// These flows walk several pages each; on a busy two-core machine they need more than the default 90 s.
test.describe.configure({ timeout: 300_000 });

// The time limits are data: an accident 3 hours ago whose unit reported 50 minutes after it puts the
// county → city step (2 hours from the unit's report) 10 minutes past its limit, on the server's own clock.
test('a town records a 3-death accident, graded 较大 with its countdown; a late upward step is recorded as 迟报 once', async ({ page, request }) => {
  const errors = watchErrors(page);
  await logIn(page, 'hutang');
  await page.getByRole('menuitem', { name: '事故信息报送' }).click();
  await expect(page).toHaveURL(/\/incidents$/);
  await page.getByRole('button', { name: '登记事故（首报）' }).click();
  const unitName = `湖塘某建材有限公司${Date.now() % 100_000}`;
  await page.getByLabel('单位名称（台账中没有时填写）').fill(unitName);
  const occurred = new Date(Date.now() - 20 * MINUTE);
  const shanghai = new Date(occurred.getTime() + 8 * 60 * MINUTE).toISOString().slice(0, 19).replace('T', ' ');
  await page.getByLabel('事故发生时间').click();
  await page.getByLabel('事故发生时间').fill(shanghai);
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button').click();
  await expect(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toHaveCount(0);
  await page.getByLabel('事故地点').fill('湖塘镇某路1号2号车间');
  await chooseOption(page, '事故类型', '坍塌');
  await page.getByLabel('简要经过').fill('车间顶棚坍塌，3名工人被压');
  await page.getByLabel('死亡', { exact: true }).fill('3');
  await page.getByLabel('报告人', { exact: true }).fill('王值班');
  await page.getByRole('button', { name: label('保存') }).click();

  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('incident-grade')).toHaveText('较大事故');
  await expect(page.getByTestId('incident-countdown').first()).toContainText('县级→设区的市级');
  await expect(page.getByTestId('incident-countdown').first()).toContainText('剩余');

  // An accident reported late upward, arranged through the API, then the deadline job run by the district office.
  const town = await apiAs(request, 'hutang');
  const late = await town.post<IncidentResponse>('/incidents', {
    unitName: `${unitName}（二）`, townCode: HUTANG, occurredAt: new Date(Date.now() - 180 * MINUTE).toISOString(), unitReportedAt: new Date(Date.now() - 130 * MINUTE).toISOString(),
    place: '湖塘镇某路2号', type: 'machinery', course: '机械伤害', deaths: 1, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossYuan: 500_000, reporterName: '王值班',
  });
  expect(late.status).toBe(201);
  // The step was already past its limit when recorded, so the first report carries the 迟报 record.
  expect(late.body).toMatchObject({ grade: 'general', urgency: 'late', lateReports: [{ step: 'county_to_city', doneAt: null }] });
  const admin = await apiAs(request, 'admin');
  const run = await admin.post<{ id: string }>('/jobs', { kind: 'incidents.check-deadlines' });
  expect(run.status).toBe(201);
  await expect.poll(async () => (await admin.get<JobListResponse>('/jobs?limit=100')).body.items.find((job) => job.id === run.body.id)?.state, { timeout: 60_000 }).toBe('succeeded');
  const detail = (await town.get<IncidentDetailResponse>(`/incidents/${late.body.id}`)).body;
  // The deadline job finds it recorded already: once per step, no second record.
  expect(detail.incident.lateReports).toEqual([expect.objectContaining({ step: 'county_to_city', doneAt: null })]);
  expect(detail.versions.map((version) => version.kind)).toEqual(['first_report']);

  await page.goto('/incidents');
  const lateSection = page.getByTestId('incident-section-late');
  await expect(lateSection.getByRole('link', { name: `${unitName}（二）` })).toBeVisible();
  await expect(lateSection.locator('tr', { hasText: `${unitName}（二）` })).toContainText('已超时');
  await lateSection.getByRole('link', { name: `${unitName}（二）` }).click();
  await expect(page.getByTestId('incident-late-reports')).toContainText('市级值班员');
  await page.getByRole('button', { name: label('登记上报') }).click();
  await expect(page.getByTestId('step-county_to_city')).toHaveText('迟报');
  expect(errors).toEqual([]);
});

test('a grid worker has no incident menu and the API refuses it', async ({ page, request }) => {
  const worker = await apiAs(request, 'wangge01');
  expect((await worker.get('/incidents')).status).toBe(403);
  await logIn(page, 'wangge01');
  await expect(page.getByRole('menuitem', { name: '事故信息报送' })).toHaveCount(0);
});

test('the district office plans a rest-day (holiday) 24-hour shift on the month roster; who is on duty shows on the dashboard and the phone', async ({ page, request, browser }) => {
  const errors = watchErrors(page);
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '值班值守' }).click();
  await expect(page).toHaveURL(/\/duty$/);
  const restDay = page.locator('tr[data-rest="true"]').first();
  const date = ((await restDay.locator('td').first().textContent()) ?? '').slice(0, 10);
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(restDay).toContainText('休息日');
  await restDay.getByRole('button', { name: label('排班') }).last().click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, '班次', '24小时（08:00–次日08:00）');
  await dialog.getByLabel('带班领导', { exact: true }).fill('陈副区长');
  await dialog.getByLabel('带班领导电话').fill('13900000001');
  await dialog.getByLabel('值班员', { exact: true }).fill('周值班');
  await dialog.getByLabel('值班员电话').fill('13900000002');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(page.getByTestId(`shift-${date}-full_day`)).toContainText('陈副区长');

  // Today's 24-hour shift, arranged through the API, is who the dashboard and a grid worker's phone show.
  const admin = await apiAs(request, 'admin');
  const shanghaiToday = new Date(Date.now() + 8 * 60 * MINUTE).toISOString().slice(0, 10);
  const hour = new Date(Date.now() + 8 * 60 * MINUTE).getUTCHours();
  const dutyDate = hour < 8 ? new Date(Date.parse(`${shanghaiToday}T00:00:00Z`) - 24 * 60 * MINUTE).toISOString().slice(0, 10) : shanghaiToday;
  const planned = await admin.post<{ written: number }>('/duty/shifts', { regionCode: '320412', date: dutyDate, kind: 'full_day', leader: { name: '吴区长', phone: '13900000003' }, officer: { name: '郑值班', phone: '13900000004' } });
  expect(planned.status).toBe(200);
  await page.goto('/dashboard');
  await expect(page.getByTestId('on-duty-now')).toContainText('郑值班');
  const phoneContext = await browser.newContext({ baseURL: process.env.SAFEGRID_E2E_URL, viewport: { width: 390, height: 844 } });
  const phonePage = await phoneContext.newPage();
  await logIn(phonePage, 'wangge01');
  await phonePage.goto('/m/tasks');
  await expect(phonePage.getByTestId('on-duty-now')).toContainText('郑值班');
  await phoneContext.close();
  expect(errors).toEqual([]);
});

test('a 大风橙色预警 to 湖塘镇 construction sites and 涉粉 units reaches the grid worker’s phone and the enterprise; both 签收 and the issuer sees 2/N', async ({ page, request, browser }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const enterprise = await apiAs(request, 'qiye01');
  const unit = await enterprise.unit(enterprise.user.scope.unitId ?? '');
  expect(unit.townCode).toBe(HUTANG);
  expect(unit.riskTags.includes('dust') || unit.sector === 'construction').toBe(true);
  const issued = await admin.post<WarningDetailResponse>('/warnings', {
    kind: 'gale', colour: 'orange', townCodes: [HUTANG], startsAt: new Date(Date.now() - MINUTE).toISOString(), endsAt: new Date(Date.now() + 12 * 60 * MINUTE).toISOString(),
    actions: '停止塔吊和室外高处作业，加固脚手架、围挡和临时设施', addressees: { towns: true, departments: [], gridWorkers: true, enterpriseTags: ['dust'], enterpriseSectors: ['construction'] },
  });
  expect(issued.status).toBe(201);
  const total = issued.body.warning.total;
  expect(total).toBeGreaterThan(2);

  const phoneContext = await browser.newContext({ baseURL: process.env.SAFEGRID_E2E_URL, viewport: { width: 390, height: 844 } });
  const phone = await phoneContext.newPage();
  await logIn(phone, 'wangge01');
  await phone.goto('/m/tasks');
  const workerBanner = phone.getByTestId('warning-banner').filter({ hasText: '大风' });
  // The banner loads with the page; a busy test machine can take a while to answer.
  await expect(workerBanner).toContainText('橙色预警', { timeout: 60_000 });
  await workerBanner.getByRole('button', { name: label('签收') }).click();
  await expect(workerBanner).toContainText('已签收');
  await phoneContext.close();

  await logIn(page, 'qiye01');
  const enterpriseBanner = page.getByTestId('warning-banner').filter({ hasText: '大风' });
  await expect(enterpriseBanner).toContainText('停止塔吊', { timeout: 60_000 });
  await enterpriseBanner.getByRole('button', { name: label('签收') }).click();
  await expect(enterpriseBanner).toContainText('已签收');

  await page.context().clearCookies();
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '预警发布' }).click();
  await expect(page.getByTestId(`warning-ack-${issued.body.warning.id}`)).toHaveText(`2/${total}`);
  expect(errors).toEqual([]);
});
