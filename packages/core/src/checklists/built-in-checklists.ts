import { formatUuidV7 } from '../shared/ids.js';
import type { Sector } from '../units/unit-catalog.js';
import { ANY_UNIT, type Applicability, type ChecklistItem, type ChecklistTemplate } from './checklist.js';
import { GM10_EXCLUDED_SECTORS } from './checklist-applicability.js';
import { CONFINED_SPACE_ITEMS } from './built-in/confined-space.js';
import { DUST_ITEMS } from './built-in/dust-gb15577.js';
import { GAS_USER_ITEMS } from './built-in/gas-user.js';
import { GM10_ITEMS } from './built-in/major-hazard-gm10.js';
import { GROUP_RENTAL_ITEMS } from './built-in/group-rental.js';
import { SELF_BUILT_HOUSE_ITEMS } from './built-in/self-built-house.js';
import { SMALL_VENUE_ITEMS } from './built-in/small-venue-fire.js';

/** The stable codes of the built-in templates. */
export const BUILT_IN_CHECKLIST_CODES = [
  'major-hazard-gm10',
  'dust-gb15577',
  'small-venue-fire',
  'group-rental',
  'self-built-house',
  'gas-user',
  'confined-space',
] as const;
export type BuiltInChecklistCode = (typeof BUILT_IN_CHECKLIST_CODES)[number];

// Built-in versions carry the date their source took effect; a new version of a built-in is a new entry here.
const BUILT_IN_CREATED_AT = '2026-11-23T00:00:00.000Z';

/** FNV-1a over the code units of `text`, for the deterministic ids of built-in templates. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The id of a built-in template version: the same on every installation and in the demo, so data
 * that refers to a built-in never depends on which process installed it first.
 */
export function builtInChecklistId(code: string, version: number): string {
  const key = `${code}@${version}`;
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, fnv1a(key, 0x811c9dc5));
  view.setUint32(4, fnv1a(key, 0x01000193));
  return formatUuidV7(Date.parse(BUILT_IN_CREATED_AT), fnv1a(key, 7) & 0xfff, bytes);
}

interface BuiltInDefinition {
  readonly code: BuiltInChecklistCode;
  readonly version: number;
  readonly name: string;
  readonly description: string;
  readonly appliesTo: Applicability;
  readonly excludedSectors: readonly Sector[];
  readonly items: readonly ChecklistItem[];
}

const scope = (partial: Partial<Applicability>): Applicability => ({ ...ANY_UNIT, ...partial });

const DEFINITIONS: readonly BuiltInDefinition[] = [
  {
    code: 'major-hazard-gm10', version: 1, name: '工贸企业重大事故隐患判定检查表（应急管理部令第10号）',
    description: '逐项对照《工贸企业重大事故隐患判定标准》第三条至第十三条的64项判定情形；危险化学品、消防、燃气、特种设备领域适用各自标准，不使用本表。',
    appliesTo: scope({ sectors: ['industry_trade', 'commerce'] }), excludedSectors: GM10_EXCLUDED_SECTORS, items: GM10_ITEMS,
  },
  {
    code: 'dust-gb15577', version: 1, name: '粉尘防爆安全检查表（GB 15577-2018）',
    description: '依据 GB 15577-2018《粉尘防爆安全规程》和第10号令第十一条，适用于存在粉尘爆炸危险的工贸企业。',
    appliesTo: scope({ tags: ['dust'] }), excludedSectors: [], items: DUST_ITEMS,
  },
  {
    code: 'small-venue-fire', version: 1, name: '九小场所消防安全检查表',
    description: '适用于九小场所和人员密集场所的消防安全检查，重点检查生命通道、消防器材、用火用电和“三合一”。',
    appliesTo: scope({ kinds: ['small_venue', 'crowded_place'] }), excludedSectors: [], items: SMALL_VENUE_ITEMS,
  },
  {
    code: 'group-rental', version: 1, name: '群租房消防安全检查表',
    description: '依据江苏省“群租房”消防安全整治导则，检查建筑分隔、居住人数、用电和电动自行车、用火和消防设施。',
    appliesTo: scope({ kinds: ['group_rental'] }), excludedSectors: [], items: GROUP_RENTAL_ITEMS,
  },
  {
    code: 'self-built-house', version: 1, name: '经营性自建房安全排查表',
    description: '依据《全国自建房安全专项整治工作方案》，排查结构安全性、经营安全性和建设合法合规性。',
    appliesTo: scope({ kinds: ['self_built_house'] }), excludedSectors: [], items: SELF_BUILT_HOUSE_ITEMS,
  },
  {
    code: 'gas-user', version: 1, name: '燃气用户安全检查表（餐饮等非居民用户）',
    description: '检查燃具、连接软管、泄漏报警和切断装置、液化石油气钢瓶及用气管理。',
    appliesTo: scope({ tags: ['gas_use'] }), excludedSectors: [], items: GAS_USER_ITEMS,
  },
  {
    code: 'confined-space', version: 1, name: '有限空间作业安全检查表',
    description: '依据第10号令第十三条，检查有限空间辨识、台账、警示标志、作业审批、通风检测和监护。',
    appliesTo: scope({ tags: ['confined_space'] }), excludedSectors: [], items: CONFINED_SPACE_ITEMS,
  },
];

/** Every built-in template in its current version. */
export const BUILT_IN_CHECKLISTS: readonly ChecklistTemplate[] = DEFINITIONS.map((definition) => ({
  ...definition,
  id: builtInChecklistId(definition.code, definition.version),
  districtCode: null,
  status: 'active',
  basedOnId: null,
  createdBy: null,
  createdAt: BUILT_IN_CREATED_AT,
}));

/** True for the code of a built-in template (reserved: district copies may not use it). */
export function isBuiltInCode(code: string): boolean {
  return (BUILT_IN_CHECKLIST_CODES as readonly string[]).includes(code);
}
