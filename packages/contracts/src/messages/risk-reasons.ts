import type { RiskLevel, RiskReasonCode, RiskTag, UnitKind } from '@safegrid/core';
import { fillMessage, type Language } from './message-catalog.js';

/** Sentences for risk reasons, by code; `{name}` placeholders come from the reason's params. */
export const RISK_REASON_MESSAGES: Readonly<Record<Language, Readonly<Record<RiskReasonCode, string>>>> = {
  'zh-CN': {
    kind: '单位类型：{kind}',
    tag: '风险标签“{tag}”提高了事故后果严重程度',
    size: '规模较大（从业人员 {employees} 人），事故后果更严重',
    continuous_exposure: '人员全天候在场，暴露频繁',
    occasional_exposure: '停产停业，人员偶尔在场',
    open_major_hazards: '有 {count} 项重大事故隐患未销号',
    open_general_hazards: '有 {count} 项一般事故隐患未销号',
    overdue_hazards: '有 {count} 项隐患逾期未整改',
    recent_major_hazards: '近期发现过 {count} 项重大事故隐患',
    many_recent_hazards: '近期发现隐患较多（{count} 项）',
    clean_supervision: '{date} 监管检查未发现问题',
    clean_self_inspections: '近期 {count} 次企业自查未发现问题（自查按半数计）',
    not_inspected_recently: '近期未经监管检查',
    unit_closed: '单位已关闭',
    score: '评价结果：{method} = {score}',
    override: '区安委办调整为{level}（{reason}），有效期至 {expiresOn}',
  },
  en: {
    kind: 'Kind of unit: {kind}',
    tag: 'Risk tag “{tag}” makes an accident’s consequences more severe',
    size: 'Large unit ({employees} employees): more severe consequences',
    continuous_exposure: 'People are present day and night',
    occasional_exposure: 'Suspended: people are present only now and then',
    open_major_hazards: '{count} major hazard(s) not yet closed',
    open_general_hazards: '{count} general hazard(s) not yet closed',
    overdue_hazards: '{count} hazard(s) overdue for rectification',
    recent_major_hazards: '{count} major hazard(s) found recently',
    many_recent_hazards: 'Many hazards found recently ({count})',
    clean_supervision: 'Supervision inspection on {date} found nothing',
    clean_self_inspections: '{count} recent self-inspections found nothing (count half)',
    not_inspected_recently: 'Not inspected by a supervisor recently',
    unit_closed: 'The unit is closed',
    score: 'Result: {method} = {score}',
    override: 'Set to {level} by the district office ({reason}) until {expiresOn}',
  },
};

/** Names of risk levels, risk tags and unit kinds as risk reasons show them. */
export const RISK_LABELS: Readonly<Record<Language, { levels: Record<RiskLevel, string>; tags: Record<RiskTag, string>; kinds: Record<UnitKind, string> }>> = {
  'zh-CN': {
    levels: { red: '重大风险（红）', orange: '较大风险（橙）', yellow: '一般风险（黄）', blue: '低风险（蓝）' },
    tags: {
      dust: '涉粉尘', hazardous_chemicals: '涉危化品', confined_space: '有限空间', ammonia_refrigeration: '涉氨制冷', molten_metal: '高温熔融金属',
      crowded: '人员密集', gas_use: '使用燃气', sublet_tenant: '厂中厂承租方', lithium_battery: '锂电池', special_equipment: '特种设备', hot_work: '动火作业',
    },
    kinds: {
      enterprise: '工贸企业', hazardous_chemicals: '危化品单位', construction_site: '建筑工地', small_venue: '九小场所', group_rental: '群租房',
      self_built_house: '经营性自建房', gas_user: '燃气用户', crowded_place: '人员密集场所', park: '厂中厂园区', school: '学校', medical: '医疗机构',
      elderly_care: '养老机构', logistics: '物流运输', gas_supplier: '燃气经营企业',
    },
  },
  en: {
    levels: { red: 'major risk (red)', orange: 'high risk (orange)', yellow: 'moderate risk (yellow)', blue: 'low risk (blue)' },
    tags: {
      dust: 'combustible dust', hazardous_chemicals: 'hazardous chemicals', confined_space: 'confined space', ammonia_refrigeration: 'ammonia refrigeration',
      molten_metal: 'molten metal', crowded: 'crowded', gas_use: 'gas use', sublet_tenant: 'sub-leased tenant', lithium_battery: 'lithium batteries',
      special_equipment: 'special equipment', hot_work: 'hot work',
    },
    kinds: {
      enterprise: 'industrial enterprise', hazardous_chemicals: 'hazardous chemicals unit', construction_site: 'construction site', small_venue: 'small venue',
      group_rental: 'group rental', self_built_house: 'self-built house', gas_user: 'gas user', crowded_place: 'crowded place', park: 'multi-tenant park',
      school: 'school', medical: 'medical institution', elderly_care: 'elderly care', logistics: 'logistics', gas_supplier: 'gas supplier',
    },
  },
};

/** A risk reason as one sentence in `language`, with levels, tags and kinds named. */
export function describeRiskReason(language: Language, reason: { code: RiskReasonCode; params: Readonly<Record<string, string | number>> }): string {
  const labels = RISK_LABELS[language];
  const params: Record<string, string | number> = { ...reason.params };
  if (typeof params.level === 'string') params.level = labels.levels[params.level as RiskLevel] ?? params.level;
  if (typeof params.tag === 'string') params.tag = labels.tags[params.tag as RiskTag] ?? params.tag;
  if (typeof params.kind === 'string') params.kind = labels.kinds[params.kind as UnitKind] ?? params.kind;
  if (typeof params.method === 'string') {
    const lec = language === 'zh-CN' ? 'LEC（D=L×E×C）' : 'LEC (D = L × E × C)';
    params.method = params.method === 'lec' ? lec : language === 'zh-CN' ? 'LS（R=L×S）' : 'LS (R = L × S)';
  }
  return fillMessage(RISK_REASON_MESSAGES[language][reason.code], params);
}
