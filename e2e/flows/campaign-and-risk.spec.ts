import type { CampaignCoverageResponse, CampaignResponse, ChecklistResponse, ParkTenantsResponse, CampaignUnitPage, PatrolUnitPage, RiskOverviewResponse, TenantReviewResponse, UnitPage, UnitResponse, UnitRiskResponse } from '@safegrid/contracts';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, watchErrors } from '../fixtures/app';

const DUST_CAMPAIGN = '粉尘涉爆专项整治“百日攻坚”';

async function dustCampaign(api: Awaited<ReturnType<typeof apiAs>>): Promise<CampaignResponse> {
  const campaign = (await api.get<CampaignResponse[]>('/campaigns')).body.find((item) => item.name === DUST_CAMPAIGN);
  if (!campaign) throw new Error('the demo has the 百日攻坚 campaign');
  return campaign;
}

const kpi = (page: Page, key: string) => page.locator(`[data-kpi="${key}"] .ant-statistic-content-value`);

test('admin opens the 百日攻坚 campaign and sees the API’s coverage numbers', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const campaign = await dustCampaign(admin);
  const coverage = (await admin.get<CampaignCoverageResponse>(`/campaigns/${campaign.id}/coverage`)).body;
  expect(coverage.inScope).toBeGreaterThan(0);

  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '专项整治' }).click();
  await page.getByRole('link', { name: DUST_CAMPAIGN }).click();
  await expect(page.getByRole('heading', { name: DUST_CAMPAIGN })).toBeVisible();
  await expect(kpi(page, 'inScope')).toHaveText(String(coverage.inScope));
  await expect(kpi(page, 'inspected')).toHaveText(String(coverage.inspected));
  await expect(kpi(page, 'notInspected')).toHaveText(String(coverage.notInspected));
  await expect(kpi(page, 'found')).toHaveText(String(coverage.hazards.found));
  // One row per town with units in scope, as the API counts them.
  await expect(page.getByTestId('campaign-by-town').locator('tbody tr.ant-table-row')).toHaveCount(coverage.byTown.length);
  await expect(page.getByTestId('campaign-not-inspected').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expect(page.locator('.district-map[data-layer="units"]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.chart canvas')).not.toHaveCount(0);

  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(page.getByTestId('campaign-report')).toContainText(`${coverage.inspected}/${coverage.inScope}`);
  await expect(page.getByRole('button', { name: '下载报告（JSON）' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a town user sees only its own town’s units of a district campaign', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const campaign = await dustCampaign(admin);
  const hutang = await apiAs(request, 'hutang');
  // Another town's units are not in 湖塘镇's answer, even when asked for by town.
  const luoyang = (await admin.get<CampaignUnitPage>(`/campaigns/${campaign.id}/units?townCode=320412103&state=all&limit=5`)).body.items;
  expect(luoyang.length).toBeGreaterThan(0);
  const asked = await hutang.get<CampaignUnitPage>(`/campaigns/${campaign.id}/units?townCode=320412103&state=all`);
  expect(asked.status === 200 ? asked.body.items : []).toEqual([]);
  const own = (await hutang.get<CampaignCoverageResponse>(`/campaigns/${campaign.id}/coverage`)).body;

  await logIn(page, 'hutang');
  await page.goto(`/campaigns/${campaign.id}`);
  await expect(kpi(page, 'inScope')).toHaveText(String(own.inScope));
  const townCells = page.getByTestId('campaign-by-town').locator('tbody tr.ant-table-row td:first-child');
  await expect(townCells).toHaveText(['湖塘镇']);
  // Its units still to inspect are its own (the small demo town may have none left).
  const unitRows = page.getByTestId('campaign-not-inspected').locator('tbody tr.ant-table-row');
  await expect(unitRows).toHaveCount(Math.min(own.notInspected, 20));
  const unitTowns = await unitRows.locator('td:nth-child(3)').allTextContents();
  expect(unitTowns.filter((town) => town !== '湖塘镇')).toEqual([]);
  for (const unit of luoyang) await expect(page.locator('body')).not.toContainText(unit.name);
});

// KNOWN FAILURE, skipped on purpose and named in the stop's closing note: after the merges of
// 2026-12-07 one unit listed under riskLevel=red carries riskLevel yellow in the same response (the
// SQL filter's effective colour and the response's disagree for one demo unit). Fix the cause, then
// turn this back into test(...).
test('the registry filtered by red shows only red units', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const red = (await admin.get<UnitPage>('/units?riskLevel=red&limit=20')).body.items;
  expect(red.length).toBeGreaterThan(0);

  await logIn(page, 'admin');
  await page.goto('/units');
  await page.getByLabel('风险等级', { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="红"]').click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: label('查询') }).click();
  await expect(page).toHaveURL(/riskLevel=red/);
  await expect(page.getByRole('link', { name: red[0]?.name ?? '', exact: true })).toBeVisible();
  // The table swaps its rows once the filtered page arrives: wait for that page, not the one before.
  const badges = () => page.locator('tbody tr.ant-table-row .risk-badge').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-risk')));
  await expect.poll(badges).toEqual(red.map(() => 'red'));
});

test('admin overrides a unit’s colour with a reason and expiry, and the badge changes', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  const blue = (await admin.get<UnitPage>('/units?riskLevel=blue&regionCode=320412100&limit=1')).body.items[0];
  if (!blue) throw new Error('the demo has blue units in 湖塘镇');

  await logIn(page, 'admin');
  await page.goto(`/units/${blue.id}`);
  const heading = page.getByRole('heading', { name: blue.name });
  await expect(heading.locator('.risk-badge')).toHaveAttribute('data-risk', 'blue');
  const panel = page.getByTestId('risk-panel');
  await expect(panel).toContainText('评定依据');

  // The reason is required: the form says so and nothing is sent.
  await panel.getByLabel('调整为').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="重大风险"]').click();
  await panel.getByRole('button', { name: '保存调整' }).click();
  await expect(panel.locator('.ant-form-item-explain-error').first()).toBeVisible();
  expect((await admin.get<UnitRiskResponse>(`/units/${blue.id}/risk`)).body.override).toBeNull();

  await panel.getByLabel('调整理由').fill('e2e：粉尘涉爆企业除尘系统停用');
  await panel.getByLabel('有效期至').click();
  await page.keyboard.type('2027-01-31');
  await page.keyboard.press('Enter');
  await panel.getByRole('button', { name: '保存调整' }).click();
  await expect(heading.locator('.risk-badge')).toHaveAttribute('data-risk', 'red');
  await expect(panel.getByTestId('risk-override')).toContainText('粉尘涉爆企业除尘系统停用');
  await expect(panel.getByTestId('risk-override')).toContainText('2027-01-31');
  const risk = (await admin.get<UnitRiskResponse>(`/units/${blue.id}/risk`)).body;
  expect(risk).toMatchObject({ level: 'red', override: { level: 'red', expiresOn: '2027-01-31', active: true } });

  // Ending the override brings the computed colour back.
  await panel.getByRole('button', { name: '取消调整' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: label('确定') }).click();
  await expect(heading.locator('.risk-badge')).toHaveAttribute('data-risk', 'blue');
});

test('hutang rejects one tenant review with a reason and approves another; the park shows the states', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  const worker = await apiAs(request, 'wangge01');
  // In the grid worker's own grid, so the park is theirs to apply for.
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  const point = { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length, crs: 'wgs84' };
  const suffix = Date.now().toString(36).slice(-5);
  const park = await hutang.post<UnitResponse>('/units', { name: `湖塘测试工业园${suffix}`, kind: 'park', address: '湖塘镇测试路1号', location: point });
  expect(park.status).toBe(201);
  // A grid worker enters two paper applications (the town may not decide what it applied for itself).
  const apply = (name: string, ready: boolean) => worker.post<TenantReviewResponse>(`/units/${park.body.id}/tenant-reviews`, {
    tenant: { name, business: '金属制品加工', riskTags: ['dust'], dustKind: 'metal' }, safetyAgreement: ready, fireAcceptance: ready,
  });
  const first = await apply(`测试抛光作坊${suffix}`, false);
  const second = await apply(`测试机械厂${suffix}`, true);
  expect([first.status, second.status]).toEqual([201, 201]);
  const rejected = first.body;
  const approved = second.body;

  await logIn(page, 'hutang');
  await page.getByRole('menuitem', { name: '厂中厂审核' }).click();
  const rowOf = (name: string) => page.getByTestId('tenant-reviews').locator('tr.ant-table-row', { hasText: name });
  await rowOf(rejected.tenant.name).getByRole('button', { name: label('驳回') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(dialog.getByText('驳回须填写理由')).toBeVisible();
  await dialog.getByLabel('理由').fill('未签订安全生产管理协议，厂房未通过消防验收');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(dialog).toBeHidden();

  await rowOf(approved.tenant.name).getByRole('button', { name: label('通过') }).click();
  await page.getByRole('dialog').getByRole('button', { name: label('确定') }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  const states = await hutang.get<{ items: TenantReviewResponse[] }>(`/tenant-reviews?parkId=${park.body.id}&limit=10`);
  const byName = new Map(states.body.items.map((review) => [review.tenant.name, review]));
  expect(byName.get(rejected.tenant.name)).toMatchObject({ status: 'rejected', decisionReason: '未签订安全生产管理协议，厂房未通过消防验收' });
  expect(byName.get(approved.tenant.name)?.status).toBe('approved');

  // The sortable 状态 column header carries the same label, so ask for the filter's combobox by role.
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="已驳回"]').click();
  await page.keyboard.press('Escape');
  await expect(rowOf(rejected.tenant.name)).toContainText('未签订安全生产管理协议');

  // The park lists the approved newcomer (registered by the approval) as a tenant, not flagged.
  await page.goto(`/units/${park.body.id}`);
  const tenants = page.getByTestId('park-tenants');
  const tenantRow = tenants.locator('tr.ant-table-row', { hasText: approved.tenant.name });
  await expect(tenantRow.locator('[data-review-status="approved"]')).toBeVisible();
  await expect(tenantRow.locator('[data-flagged]')).toHaveCount(0);

  // The town records the outcome for the tenant (规范达标).
  await tenantRow.getByLabel(`设置处置结果 · ${approved.tenant.name}`).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="规范达标"]').click();
  await expect(page.getByText('处置结果已保存')).toBeVisible();
  const view = (await hutang.get<ParkTenantsResponse>(`/units/${park.body.id}/tenants`)).body;
  expect(view.tenants.find((tenant) => tenant.unit.name === approved.tenant.name)?.outcome?.outcome).toBe('compliant');
});

test('a grid worker enters a paper tenant application from the park’s page', async ({ page, request }) => {
  const hutang = await apiAs(request, 'hutang');
  const worker = await apiAs(request, 'wangge01');
  const grid = (await worker.get<{ boundary: { coordinates: number[][][] } }>(`/grids/${worker.user.scope.gridIds[0] ?? ''}`)).body;
  const ring = (grid.boundary.coordinates[0] ?? []).slice(0, -1);
  const point = { lng: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length, lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length, crs: 'wgs84' };
  const suffix = Date.now().toString(36).slice(-5);
  const park = await hutang.post<UnitResponse>('/units', { name: `湖塘申请测试园${suffix}`, kind: 'park', address: '湖塘镇测试路2号', location: point });
  expect(park.status).toBe(201);
  const tenantName = `测试木制品厂${suffix}`;

  await logIn(page, 'wangge01');
  await page.goto(`/units/${park.body.id}`);
  await page.getByTestId('park-tenants').getByRole('button', { name: '申请承租审核' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await dialog.getByLabel('承租方名称').fill(tenantName);
  await dialog.getByLabel('经营范围').fill('木制品加工');
  await dialog.getByLabel('已签订安全生产管理协议').check();
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('park-tenants')).toContainText(tenantName);

  const reviews = (await hutang.get<{ items: TenantReviewResponse[] }>(`/tenant-reviews?parkId=${park.body.id}`)).body.items;
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ status: 'submitted', safetyAgreement: true, fireAcceptance: false, tenant: { name: tenantName, business: '木制品加工' } });
});

test('a town office starts its own campaign, checked as the API checks it', async ({ page, request }) => {
  const name = `湖塘镇燃气安全专项整治${Date.now().toString(36).slice(-4)}`;
  await logIn(page, 'hutang');
  await page.goto('/campaigns');
  await page.getByRole('link', { name: '新建专项整治' }).click();
  await page.getByRole('button', { name: label('保存') }).click();
  await expect(page.locator('.ant-form-item-explain-error')).not.toHaveCount(0);
  await expect(page).toHaveURL(/\/campaigns\/new$/);

  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByPlaceholder('开始日期').click();
  await page.keyboard.type('2026-12-01');
  await page.keyboard.press('Enter');
  await page.getByPlaceholder('结束日期').click();
  await page.keyboard.type('2027-02-28');
  await page.keyboard.press('Enter');
  await page.getByLabel('单位类型', { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="燃气用户"]').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  const checklist = (await (await apiAs(request, 'hutang')).get<ChecklistResponse[]>('/checklists')).body[0];
  if (!checklist) throw new Error('the demo has checklists');
  // chooseOption picks again when a click is lost under load (CI once saved with 检查表 still empty).
  await chooseOption(page, '检查表', `${checklist.name}（${checklist.code} v${checklist.version}）`);
  await page.getByRole('button', { name: label('保存') }).click();

  await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 30_000 });
  // Coverage is counted when the page opens; on the loaded 2-core CI machine that took over 15 s once.
  await expect(page.locator('[data-kpi="inScope"]')).toBeVisible({ timeout: 60_000 });
  const hutang = await apiAs(request, 'hutang');
  const created = (await hutang.get<CampaignResponse[]>('/campaigns')).body.find((campaign) => campaign.name === name);
  expect(created).toMatchObject({ ownerRegionCode: '320412100', startsOn: '2026-12-01', endsOn: '2027-02-28', scope: { kinds: ['gas_user'] } });
  // The district sees it (a town's campaign is visible above it).
  const admin = await apiAs(request, 'admin');
  expect((await admin.get<CampaignResponse[]>('/campaigns')).body.some((campaign) => campaign.name === name)).toBe(true);
});

test('the dashboard’s 四色图 draws every unit by colour with no tiles, its legend counting as the API does', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const overview = (await admin.get<RiskOverviewResponse>('/risk/overview')).body;
  await logIn(page, 'admin');
  await expect(page.locator('.district-map')).toHaveAttribute('data-ready', 'true');
  await page.getByText('四色图', { exact: true }).click();
  await expect(page.locator('.district-map[data-layer="units"]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.unit-cluster').first()).toBeVisible();
  // Each cluster is a ring of its colours (issue 16): its mix adds up to the count it shows.
  const cluster = page.locator('.unit-cluster').first();
  const mix = (await cluster.getAttribute('data-mix')) ?? '';
  expect(mix).toMatch(/^[0-4]:\d+(,[0-4]:\d+)*$/);
  const mixTotal = mix.split(',').reduce((sum, share) => sum + Number(share.split(':')[1]), 0);
  expect(mixTotal).toBe(Number(await cluster.innerText()));
  const legend = page.getByTestId('risk-legend');
  await expect(legend).toContainText(`重大风险 ${overview.byLevel.red}`);
  await expect(legend).toContainText(`低风险 ${overview.byLevel.blue}`);
  // The distribution card links each colour to the registry filtered by it.
  await expect(page.locator('[data-risk-count="red"] .ant-statistic-content-value')).toHaveText(String(overview.byLevel.red));
  expect(errors).toEqual([]);
});

test('a grid worker’s phone lists their late and due patrols as the API does', async ({ page, request }) => {
  const worker = await apiAs(request, 'wangge01');
  const patrols = (await worker.get<PatrolUnitPage>('/patrols?state=late&state=due&limit=50')).body.items;
  await logIn(page, 'wangge01');
  const section = page.getByTestId('field-patrols');
  if (patrols.length === 0) {
    await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
    await expect(section.locator('.field-card')).toHaveCount(0);
    return;
  }
  await expect(section.locator('.field-card')).toHaveCount(patrols.length);
  await expect(section).toContainText(patrols[0]?.name ?? '');
});
