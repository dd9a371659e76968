import type { CalendarDate } from '../shared/calendar-date.js';
import type { DutyHandover } from './handover.js';
import type { DutyShift, ShiftKind } from './roster.js';

export interface DutyStore {
  /** Shifts of the given regions (all of the district when absent) from `from` to `to` inclusive, by date and kind. */
  listShifts(districtCode: string, regionCodes: readonly string[] | undefined, from: CalendarDate, to: CalendarDate): Promise<DutyShift[]>;
  findShift(id: string, districtCode: string): Promise<DutyShift | undefined>;
  findShiftAt(districtCode: string, regionCode: string, date: CalendarDate, kind: ShiftKind): Promise<DutyShift | undefined>;
  insertShift(shift: DutyShift): Promise<void>;
  /** False when the stored version is not `expectedVersion`. */
  updateShift(shift: DutyShift, expectedVersion: number): Promise<boolean>;
  deleteShift(id: string, districtCode: string): Promise<void>;
  insertHandover(handover: DutyHandover): Promise<void>;
  findHandover(id: string, districtCode: string): Promise<DutyHandover | undefined>;
  /** Saves an acknowledgement once: false when it was already acknowledged. */
  acknowledgeHandover(handover: DutyHandover): Promise<boolean>;
  /** A region's latest handovers, newest first. */
  listHandovers(districtCode: string, regionCode: string, limit: number): Promise<DutyHandover[]>;
}
