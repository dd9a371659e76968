import { HAZARD_NOTICE_ACTIONS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { SUPERVISION_EN } from './messages/supervision.en';
import { SUPERVISION_ZH_CN } from './messages/supervision.zh-cn';
import { ZH_CN_UI } from './messages/zh-cn';

describe('the calendar and supervision catalogues', () => {
  it('label every new timeline action in both languages and are spread into the app’s catalogues', () => {
    for (const catalogue of [SUPERVISION_ZH_CN, SUPERVISION_EN, ZH_CN_UI, EN_UI]) {
      expect(HAZARD_NOTICE_ACTIONS.filter((action) => !(`enum.eventAction.${action}` in catalogue))).toEqual([]);
    }
    expect(ZH_CN_UI['enum.eventAction.supervise']).toBe('挂牌督办');
    expect(ZH_CN_UI['deadline.workingDaysLeft']).toBe('剩余 {days} 个工作日');
    expect(EN_UI['deadline.overdueWorkingDays']).toBe('Overdue by {days} working days');
  });
});
