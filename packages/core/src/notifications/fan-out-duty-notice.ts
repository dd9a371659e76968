import { actorOf } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import type { User } from '../accounts/user.js';
import type { Stores, WriteServices } from '../deps.js';
import type { DutyAudience, DutyNotice } from '../duty/duty-notices.js';
import { rosterOffice } from '../duty/duty-notices.js';
import { shiftOnDuty } from '../duty/roster.js';
import { addDays, shanghaiDate } from '../shared/calendar-date.js';
import { officesOf } from '../task-lists/task-list-actions.js';
import { fanOutRecord, type FanOutResult } from './fan-out-notifications.js';
import { NOTIFICATION_KINDS, NOTIFICATION_LINK_TYPES } from './notification.js';
import type { ChannelEndpoint } from './notification-store.js';

type Services = Pick<WriteServices, 'ids' | 'clock' | 'publicUrl' | 'notificationSenders'>;

/** The payload's notice, checked enough that a malformed job fails loudly instead of telling nobody. */
export function dutyNoticeOf(value: unknown): DutyNotice {
  const notice = value as Partial<DutyNotice> | undefined;
  if (!notice || typeof notice.key !== 'string' || typeof notice.districtCode !== 'string' || !NOTIFICATION_KINDS.includes(notice.kind as never)
    || !notice.audience || !notice.params || !notice.link || !NOTIFICATION_LINK_TYPES.includes(notice.link.type) || !Array.isArray(notice.townCodes)) {
    throw new Error('notifications.fan-out: the payload\'s dutyNotice is not a duty notice');
  }
  return notice as DutyNotice;
}

/** Whether `user` speaks for `office` (`district`, `town:<code>`, `department:<code>`). */
export function isOfficeAccount(user: User, office: string): boolean {
  if (office === 'district') return isDistrictOffice(user);
  return officesOf(actorOf(user)).includes(office);
}

/** The accounts a notice addresses now: active, of its district, each once. */
async function audienceIds(stores: Stores, deps: Services, notice: DutyNotice, audience: DutyAudience, users: readonly User[]): Promise<string[]> {
  const active = new Map(users.filter((user) => user.status === 'active' && user.districtCode === notice.districtCode).map((user) => [user.id, user]));
  let ids: string[];
  if (audience.type === 'warning') {
    const recipients = await stores.warnings.listRecipients(audience.warningId, notice.districtCode);
    ids = recipients.filter((recipient) => !audience.unacknowledgedOnly || recipient.acknowledgedAt === null).map((recipient) => recipient.userId);
  } else if (audience.type === 'office') {
    ids = [...active.values()].filter((user) => isOfficeAccount(user, audience.office)).map((user) => user.id);
  } else {
    // The 带班领导 and 值班员 on duty now when the roster names their accounts, and the office's accounts,
    // so that a typed-in name without an account still leaves the office told.
    const now = deps.clock.now();
    const today = shanghaiDate(now);
    const shifts = await stores.duty.listShifts(notice.districtCode, [audience.regionCode], addDays(today, -1), today);
    const shift = shiftOnDuty(shifts, now);
    const office = rosterOffice(notice.districtCode, audience.regionCode);
    ids = [shift?.leader.userId, shift?.officer.userId, ...[...active.values()].filter((user) => isOfficeAccount(user, office)).map((user) => user.id)]
      .filter((id): id is string => typeof id === 'string');
  }
  return [...new Set(ids)].filter((id) => active.has(id));
}

/**
 * Channel endpoints take a duty notice when they serve the district, or a town the notice lies in
 * (a whole-district warning: every town). Department endpoints (with a sector) take warnings only:
 * departments are among a warning's addressees, the rest of the duty work is the offices'.
 */
export function endpointTakesDutyNotice(endpoint: ChannelEndpoint, notice: DutyNotice): boolean {
  const isWarning = notice.audience.type === 'warning';
  if (endpoint.sector !== null && !isWarning) return false;
  if (endpoint.regionCode === notice.districtCode) return true;
  if (isWarning && notice.townCodes.length === 0) return true;
  return notice.townCodes.some((code) => code.startsWith(endpoint.regionCode) || endpoint.regionCode.startsWith(code));
}

/** Tells the people and endpoints a duty notice addresses (迟报, 预警, 清单管理, 值班), once per notice and person. */
export async function fanOutDutyNoticeRecord(stores: Stores, deps: Services, notice: DutyNotice): Promise<FanOutResult> {
  const users = await stores.users.listByDistrict(notice.districtCode);
  const ids = await audienceIds(stores, deps, notice, notice.audience, users);
  return fanOutRecord(stores, deps, {
    districtCode: notice.districtCode, sourceId: `duty:${notice.key}`, recipients: ids.map((userId) => ({ userId, kind: notice.kind })), users,
    params: notice.params, link: notice.link, endpointCovers: (endpoint) => endpointTakesDutyNotice(endpoint, notice),
  });
}
