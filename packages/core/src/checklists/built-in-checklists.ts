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
import { CONSTRUCTION_ITEMS } from './built-in/construction-major.js';
import { CROWDED_FIRE_KINDS, CROWDED_PLACE_FIRE_ITEMS } from './built-in/crowded-place-fire.js';
import { ELEVATOR_ITEMS } from './built-in/elevator.js';
import { GAS_OPERATOR_ITEMS } from './built-in/gas-operator-major.js';
import { HAZARDOUS_CHEMICALS_ITEMS } from './built-in/hazardous-chemicals-major.js';

/** The stable codes of the built-in templates. */
export const BUILT_IN_CHECKLIST_CODES = [
  'major-hazard-gm10',
  'dust-gb15577',
  'small-venue-fire',
  'group-rental',
  'self-built-house',
  'gas-user',
  'confined-space',
  'hazchem-major',
  'construction-major',
  'gas-operator-major',
  'elevator',
  'crowded-place-fire',
] as const;
export type BuiltInChecklistCode = (typeof BUILT_IN_CHECKLIST_CODES)[number];

// Built-in versions carry the date they were released; a new version of a built-in changes its entry here
// (version and date), and installing it supersedes the version before (ADR 0072).
const BUILT_IN_CREATED_AT = '2026-11-23T00:00:00.000Z';
/** Version 2 of the first seven built-ins (findings) and version 1 of the sector lists: ADR 0072. */
const FINDINGS_RELEASED_AT = '2026-12-08T00:00:00.000Z';

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
  readonly createdAt: string;
}

const scope = (partial: Partial<Applicability>): Applicability => ({ ...ANY_UNIT, ...partial });

const DEFINITIONS: readonly BuiltInDefinition[] = [
  {
    code: 'major-hazard-gm10', version: 2, name: '工贸企业重大事故隐患判定检查表（应急管理部令第10号）',
    description: '逐项对照《工贸企业重大事故隐患判定标准》第三条至第十三条的64项判定情形；危险化学品、消防、燃气、特种设备领域适用各自标准，不使用本表。',
    appliesTo: scope({ sectors: ['industry_trade', 'commerce'] }), excludedSectors: GM10_EXCLUDED_SECTORS, items: GM10_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'dust-gb15577', version: 2, name: '粉尘防爆安全检查表（GB 15577-2018）',
    description: '依据 GB 15577-2018《粉尘防爆安全规程》和第10号令第十一条，适用于存在粉尘爆炸危险的工贸企业。',
    appliesTo: scope({ tags: ['dust'] }), excludedSectors: [], items: DUST_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'small-venue-fire', version: 2, name: '九小场所消防安全检查表',
    description: '适用于九小场所和人员密集场所的消防安全检查，重点检查生命通道、消防器材、用火用电和“三合一”。',
    appliesTo: scope({ kinds: ['small_venue', 'crowded_place'] }), excludedSectors: [], items: SMALL_VENUE_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'group-rental', version: 2, name: '群租房消防安全检查表',
    description: '依据江苏省“群租房”消防安全整治导则，检查建筑分隔、居住人数、用电和电动自行车、用火和消防设施。',
    appliesTo: scope({ kinds: ['group_rental'] }), excludedSectors: [], items: GROUP_RENTAL_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'self-built-house', version: 2, name: '经营性自建房安全排查表',
    description: '依据《全国自建房安全专项整治工作方案》，排查结构安全性、经营安全性和建设合法合规性。',
    appliesTo: scope({ kinds: ['self_built_house'] }), excludedSectors: [], items: SELF_BUILT_HOUSE_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'gas-user', version: 2, name: '燃气用户安全检查表（餐饮等非居民用户）',
    description: '检查燃具、连接软管、泄漏报警和切断装置、液化石油气钢瓶及用气管理。',
    appliesTo: scope({ tags: ['gas_use'] }), excludedSectors: [], items: GAS_USER_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'confined-space', version: 2, name: '有限空间作业安全检查表',
    description: '依据第10号令第十三条，检查有限空间辨识、台账、警示标志、作业审批、通风检测和监护。',
    appliesTo: scope({ tags: ['confined_space'] }), excludedSectors: [], items: CONFINED_SPACE_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'hazchem-major', version: 1, name: '危险化学品重大事故隐患检查表（安监总管三〔2017〕121号）',
    description: '逐项对照《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》20项判定情形，适用于危险化学品行业单位；与本单位装置无关的项答“不适用”。标注“条款待核实”的依据尚未与官方文本核对。',
    appliesTo: scope({ sectors: ['hazardous_chemicals'] }), excludedSectors: [], items: HAZARDOUS_CHEMICALS_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'construction-major', version: 1, name: '房屋市政工程重大事故隐患检查表（2022版）',
    description: '依据《房屋市政工程生产安全重大事故隐患判定标准（2022版）》（建质规〔2022〕2号）第三条至第十三条，适用于建筑施工工地。标注“条款待核实”的依据尚未与官方文本核对。',
    appliesTo: scope({ sectors: ['construction'] }), excludedSectors: [], items: CONSTRUCTION_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'gas-operator-major', version: 1, name: '燃气经营企业重大隐患检查表（建城规〔2023〕4号）',
    description: '依据《城镇燃气经营安全重大隐患判定标准》，适用于燃气经营企业（燃气用户另用燃气用户安全检查表）。标注“条款待核实”的依据尚未与官方文本核对。',
    appliesTo: scope({ kinds: ['gas_supplier'] }), excludedSectors: [], items: GAS_OPERATOR_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'elevator', version: 1, name: '电梯安全检查表（特种设备）',
    description: '依据《特种设备安全法》和电梯维护保养安全技术规范，检查使用登记、定期检验、维护保养、应急救援和老旧电梯评估；施工工地的起重机械按房屋市政工程标准检查。标注“条款待核实”的依据尚未与官方文本核对。',
    appliesTo: scope({ tags: ['special_equipment'] }), excludedSectors: ['construction'], items: ELEVATOR_ITEMS, createdAt: FINDINGS_RELEASED_AT,
  },
  {
    code: 'crowded-place-fire', version: 1, name: '人员密集场所消防安全检查表',
    description: '依据《消防法》、公安部令第61号和 GB 35181 重大火灾隐患直接判定要素，适用于商场、学校、医院、养老机构等人员密集场所及物流仓储单位。标注“条款待核实”的依据尚未与官方文本核对。',
    appliesTo: scope({ kinds: CROWDED_FIRE_KINDS }), excludedSectors: [], items: CROWDED_PLACE_FIRE_ITEMS, createdAt: FINDINGS_RELEASED_AT,
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
}));

/** The id of the current version of a built-in template. */
export function currentBuiltInChecklistId(code: BuiltInChecklistCode): string {
  const template = BUILT_IN_CHECKLISTS.find((candidate) => candidate.code === code);
  if (!template) throw new Error(`no built-in checklist ${code}`);
  return template.id;
}

/** True for the code of a built-in template (reserved: district copies may not use it). */
export function isBuiltInCode(code: string): boolean {
  return (BUILT_IN_CHECKLIST_CODES as readonly string[]).includes(code);
}
