/** Why a unit has its colour: stable codes the UI translates, with their numbers. */
export const RISK_REASON_CODES = [
  'kind', // 单位类型的固有后果严重程度
  'tag', // 风险标签提高后果严重程度
  'size', // 从业人数或建筑面积大
  'continuous_exposure', // 人员全天候在场
  'occasional_exposure', // 停产停业，偶尔有人
  'open_major_hazards', // 有未销号的重大事故隐患
  'open_general_hazards', // 有未销号的一般事故隐患
  'overdue_hazards', // 有逾期未整改的隐患
  'recent_major_hazards', // 近期发现过重大事故隐患
  'many_recent_hazards', // 近期隐患多
  'clean_supervision', // 近期监管检查未发现问题
  'clean_self_inspections', // 近期多次企业自查未发现问题
  'not_inspected_recently', // 近期未经监管检查
  'unit_closed', // 已关闭
  'score', // 计算结果
  'override', // 区级人工调整
] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

export type RiskEffect = 'raises' | 'lowers' | 'info';

export interface RiskReason {
  readonly code: RiskReasonCode;
  readonly effect: RiskEffect;
  readonly params: Readonly<Record<string, string | number>>;
}
