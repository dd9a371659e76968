import type { ScopedRecord } from '../accounts/scope.js';
import type { Hazard } from '../hazards/hazard.js';
import type { HazardAction, HazardStatus } from '../hazards/hazard-status.js';

/**
 * A committed change to a hazard, as told to live subscribers (dashboards): only ids and the
 * placement that scope rules look at, never titles or descriptions.
 */
export interface HazardChange extends ScopedRecord {
  readonly kind: 'hazard';
  readonly hazardId: string;
  readonly action: 'report' | HazardAction;
  readonly status: HazardStatus;
  readonly at: string;
}

/**
 * New notifications committed for some people (issue 11): only who, never what, so a live inbox
 * refetches its own count. Streams forward it to the listed recipients only.
 */
export interface NotificationChange {
  readonly kind: 'notification';
  readonly districtCode: string;
  readonly recipientIds: readonly string[];
  readonly at: string;
}

export type Change = HazardChange | NotificationChange;

/**
 * Where use cases announce committed changes and live views listen. Publish only after the
 * transaction has committed; a listener's failure never reaches the publisher.
 */
export interface ChangeFeed {
  publish(change: Change): void;
  /** Calls `listener` for every change published from now on; the returned function stops it. */
  subscribe(listener: (change: Change) => void): () => void;
  /**
   * Whether subscribers are being told every change: null while changes may be missed (a shared
   * feed whose listening connection is down), otherwise a number that stays the same for as long as
   * no change can have been missed and is new after every gap. A cache of counts keeps an entry
   * only while this returns the number it had when the entry was computed.
   */
  deliveryEpoch(): number | null;
}

/** The change record of a hazard that was just written by `action`. */
export function hazardChangeOf(hazard: Hazard, action: HazardChange['action'], at: string): HazardChange {
  return {
    kind: 'hazard',
    hazardId: hazard.id,
    action,
    status: hazard.status,
    districtCode: hazard.districtCode,
    townCode: hazard.townCode,
    villageCode: hazard.villageCode,
    gridId: hazard.gridId,
    sector: hazard.sector,
    unitId: hazard.unitId,
    at,
  };
}
