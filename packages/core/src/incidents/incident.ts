/**
 * 事故信息报送: an accident as reported under 《生产安全事故报告和调查处理条例》(国务院令第493号).
 * The incident row holds the facts as they stand now; every change is also kept as a version
 * (`IncidentVersion`), so a 续报 never overwrites what was reported before (ADR 0076).
 */

/** Art. 3 grades, lowest first. */
export const INCIDENT_GRADES = ['general', 'larger', 'major', 'especially_major'] as const;
/** general 一般, larger 较大, major 重大, especially_major 特别重大. */
export type IncidentGrade = (typeof INCIDENT_GRADES)[number];

/**
 * Accident types: the 20 categories of GB 6441-86 《企业职工伤亡事故分类》 plus road traffic, which
 * Art. 13 names apart because its casualty window is 7 days.
 */
export const INCIDENT_TYPES = [
  'object_strike', // 物体打击
  'vehicle_injury', // 车辆伤害
  'machinery', // 机械伤害
  'lifting', // 起重伤害
  'electric_shock', // 触电
  'drowning', // 淹溺
  'burn', // 灼烫
  'fire', // 火灾
  'fall_from_height', // 高处坠落
  'collapse', // 坍塌
  'roof_fall', // 冒顶片帮
  'water_inrush', // 透水
  'blasting', // 放炮
  'explosive_explosion', // 火药爆炸
  'gas_explosion', // 瓦斯爆炸
  'boiler_explosion', // 锅炉爆炸
  'vessel_explosion', // 容器爆炸
  'other_explosion', // 其他爆炸
  'poisoning_asphyxia', // 中毒和窒息
  'other_injury', // 其他伤害
  'road_traffic', // 道路交通事故
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
/** open: being reported (首报, 续报); closed: 核报/结案 done. */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The casualty figures Art. 12 (4) asks for, 下落不明 included. */
export interface Casualties {
  readonly deaths: number;
  /** 重伤, acute industrial poisoning (急性工业中毒) included. */
  readonly seriousInjuries: number;
  readonly minorInjuries: number;
  /** 下落不明. */
  readonly missing: number;
  /** 初步估计的直接经济损失, in yuan. */
  readonly directLossYuan: number;
}

export interface IncidentLocation {
  readonly lng: number;
  readonly lat: number;
}

/** What a report says; a 续报 may change any of it, and every change is a version. */
export interface IncidentFacts extends Casualties {
  /** A unit of the registry, or null when the unit is named in free text only. */
  readonly unitId: string | null;
  readonly unitName: string;
  readonly occurredAt: string;
  readonly place: string;
  readonly location: IncidentLocation | null;
  readonly type: IncidentType;
  readonly course: string;
  readonly measures: string;
  readonly reporterName: string;
  readonly reporterPhone: string;
}

/** One reporting step whose time limit the regulation fixes (see incident-deadlines.ts). */
export const REPORT_STEPS = ['unit_to_county', 'county_to_city', 'city_to_province', 'province_to_state'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/** When a step was done (the report was made to the next level). */
export interface StepDone {
  readonly step: ReportStep;
  readonly doneAt: string;
  readonly recordedBy: string;
  readonly recordedByName: string;
}

/** Who should have been told of a late step (the seam in duty/duty-notices.ts turns these into notices). */
export interface LateNotifyTarget {
  readonly level: 'county' | 'city' | 'province' | 'state';
  readonly role: 'duty_officer' | 'duty_leader';
}

/** 迟报: a step found past its limit; recorded once per step. */
export interface LateReport {
  readonly step: ReportStep;
  readonly dueAt: string;
  /** When the platform recorded it late (the job's run, or the late report itself). */
  readonly detectedAt: string;
  /** When the step was finally done; null while still missing. */
  readonly doneAt: string | null;
  readonly notify: readonly LateNotifyTarget[];
}

export interface Incident {
  readonly id: string;
  readonly districtCode: string;
  /** The town the accident happened in; a town office sees the incidents of its town. */
  readonly townCode: string;
  readonly status: IncidentStatus;
  readonly facts: IncidentFacts;
  /** The grade the three criteria give. */
  readonly computedGrade: IncidentGrade;
  /** The grade in force: the computed one unless set by hand with a reason. */
  readonly grade: IncidentGrade;
  readonly gradeReason: string | null;
  readonly steps: readonly StepDone[];
  readonly lateReports: readonly LateReport[];
  readonly createdBy: string;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  /** The number of the latest version; also the optimistic lock. */
  readonly version: number;
}

export const INCIDENT_VERSION_KINDS = ['first_report', 'follow_up', 'grade_set', 'step_reported', 'late_recorded', 'closed'] as const;
/** first_report 首报, follow_up 续报 (补报 when casualties change), grade_set, step_reported, late_recorded 迟报, closed 核报/结案. */
export type IncidentVersionKind = (typeof INCIDENT_VERSION_KINDS)[number];

/** One version of an incident: what changed, when and by whom, with the facts as they then stood. */
export interface IncidentVersion {
  readonly incidentId: string;
  readonly districtCode: string;
  readonly number: number;
  readonly kind: IncidentVersionKind;
  /** The fact names that changed (empty for events that change no fact). */
  readonly changed: readonly string[];
  readonly facts: IncidentFacts;
  readonly grade: IncidentGrade;
  readonly note: string;
  readonly step: ReportStep | null;
  /** Set on a follow-up that changed casualties after the Art. 13 window closed. */
  readonly afterCasualtyWindow: boolean;
  readonly actorId: string;
  readonly actorName: string;
  readonly at: string;
}
