import { describe, expect, it } from 'vitest';
import { newJob } from '../jobs/job.js';
import { createInMemoryDeps, TEST_DISTRICT } from '../testing/in-memory-deps.js';
import { foldPastDeadlinesJob } from './fold-past-deadlines-job.js';
import { foldPastDeadlines } from './fold-past-deadlines.js';

describe('foldPastDeadlines', () => {
  it('folds through the day before today, once', async () => {
    const deps = createInMemoryDeps();
    expect(await foldPastDeadlines(deps, { districtCode: TEST_DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: TEST_DISTRICT, foldedThrough: '2026-03-01', advanced: true });
    expect(await foldPastDeadlines(deps, { districtCode: TEST_DISTRICT, today: '2026-03-02' })).toEqual({ districtCode: TEST_DISTRICT, foldedThrough: '2026-03-01', advanced: false });
    expect(await foldPastDeadlines(deps, { districtCode: TEST_DISTRICT, today: '2026-02-20' })).toMatchObject({ foldedThrough: '2026-03-01', advanced: false });
  });

  it('names the field of a day that is not a calendar date', async () => {
    await expect(foldPastDeadlines(createInMemoryDeps(), { districtCode: TEST_DISTRICT, today: '2026-3-2' })).rejects.toMatchObject({ kind: 'invalid_input', fields: [{ path: '/today', code: 'format' }] });
  });

  it('the job folds through yesterday in Asia/Shanghai by the clock', async () => {
    const deps = createInMemoryDeps();
    deps.clock.set('2026-03-02T16:30:00Z'); // 00:30 on 03-03 in Shanghai
    expect(foldPastDeadlinesJob.kind).toBe('stats.fold-past-deadlines');
    const job = newJob({ kind: foldPastDeadlinesJob.kind, districtCode: TEST_DISTRICT }, { id: 'job-1', now: deps.clock.now() });
    const progress: [number, number][] = [];
    await foldPastDeadlinesJob.run({ job, deps, reportProgress: async (done, total) => void progress.push([done, total]), signal: { aborted: false } });
    expect(progress).toEqual([[1, 1]]);
    // Folded through 03-02 already: a second fold for the same day does not advance.
    expect(await foldPastDeadlines(deps, { districtCode: TEST_DISTRICT, today: '2026-03-03' })).toEqual({ districtCode: TEST_DISTRICT, foldedThrough: '2026-03-02', advanced: false });
  });
});
