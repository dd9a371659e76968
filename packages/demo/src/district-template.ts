import type { BoundingBox, LngLat } from '@safegrid/core';

/** What a township-level unit is mostly like; it steers which kinds of unit are placed there. */
export type TownProfile = 'urban' | 'industrial' | 'rural' | 'scenic';

/** One 镇 / 街道 / 功能区 of a district template. */
export interface TownTemplate {
  /** 9-digit statistical code under the district's 6-digit code. */
  readonly code: string;
  readonly name: string;
  readonly kind: 'town' | 'subdistrict' | 'zone';
  readonly sortOrder: number;
  /** The Voronoi site of the town; it becomes `Region.center`. */
  readonly center: LngLat;
  /** Login name of the town's account (pinyin for 武进). */
  readonly username: string;
  /** Numbers of 村 and 社区 to generate. */
  readonly villages: number;
  readonly communities: number;
  /** Relative share of the district's units placed here. */
  readonly weight: number;
  readonly profile: TownProfile;
}

/**
 * The fixed facts a demo district is generated from: codes, names, extent and towns. The built-in
 * one is 武进区; `syntheticDistrictTemplate` makes others for benchmarks.
 */
export interface DistrictTemplate {
  /** 6-digit GB/T 2260 code. */
  readonly code: string;
  readonly name: string;
  /** For company names and addresses: 常州市, 江苏. */
  readonly cityName: string;
  readonly provinceShortName: string;
  /** The district tiles this box (WGS-84). */
  readonly bbox: BoundingBox;
  readonly center: LngLat;
  /** The town of the district government: the demo town account and the densest town. */
  readonly seatTownCode: string;
  readonly towns: readonly TownTemplate[];
  /** Put before every generated username, so several districts can share one database. */
  readonly usernamePrefix: string;
}

/** What a synthetic district is made from: a code, a name, an extent and a number of towns. */
export interface SyntheticDistrictInput {
  /** 6-digit code, e.g. 320481. */
  readonly code: string;
  readonly name: string;
  readonly bbox: BoundingBox;
  readonly towns: number;
  readonly cityName?: string | undefined;
  readonly provinceShortName?: string | undefined;
}

const TOWN_STEMS_FIRST = ['金', '新', '东', '西', '南', '北', '安', '永', '福', '青', '白', '长', '丰', '崇', '嘉', '宝', '兴', '华', '太', '云'];
const TOWN_STEMS_SECOND = ['山', '桥', '塘', '港', '庄', '阳', '湖', '泉', '坝', '溪', '林', '城', '墅', '渡', '河', '坊', '集', '岗', '埠', '浦'];

/** Town n's code suffix: 街道 use 001…, 镇 100…, 功能区 400…, as NBS numbers them. */
function townCodeSuffix(kind: TownTemplate['kind'], ordinal: number): string {
  const base = kind === 'subdistrict' ? 1 : kind === 'town' ? 100 : 400;
  return String(base + ordinal).padStart(3, '0');
}

/**
 * A synthetic district for benchmarks: `towns` township-level units with consistent 9-digit codes
 * under `code`, distinct made-up names, and centres spread over `bbox` on a jittered lattice.
 * Usernames are prefixed with the code so districts can share a database. Refuses a bad code or count.
 */
export function syntheticDistrictTemplate(input: SyntheticDistrictInput): DistrictTemplate {
  if (!/^\d{6}$/.test(input.code)) throw new RangeError('syntheticDistrictTemplate: code must have 6 digits');
  if (!Number.isInteger(input.towns) || input.towns < 1 || input.towns > 99) {
    throw new RangeError('syntheticDistrictTemplate: towns must be an integer from 1 to 99');
  }
  const { bbox } = input;
  const columns = Math.ceil(Math.sqrt(input.towns * ((bbox.maxLng - bbox.minLng) / (bbox.maxLat - bbox.minLat))));
  const rows = Math.ceil(input.towns / columns);
  const cellWidth = (bbox.maxLng - bbox.minLng) / columns;
  const cellHeight = (bbox.maxLat - bbox.minLat) / rows;
  const subdistricts = Math.max(1, Math.round(input.towns * 0.2));
  const towns: TownTemplate[] = [];
  for (let index = 0; index < input.towns; index += 1) {
    const kind: TownTemplate['kind'] = index < subdistricts ? 'subdistrict' : index === input.towns - 1 && input.towns > 3 ? 'zone' : 'town';
    const ordinal = kind === 'subdistrict' ? index : kind === 'town' ? index - subdistricts : 0;
    // Deterministic jitter from the index keeps centres distinct and off a regular grid.
    const jitterX = ((index * 0.618034) % 1) * 0.5 + 0.25;
    const jitterY = ((index * 0.414214 + 0.3) % 1) * 0.5 + 0.25;
    const stem = `${TOWN_STEMS_FIRST[index % TOWN_STEMS_FIRST.length]}${TOWN_STEMS_SECOND[(index * 7 + Math.floor(index / 20)) % TOWN_STEMS_SECOND.length]}`;
    const suffix = kind === 'subdistrict' ? '街道' : kind === 'town' ? '镇' : '经济开发区';
    towns.push({
      code: `${input.code}${townCodeSuffix(kind, ordinal)}`,
      name: `${stem}${suffix}`,
      kind,
      sortOrder: index + 1,
      center: {
        lng: bbox.minLng + ((index % columns) + jitterX) * cellWidth,
        lat: bbox.minLat + (Math.floor(index / columns) + jitterY) * cellHeight,
      },
      username: `town${String(index + 1).padStart(2, '0')}`,
      villages: kind === 'subdistrict' ? 4 : 12 + (index % 7),
      communities: kind === 'subdistrict' ? 6 : 2 + (index % 4),
      weight: index === 0 ? 2.5 : kind === 'zone' ? 1.4 : 1,
      profile: kind === 'subdistrict' || index === 0 ? 'urban' : kind === 'zone' || index % 3 === 0 ? 'industrial' : 'rural',
    });
  }
  const seat = towns[0] as TownTemplate;
  return {
    code: input.code,
    name: input.name,
    cityName: input.cityName ?? '',
    provinceShortName: input.provinceShortName ?? '江苏',
    bbox,
    center: seat.center,
    seatTownCode: seat.code,
    towns,
    usernamePrefix: `${input.code}.`,
  };
}
