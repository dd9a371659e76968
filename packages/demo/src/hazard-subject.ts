import { UNIT_KIND_SECTOR, type HazardCategory, type HazardLevel, type HazardSource, type LngLat, type Sector, type User } from '@safegrid/core';
import type { DemoAccounts } from './demo-accounts.js';
import { HAZARD_TOPICS, type HazardItem, type HazardTopicName } from './hazard-catalogue.js';
import { topicWeightsFor } from './hazard-topics.js';
import type { Random } from './random.js';
import type { GridSlot } from './region-layout.js';
import { DEMO_ENTERPRISE_INDEX, type UnitCore, type UnitSource } from './unit-generator.js';
import type { UnitCensus } from './unit-census.js';
import type { UnitPlacer } from './unit-placement.js';

/** What a hazard is about and where: the unit (or a street location), the finding and its level. */
export interface HazardSubject {
  readonly unit: UnitCore | null;
  readonly slot: GridSlot;
  readonly location: LngLat;
  readonly sector: Sector;
  readonly category: HazardCategory;
  readonly item: HazardItem;
  readonly level: HazardLevel;
}

export interface SubjectContext {
  readonly units: UnitSource;
  /** Draws units in proportion to `hazardWeightOf`. */
  readonly census: UnitCensus;
  readonly placer: UnitPlacer;
  readonly accounts: DemoAccounts;
  /** Chance that a hazard concerns the demo enterprise, so qiye01 sees a lively history. */
  readonly demoUnitShare: number;
}

const STREET_SHARE = 0.08;
// Kinds the public walks into, and so reports about.
const PUBLIC_FACING_KINDS: ReadonlySet<string> = new Set(['small_venue', 'group_rental', 'crowded_place', 'gas_user', 'self_built_house']);

/** How many hazards a unit attracts relative to others: more for risky kinds, few once closed. */
export function hazardWeightOf(unit: UnitCore): number {
  let weight = 1;
  if (unit.traits.riskTags.includes('dust') || unit.kind === 'park') weight = 4;
  else if (unit.kind === 'hazardous_chemicals' || unit.kind === 'construction_site') weight = 3;
  else if (unit.kind === 'group_rental' || unit.kind === 'gas_user' || unit.kind === 'crowded_place') weight = 2;
  else if (unit.kind === 'enterprise' || unit.kind === 'self_built_house' || unit.kind === 'logistics') weight = 1.5;
  if (unit.status === 'closed') return weight * 0.1;
  return unit.status === 'suspended' ? weight * 0.5 : weight;
}

function pickUnit(context: SubjectContext, random: Random): UnitCore {
  if (random.chance(context.demoUnitShare)) return context.units.core(DEMO_ENTERPRISE_INDEX);
  return context.units.core(context.census.pick(random));
}

function pickItem(topicName: HazardTopicName, unit: UnitCore | null, random: Random): HazardItem {
  const dustKind = unit?.traits.dustKind;
  const items = HAZARD_TOPICS[topicName].items.filter((item: HazardItem) => !item.dustKinds || (dustKind && item.dustKinds.includes(dustKind)));
  let target = random.next() * items.reduce((total: number, item: HazardItem) => total + item.weight, 0);
  for (const item of items) {
    target -= item.weight;
    if (target < 0) return item;
  }
  return items[items.length - 1] as HazardItem;
}

/** Draws a hazard's subject: mostly a unit weighted by risk, sometimes a street-level report. */
export function drawHazardSubject(context: SubjectContext, random: Random): HazardSubject {
  if (context.units.count === 0 || random.chance(STREET_SHARE)) {
    const slot = context.placer.publicSlot(random);
    const topicName = random.weighted<HazardTopicName>({ street: 50, streetElectrical: 35, streetFireSafety: 15 });
    const item = pickItem(topicName, null, random);
    return { unit: null, slot, location: context.placer.pointIn(slot, random), sector: 'fire', category: HAZARD_TOPICS[topicName].category, item, level: item.level };
  }
  const unit = pickUnit(context, random);
  const topicName = random.weighted(topicWeightsFor(unit));
  const item = pickItem(topicName, unit, random);
  return {
    unit,
    slot: unit.slot,
    location: unit.location,
    sector: UNIT_KIND_SECTOR[unit.kind],
    category: HAZARD_TOPICS[topicName].category,
    item,
    level: item.level,
  };
}

/** Where the report came from and who recorded it; campaigns report more in campaign months. */
export function drawSourceAndReporter(
  context: SubjectContext,
  subject: HazardSubject,
  input: { random: Random; inCampaignMonth: boolean; isDuplicate: boolean },
): { source: HazardSource; reporter: User } {
  const { random } = input;
  const { accounts } = context;
  const officer = subject.unit ? accounts.officers.get(subject.unit.index) : undefined;
  const gridWorker = random.pick(accounts.gridWorkers[subject.slot.gridIndex] ?? []);
  const townUser = accounts.townUsers.get(subject.slot.grid.townCode) ?? accounts.admin;
  const departmentUser = accounts.departmentUsers.get(subject.sector) ?? townUser;
  const publicFacing = !subject.unit || PUBLIC_FACING_KINDS.has(subject.unit.kind);
  const source: HazardSource = input.isDuplicate
    ? random.weighted<HazardSource>({ public: 70, patrol: 30 })
    : !subject.unit
      ? random.weighted<HazardSource>({ public: 60, patrol: 40 })
      : random.weighted<HazardSource>({
          patrol: 35,
          inspection: 28,
          campaign: input.inCampaignMonth ? 26 : 8,
          self_check: officer ? 22 : 0,
          public: publicFacing ? 6 : 1,
        });
  switch (source) {
    case 'self_check':
      return { source, reporter: officer ?? gridWorker };
    case 'patrol':
      return { source, reporter: gridWorker };
    case 'inspection':
    case 'campaign': {
      const weights = source === 'inspection' ? { town: 45, department: 25, grid: 30 } : { town: 35, department: 20, grid: 45 };
      const who = random.weighted(weights);
      return { source, reporter: who === 'town' ? townUser : who === 'department' ? departmentUser : gridWorker };
    }
    case 'public':
      // Tips from the public (12345/12350 hotlines) are registered by the grid worker or the town office.
      return { source, reporter: random.chance(0.5) ? gridWorker : townUser };
  }
}
