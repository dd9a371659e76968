import { JOB_STATES } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { JOBS_EN } from './messages/jobs.en';
import { JOBS_ZH_CN } from './messages/jobs.zh-cn';
import { ZH_CN_UI } from './messages/zh-cn';

describe('the background jobs catalogues', () => {
  it('name every job state in both languages and are spread into the app’s catalogues', () => {
    for (const catalogue of [JOBS_ZH_CN, JOBS_EN, ZH_CN_UI, EN_UI]) {
      expect(JOB_STATES.filter((state) => !(`job.state.${state}` in catalogue))).toEqual([]);
    }
    expect(ZH_CN_UI['nav.jobs']).toBe('后台任务');
    expect(EN_UI['nav.jobs']).toBe('Background jobs');
  });
});
