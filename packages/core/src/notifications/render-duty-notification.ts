import type { NotificationParams } from './notification.js';
import type { RenderedNotification } from './render-notification.js';

/**
 * Texts of the duty features' notifications (ADR 0082): 迟报, 预警, 清单管理, 值班. The params carry
 * codes (a step, a warning kind and colour, a gap kind); the words are here, in both languages.
 */
type DutyKind = 'incident.late_report' | 'warning.issued' | 'warning.upgraded' | 'warning.lifted' | 'warning.reminder'
  | 'task_list.report_missing' | 'task_list.behind' | 'duty.roster_gap' | 'duty.handover_unacknowledged';
type Texts = Readonly<Record<DutyKind, (p: NotificationParams) => RenderedNotification>>;

/** An instant as Shanghai wall time, `YYYY-MM-DD HH:mm`. */
export function shanghaiTime(iso: string | null): string {
  if (!iso) return '';
  const shifted = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

const ZH_WORDS: Readonly<Record<string, string>> = {
  unit_to_county: '事故单位向县级报告', county_to_city: '县级向市级报告', city_to_province: '市级向省级报告', province_to_state: '省级向国务院报告',
  county: '县（区）级', city: '市级', province: '省级', state: '国务院',
  general: '一般事故', larger: '较大事故', major: '重大事故', especially_major: '特别重大事故',
  rainstorm: '暴雨', gale: '大风', heat: '高温', cold_wave: '寒潮', thunder: '雷电', fog: '大雾', road_icing: '道路结冰', other: '其他',
  blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色',
  no_shift: '无人排班', half_covered: '只排了半天', no_leader: '缺带班领导', no_officer: '缺值班员',
  day: '白班', night: '夜班', full_day: '24小时班',
};
const EN_WORDS: Readonly<Record<string, string>> = {
  unit_to_county: 'unit → county report', county_to_city: 'county → city report', city_to_province: 'city → province report', province_to_state: 'province → State Council report',
  county: 'county', city: 'city', province: 'province', state: 'State Council',
  general: 'general accident', larger: 'larger accident', major: 'major accident', especially_major: 'especially major accident',
  rainstorm: 'rainstorm', gale: 'gale', heat: 'heat', cold_wave: 'cold wave', thunder: 'thunderstorm', fog: 'fog', road_icing: 'road icing', other: 'other',
  blue: 'blue', yellow: 'yellow', orange: 'orange', red: 'red',
  no_shift: 'nobody planned', half_covered: 'only half the day planned', no_leader: 'no leader on duty', no_officer: 'no duty officer',
  day: 'day shift', night: 'night shift', full_day: '24-hour shift',
};
const zh = (code: string | null) => (code ? (ZH_WORDS[code] ?? code) : '');
const en = (code: string | null) => (code ? (EN_WORDS[code] ?? code) : '');
const warningZh = (p: NotificationParams) => `${zh(p.subjectTitle)}${zh(p.subjectLevel)}预警`;
const warningEn = (p: NotificationParams) => `${en(p.subjectLevel)} ${en(p.subjectTitle)} warning`;
const noteZh = (p: NotificationParams) => (p.note ? `。${p.note}` : '');
const noteEn = (p: NotificationParams) => (p.note ? `. ${p.note}` : '');

export const DUTY_TEXTS_ZH: Texts = {
  'incident.late_report': (p) => ({ title: `事故迟报：${p.subjectTitle}`, body: `${p.subjectTitle}（${zh(p.subjectLevel)}）的${zh(p.note)}已超过时限（${shanghaiTime(p.deadline)}），应报${zh(p.level)}，请值班员和带班领导立即督促报送，已记为迟报` }),
  'warning.issued': (p) => ({ title: `${warningZh(p)}已发布`, body: `${p.actorName}发布${warningZh(p)}，有效至 ${shanghaiTime(p.deadline)}，请及时签收并落实防范措施${noteZh(p)}` }),
  'warning.upgraded': (p) => ({ title: `预警升级为${warningZh(p)}`, body: `${p.actorName}将预警升级为${warningZh(p)}，有效至 ${shanghaiTime(p.deadline)}，请加强防范${noteZh(p)}` }),
  'warning.lifted': (p) => ({ title: `${zh(p.subjectTitle)}预警已解除`, body: `${p.actorName}解除了${warningZh(p)}${noteZh(p)}` }),
  'warning.reminder': (p) => ({ title: `请签收：${warningZh(p)}`, body: `${warningZh(p)}仍在生效（至 ${shanghaiTime(p.deadline)}），您尚未签收，请立即签收` }),
  'task_list.report_missing': (p) => ({ title: `清单任务未报送：${p.subjectTitle}`, body: `任务“${p.subjectTitle}”${p.note ?? ''}月度进展未按时报送，已标记为滞后，请尽快报送` }),
  'task_list.behind': (p) => ({ title: `清单任务超期：${p.subjectTitle}`, body: `任务“${p.subjectTitle}”已超过完成时限（${p.deadline ?? ''}）仍未完成，已标记为滞后` }),
  'duty.roster_gap': (p) => ({ title: `未来7天值班表有${p.note ?? ''}天未排满`, body: `${p.subjectTitle} 的值班未排满（缺班次、带班领导或值班员），请尽快补排` }),
  'duty.handover_unacknowledged': (p) => ({ title: '交接班未签收', body: `${p.actorName}于 ${shanghaiTime(p.deadline)} 填写的交接班记录超过1小时未签收，请接班人员及时签收` }),
};

export const DUTY_TEXTS_EN: Texts = {
  'incident.late_report': (p) => ({ title: `Late accident report: ${p.subjectTitle}`, body: `The ${en(p.note)} of ${p.subjectTitle} (${en(p.subjectLevel)}) is past its limit (${shanghaiTime(p.deadline)}); it goes to the ${en(p.level)} level. Duty officer and leader: see that it is made now. Recorded as late` }),
  'warning.issued': (p) => ({ title: `${warningEn(p)} issued`, body: `${p.actorName} issued a ${warningEn(p)} until ${shanghaiTime(p.deadline)}; acknowledge it and take the required actions${noteEn(p)}` }),
  'warning.upgraded': (p) => ({ title: `Warning upgraded to ${warningEn(p)}`, body: `${p.actorName} upgraded the warning to ${warningEn(p)} until ${shanghaiTime(p.deadline)}${noteEn(p)}` }),
  'warning.lifted': (p) => ({ title: `${en(p.subjectTitle)} warning lifted`, body: `${p.actorName} lifted the ${warningEn(p)}${noteEn(p)}` }),
  'warning.reminder': (p) => ({ title: `Please acknowledge: ${warningEn(p)}`, body: `The ${warningEn(p)} is in force until ${shanghaiTime(p.deadline)} and you have not acknowledged it` }),
  'task_list.report_missing': (p) => ({ title: `Task report missing: ${p.subjectTitle}`, body: `The monthly report for ${p.note ?? ''} on "${p.subjectTitle}" is missing; the task is behind` }),
  'task_list.behind': (p) => ({ title: `Task past its deadline: ${p.subjectTitle}`, body: `"${p.subjectTitle}" passed its deadline (${p.deadline ?? ''}) unfinished; the task is behind` }),
  'duty.roster_gap': (p) => ({ title: `Roster: ${p.note ?? ''} of the next 7 days not fully staffed`, body: `${p.subjectTitle}: a shift, leader or duty officer is missing; please complete the roster` }),
  'duty.handover_unacknowledged': (p) => ({ title: 'Handover not acknowledged', body: `The handover written by ${p.actorName} at ${shanghaiTime(p.deadline)} has not been acknowledged for over an hour` }),
};
