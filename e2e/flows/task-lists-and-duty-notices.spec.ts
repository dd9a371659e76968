import type { IncidentResponse, NotificationPage, TaskPlanResponse, TaskTableResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, chooseOption, label, logIn, watchErrors } from '../fixtures/app';
import { startRobotEndpoint } from '../fixtures/robot-endpoint';

const HUTANG = '320412100';
const DISTRICT = '320412';
const MINUTE = 60_000;
test.describe.configure({ timeout: 300_000 });

/** The first day of the month `offset` months from now, in Shanghai. */
function monthStart(offset: number): string {
  const now = new Date(Date.now() + 8 * 60 * MINUTE);
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return date.toISOString().slice(0, 10);
}

test('a task of the 治本攻坚 plan misses its monthly report and shows 滞后 on the district’s table; the lead town reports through the page', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const name = `安全生产治本攻坚三年行动（2024—2026年）${Date.now() % 100_000}`;
  const plan = await admin.post<TaskPlanResponse>('/task-lists', { name, startsOn: '2024-01-01', endsOn: '2026-12-31' });
  expect(plan.status).toBe(201);
  const target = { description: '涉粉企业除尘系统改造完成率', value: 100, unit: '%' };
  // Reports due from two months ago: at least that month's report (due by the 5th of the next) is missing.
  const late = await admin.post<TaskTableResponse>(`/task-lists/${plan.body.id}/tasks`, {
    action: '重大事故隐患动态清零行动', title: '涉粉作业企业除尘系统改造', lead: { kind: 'town', code: HUTANG }, coResponsible: [{ kind: 'department', code: 'emergency' }],
    startsOn: monthStart(-2), deadline: monthStart(12), milestones: [{ year: 2025, target: '完成50%' }], target,
  });
  expect(late.status).toBe(201);
  const onTrack = await admin.post<TaskTableResponse>(`/task-lists/${plan.body.id}/tasks`, {
    action: '安全监管能力提升行动', title: '镇级执法队伍规范化建设', lead: { kind: 'town', code: HUTANG }, coResponsible: [], startsOn: monthStart(0), deadline: monthStart(12),
    target: { description: '', value: null, unit: '' },
  });
  const rows = onTrack.body.rows;
  const lateRow = rows.find((row) => row.title === '涉粉作业企业除尘系统改造');
  const onTrackRow = rows.find((row) => row.title === '镇级执法队伍规范化建设');
  expect(lateRow).toMatchObject({ status: 'behind', missing: expect.arrayContaining([monthStart(-2).slice(0, 7)]) });
  expect(onTrackRow).toMatchObject({ status: 'on_track', missing: [] });

  // The district office's table: the menu entry, the plan, 滞后 and 按期推进 by lead office.
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '清单管理' }).click();
  await expect(page).toHaveURL(/\/task-lists$/);
  await chooseOption(page, '选择清单', `${name}（2024-01-01 – 2026-12-31）`);
  await expect(page.getByTestId(`task-status-${lateRow?.id ?? ''}`)).toHaveText('滞后');
  await expect(page.getByTestId(`task-status-${onTrackRow?.id ?? ''}`)).toHaveText('按期推进');
  await expect(page.getByTestId('task-table').locator('tr', { hasText: '涉粉作业企业除尘系统改造' })).toContainText('湖塘镇');
  const download = page.waitForEvent('download');
  await page.getByTestId('task-list-export').click();
  expect((await download).suggestedFilename()).toBe(`${name}.xlsx`);

  // The lead town reports the missing month from its own menu; the report shows on the row.
  await page.context().clearCookies();
  await logIn(page, 'hutang');
  await page.getByRole('menuitem', { name: '清单管理' }).click();
  await chooseOption(page, '选择清单', `${name}（2024-01-01 – 2026-12-31）`);
  const row = page.getByTestId('task-table').locator('tr', { hasText: '涉粉作业企业除尘系统改造' });
  await row.getByRole('button', { name: label('报送进展') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('本月工作进展').fill('完成12家涉粉企业除尘系统改造验收');
  await dialog.getByRole('button', { name: label('确定') }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('完成12家涉粉企业除尘系统改造验收');
  expect(errors).toEqual([]);
});

// The time limits are data and the server's clock is the test clock: an accident 3 hours ago whose unit
// reported 130 minutes ago is 10 minutes past the county → city limit when it is recorded.
test('a late upward incident report is escalated to the district duty office’s inbox and its WeCom robot, once', async ({ page, request }) => {
  const errors = watchErrors(page);
  // The district duty office's WeCom group robot, on a local HTTP server.
  const robot = await startRobotEndpoint();
  const { posts } = robot;
  try {
    const office = await apiAs(request, 'admin');
    const channel = await office.post('/notification-channels', {
      channel: 'wecom', name: `区应急值班群 ${Date.now()}`, regionCode: DISTRICT, sector: null, kinds: ['incident.late_report'], enabled: true,
      target: robot.url('/wecom?key=duty'),
    });
    expect(channel.status).toBe(201);
    const town = await apiAs(request, 'hutang');
    const unitName = `湖塘某机械厂${Date.now() % 100_000}`;
    const robotSaid = () => posts.filter((body) => body.includes(unitName) && body.includes('迟报')).length;
    const late = await town.post<IncidentResponse>('/incidents', {
      unitName, townCode: HUTANG, occurredAt: new Date(Date.now() - 180 * MINUTE).toISOString(), unitReportedAt: new Date(Date.now() - 130 * MINUTE).toISOString(),
      place: '湖塘镇某路3号', type: 'machinery', course: '机械伤害', deaths: 1, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossYuan: 300_000, reporterName: '王值班',
    });
    expect(late.status).toBe(201);
    expect(late.body.lateReports).toEqual([expect.objectContaining({ step: 'county_to_city', doneAt: null })]);

    const admin = await apiAs(request, 'admin');
    const title = `事故迟报：${unitName}`;
    // The job runner fans the notice out within its poll interval.
    await expect.poll(async () => (await admin.get<NotificationPage>('/notifications?limit=50')).body.items.filter((n) => n.title === title).length, { timeout: 60_000 }).toBe(1);
    // The deadline job finds the record already told: still one line.
    const run = await admin.post<{ id: string }>('/jobs', { kind: 'incidents.check-deadlines' });
    expect(run.status).toBe(201);
    await expect.poll(async () => (await admin.get<{ items: { id: string; state: string }[] }>('/jobs?limit=100')).body.items.find((job) => job.id === run.body.id)?.state, { timeout: 60_000 }).toBe('succeeded');
    expect((await admin.get<NotificationPage>('/notifications?limit=50')).body.items.filter((n) => n.title === title)).toHaveLength(1);
    // The robot was posted to once as well, by the delivery job.
    await expect.poll(robotSaid, { timeout: 60_000 }).toBe(1);

    await logIn(page, 'admin');
    await page.goto('/notifications');
    const item = page.getByTestId('notification-item').filter({ hasText: title });
    // The inbox loads with the page; a busy two-core machine can take a while to answer.
    await expect(item).toContainText('县级向市级报告已超过时限', { timeout: 60_000 });
    await item.getByRole('button', { name: label('查看') }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${late.body.id}$`));
    expect(robotSaid()).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await robot.close();
  }
});
