import type { CalendarDate, HazardCategory, RectificationPlan } from '@safegrid/core';
import type { Random } from './random.js';

// 措施 of a 重大事故隐患治理方案, by category.
const MEASURES: Readonly<Partial<Record<HazardCategory, readonly string[]>>> = {
  dust_explosion: [
    '对除尘系统进行防爆改造，加装泄爆装置，按粉尘类别分区设置除尘系统，落实粉尘清扫制度',
    '拆除粉尘爆炸危险区域内的休息室和办公室，改造除尘器电气设备为防爆型，加装锁气卸灰装置',
  ],
  confined_space: ['全面辨识有限空间并建立台账，设置警示标识，配备气体检测和应急救援器材，严格作业审批'],
  hazardous_chemicals: ['改造制冷工艺，包装间改用间接制冷，速冻装置设置独立作业间并限定作业人数'],
  other: ['增设紧急排放和应急储存设施，清理炉前积水并完善防水措施，搬离吊运跨内的人员聚集场所'],
  structural: ['停止经营使用，委托有资质单位进行结构加固并重新鉴定，鉴定合格后方可恢复使用'],
  construction: ['暂停基坑作业，按经专家论证的专项方案补强支护，增设监测点并加密监测频次'],
  management: ['与全部承租单位签订安全生产管理协议，建立统一协调管理和定期检查制度；特种作业人员全部持证上岗'],
  fire_safety: ['对锂电池仓库进行改造，设置故障电池隔离间，配备专用灭火器材'],
};
const EMERGENCY_PLANS = [
  '整改期间停止相关区域生产作业，设置警戒区域，制定专项应急处置方案并组织演练',
  '整改期间落实专人值守和每日巡查，配备应急救援器材，一旦出现险情立即撤离人员',
  '局部停产整改，撤离危险区域作业人员，设置安全警示标志，落实应急物资',
];

/** A complete 五到位 plan (措施、责任、资金、时限、预案) for a major hazard. */
export function rectificationPlan(
  input: { category: HazardCategory; deadline: CalendarDate; responsible: string },
  random: Random,
): RectificationPlan {
  const measures = MEASURES[input.category] ?? ['按照相关标准要求制定并实施整改措施'];
  return {
    measures: random.pick(measures),
    responsible: input.responsible,
    funds: `${random.int(3, 120)}万元`,
    deadline: input.deadline,
    emergencyPlan: random.pick(EMERGENCY_PLANS),
  };
}
