import type { Sector } from '../units/unit-catalog.js';

/**
 * What a person can be told (issue 11). Each kind has one rule in `notification-rules.ts`, one
 * text in `render-notification.ts` and one label in the web's catalogues.
 */
export const NOTIFICATION_KINDS = [
  'hazard.reported', // 新上报隐患 in my grid / town
  'hazard.major_reported', // 重大隐患上报
  'hazard.assigned', // 交办给我
  'hazard.submitted', // 整改待复核
  'hazard.returned', // 整改被退回
  'hazard.remind', // 催办（到期前）
  'hazard.overdue', // 逾期
  'hazard.escalated', // 升级督办
  'hazard.urged', // 人工催办
  'hazard.supervised', // 挂牌督办
  'hazard.co_department', // 协同部门知会: reported / assigned / overdue in a sector my department co-follows (ADR 0096)
  'campaign.started', // 专项整治 in my scope
  'tenant_review.waiting', // 厂中厂 承租审查 waiting for my decision
  'report.published', // 周报 / 月报 (通报) generated on schedule for my district or town
  'incident.late_report', // 事故信息迟报 (duty office on duty)
  'warning.issued', // 预警发布 to its addressees
  'warning.upgraded', // 预警升级
  'warning.lifted', // 预警解除
  'warning.reminder', // 预警签收提醒
  'task_list.report_missing', // 清单任务月度进展未报送
  'task_list.behind', // 清单任务超期未完成
  'duty.roster_gap', // 未来7天值班表缺口
  'duty.handover_unacknowledged', // 交接班未签收
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds nobody can turn off for themselves: a major hazard and an escalation must reach their people. */
export const MANDATORY_NOTIFICATION_KINDS: readonly NotificationKind[] = ['hazard.major_reported', 'hazard.escalated',
  'incident.late_report', 'warning.issued', 'warning.upgraded'];

export function isMandatoryKind(kind: NotificationKind): boolean {
  return MANDATORY_NOTIFICATION_KINDS.includes(kind);
}

/** The object a notification points at; the web turns it into a route. */
export const NOTIFICATION_LINK_TYPES = ['hazard', 'campaign', 'tenant_review', 'report',
  'incident', 'warning', 'task_list', 'duty'] as const;
export interface NotificationLink {
  readonly type: (typeof NOTIFICATION_LINK_TYPES)[number];
  readonly id: string;
}

/** What the texts are rendered from, kept so the English text can be rendered when asked. */
export interface NotificationParams {
  /** A hazard's title, a campaign's name, a prospective tenant's name. */
  readonly subjectTitle: string;
  /** A hazard's level ('general' | 'major'); empty for other subjects. */
  readonly subjectLevel: string;
  readonly actorName: string;
  readonly deadline: string | null;
  readonly note: string | null;
  /** Escalation level ('department' | 'district'), when the kind is hazard.escalated. */
  readonly level: string | null;
}

/** One line of one person's inbox. */
export interface Notification {
  readonly id: string;
  readonly districtCode: string;
  readonly recipientId: string;
  readonly kind: NotificationKind;
  /** The event and kind it came from: one notification per recipient and source, however often fan-out runs. */
  readonly sourceKey: string;
  /** zh-CN, rendered at creation. */
  readonly title: string;
  readonly body: string;
  readonly params: NotificationParams;
  readonly link: NotificationLink;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** A user's own settings: the kinds they turned off and where mail reaches them. */
export interface NotificationSettings {
  readonly mutedKinds: readonly NotificationKind[];
  readonly email: string | null;
}

/** The placement of the thing a notification is about, for recipient and endpoint matching. */
export interface NotificationSubject {
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly unitId: string | null;
}
