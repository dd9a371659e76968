import {
  UNIT_KIND_SECTOR,
  departmentOf,
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
import { createUnitPlacer } from './unit-placement.js';
import {
  KIND_PROFILES,
  drawUnitTraits,
  enterpriseTraits,
  parkTraits,
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

const KIND_WEIGHTS = Object.fromEntries(Object.entries(KIND_PROFILES).map(([kind, profile]) => [kind, profile.weight])) as Record<DrawnUnitKind, number>;

export interface UnitSourceInput {
  readonly seed: number;
  readonly template: DistrictTemplate;
  readonly layout: DistrictLayout;
  readonly count: number;
  readonly timeframe: DemoTimeframe;
}

export function createUnitSource(input: UnitSourceInput): UnitSource {
  const { seed, template, layout, count, timeframe } = input;
  const placer = createUnitPlacer(template, layout);
  const parks = buildParkBlocks(count, recordRandom(seed, STREAMS.parks, 0));
  const salt = mixSeed(seed, STREAMS.salt);

  const core = (index: number): UnitCore => {
    const random = recordRandom(seed, STREAMS.unitCore, index);
    const createdMs = Math.floor(random.float(timeframe.registryStartMs, timeframe.registryEndMs));
    const id = demoUuidV7(createdMs, random);
    const block = findParkBlock(parks, index);
    if (block && block.start !== index) return tenantCore({ index, id, createdMs, random, park: core(block.start) });
    const kind: UnitKind = index === DEMO_ENTERPRISE_INDEX ? 'enterprise' : block ? 'park' : random.weighted(KIND_WEIGHTS);
    const traits = index === DEMO_ENTERPRISE_INDEX
      ? { ...enterpriseTraits(random, { dust: true }), dustKind: 'metal' as const, industry: '五金制品' }
      : kind === 'park' ? parkTraits(random) : drawUnitTraits(kind as DrawnUnitKind, random);
    const slot = index === DEMO_ENTERPRISE_INDEX ? placer.seatSlot(random) : placer.slotFor(kind, random);
    const location = placer.pointIn(slot, random);
    const status: UnitStatus = index === DEMO_ENTERPRISE_INDEX || kind === 'park' ? 'active' : drawStatus(random);
    const hasOfficer = kind === 'hazardous_chemicals' || kind === 'park' || traits.riskTags.includes('dust');
    return { index, id, kind, slot, location, traits, status, createdMs, parentIndex: null, hasOfficer };
  };

  const tenantCore = (tenant: { index: number; id: string; createdMs: number; random: Random; park: UnitCore }): UnitCore => {
    const { random, park } = tenant;
    const traits = enterpriseTraits(random, { tenant: true });
    const location = placer.pointNear(park.slot, park.location, random);
    return {
      index: tenant.index, id: tenant.id, kind: 'enterprise', slot: park.slot, location, traits, status: drawStatus(random),
      createdMs: tenant.createdMs, parentIndex: park.index, hasOfficer: traits.riskTags.includes('dust'),
    };
  };

  const namingContext = (unitCore: UnitCore): NamingContext => {
    const town = layout.towns[unitCore.slot.townIndex];
    const village = town?.villages[unitCore.slot.villageIndex];
    if (!town || !village) throw new RangeError('unit placement outside the layout');
    return {
      index: unitCore.index, salt, kind: unitCore.kind, industry: unitCore.traits.industry, venueType: unitCore.traits.venueType,
      districtName: template.name, cityName: template.cityName, provinceShortName: template.provinceShortName,
      townName: town.region.name, villageName: village.region.name, isCommunity: village.isCommunity,
      isTenant: unitCore.parentIndex !== null,
    };
  };

  const address = (unitCore: UnitCore, random: Random): string => {
    if (unitCore.parentIndex === null) return unitAddress(namingContext(unitCore), random);
    const park = core(unitCore.parentIndex);
    const parkAddress = unitAddress(namingContext(park), recordRandom(seed, STREAMS.unitDetail, park.index));
    return `${parkAddress}${random.int(1, 12)}号厂房${random.int(1, 4)}楼`;
  };

  const unit = (index: number): Unit => {
    const unitCore = core(index);
    // Detail draws come from their own stream, so they never shift the core draws hazards rely on.
    const random = recordRandom(seed, STREAMS.unitDetail, index);
    const unitAddressText = address(unitCore, random);
    const contacts = unitContacts(unitCore.kind, unitCore.traits.riskTags.includes('dust'), random);
    const context = namingContext(unitCore);
    const issuer = creditCodeIssuer(unitCore.kind, unitCore.traits.industry);
    const sector = UNIT_KIND_SECTOR[unitCore.kind];
    const createdAt = new Date(unitCore.createdMs).toISOString();
    return {
      id: unitCore.id,
      districtCode: template.code,
      townCode: unitCore.slot.grid.townCode,
      villageCode: unitCore.slot.grid.villageCode,
      gridId: unitCore.slot.grid.id,
      name: unitName(context, random, contacts[0]?.name ?? ''),
      creditCode: issuer ? demoCreditCode(issuer, template.code, index, salt) : null,
      kind: unitCore.kind,
      sector,
      department: departmentOf(sector),
      address: unitAddressText,
      location: unitCore.location,
      riskTags: unitCore.traits.riskTags,
      dustKind: unitCore.traits.dustKind,
      venueType: unitCore.traits.venueType,
      employees: unitCore.traits.employees,
      floorArea: unitCore.traits.floorArea,
      contacts,
      status: unitCore.status,
      parentId: unitCore.parentIndex === null ? null : core(unitCore.parentIndex).id,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
  };

  return { count, parks, core, unit };
}

function drawStatus(random: Random): UnitStatus {
  return random.weighted({ active: 94, suspended: 4, closed: 2 });
}
