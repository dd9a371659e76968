import type { HazardCategory, HazardLevel } from '../../hazards/hazard.js';
import type { DustKind, RiskTag, Sector, UnitKind } from '../../units/unit-catalog.js';
import { ANY_UNIT, type Applicability, type ChecklistItem, type LegalCitation } from '../checklist.js';

/** The regulations and standards the built-in checklists cite (reference §1, §2, §6). */
export const REGULATIONS = {
  gm10: '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）',
  gb15577: 'GB 15577-2018《粉尘防爆安全规程》',
  dustRule: '《工贸企业粉尘防爆安全规定》（应急管理部令第6号）',
  safetyLaw: '《中华人民共和国安全生产法》',
  fireLaw: '《中华人民共和国消防法》',
  highRiseFire: '《高层民用建筑消防安全管理规定》（应急管理部令第5号）',
  groupRental: '江苏省《“群租房”消防安全整治导则》（2018）',
  selfBuilt: '《全国自建房安全专项整治工作方案》（国办发明电〔2022〕10号）',
  gasRegulation: '《城镇燃气管理条例》（国务院令第583号）',
  gasOperation: 'CJJ 51《城镇燃气设施运行、维护和抢修安全技术规程》',
  confinedSpace: '《工贸企业有限空间作业安全规定》（应急管理部令第13号）',
  dustRemovalSystem: 'AQ 4273-2016《粉尘爆炸危险场所用除尘系统安全技术规范》',
  hazchemMajor: '《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》（安监总管三〔2017〕121号）',
  constructionMajor: '《房屋市政工程生产安全重大事故隐患判定标准（2022版）》（建质规〔2022〕2号）',
  gasOperatorMajor: '《城镇燃气经营安全重大隐患判定标准》（建城规〔2023〕4号）',
  specialEquipmentLaw: '《中华人民共和国特种设备安全法》',
  elevatorMaintenance: 'TSG T5002《电梯维护保养规则》',
  specialEquipmentUse: 'TSG 08《特种设备使用管理规则》',
  majorFireHazard: 'GB 35181《重大火灾隐患判定方法》',
  fireManagementRule: '《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号）',
} as const;

/**
 * The article of a citation whose clause could not be checked against the official text: the
 * district confirms it (or corrects it in its own copy) before relying on it (reference [M] items).
 */
export const UNCONFIRMED = '（条款待核实）';

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** 第十一条 for 11. */
export function articleName(article: number): string {
  return `第${CHINESE_NUMERALS[article] ?? String(article)}条`;
}

/** 第十一条第（三）项 for 11 and 3. */
export function gm10Article(article: number, item: number): LegalCitation {
  return { regulation: REGULATIONS.gm10, article: `${articleName(article)}第（${CHINESE_NUMERALS[item] ?? String(item)}）项` };
}

/** A citation of any regulation or standard. */
export function cite(regulation: string, article: string): LegalCitation {
  return { regulation, article };
}

export interface ItemOptions {
  readonly level?: HazardLevel;
  readonly category: HazardCategory;
  readonly kinds?: readonly UnitKind[];
  readonly sectors?: readonly Sector[];
  readonly tags?: readonly RiskTag[];
  readonly dustKinds?: readonly DustKind[];
}

/** Applicability from the options of an item (absent lists: any). */
export function applicability(options: Omit<ItemOptions, 'level' | 'category'>): Applicability {
  return {
    kinds: options.kinds ?? ANY_UNIT.kinds,
    sectors: options.sectors ?? ANY_UNIT.sectors,
    tags: options.tags ?? ANY_UNIT.tags,
    dustKinds: options.dustKinds ?? ANY_UNIT.dustKinds,
  };
}

/** A checklist item (requirement, then the finding its failure means); general unless said otherwise. */
export function checkItem(
  id: string,
  section: string,
  text: string,
  finding: string,
  legalBasis: readonly LegalCitation[],
  options: ItemOptions,
): ChecklistItem {
  return { id, section, text, finding, legalBasis, hazardLevel: options.level ?? 'general', category: options.category, appliesTo: applicability(options) };
}
