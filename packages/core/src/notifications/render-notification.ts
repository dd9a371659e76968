import type { NotificationKind, NotificationParams } from './notification.js';

export type NotificationLocale = 'zh-CN' | 'en';

export interface RenderedNotification {
  readonly title: string;
  readonly body: string;
}

type Texts = Readonly<Record<NotificationKind, (p: NotificationParams) => RenderedNotification>>;

const due = (p: NotificationParams, zh: boolean) => (p.deadline ? (zh ? `，整改期限 ${p.deadline}` : `, due ${p.deadline}`) : '');
const note = (p: NotificationParams, zh: boolean) => (p.note ? (zh ? `。说明：${p.note}` : `. Note: ${p.note}`) : '');
const levelZh = (level: string | null) => (level === 'district' ? '区级' : '部门');

const ZH: Texts = {
  'hazard.reported': (p) => ({ title: `新上报隐患：${p.hazardTitle}`, body: `${p.actorName} 上报了隐患“${p.hazardTitle}”，请及时处理` }),
  'hazard.major_reported': (p) => ({ title: `重大隐患上报：${p.hazardTitle}`, body: `${p.actorName} 上报了重大事故隐患“${p.hazardTitle}”，请立即关注` }),
  'hazard.assigned': (p) => ({ title: `隐患交办给您：${p.hazardTitle}`, body: `${p.actorName} 将隐患“${p.hazardTitle}”交办给您${due(p, true)}` }),
  'hazard.submitted': (p) => ({ title: `整改待复核：${p.hazardTitle}`, body: `${p.actorName} 提交了隐患“${p.hazardTitle}”的整改证明，请复核` }),
  'hazard.returned': (p) => ({ title: `整改被退回：${p.hazardTitle}`, body: `${p.actorName} 退回了隐患“${p.hazardTitle}”的整改${note(p, true)}` }),
  'hazard.remind': (p) => ({ title: `催办：${p.hazardTitle}`, body: `隐患“${p.hazardTitle}”即将到期${due(p, true)}，请尽快整改` }),
  'hazard.overdue': (p) => ({ title: `已逾期：${p.hazardTitle}`, body: `隐患“${p.hazardTitle}”已超过整改期限${due(p, true)}` }),
  'hazard.escalated': (p) => ({ title: `升级督办（${levelZh(p.level)}）：${p.hazardTitle}`, body: `隐患“${p.hazardTitle}”逾期未整改，已升级至${levelZh(p.level)}督办` }),
  'hazard.urged': (p) => ({ title: `催办：${p.hazardTitle}`, body: `${p.actorName} 催办隐患“${p.hazardTitle}”${note(p, true)}` }),
  'hazard.supervised': (p) => ({ title: `挂牌督办：${p.hazardTitle}`, body: `重大事故隐患“${p.hazardTitle}”已被挂牌督办${due(p, true)}` }),
};

const EN: Texts = {
  'hazard.reported': (p) => ({ title: `New hazard reported: ${p.hazardTitle}`, body: `${p.actorName} reported the hazard "${p.hazardTitle}"; please handle it` }),
  'hazard.major_reported': (p) => ({ title: `Major hazard reported: ${p.hazardTitle}`, body: `${p.actorName} reported the major hazard "${p.hazardTitle}"` }),
  'hazard.assigned': (p) => ({ title: `Hazard assigned to you: ${p.hazardTitle}`, body: `${p.actorName} assigned "${p.hazardTitle}" to you${due(p, false)}` }),
  'hazard.submitted': (p) => ({ title: `Rectification to review: ${p.hazardTitle}`, body: `${p.actorName} submitted evidence for "${p.hazardTitle}"; please review it` }),
  'hazard.returned': (p) => ({ title: `Rectification returned: ${p.hazardTitle}`, body: `${p.actorName} returned the rectification of "${p.hazardTitle}"${note(p, false)}` }),
  'hazard.remind': (p) => ({ title: `Reminder: ${p.hazardTitle}`, body: `"${p.hazardTitle}" is nearly due${due(p, false)}` }),
  'hazard.overdue': (p) => ({ title: `Overdue: ${p.hazardTitle}`, body: `"${p.hazardTitle}" has passed its deadline${due(p, false)}` }),
  'hazard.escalated': (p) => ({ title: `Escalated (${p.level ?? ''}): ${p.hazardTitle}`, body: `"${p.hazardTitle}" is overdue and was escalated to the ${p.level ?? ''} level` }),
  'hazard.urged': (p) => ({ title: `Urged: ${p.hazardTitle}`, body: `${p.actorName} urges action on "${p.hazardTitle}"${note(p, false)}` }),
  'hazard.supervised': (p) => ({ title: `Listed for supervision: ${p.hazardTitle}`, body: `The major hazard "${p.hazardTitle}" is listed for supervision${due(p, false)}` }),
};

/** The title and body of a notification in a locale; zh-CN is stored, English rendered on demand. */
export function renderNotification(kind: NotificationKind, params: NotificationParams, locale: NotificationLocale = 'zh-CN'): RenderedNotification {
  return (locale === 'en' ? EN : ZH)[kind](params);
}
