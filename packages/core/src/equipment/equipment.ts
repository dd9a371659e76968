import type { ScopeFilter } from '../accounts/scope.js';
import { addDays, type CalendarDate } from '../shared/calendar-date.js';
import type { Page, PageRequest } from '../shared/pagination.js';

/**
 * Equipment attached to units (设备台账, ADR 0086 and 0097): the categories of the 特种设备目录
 * (国家质检总局公告2014年第114号) a district office meets most: 电梯, 锅炉, 压力容器, 起重机械 and
 * 场(厂)内专用机动车辆.
 */
export const EQUIPMENT_KINDS = ['elevator', 'boiler', 'pressure_vessel', 'lifting_machinery', 'field_vehicle'] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

/**
 * Types within the kinds: the 电梯 of the 目录 (曳引与强制驱动电梯 passenger and freight, 液压驱动电梯,
 * 杂物电梯, 自动扶梯, 自动人行道); 锅炉 and 压力容器 as one type each (固定式; 气瓶 and 移动式 are filled and
 * inspected elsewhere); 起重机械 split where the inspection interval differs (桥式/门式 vs 塔式/升降机);
 * 叉车 and 观光车 for 场(厂)内专用机动车辆. New types go at the end.
 */
export const EQUIPMENT_TYPES = [
  'passenger_elevator', 'freight_elevator', 'hydraulic_elevator', 'dumbwaiter', 'escalator', 'moving_walk',
  'boiler', 'pressure_vessel', 'bridge_gantry_crane', 'tower_crane_hoist', 'forklift', 'sightseeing_vehicle',
] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];

/** The kind each type belongs to. */
export const EQUIPMENT_TYPE_KIND: Readonly<Record<EquipmentType, EquipmentKind>> = {
  passenger_elevator: 'elevator', freight_elevator: 'elevator', hydraulic_elevator: 'elevator', dumbwaiter: 'elevator', escalator: 'elevator', moving_walk: 'elevator',
  boiler: 'boiler',
  pressure_vessel: 'pressure_vessel',
  bridge_gantry_crane: 'lifting_machinery', tower_crane_hoist: 'lifting_machinery',
  forklift: 'field_vehicle', sightseeing_vehicle: 'field_vehicle',
};

export function typesOfKind(kind: EquipmentKind): EquipmentType[] {
  return EQUIPMENT_TYPES.filter((type) => EQUIPMENT_TYPE_KIND[type] === kind);
}

/**
 * The periodic inspection (定期检验) interval of each type, in months, with where it comes from
 * (特种设备安全法 第四十条: the user applies one month before the date; the intervals are set by the
 * TSG rules of each kind). `confirmed: false` marks values taken from common practice whose clause we
 * did not check against the rule's current text; all of them are only defaults: a registry keeper
 * enters the next date the inspection report gives, and that date wins over the interval.
 */
export const PERIODIC_INSPECTION: Readonly<Record<EquipmentType, { readonly months: number; readonly basis: string; readonly confirmed: boolean }>> = {
  passenger_elevator: { months: 12, basis: 'TSG T7001 电梯监督检验和定期检验规则 (每年1次)', confirmed: true },
  freight_elevator: { months: 12, basis: 'TSG T7001 (每年1次)', confirmed: true },
  hydraulic_elevator: { months: 12, basis: 'TSG T7001 (每年1次)', confirmed: true },
  dumbwaiter: { months: 12, basis: 'TSG T7006 杂物电梯 (每年1次)', confirmed: false },
  escalator: { months: 12, basis: 'TSG T7005 自动扶梯和自动人行道 (每年1次)', confirmed: true },
  moving_walk: { months: 12, basis: 'TSG T7005 (每年1次)', confirmed: true },
  boiler: { months: 12, basis: 'TSG 11 锅炉安全技术规程: 外部检验每年1次 (内部检验一般每2年1次)', confirmed: false },
  pressure_vessel: { months: 36, basis: 'TSG 21 固定式压力容器安全技术监察规程: 投用后3年内首次定期检验，以后按安全状况等级定 (3～6年)', confirmed: false },
  bridge_gantry_crane: { months: 24, basis: 'TSG Q7015 起重机械定期检验规则: 桥式、门式起重机每2年1次', confirmed: false },
  tower_crane_hoist: { months: 12, basis: 'TSG Q7015: 塔式起重机、施工升降机、流动式起重机每年1次', confirmed: false },
  forklift: { months: 12, basis: 'TSG N0001 场(厂)内专用机动车辆安全技术监察规程: 每年1次', confirmed: false },
  sightseeing_vehicle: { months: 12, basis: 'TSG N0001: 每年1次', confirmed: false },
};

/** The next periodic inspection a type's interval gives after `lastInspectionDate` (same day of month, clamped). */
export function nextInspectionAfter(type: EquipmentType, lastInspectionDate: CalendarDate): CalendarDate {
  return addMonths(lastInspectionDate, PERIODIC_INSPECTION[type].months);
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

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

/**
 * True when the equipment has been in use more than AGED_EQUIPMENT_YEARS on `today`. 老旧 is an
 * elevator mark (the 老旧电梯 programmes); other kinds are never marked, whatever their age.
 */
export function isAgedEquipment(commissionedOn: CalendarDate | null, today: CalendarDate, type: EquipmentType = 'passenger_elevator'): boolean {
  if (commissionedOn === null || EQUIPMENT_TYPE_KIND[type] !== 'elevator') return false;
  const year = Number(commissionedOn.slice(0, 4)) + AGED_EQUIPMENT_YEARS;
  return `${String(year).padStart(4, '0')}${commissionedOn.slice(4)}` < today;
}

export interface EquipmentFilter {
  readonly unitId?: string;
  /** Only equipment of this kind (its types, EQUIPMENT_TYPE_KIND). */
  readonly kind?: EquipmentKind;
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
