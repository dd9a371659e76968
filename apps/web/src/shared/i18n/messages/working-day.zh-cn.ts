import { BATCH_ZH_CN } from './batch.zh-cn';
import { OUTBOX_ZH_CN } from './outbox.zh-cn';
import { NAVIGATION_ZH_CN } from './navigation.zh-cn';
import { TWO_FACTOR_ZH_CN } from './two-factor.zh-cn';

/** The catalogues of the working-day features (issue 16): menu sections and breadcrumb, batch actions, 两步验证, the phone's outbox. */
export const WORKING_DAY_ZH_CN = {
  ...NAVIGATION_ZH_CN,
  ...BATCH_ZH_CN,
  ...TWO_FACTOR_ZH_CN,
  ...OUTBOX_ZH_CN,
} as const;
