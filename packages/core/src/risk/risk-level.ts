/** 四色: 重大风险 红, 较大风险 橙, 一般风险 黄, 低风险 蓝 (reference §4.1), most severe first. */
export const RISK_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** LEC (D = L × E × C, reference §4.2) or the 5 × 5 risk matrix (R = L × S, reference §4.3). */
export const RISK_METHODS = ['lec', 'ls'] as const;
export type RiskMethod = (typeof RISK_METHODS)[number];

/** 3 for red down to 0 for blue. */
export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);
}
