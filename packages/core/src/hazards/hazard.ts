import type { CalendarDate } from '../shared/calendar-date.js';
import type { LngLat } from '../geo/geometry.js';
import type { Sector } from '../units/unit-catalog.js';
import type { HazardAction, HazardStatus } from './hazard-status.js';

/** Where a hazard report came from. */
export const HAZARD_SOURCES = ['inspection', 'patrol', 'self_check', 'public', 'campaign'] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** 一般事故隐患 / 重大事故隐患. */
export const HAZARD_LEVELS = ['general', 'major'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

export const HAZARD_CATEGORIES = [
  'fire_safety', // 消防设施
  'fire_lane', // 生命通道 (消防车道, 疏散通道)
  'electrical', // 电气线路
  'gas', // 燃气
  'dust_explosion', // 粉尘防爆
  'hazardous_chemicals', // 危化品
  'structural', // 房屋结构
  'special_equipment', // 特种设备
  'confined_space', // 有限空间
  'construction', // 施工安全
  'occupancy', // 违规住人, 三合一
  'management', // 安全管理 (制度, 培训, 台账)
  'other',
] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** 不予受理 reasons: 不属实 / 重复. */
export const DISMISS_REASONS = ['not_true', 'duplicate'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/**
 * 重大隐患治理方案 "五到位": 措施、责任、资金、时限、预案. All five must be filled before a major
 * hazard is assigned (reference §3.4).
 */
export interface RectificationPlan {
  readonly measures: string;
  readonly responsible: string;
  readonly funds: string;
  readonly deadline: CalendarDate | '';
  readonly emergencyPlan: string;
}
export const PLAN_PARTS = ['measures', 'responsible', 'funds', 'deadline', 'emergencyPlan'] as const;

export interface Hazard {
  readonly id: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly unitId: string | null;
  readonly sector: Sector;
  readonly source: HazardSource;
  readonly level: HazardLevel;
  readonly category: HazardCategory;
  readonly title: string;
  readonly description: string;
  readonly location: LngLat | null;
  readonly legalBasis: string | null;
  /** The piece of equipment (an elevator of the unit) the hazard is about, when named (ADR 0086). */
  readonly equipmentId?: string | null;
  readonly status: HazardStatus;
  /** 整改期限, a Shanghai calendar date, set on assign. */
  readonly deadline: CalendarDate | null;
  readonly assigneeId: string | null;
  readonly plan: RectificationPlan | null;
  readonly photoIds: readonly string[];
  readonly reportedBy: string;
  /** When the server accepted the report. */
  readonly reportedAt: string;
  /** When the hazard was seen on site (may be earlier for reports synced after working offline). */
  readonly foundAt: string;
  readonly submittedBy: string | null;
  readonly closedAt: string | null;
  readonly dismissReason: DismissReason | null;
  readonly extensionCount: number;
  readonly updatedAt: string;
  /** Optimistic concurrency: each change bumps it; a stale write is refused. */
  readonly version: number;
}

/**
 * Timeline events that do not change the state (ADR 0063): 催办 reminder, overdue notice and
 * escalation written by the escalation job, a manual 催办 (`urge`), 挂牌督办 and 摘牌. They carry
 * fromStatus = toStatus = the hazard's status; notifications hook them in recordHazardEvent.
 */
export const HAZARD_NOTICE_ACTIONS = ['remind', 'overdue', 'escalate', 'urge', 'supervise', 'unsupervise'] as const;
export type HazardNoticeAction = (typeof HAZARD_NOTICE_ACTIONS)[number];

/** One line of a hazard's timeline, written in the same transaction as the change it records. */
export interface HazardEvent {
  readonly id: string;
  readonly hazardId: string;
  readonly districtCode: string;
  readonly action: 'report' | HazardAction | HazardNoticeAction;
  readonly fromStatus: HazardStatus | null;
  readonly toStatus: HazardStatus;
  readonly actorId: string;
  readonly actorName: string;
  readonly actorRole: string;
  readonly at: string;
  readonly note: string | null;
  readonly photoIds: readonly string[];
  readonly details: Readonly<Record<string, unknown>>;
}

export function missingPlanParts(plan: Partial<RectificationPlan> | null | undefined): string[] {
  return PLAN_PARTS.filter((part) => !plan || !String(plan[part] ?? '').trim());
}
