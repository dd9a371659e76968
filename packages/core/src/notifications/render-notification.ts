import type { NotificationKind, NotificationParams } from './notification.js';
import { DUTY_TEXTS_EN, DUTY_TEXTS_ZH } from './render-duty-notification.js';

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
  'hazard.reported': (p) => ({ title: `新上报隐患：${p.subjectTitle}`, body: `${p.actorName} 上报了隐患“${p.subjectTitle}”，请及时处理` }),
  'hazard.major_reported': (p) => ({ title: `重大隐患上报：${p.subjectTitle}`, body: `${p.actorName} 上报了重大事故隐患“${p.subjectTitle}”，请立即关注` }),
  'hazard.assigned': (p) => ({ title: `隐患交办给您：${p.subjectTitle}`, body: `${p.actorName} 将隐患“${p.subjectTitle}”交办给您${due(p, true)}` }),
  'hazard.submitted': (p) => ({ title: `整改待复核：${p.subjectTitle}`, body: `${p.actorName} 提交了隐患“${p.subjectTitle}”的整改证明，请复核` }),
  'hazard.returned': (p) => ({ title: `整改被退回：${p.subjectTitle}`, body: `${p.actorName} 退回了隐患“${p.subjectTitle}”的整改${note(p, true)}` }),
  'hazard.remind': (p) => ({ title: `催办：${p.subjectTitle}`, body: `隐患“${p.subjectTitle}”即将到期${due(p, true)}，请尽快整改` }),
  'hazard.overdue': (p) => ({ title: `已逾期：${p.subjectTitle}`, body: `隐患“${p.subjectTitle}”已超过整改期限${due(p, true)}` }),
  'hazard.escalated': (p) => ({ title: `升级督办（${levelZh(p.level)}）：${p.subjectTitle}`, body: `隐患“${p.subjectTitle}”逾期未整改，已升级至${levelZh(p.level)}督办` }),
  'hazard.urged': (p) => ({ title: `催办：${p.subjectTitle}`, body: `${p.actorName} 催办隐患“${p.subjectTitle}”${note(p, true)}` }),
  'hazard.supervised': (p) => ({ title: `挂牌督办：${p.subjectTitle}`, body: `重大事故隐患“${p.subjectTitle}”已被挂牌督办${due(p, true)}` }),
  'hazard.co_department': (p) => ({ title: `协同部门知会：${p.subjectTitle}`, body: `隐患“${p.subjectTitle}”有新进展（上报、交办或逾期）${due(p, true)}。贵部门是该行业领域的协同部门，请关注并协同处置` }),
  'campaign.started': (p) => ({ title: `专项整治：${p.subjectTitle}`, body: `${p.actorName} 发起了专项整治“${p.subjectTitle}”${p.deadline ? `，${p.deadline} 截止` : ''}，范围包括您的辖区` }),
  'tenant_review.waiting': (p) => ({ title: `承租审查待处理：${p.subjectTitle}`, body: `${p.actorName} 提交了“${p.subjectTitle}”的厂中厂承租审查申请，等待审查` }),
  'report.published': (p) => ({ title: `通报：${p.subjectTitle}`, body: `${p.subjectTitle}已生成，请在“通报”页查看或下载 PDF 和 Excel` }),
  ...DUTY_TEXTS_ZH,
};

const EN: Texts = {
  'hazard.reported': (p) => ({ title: `New hazard reported: ${p.subjectTitle}`, body: `${p.actorName} reported the hazard "${p.subjectTitle}"; please handle it` }),
  'hazard.major_reported': (p) => ({ title: `Major hazard reported: ${p.subjectTitle}`, body: `${p.actorName} reported the major hazard "${p.subjectTitle}"` }),
  'hazard.assigned': (p) => ({ title: `Hazard assigned to you: ${p.subjectTitle}`, body: `${p.actorName} assigned "${p.subjectTitle}" to you${due(p, false)}` }),
  'hazard.submitted': (p) => ({ title: `Rectification to review: ${p.subjectTitle}`, body: `${p.actorName} submitted evidence for "${p.subjectTitle}"; please review it` }),
  'hazard.returned': (p) => ({ title: `Rectification returned: ${p.subjectTitle}`, body: `${p.actorName} returned the rectification of "${p.subjectTitle}"${note(p, false)}` }),
  'hazard.remind': (p) => ({ title: `Reminder: ${p.subjectTitle}`, body: `"${p.subjectTitle}" is nearly due${due(p, false)}` }),
  'hazard.overdue': (p) => ({ title: `Overdue: ${p.subjectTitle}`, body: `"${p.subjectTitle}" has passed its deadline${due(p, false)}` }),
  'hazard.escalated': (p) => ({ title: `Escalated (${p.level ?? ''}): ${p.subjectTitle}`, body: `"${p.subjectTitle}" is overdue and was escalated to the ${p.level ?? ''} level` }),
  'hazard.urged': (p) => ({ title: `Urged: ${p.subjectTitle}`, body: `${p.actorName} urges action on "${p.subjectTitle}"${note(p, false)}` }),
  'hazard.supervised': (p) => ({ title: `Listed for supervision: ${p.subjectTitle}`, body: `The major hazard "${p.subjectTitle}" is listed for supervision${due(p, false)}` }),
  'hazard.co_department': (p) => ({ title: `For your department as co-responsible: ${p.subjectTitle}`, body: `"${p.subjectTitle}" was reported, assigned or became overdue${due(p, false)}. Your department co-supervises its sector; please follow it up` }),
  'campaign.started': (p) => ({ title: `Campaign: ${p.subjectTitle}`, body: `${p.actorName} started the campaign "${p.subjectTitle}"${p.deadline ? ` until ${p.deadline}` : ''}, covering your area` }),
  'tenant_review.waiting': (p) => ({ title: `Tenant review waiting: ${p.subjectTitle}`, body: `${p.actorName} applied for a tenant review of "${p.subjectTitle}"; it waits for a decision` }),
  'report.published': (p) => ({ title: `Report: ${p.subjectTitle}`, body: `${p.subjectTitle} is ready; open Reports to read or download the PDF and Excel files` }),
  ...DUTY_TEXTS_EN,
};

/** The title and body of a notification in a locale; zh-CN is stored, English rendered on demand. */
export function renderNotification(kind: NotificationKind, params: NotificationParams, locale: NotificationLocale = 'zh-CN'): RenderedNotification {
  return (locale === 'en' ? EN : ZH)[kind](params);
}
