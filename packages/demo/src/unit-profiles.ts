import type { DustKind, RiskTag, SmallVenueType, SubIndustry, UnitKind } from '@safegrid/core';
import type { TownProfile } from './district-template.js';
import type { Random } from './random.js';

/** Where a kind of unit tends to be: steers the choice of town and of 村 versus 社区. */
export type KindGroup = 'industry' | 'service' | 'housing' | 'rural_housing' | 'construction' | 'public';
export const KIND_GROUPS: readonly KindGroup[] = ['industry', 'service', 'housing', 'rural_housing', 'construction', 'public'];

/** Kinds drawn directly; parks and their tenants are laid out separately (see unit-generator). */
export type DrawnUnitKind = Exclude<UnitKind, 'park'>;

interface KindProfile {
  /** Share of drawn units, in percent. */
  readonly weight: number;
  readonly group: KindGroup;
}

/**
 * The unit mix of a 武进-like district: many 九小场所, 群租房 and 自建房, a large 工贸 base (machinery,
 * metal, textiles, wood), fewer 危化品 users, sites, gas users and public institutions.
 */
export const KIND_PROFILES: Readonly<Record<DrawnUnitKind, KindProfile>> = {
  small_venue: { weight: 37, group: 'service' },
  enterprise: { weight: 22, group: 'industry' },
  group_rental: { weight: 12, group: 'housing' },
  self_built_house: { weight: 10, group: 'rural_housing' },
  gas_user: { weight: 6, group: 'service' },
  construction_site: { weight: 3, group: 'construction' },
  hazardous_chemicals: { weight: 1.6, group: 'industry' },
  crowded_place: { weight: 1.6, group: 'service' },
  logistics: { weight: 1.6, group: 'industry' },
  school: { weight: 1.2, group: 'public' },
  medical: { weight: 1.0, group: 'public' },
  elderly_care: { weight: 0.6, group: 'public' },
  gas_supplier: { weight: 0.3, group: 'industry' },
};

/** How much more (or less) of each group a town of a profile gets than its plain weight says. */
export const PROFILE_AFFINITY: Readonly<Record<TownProfile, Readonly<Record<KindGroup, number>>>> = {
  urban: { industry: 0.6, service: 2, housing: 1.8, rural_housing: 0.5, construction: 1.6, public: 1.5 },
  industrial: { industry: 2.2, service: 0.9, housing: 1.3, rural_housing: 0.9, construction: 1.1, public: 0.8 },
  rural: { industry: 0.9, service: 0.6, housing: 0.5, rural_housing: 2, construction: 0.7, public: 0.8 },
  scenic: { industry: 0.3, service: 1.2, housing: 0.6, rural_housing: 1.6, construction: 0.8, public: 0.7 },
};

/** Chance that a unit of the group sits in a 社区 rather than a 村 (when the town has both). */
export const COMMUNITY_SHARE: Readonly<Record<KindGroup, number>> = {
  industry: 0.25,
  service: 0.7,
  housing: 0.55,
  rural_housing: 0.15,
  construction: 0.5,
  public: 0.5,
};

/** Share of 工贸 enterprises that handle combustible dust; with dusty tenants it makes ≈ 3% of units. */
export const ENTERPRISE_DUST_SHARE = 0.12;
export const TENANT_DUST_SHARE = 0.15;

// 武进: machinery, metal polishing, wood, textiles (reference §1.3 第十一条 note).
const DUST_KIND_WEIGHTS: Readonly<Record<DustKind, number>> = {
  metal: 42, wood: 18, textile: 15, plastic: 8, paper: 5, grain: 4, other: 8,
};
const DUST_INDUSTRIES: Readonly<Record<DustKind, readonly string[]>> = {
  metal: ['五金制品', '金属制品', '精密机械', '金属表面处理', '铝业', '机械'],
  wood: ['木业', '家具', '装饰材料', '木制品'],
  textile: ['纺织', '织造', '家纺', '化纤'],
  plastic: ['塑料制品', '塑业', '新材料科技'],
  paper: ['纸业', '包装材料'],
  grain: ['粮油', '饲料', '食品'],
  other: ['碳素', '粉末冶金', '涂装'],
};
const GENERAL_INDUSTRIES: Readonly<Record<string, number>> = {
  机械: 14, 精密机械: 6, 汽车零部件: 7, 电机: 4, 轴承: 3, 模具: 3, 五金制品: 6, 金属制品: 5, 钢结构: 3,
  电子: 6, 电器: 4, 电缆: 2, 光伏科技: 3, 新材料科技: 4, 纺织: 5, 服饰: 4, 包装材料: 2, 印刷: 2, 食品: 3,
  铸造: 3, 锻造: 2, 新能源科技: 2, 医疗器械: 2, 智能装备: 3, 环保设备: 2,
};
/** The 工贸 sub-industry of a trade word (第10号令 第二条); words not listed have none. */
const SUB_INDUSTRY_OF_TRADE: Readonly<Record<string, SubIndustry>> = {
  机械: 'machinery', 精密机械: 'machinery', 汽车零部件: 'machinery', 电机: 'machinery', 轴承: 'machinery', 模具: 'machinery', 五金制品: 'machinery',
  金属制品: 'machinery', 钢结构: 'machinery', 电子: 'machinery', 电器: 'machinery', 电缆: 'machinery', 光伏科技: 'machinery', 新能源科技: 'machinery',
  医疗器械: 'machinery', 智能装备: 'machinery', 环保设备: 'machinery', 铸造: 'machinery', 锻造: 'machinery', 金属表面处理: 'machinery', 涂装: 'machinery',
  粉末冶金: 'metallurgy', 铝业: 'nonferrous', 碳素: 'building_materials', 装饰材料: 'building_materials',
  纺织: 'textile', 织造: 'textile', 家纺: 'textile', 化纤: 'textile', 服饰: 'textile',
  木业: 'light_industry', 家具: 'light_industry', 木制品: 'light_industry', 塑料制品: 'light_industry', 塑业: 'light_industry', 新材料科技: 'light_industry',
  纸业: 'light_industry', 包装材料: 'light_industry', 印刷: 'light_industry', 食品: 'light_industry', 粮油: 'light_industry', 饲料: 'light_industry',
};

/** The sub-industry a demo unit of this trade carries (only 工贸 sectors keep one). */
export function subIndustryOfTrade(industry: string): SubIndustry | null {
  return SUB_INDUSTRY_OF_TRADE[industry] ?? null;
}

const VENUE_TYPE_WEIGHTS: Readonly<Record<SmallVenueType, number>> = {
  shop: 30, restaurant: 24, hotel: 6, entertainment: 4, internet_cafe: 3, beauty_bath: 12, clinic: 5, school: 4, workshop: 12,
};

/** The drawn facts of a unit that hazards depend on; names and contacts are drawn separately. */
export interface UnitTraits {
  readonly riskTags: RiskTag[];
  readonly dustKind: DustKind | null;
  readonly venueType: SmallVenueType | null;
  /** Trade word of a company or venue name: 机械, 五金制品, 面馆 … */
  readonly industry: string;
  readonly employees: number | null;
  readonly floorArea: number | null;
}

const traits = (partial: Partial<UnitTraits> & Pick<UnitTraits, 'industry'>): UnitTraits => ({
  riskTags: [], dustKind: null, venueType: null, employees: null, floorArea: null, ...partial,
});

const addIf = (tags: RiskTag[], random: Random, probability: number, tag: RiskTag) => {
  if (random.chance(probability) && !tags.includes(tag)) tags.push(tag);
};

/** A 工贸 enterprise; `dust` forces (true) or forbids (false) the dust tag, undefined draws it. */
export function enterpriseTraits(random: Random, options: { dust?: boolean; tenant?: boolean } = {}): UnitTraits {
  const isDusty = options.dust ?? random.chance(options.tenant ? TENANT_DUST_SHARE : ENTERPRISE_DUST_SHARE);
  const tags: RiskTag[] = options.tenant ? ['sublet_tenant'] : [];
  let dustKind: DustKind | null = null;
  let industry: string;
  if (isDusty) {
    dustKind = random.weighted(DUST_KIND_WEIGHTS);
    industry = random.pick(DUST_INDUSTRIES[dustKind]);
    tags.push('dust');
  } else {
    industry = random.weighted(GENERAL_INDUSTRIES);
  }
  if (industry === '铸造' || industry === '锻造' || industry === '粉末冶金') tags.push('molten_metal');
  if (industry === '食品' || industry === '粮油') addIf(tags, random, 0.25, 'ammonia_refrigeration');
  if (industry === '新能源科技' || industry === '光伏科技') addIf(tags, random, 0.5, 'lithium_battery');
  addIf(tags, random, 0.15, 'confined_space');
  addIf(tags, random, 0.12, 'hot_work');
  addIf(tags, random, 0.25, 'special_equipment');
  const employees = options.tenant ? random.logNormalInt(15, 0.6, 3, 80) : random.logNormalInt(35, 0.9, 5, 1200);
  const floorArea = options.tenant ? random.logNormalInt(600, 0.6, 80, 5000) : random.logNormalInt(3000, 0.9, 200, 80_000);
  return traits({ riskTags: tags, dustKind, industry, employees, floorArea });
}

/** Draws the kind-specific facts of a unit of `kind`. */
export function drawUnitTraits(kind: DrawnUnitKind, random: Random): UnitTraits {
  switch (kind) {
    case 'enterprise':
      return enterpriseTraits(random);
    case 'small_venue':
      return venueTraits(random);
    case 'group_rental':
      return traits({ industry: '出租房', riskTags: random.chance(0.2) ? ['crowded'] : [], floorArea: random.logNormalInt(220, 0.5, 60, 900) });
    case 'self_built_house':
      return traits({ industry: random.pick(['民宿', '饭店', '出租', '小超市', '作坊', '棋牌室']), floorArea: random.logNormalInt(320, 0.4, 120, 1200), employees: random.int(1, 12) });
    case 'gas_user':
      return traits({ industry: random.pick(['饭店', '酒楼', '大酒店', '餐饮店', '食堂']), riskTags: random.chance(0.15) ? ['gas_use', 'crowded'] : ['gas_use'], employees: random.logNormalInt(12, 0.7, 3, 150), floorArea: random.logNormalInt(260, 0.7, 40, 3000) });
    case 'construction_site':
      return traits({ industry: random.pick(['住宅项目', '厂房新建工程', '道路改造工程', '商业综合体项目', '安置房项目', '学校扩建工程']), riskTags: constructionTags(random), employees: random.logNormalInt(90, 0.6, 20, 800), floorArea: random.logNormalInt(30_000, 0.9, 2_000, 300_000) });
    case 'hazardous_chemicals':
      return hazardousChemicalTraits(random);
    case 'crowded_place':
      return traits({ industry: random.pick(['购物中心', '商场', '农贸市场', '影城', '超市', '体育馆']), riskTags: random.chance(0.6) ? ['crowded', 'special_equipment'] : ['crowded'], employees: random.logNormalInt(60, 0.8, 10, 800), floorArea: random.logNormalInt(6_000, 0.8, 800, 80_000) });
    case 'school':
      return traits({ industry: random.pick(['小学', '中学', '实验学校', '幼儿园', '职业技术学校']), riskTags: ['crowded'], employees: random.logNormalInt(80, 0.5, 15, 400), floorArea: random.logNormalInt(12_000, 0.6, 1_500, 80_000) });
    case 'medical':
      return traits({ industry: random.pick(['卫生院', '社区卫生服务中心', '医院', '中医院', '护理院']), riskTags: random.chance(0.5) ? ['crowded', 'special_equipment'] : ['crowded'], employees: random.logNormalInt(90, 0.8, 10, 2000), floorArea: random.logNormalInt(8_000, 0.8, 500, 120_000) });
    case 'gas_supplier':
      return traits({ industry: random.pick(['燃气', '液化气', '天然气']), riskTags: random.chance(0.5) ? ['gas_use', 'special_equipment'] : ['gas_use'], employees: random.logNormalInt(30, 0.6, 6, 300), floorArea: random.logNormalInt(4_000, 0.7, 300, 40_000) });
    case 'elderly_care':
      return traits({ industry: random.pick(['敬老院', '颐养院', '养老院', '老年公寓']), riskTags: ['crowded'], employees: random.logNormalInt(25, 0.5, 5, 150), floorArea: random.logNormalInt(3_000, 0.6, 400, 20_000) });
    case 'logistics':
      return logisticsTraits(random);
  }
}

function venueTraits(random: Random): UnitTraits {
  const venueType = random.weighted(VENUE_TYPE_WEIGHTS);
  const tags: RiskTag[] = [];
  if (venueType === 'restaurant') addIf(tags, random, 0.5, 'gas_use');
  if (venueType === 'hotel' || venueType === 'entertainment' || venueType === 'internet_cafe') addIf(tags, random, 0.35, 'crowded');
  if (venueType === 'workshop') addIf(tags, random, 0.1, 'hot_work');
  // Thresholds of the fire services' 九小场所 list (reference §6.1 b): < 300 m² shops, < 200 m² leisure.
  const areaMedian = venueType === 'hotel' ? 500 : venueType === 'shop' ? 90 : venueType === 'workshop' ? 250 : 120;
  return traits({
    venueType,
    riskTags: tags,
    industry: venueType,
    employees: random.logNormalInt(venueType === 'hotel' || venueType === 'school' ? 10 : 4, 0.6, 1, 40),
    floorArea: random.logNormalInt(areaMedian, 0.5, 15, venueType === 'hotel' ? 2000 : 600),
  });
}

function constructionTags(random: Random): RiskTag[] {
  const tags: RiskTag[] = ['hot_work'];
  addIf(tags, random, 0.8, 'special_equipment');
  addIf(tags, random, 0.12, 'confined_space');
  return tags;
}

function hazardousChemicalTraits(random: Random): UnitTraits {
  const industry = random.weighted({ 化工: 30, 加油站: 25, 气体: 15, 涂料: 10, 危险化学品经营部: 15, 油品: 5 });
  const tags: RiskTag[] = ['hazardous_chemicals'];
  addIf(tags, random, 0.3, 'confined_space');
  addIf(tags, random, 0.2, 'special_equipment');
  addIf(tags, random, 0.15, 'hot_work');
  const small = industry === '加油站' || industry === '危险化学品经营部';
  return traits({
    industry,
    riskTags: tags,
    employees: small ? random.logNormalInt(8, 0.5, 2, 40) : random.logNormalInt(60, 0.8, 8, 600),
    floorArea: small ? random.logNormalInt(600, 0.6, 50, 4000) : random.logNormalInt(8_000, 0.8, 800, 100_000),
  });
}

function logisticsTraits(random: Random): UnitTraits {
  const industry = random.weighted({ 物流: 50, 仓储: 25, 冷链物流: 12, 快递: 13 });
  const tags: RiskTag[] = [];
  if (industry === '冷链物流') addIf(tags, random, 0.6, 'ammonia_refrigeration');
  addIf(tags, random, 0.4, 'special_equipment');
  addIf(tags, random, 0.15, 'lithium_battery');
  return traits({ industry, riskTags: tags, employees: random.logNormalInt(40, 0.8, 5, 600), floorArea: random.logNormalInt(6_000, 0.8, 500, 80_000) });
}

/** Traits of a 厂中厂 park (出租方): a landlord company letting factory buildings. */
export function parkTraits(random: Random): UnitTraits {
  const tags: RiskTag[] = [];
  addIf(tags, random, 0.3, 'special_equipment');
  return traits({ industry: '实业', riskTags: tags, employees: random.int(3, 25), floorArea: random.logNormalInt(25_000, 0.5, 6_000, 120_000) });
}
