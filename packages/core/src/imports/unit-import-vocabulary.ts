import type { CoordinateSystem } from '../geo/coordinate-systems.js';
import type { Department, DustKind, RiskTag, Sector, SmallVenueType, SubIndustry, UnitKind, UnitStatus } from '../units/unit-catalog.js';

/**
 * The Chinese labels an office's 台账 uses for each coded column, as the web app shows them
 * (`enum.*` in apps/web's zh-CN catalogue; a web test holds the two equal). The import accepts a
 * label or the code; the template's dropdowns (数据验证) offer the labels.
 */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  enterprise: '工贸企业',
  hazardous_chemicals: '危化品单位',
  construction_site: '建筑工地',
  small_venue: '九小场所',
  group_rental: '群租房',
  self_built_house: '经营性自建房',
  gas_user: '燃气用户',
  crowded_place: '人员密集场所',
  park: '厂中厂园区',
  school: '学校',
  medical: '医疗机构',
  elderly_care: '养老机构',
  logistics: '物流运输企业',
  gas_supplier: '燃气经营企业',
};

export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  industry_trade: '工贸',
  hazardous_chemicals: '危险化学品',
  construction: '建筑施工',
  town_gas: '城镇燃气',
  self_built_house: '自建房',
  fire: '消防',
  group_rental: '群租房',
  special_equipment: '特种设备',
  road_transport: '道路运输',
  education: '教育',
  health: '卫生健康',
  civil_affairs: '民政',
  commerce: '商贸',
};

/** 行业主管部门 as documents name them (the 通报's sector table, the export's department column). */
export const DEPARTMENT_LABELS: Readonly<Record<Department, string>> = {
  emergency: '应急管理局',
  housing: '住房和城乡建设局',
  fire: '消防救援大队',
  market: '市场监督管理局',
  transport: '交通运输局',
  public_security: '公安分局',
  education: '教育局',
  health: '卫生健康委员会',
  civil_affairs: '民政局',
  commerce: '商务局',
};

/** 工贸 sub-industries (第10号令's industry articles). */
export const SUB_INDUSTRY_LABELS: Readonly<Record<SubIndustry, string>> = {
  metallurgy: '冶金',
  nonferrous: '有色',
  building_materials: '建材',
  machinery: '机械',
  light_industry: '轻工',
  textile: '纺织',
  tobacco: '烟草',
  commerce: '商贸',
};

export const RISK_TAG_LABELS: Readonly<Record<RiskTag, string>> = {
  dust: '涉粉尘',
  hazardous_chemicals: '涉危化品',
  confined_space: '有限空间',
  ammonia_refrigeration: '涉氨制冷',
  molten_metal: '高温熔融金属',
  crowded: '人员密集',
  gas_use: '使用燃气',
  sublet_tenant: '厂中厂承租方',
  lithium_battery: '锂电池',
  special_equipment: '特种设备',
  hot_work: '动火作业',
};

export const DUST_KIND_LABELS: Readonly<Record<DustKind, string>> = {
  metal: '金属粉尘',
  wood: '木粉尘',
  grain: '粮食粉尘',
  textile: '纺织纤维粉尘',
  plastic: '塑料粉尘',
  paper: '纸粉尘',
  other: '其他粉尘',
};

export const VENUE_TYPE_LABELS: Readonly<Record<SmallVenueType, string>> = {
  shop: '小商店',
  restaurant: '小餐饮',
  hotel: '小旅馆',
  entertainment: '小歌舞娱乐场所',
  internet_cafe: '小网吧',
  beauty_bath: '小美容洗浴场所',
  clinic: '小诊所',
  school: '小学校（幼儿园）',
  workshop: '小生产加工企业',
};

export const UNIT_STATUS_LABELS: Readonly<Record<UnitStatus, string>> = {
  active: '正常经营',
  suspended: '停产停业',
  closed: '已关闭',
};

/** 坐标系: the template offers the first spelling; the others are what offices write. */
export const COORDINATE_SYSTEM_LABELS: Readonly<Record<CoordinateSystem, readonly string[]>> = {
  wgs84: ['WGS-84', 'WGS84', 'GPS', '天地图', 'CGCS2000', '大地2000'],
  gcj02: ['GCJ-02', 'GCJ02', '高德', '腾讯', '火星坐标'],
  bd09: ['BD-09', 'BD09', '百度'],
};

/** A lookup from label or code (trimmed, case-insensitive for Latin letters) to the code. */
export function labelLookup<T extends string>(labels: Readonly<Record<T, string | readonly string[]>>): ReadonlyMap<string, T> {
  const lookup = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string | readonly string[]][]) {
    lookup.set(code.toLowerCase(), code);
    for (const spelling of typeof label === 'string' ? [label] : label) lookup.set(spelling.toLowerCase(), code);
  }
  return lookup;
}

/** The label a template dropdown offers for a code. */
export function firstLabel(label: string | readonly string[]): string {
  return typeof label === 'string' ? label : (label[0] ?? '');
}
