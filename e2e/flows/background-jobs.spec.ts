import type { JobListResponse } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { apiAs, logIn, watchErrors } from '../fixtures/app';

test('the district office runs the risk regrade now and sees it finish on 后台任务', async ({ page, request }) => {
  const errors = watchErrors(page);
  const admin = await apiAs(request, 'admin');
  const before = new Set((await admin.get<JobListResponse>('/jobs?limit=100')).body.items.map((job) => job.id));
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: '后台任务' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('heading', { name: '后台任务' })).toBeVisible();

  await page.getByRole('button', { name: '立即运行' }).click();
  // The server runs jobs in-process (SAFEGRID_JOBS=inline): the new regrade shows up and completes.
  let created = '';
  await expect.poll(async () => {
    const jobs = (await admin.get<JobListResponse>('/jobs?limit=100')).body.items.filter((job) => !before.has(job.id) && job.kind === 'risk.regrade');
    created = jobs[0]?.id ?? '';
    return jobs[0]?.state;
  }, { timeout: 60_000 }).toBe('succeeded');
  expect(created).not.toBe('');
  await expect(page.locator('tr', { hasText: '风险重新分级' }).filter({ hasText: '已完成' }).first()).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('a town office has no 后台任务 menu and the API refuses it', async ({ page, request }) => {
  await logIn(page, 'hutang');
  await expect(page.getByRole('menuitem', { name: '后台任务' })).toHaveCount(0);
  const town = await apiAs(request, 'hutang');
  expect((await town.get('/jobs')).status).toBe(403);
});
