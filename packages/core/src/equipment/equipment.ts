import type { ScopeFilter } from '../accounts/scope.js';
import { addDays, type CalendarDate } from '../shared/calendar-date.js';
import type { Page, PageRequest } from '../shared/pagination.js';

/**
 * Equipment attached to units (设备台账, ADR 0086), elevators first: the kinds of 电梯 of the
 * 特种设备目录 (国家质检总局公告2014年第114号): 曳引与强制驱动电梯 (passenger and freight), 液压驱动电梯,
 * 杂物电梯, 自动扶梯 and 自动人行道.
 */
export const EQUIPMENT_TYPES = ['passenger_elevator', 'freight_elevator', 'hydraulic_elevator', 'dumbwaiter', 'escalator', 'moving_walk'] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];

/**
 * 老旧电梯: in use for more than 15 years (the threshold the 老旧住宅电梯更新改造 programmes use, e.g.
 * 市场监管总局、住建部《关于推进老旧住宅电梯更新改造工作的通知》; a district may treat it as a
 * screening mark, not a legal status).
 */
export const AGED_EQUIPMENT_YEARS = 15;
/**
 * 定期检验 is "due" this many days before the next inspection date: TSG T7001 requires the user to
 * apply for the periodic inspection one month before it falls due (特种设备安全法 第四十条).
 */
export const INSPECTION_DUE_DAYS = 30;

export const INSPECTION_STATES = ['ok', 'due', 'overdue', 'unknown'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export interface Equipment {
  readonly id: string;
  readonly districtCode: string;
  readonly unitId: string;
  readonly type: EquipmentType;
  /** 使用登记证编号 (or the 20-digit 设备代码 when no certificate number is known). */
  readonly registrationCode: string;
  /** Where in the building: "2号楼1单元东侧". */
  readonly location: string;
  readonly maintenanceCompany: string | null;
  /** 投入使用日期. */
  readonly commissionedOn: CalendarDate | null;
  readonly lastInspectionDate: CalendarDate | null;
  readonly nextInspectionDate: CalendarDate | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The inspection bounds of a day: overdue before `today`, due up to `dueThrough`. One rule for core and SQL. */
export function inspectionBounds(today: CalendarDate): { readonly today: CalendarDate; readonly dueThrough: CalendarDate } {
  return { today, dueThrough: addDays(today, INSPECTION_DUE_DAYS) };
}

export function inspectionStateOf(nextInspectionDate: CalendarDate | null, today: CalendarDate): InspectionState {
  if (nextInspectionDate === null) return 'unknown';
  const { dueThrough } = inspectionBounds(today);
  if (nextInspectionDate < today) return 'overdue';
  return nextInspectionDate <= dueThrough ? 'due' : 'ok';
}

/** True when the equipment has been in use more than AGED_EQUIPMENT_YEARS on `today`. */
export function isAgedEquipment(commissionedOn: CalendarDate | null, today: CalendarDate): boolean {
  if (commissionedOn === null) return false;
  const year = Number(commissionedOn.slice(0, 4)) + AGED_EQUIPMENT_YEARS;
  return `${String(year).padStart(4, '0')}${commissionedOn.slice(4)}` < today;
}

export interface EquipmentFilter {
  readonly unitId?: string;
  /** `due`: next inspection from today through the due window; `overdue`: before today. */
  readonly inspection?: 'due' | 'overdue';
  readonly today: CalendarDate;
}

export interface EquipmentStore {
  /** Equipment whose unit lies in `scope`; undefined otherwise. */
  findById(id: string, scope: ScopeFilter): Promise<Equipment | undefined>;
  insert(equipment: Equipment): Promise<void>;
  update(equipment: Equipment, expectedVersion: number): Promise<boolean>;
  /** Newest id first, keyset-paginated by id; only equipment of units in `scope`. */
  list(scope: ScopeFilter, filter: EquipmentFilter, page: PageRequest): Promise<Page<Equipment>>;
}
