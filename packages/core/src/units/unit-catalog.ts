/**
 * The vocabularies of the unit registry (监管对象台账): kinds of unit, sectors (行业领域) with their
 * competent department (三管三必须: 管行业必须管安全), and risk tags. Names in code are English; the
 * Chinese labels live in the UI catalogues and docs/glossary.md.
 */

/** 行业主管部门: departments responsible for a sector's safety. */
export const DEPARTMENTS = [
  'emergency', // 应急管理局
  'housing', // 住房和城乡建设局 (住建)
  'fire', // 消防救援大队
  'market', // 市场监督管理局 (特种设备)
  'transport', // 交通运输局
  'public_security', // 公安分局
  'education', // 教育局
  'health', // 卫生健康局
  'civil_affairs', // 民政局
  'commerce', // 商务局
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** 行业领域 and the department that answers for it. */
export const SECTOR_DEPARTMENT = {
  industry_trade: 'emergency', // 工贸
  hazardous_chemicals: 'emergency', // 危险化学品
  construction: 'housing', // 建筑施工
  town_gas: 'housing', // 城镇燃气
  self_built_house: 'housing', // 自建房
  fire: 'fire', // 消防 (九小场所, 人员密集场所)
  group_rental: 'housing', // 群租房: 住建 leads, 公安 and 消防 co-follow (DEFAULT_CO_DEPARTMENTS, ADR 0096)
  special_equipment: 'market', // 特种设备 (电梯, 锅炉)
  road_transport: 'transport', // 道路运输
  education: 'education', // 学校
  health: 'health', // 医疗机构
  civil_affairs: 'civil_affairs', // 养老机构
  commerce: 'commerce', // 商贸
} as const satisfies Record<string, Department>;
export type Sector = keyof typeof SECTOR_DEPARTMENT;
export const SECTORS = Object.keys(SECTOR_DEPARTMENT) as Sector[];

/** Kinds of regulated unit and the sector each belongs to by default. */
export const UNIT_KIND_SECTOR = {
  enterprise: 'industry_trade', // 工贸企业
  hazardous_chemicals: 'hazardous_chemicals', // 危化品生产经营使用单位
  construction_site: 'construction', // 建筑工地
  small_venue: 'fire', // 九小场所
  group_rental: 'group_rental', // 群租房
  self_built_house: 'self_built_house', // 经营性自建房
  gas_user: 'town_gas', // 燃气用户 (餐饮等)
  crowded_place: 'fire', // 人员密集场所
  park: 'industry_trade', // 厂中厂园区 (出租方)
  school: 'education',
  medical: 'health',
  elderly_care: 'civil_affairs',
  logistics: 'road_transport',
  gas_supplier: 'town_gas', // 燃气经营企业 (门站、储配站、瓶装供应站)
} as const satisfies Record<string, Sector>;
export type UnitKind = keyof typeof UNIT_KIND_SECTOR;
export const UNIT_KINDS = Object.keys(UNIT_KIND_SECTOR) as UnitKind[];

/** Risk tags (风险标签) that decide which checklists apply and weigh in risk grading. */
export const RISK_TAGS = [
  'dust', // 涉粉尘 (with a dust kind)
  'hazardous_chemicals', // 涉危化品
  'confined_space', // 有限空间
  'ammonia_refrigeration', // 涉氨制冷
  'molten_metal', // 高温熔融金属
  'crowded', // 人员密集
  'gas_use', // 使用燃气
  'sublet_tenant', // 厂中厂承租方
  'lithium_battery', // 锂电池
  'special_equipment', // 特种设备 (电梯等)
  'hot_work', // 动火作业
] as const;
export type RiskTag = (typeof RISK_TAGS)[number];

/** 粉尘种类 for units tagged `dust`; metal (Al/Mg) and wood dust carry extra checklist items. */
export const DUST_KINDS = ['metal', 'wood', 'grain', 'textile', 'plastic', 'paper', 'other'] as const;
export type DustKind = (typeof DUST_KINDS)[number];

/**
 * 工贸 sub-industries (第10号令 第二条): 第10号令 offers a 工贸 unit the general articles plus only its
 * own sub-industry's (第四条 冶金 … 第十条 烟草; 商贸 has no article of its own, reference §1.1).
 */
export const SUB_INDUSTRIES = ['metallurgy', 'nonferrous', 'building_materials', 'machinery', 'light_industry', 'textile', 'tobacco', 'commerce'] as const;
export type SubIndustry = (typeof SUB_INDUSTRIES)[number];

/** Sectors whose units carry a 工贸 sub-industry; on other sectors it is cleared. */
export const SUB_INDUSTRY_SECTORS: readonly Sector[] = ['industry_trade', 'commerce'];

/** The sub-industry a unit keeps: only 工贸 and 商贸 units have one. */
export function subIndustryFor(sector: Sector, subIndustry: SubIndustry | null | undefined): SubIndustry | null {
  return SUB_INDUSTRY_SECTORS.includes(sector) ? (subIndustry ?? null) : null;
}

/** 九小场所 types (the classic nine). */
export const SMALL_VENUE_TYPES = [
  'shop', 'restaurant', 'hotel', 'entertainment', 'internet_cafe', 'beauty_bath', 'clinic', 'school', 'workshop',
] as const;
export type SmallVenueType = (typeof SMALL_VENUE_TYPES)[number];

export const UNIT_STATUSES = ['active', 'suspended', 'closed'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** A closed unit (已关闭) is out of campaigns; storage's campaign-scope fragment uses this constant. */
export const CLOSED_UNIT_STATUS = 'closed' satisfies UnitStatus;

export function departmentOf(sector: Sector): Department {
  return SECTOR_DEPARTMENT[sector];
}

export function isSector(value: string): value is Sector {
  return Object.hasOwn(SECTOR_DEPARTMENT, value);
}
