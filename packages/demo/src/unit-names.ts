import type { Contact, SmallVenueType, UnitKind } from '@safegrid/core';
import type { CreditCodeIssuer } from './credit-codes.js';
import { mobileNumber, personName } from './people-names.js';
import { streetName, townStem, villageStem } from './place-names.js';
import type { Random } from './random.js';

// Characters of company 字号 (trade names): auspicious and technical words.
const TRADE_CHARACTERS = [
  '恒', '瑞', '鑫', '华', '宏', '达', '泰', '盛', '丰', '隆', '源', '兴', '昌', '鼎', '嘉', '永', '利', '德', '信', '诚',
  '邦', '凯', '博', '创', '新', '科', '力', '精', '金', '汇', '通', '宝', '润', '天', '海', '宇', '晨', '光', '明', '远',
  '航', '中', '正', '东', '方', '联', '合', '顺', '福', '安', '康', '吉', '祥', '立', '荣', '辉', '捷', '亚', '欧', '星',
  '阳', '启', '优', '佳', '益', '铭', '晟', '旭', '耀', '峰', '腾', '骏', '锦', '豪', '威', '奥', '众', '聚', '协', '常',
];
const TRADE_PAIRS = TRADE_CHARACTERS.length * (TRADE_CHARACTERS.length - 1);

/**
 * A two-character 字号 for unit `index`: an affine bijection of the index over all ordered pairs of
 * distinct characters, so names repeat only beyond 6,320 units of the same trade.
 */
export function tradeName(index: number, salt: number): string {
  const pair = (index * 4_099 + salt) % TRADE_PAIRS;
  const size = TRADE_CHARACTERS.length;
  const first = Math.floor(pair / (size - 1));
  let second = pair % (size - 1);
  if (second >= first) second += 1;
  return `${TRADE_CHARACTERS[first]}${TRADE_CHARACTERS[second]}`;
}

const VENUE_WORDS: Readonly<Record<SmallVenueType, readonly string[]>> = {
  shop: ['便利店', '超市', '五金店', '建材店', '烟酒店', '水果店', '服装店', '电动车行', '副食品店', '日用品商店'],
  restaurant: ['面馆', '饭店', '餐馆', '小吃店', '土菜馆', '火锅店', '烧烤店', '快餐店', '馄饨店'],
  hotel: ['宾馆', '旅馆', '快捷酒店', '旅社', '招待所'],
  entertainment: ['KTV', '歌舞厅', '棋牌室', '台球室'],
  internet_cafe: ['网吧', '网咖'],
  beauty_bath: ['美容美发店', '足浴店', '浴室', '理发店', '养生馆'],
  clinic: ['诊所', '口腔诊所', '中医诊所', '卫生室'],
  school: ['培训中心', '托育园', '艺术培训学校', '幼儿园'],
  workshop: ['加工坊', '五金加工厂', '木器加工厂', '服装加工点', '塑料制品加工厂'],
};

/** Where a unit is and what its name builds on. */
export interface NamingContext {
  readonly index: number;
  readonly salt: number;
  readonly kind: UnitKind;
  readonly industry: string;
  readonly venueType: SmallVenueType | null;
  readonly districtName: string;
  readonly cityName: string;
  readonly provinceShortName: string;
  readonly townName: string;
  readonly villageName: string;
  readonly isCommunity: boolean;
  readonly isTenant: boolean;
}

function companyPrefix(context: NamingContext, random: Random): string {
  const city = context.cityName.replace(/市$/, '');
  const roll = random.next();
  if (roll < 0.55 && context.cityName) return `${context.cityName}${context.districtName}`;
  if (roll < 0.82 && city) return city;
  return context.provinceShortName || context.districtName;
}

/** A registry name: 常州市武进区恒瑞机械有限公司, 武进区湖塘鑫华便利店, 马杭村王建国出租房 … */
export function unitName(context: NamingContext, random: Random, ownerName: string): string {
  const trade = tradeName(context.index, context.salt);
  const local = localPrefix(context);
  const place = villageStem(context.villageName);
  switch (context.kind) {
    case 'enterprise':
    case 'logistics':
    case 'gas_supplier':
      return `${context.isTenant ? (context.cityName.replace(/市$/, '') || context.districtName) : companyPrefix(context, random)}${trade}${context.industry}有限公司`;
    case 'park':
      return `${companyPrefix(context, random)}${trade}实业有限公司`;
    case 'hazardous_chemicals':
      return context.industry === '加油站' || context.industry === '危险化学品经营部'
        ? `${local}${trade}${context.industry}`
        : `${companyPrefix(context, random)}${trade}${context.industry}有限公司`;
    case 'small_venue':
      return `${local}${random.chance(0.3) ? `${ownerName.slice(0, 1)}记` : trade}${random.pick(VENUE_WORDS[context.venueType ?? 'shop'])}`;
    case 'gas_user':
      return context.industry === '食堂'
        ? `${companyPrefix(context, random)}${trade}机械有限公司食堂`
        : `${local}${trade}${context.industry}`;
    case 'group_rental':
      return `${context.villageName}${ownerName}出租房`;
    case 'self_built_house':
      return `${context.villageName}${ownerName}自建房（${context.industry}）`;
    case 'construction_site':
      return projectName(context, random, trade);
    case 'crowded_place':
      return `${local}${trade}${context.industry}`;
    case 'school':
    case 'medical':
    case 'elderly_care':
      return `${context.cityName}${context.districtName}${context.isCommunity ? place : `${townStem(context.townName)}${place}`}${context.industry}`;
  }
}

/**
 * How a 个体工商户 name starts: district and town (武进区湖塘…), or just the town when its name
 * already carries the district's (武进经济开发区…).
 */
function localPrefix(context: NamingContext): string {
  const town = townStem(context.townName);
  const district = townStem(context.districtName);
  return district && town.startsWith(district) ? context.townName : `${context.districtName}${town}`;
}

/** A construction project named the way permits name them. */
function projectName(context: NamingContext, random: Random, trade: string): string {
  const place = villageStem(context.villageName);
  switch (context.industry) {
    case '住宅项目':
    case '安置房项目':
      return `${place}${random.pick(['花园', '苑', '府', '名邸', '雅居'])}${random.pick(['一期', '二期', '三期', ''])}${context.industry}`;
    case '厂房新建工程':
      return `${context.cityName.replace(/市$/, '')}${trade}${random.pick(['机械', '精密', '新材料', '科技'])}有限公司${context.industry}`;
    case '道路改造工程':
      return `${streetName(place, random)}改造工程`;
    case '商业综合体项目':
      return `${place}${random.pick(['广场', '商业中心', '邻里中心'])}项目`;
    default:
      return `${place}${random.pick(['小学', '中学', '幼儿园'])}扩建工程`;
  }
}

/** An address in the unit's town and village: 湖塘镇花园街128号, 洛阳镇岑村工业集中区18号 … */
export function unitAddress(context: NamingContext, random: Random): string {
  const place = villageStem(context.villageName);
  const number = random.logNormalInt(60, 0.9, 1, 999);
  if (context.isCommunity) return `${context.townName}${streetName(place, random)}${number}号`;
  if (context.kind === 'enterprise' || context.kind === 'park' || context.kind === 'hazardous_chemicals' || context.kind === 'logistics') {
    return `${context.townName}${place}工业集中区${number}号`;
  }
  return `${context.townName}${context.villageName}${random.int(1, 16)}组${number}号`;
}

const CONTACT_ROLES: Readonly<Record<UnitKind, readonly [string, string | null]>> = {
  enterprise: ['法定代表人', '安全负责人'],
  hazardous_chemicals: ['法定代表人', '安全专员'],
  park: ['法定代表人', '安全专员'],
  logistics: ['法定代表人', '安全负责人'],
  construction_site: ['项目经理', '专职安全员'],
  small_venue: ['经营者', null],
  gas_user: ['负责人', null],
  group_rental: ['房东', null],
  self_built_house: ['房屋所有人', null],
  crowded_place: ['负责人', '消防安全管理人'],
  school: ['校长', '安全管理员'],
  medical: ['院长', '安全管理员'],
  elderly_care: ['院长', '安全管理员'],
  gas_supplier: ['法定代表人', '安全负责人'],
};

/** Contacts; dust-handling enterprises name a 安全专员 (reference: 涉粉企业 安全专员). */
export function unitContacts(kind: UnitKind, isDusty: boolean, random: Random): Contact[] {
  const [mainRole, safetyRole] = CONTACT_ROLES[kind];
  const contacts: Contact[] = [{ name: personName(random), role: mainRole, phone: mobileNumber(random) }];
  const role = isDusty ? '安全专员' : safetyRole;
  if (role) contacts.push({ name: personName(random), role, phone: mobileNumber(random) });
  return contacts;
}

/** Which registration authority issues the unit's code; null for 群租房 and 自建房, which have none. */
export function creditCodeIssuer(kind: UnitKind, industry: string): CreditCodeIssuer | null {
  switch (kind) {
    case 'group_rental':
    case 'self_built_house':
      return null;
    case 'small_venue':
      return '92';
    case 'gas_user':
      // A canteen belongs to a company; restaurants are mostly 个体工商户.
      return industry === '食堂' ? '91' : '92';
    case 'school':
    case 'medical':
      return '12';
    case 'elderly_care':
      return '52';
    default:
      return '91';
  }
}
