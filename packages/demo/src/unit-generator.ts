import {
  UNIT_KIND_SECTOR,
  departmentOf,
  subIndustryFor,
  type LngLat,
  type Unit,
  type UnitKind,
  type UnitStatus,
} from '@safegrid/core';
import { demoCreditCode } from './credit-codes.js';
import { demoUuidV7 } from './demo-ids.js';
import type { DemoTimeframe } from './demo-timeframe.js';
import type { DistrictTemplate } from './district-template.js';
import { buildParkBlocks, findParkBlock, type ParkBlock } from './park-blocks.js';
import { recordRandom, STREAMS, mixSeed, type Random } from './random.js';
import type { DistrictLayout, GridSlot } from './region-layout.js';
import { createUnitPlacer, type UnitPlacer } from './unit-placement.js';
import {
  KIND_PROFILES,
  drawUnitTraits,
  enterpriseTraits,
  parkTraits,
  subIndustryOfTrade,
  type DrawnUnitKind,
  type UnitTraits,
} from './unit-profiles.js';
import { creditCodeIssuer, unitAddress, unitContacts, unitName, type NamingContext } from './unit-names.js';

/** What hazards need to know about a unit; cheap to recompute from the seed and the index. */
export interface UnitCore {
  readonly index: number;
  readonly id: string;
  readonly kind: UnitKind;
  readonly slot: GridSlot;
  readonly location: LngLat;
  readonly traits: UnitTraits;
  readonly status: UnitStatus;
  readonly createdMs: number;
  /** The park of a 厂中厂 tenant. */
  readonly parentIndex: number | null;
  /** Has its own enterprise account (安全专员): dust handlers, 危化品 units and parks. */
  readonly hasOfficer: boolean;
}

/** Recomputes any unit of a generated district from its index, keeping nothing per unit in memory. */
export interface UnitSource {
  readonly count: number;
  readonly parks: readonly ParkBlock[];
  core(index: number): UnitCore;
  unit(index: number): Unit;
}

/** Unit 0 is the demo enterprise: a dust-handling metal works in the seat town (account qiye01). */
export const DEMO_ENTERPRISE_INDEX = 0;

const CORE_MEMO_SIZE = 8_192;

const KIND_WEIGHTS = Object.fromEntries(Object.entries(KIND_PROFILES).map(([kind, profile]) => [kind, profile.weight])) as Record<DrawnUnitKind, number>;

export interface UnitSourceInput {
  readonly seed: number;
  readonly template: DistrictTemplate;
  readonly layout: DistrictLayout;
  readonly count: number;
  readonly timeframe: DemoTimeframe;
}

/** What the unit functions share: fixed inputs, the park layout and the memoised `core`. */
interface UnitContext extends UnitSourceInput {
  readonly placer: UnitPlacer;
  readonly parks: readonly ParkBlock[];
  readonly salt: number;
  core(index: number): UnitCore;
}

export function createUnitSource(input: UnitSourceInput): UnitSource {
  // Hazards look units up at random; a small direct-mapped memo spares recomputing the same unit
  // without holding all units (a pure function of the index, so it cannot change results).
  const memo: (UnitCore | undefined)[] = new Array<UnitCore | undefined>(CORE_MEMO_SIZE);
  const context: UnitContext = {
    ...input,
    placer: createUnitPlacer(input.template, input.layout),
    parks: buildParkBlocks(input.count, recordRandom(input.seed, STREAMS.parks, 0)),
    salt: mixSeed(input.seed, STREAMS.salt),
    core(index) {
      const remembered = memo[index & (CORE_MEMO_SIZE - 1)];
      if (remembered?.index === index) return remembered;
      const computed = computeCore(context, index);
      memo[index & (CORE_MEMO_SIZE - 1)] = computed;
      return computed;
    },
  };
  return { count: input.count, parks: context.parks, core: context.core, unit: (index) => buildUnit(context, index) };
}

function computeCore(context: UnitContext, index: number): UnitCore {
  const { placer, timeframe } = context;
  const random = recordRandom(context.seed, STREAMS.unitCore, index);
  const createdMs = Math.floor(random.float(timeframe.registryStartMs, timeframe.registryEndMs));
  const id = demoUuidV7(createdMs, random);
  const block = findParkBlock(context.parks, index);
  if (block && block.start !== index) return tenantCore(context, { index, id, createdMs, random, park: context.core(block.start) });
  const isDemoEnterprise = index === DEMO_ENTERPRISE_INDEX;
  const kind: UnitKind = isDemoEnterprise ? 'enterprise' : block ? 'park' : random.weighted(KIND_WEIGHTS);
  const traits = isDemoEnterprise
    ? { ...enterpriseTraits(random, { dust: true }), dustKind: 'metal' as const, industry: '五金制品' }
    : kind === 'park' ? parkTraits(random) : drawUnitTraits(kind as DrawnUnitKind, random);
  const slot = isDemoEnterprise ? placer.seatSlot(random) : placer.slotFor(kind, random);
  const location = placer.pointIn(slot, random);
  const status: UnitStatus = isDemoEnterprise || kind === 'park' ? 'active' : drawStatus(random);
  const hasOfficer = kind === 'hazardous_chemicals' || kind === 'park' || traits.riskTags.includes('dust');
  return { index, id, kind, slot, location, traits, status, createdMs, parentIndex: null, hasOfficer };
}

/** A 厂中厂 tenant: a small 工贸 enterprise in its park's grid, next to the park. */
function tenantCore(
  context: UnitContext,
  tenant: { index: number; id: string; createdMs: number; random: Random; park: UnitCore },
): UnitCore {
  const { random, park } = tenant;
  const traits = enterpriseTraits(random, { tenant: true });
  const location = context.placer.pointNear(park.slot, park.location, random);
  return {
    index: tenant.index, id: tenant.id, kind: 'enterprise', slot: park.slot, location, traits, status: drawStatus(random),
    createdMs: tenant.createdMs, parentIndex: park.index, hasOfficer: traits.riskTags.includes('dust'),
  };
}

function namingContextOf(context: UnitContext, unitCore: UnitCore): NamingContext {
  const { template } = context;
  const town = context.layout.towns[unitCore.slot.townIndex];
  const village = town?.villages[unitCore.slot.villageIndex];
  if (!town || !village) throw new RangeError('unit placement outside the layout');
  return {
    index: unitCore.index, salt: context.salt, kind: unitCore.kind, industry: unitCore.traits.industry, venueType: unitCore.traits.venueType,
    districtName: template.name, cityName: template.cityName, provinceShortName: template.provinceShortName,
    townName: town.region.name, villageName: village.region.name, isCommunity: village.isCommunity,
    isTenant: unitCore.parentIndex !== null,
  };
}

/** A tenant's address is a building of its park's address. */
function addressOf(context: UnitContext, unitCore: UnitCore, random: Random): string {
  if (unitCore.parentIndex === null) return unitAddress(namingContextOf(context, unitCore), random);
  const park = context.core(unitCore.parentIndex);
  const parkAddress = unitAddress(namingContextOf(context, park), recordRandom(context.seed, STREAMS.unitDetail, park.index));
  return `${parkAddress}${random.int(1, 12)}号厂房${random.int(1, 4)}楼`;
}

function buildUnit(context: UnitContext, index: number): Unit {
  const { template } = context;
  const unitCore = context.core(index);
  const { traits } = unitCore;
  // Detail draws come from their own stream, so they never shift the core draws hazards rely on.
  const random = recordRandom(context.seed, STREAMS.unitDetail, index);
  const address = addressOf(context, unitCore, random);
  const contacts = unitContacts(unitCore.kind, traits.riskTags.includes('dust'), random);
  const issuer = creditCodeIssuer(unitCore.kind, traits.industry);
  const sector = UNIT_KIND_SECTOR[unitCore.kind];
  const createdAt = new Date(unitCore.createdMs).toISOString();
  return {
    id: unitCore.id,
    districtCode: template.code,
    townCode: unitCore.slot.grid.townCode,
    villageCode: unitCore.slot.grid.villageCode,
    gridId: unitCore.slot.grid.id,
    name: unitName(namingContextOf(context, unitCore), random, contacts[0]?.name ?? ''),
    creditCode: issuer ? demoCreditCode(issuer, template.code, index, context.salt) : null,
    kind: unitCore.kind,
    sector,
    department: departmentOf(sector),
    address,
    location: unitCore.location,
    riskTags: traits.riskTags,
    dustKind: traits.dustKind,
    subIndustry: subIndustryFor(sector, subIndustryOfTrade(traits.industry)),
    venueType: traits.venueType,
    employees: traits.employees,
    floorArea: traits.floorArea,
    contacts,
    status: unitCore.status,
    parentId: unitCore.parentIndex === null ? null : context.core(unitCore.parentIndex).id,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
}

function drawStatus(random: Random): UnitStatus {
  return random.weighted({ active: 94, suspended: 4, closed: 2 });
}
