import { BATCH_EN } from './batch.en';
import { OUTBOX_EN } from './outbox.en';
import { NAVIGATION_EN } from './navigation.en';
import { TWO_FACTOR_EN } from './two-factor.en';

/** The catalogues of the working-day features (issue 16): menu sections and breadcrumb, batch actions, two-step verification, the phone's outbox. */
export const WORKING_DAY_EN = {
  ...NAVIGATION_EN,
  ...BATCH_EN,
  ...TWO_FACTOR_EN,
  ...OUTBOX_EN,
};
