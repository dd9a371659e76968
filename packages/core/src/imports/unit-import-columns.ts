import { COORDINATE_SYSTEMS, type CoordinateSystem } from '../geo/coordinate-systems.js';
import { DUST_KINDS, RISK_TAGS, SECTORS, SMALL_VENUE_TYPES, SUB_INDUSTRIES, UNIT_KINDS, UNIT_STATUSES } from '../units/unit-catalog.js';
import {
  COORDINATE_SYSTEM_LABELS,
  DUST_KIND_LABELS,
  firstLabel,
  labelLookup,
  RISK_TAG_LABELS,
  SECTOR_LABELS,
  SUB_INDUSTRY_LABELS,
  UNIT_KIND_LABELS,
  UNIT_STATUS_LABELS,
  VENUE_TYPE_LABELS,
} from './unit-import-vocabulary.js';

/** The unit fields a 台账 column can fill; a contact is spread over three columns. */
export const UNIT_IMPORT_FIELDS = [
  'name', 'creditCode', 'kind', 'sector', 'subIndustry', 'address', 'lng', 'lat', 'crs', 'riskTags', 'dustKind', 'venueType',
  'employees', 'floorArea', 'contactName', 'contactRole', 'contactPhone', 'status',
] as const;
export type UnitImportField = (typeof UNIT_IMPORT_FIELDS)[number];
/** What a user may map an unknown heading to: a field, or `ignore` to leave the column out. */
export type UnitImportTarget = UnitImportField | 'ignore';

export interface CodedChoices {
  /** The labels in the order the template's dropdown offers them. */
  readonly labels: readonly string[];
  readonly lookup: ReadonlyMap<string, string>;
}

export interface UnitImportColumn {
  readonly field: UnitImportField;
  /** The heading the template writes and offices use. */
  readonly heading: string;
  /** Other headings seen in offices' sheets for the same column. */
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** For coded columns: the labels (and codes) accepted. */
  readonly choices?: CodedChoices;
  /** Several values in one cell, separated by 、 , ， ; ； / or spaces (风险标签). */
  readonly multiple?: boolean;
  /** One line for the template's 填写说明 sheet. */
  readonly note: string;
}

function coded<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string | readonly string[]>>): CodedChoices {
  return { labels: codes.map((code) => firstLabel(labels[code])), lookup: labelLookup(labels) };
}

export const DEFAULT_IMPORT_CRS: CoordinateSystem = 'wgs84';

/** The columns of the unit import, in the template's order. */
export const UNIT_IMPORT_COLUMNS: readonly UnitImportColumn[] = [
  { field: 'name', heading: '单位名称', aliases: ['企业名称', '名称', '单位（企业）名称'], required: true, note: '必填，不超过 100 字' },
  { field: 'creditCode', heading: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'], required: false, note: '18 位，按 GB 32100-2015 校验；群租房、自建房可不填。与已登记单位相同时按所选方式更新或跳过' },
  { field: 'kind', heading: '单位类型', aliases: ['类型', '监管对象类型'], required: true, choices: coded(UNIT_KINDS, UNIT_KIND_LABELS), note: '必填，从下拉列表选择' },
  { field: 'sector', heading: '行业领域', aliases: ['行业', '所属行业'], required: false, choices: coded(SECTORS, SECTOR_LABELS), note: '不填时按单位类型确定' },
  { field: 'subIndustry', heading: '工贸行业类别', aliases: ['工贸行业', '行业类别'], required: false, choices: coded(SUB_INDUSTRIES, SUB_INDUSTRY_LABELS), note: '工贸、商贸单位填写：冶金、有色、建材、机械、轻工、纺织、烟草、商贸（决定适用的第10号令行业条款）' },
  { field: 'address', heading: '地址', aliases: ['详细地址', '单位地址', '经营地址'], required: true, note: '必填，不超过 200 字' },
  { field: 'lng', heading: '经度', aliases: ['lng', 'longitude'], required: true, note: '必填，十进制度数，如 119.9412' },
  { field: 'lat', heading: '纬度', aliases: ['lat', 'latitude'], required: true, note: '必填，十进制度数，如 31.7123' },
  { field: 'crs', heading: '坐标系', aliases: ['坐标类型'], required: false, choices: coded(COORDINATE_SYSTEMS, COORDINATE_SYSTEM_LABELS), note: '不填为 WGS-84（GPS、天地图）；高德、腾讯坐标选 GCJ-02，百度坐标选 BD-09' },
  { field: 'riskTags', heading: '风险标签', aliases: ['风险类型', '重点风险'], required: false, choices: coded(RISK_TAGS, RISK_TAG_LABELS), multiple: true, note: '可填多个，用顿号“、”分隔，如 涉粉尘、有限空间' },
  { field: 'dustKind', heading: '粉尘种类', aliases: ['粉尘类型'], required: false, choices: coded(DUST_KINDS, DUST_KIND_LABELS), note: '风险标签含“涉粉尘”时必填' },
  { field: 'venueType', heading: '九小场所类型', aliases: ['场所类型'], required: false, choices: coded(SMALL_VENUE_TYPES, VENUE_TYPE_LABELS), note: '九小场所填写' },
  { field: 'employees', heading: '从业人数', aliases: ['职工人数', '员工人数'], required: false, note: '整数' },
  { field: 'floorArea', heading: '建筑面积', aliases: ['建筑面积（平方米）', '面积'], required: false, note: '平方米，可带小数' },
  { field: 'contactName', heading: '联系人', aliases: ['安全负责人', '负责人'], required: false, note: '与联系电话一起填写' },
  { field: 'contactRole', heading: '联系人职务', aliases: ['职务'], required: false, note: '不填为“安全负责人”' },
  { field: 'contactPhone', heading: '联系电话', aliases: ['电话', '手机', '手机号码'], required: false, note: '手机号或带区号的固定电话' },
  { field: 'status', heading: '经营状态', aliases: ['状态'], required: false, choices: coded(UNIT_STATUSES, UNIT_STATUS_LABELS), note: '不填为“正常经营”' },
];

export const COLUMN_OF_FIELD: ReadonlyMap<UnitImportField, UnitImportColumn> = new Map(UNIT_IMPORT_COLUMNS.map((column) => [column.field, column]));

/** A heading as compared: no spaces, no required-marker star, no unit in brackets, Latin lower-cased. */
export function normalizeHeading(heading: string): string {
  return heading
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .toLowerCase();
}

const FIELD_BY_HEADING: ReadonlyMap<string, UnitImportField> = new Map(
  UNIT_IMPORT_COLUMNS.flatMap((column) => [column.heading, ...column.aliases, column.field].map((text) => [normalizeHeading(text), column.field] as const)),
);

/** The field a heading names, or undefined for a heading the user must map. */
export function fieldOfHeading(heading: string): UnitImportField | undefined {
  return FIELD_BY_HEADING.get(normalizeHeading(heading));
}

export function isUnitImportTarget(value: string): value is UnitImportTarget {
  return value === 'ignore' || (UNIT_IMPORT_FIELDS as readonly string[]).includes(value);
}
