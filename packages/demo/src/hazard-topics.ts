import type { HazardTopicName } from './hazard-catalogue.js';
import type { UnitCore } from './unit-generator.js';

type TopicWeights = Partial<Record<HazardTopicName, number>>;

/** Findings that fit each kind of unit (dust findings for dust handlers, gas for gas users …). */
const KIND_TOPICS: Readonly<Record<UnitCore['kind'], TopicWeights>> = {
  enterprise: { management: 15, fireSafety: 15, electrical: 12, fireLane: 8, occupancy: 4, qualification: 2.5 },
  park: { sublease: 50, fireLane: 15, fireSafety: 15, electrical: 10, management: 10 },
  hazardous_chemicals: { hazardousChemicals: 50, fireSafety: 10, management: 10, electrical: 5 },
  construction_site: { construction: 70, electrical: 8, fireSafety: 8 },
  small_venue: { fireSafety: 25, fireLane: 25, electrical: 25, occupancy: 5 },
  group_rental: { electrical: 35, fireSafety: 25, fireLane: 15, occupancy: 30 },
  self_built_house: { structural: 50, fireSafety: 15, electrical: 15, fireLane: 5, occupancy: 10 },
  gas_user: { gas: 60, fireSafety: 15, fireLane: 10, electrical: 10 },
  crowded_place: { fireLane: 30, fireSafety: 30, electrical: 15, management: 5 },
  school: { fireSafety: 30, fireLane: 20, electrical: 20, management: 10, gas: 8 },
  medical: { fireSafety: 30, fireLane: 20, electrical: 20, management: 10, gas: 5 },
  elderly_care: { fireSafety: 30, fireLane: 20, electrical: 20, management: 10, gas: 8 },
  logistics: { fireSafety: 25, fireLane: 15, electrical: 15, machinery: 20, management: 10 },
  gas_supplier: { gas: 60, fireSafety: 15, management: 15, electrical: 10 },
};

// Unit cores are memoised by the unit source, so their weights can be too (a pure function).
const weightsByUnit = new WeakMap<UnitCore, TopicWeights>();

/** Weights of the finding topics for a unit: its kind's topics plus those its risk tags bring. */
export function topicWeightsFor(unit: UnitCore): TopicWeights {
  let weights = weightsByUnit.get(unit);
  if (!weights) {
    weights = computeTopicWeights(unit);
    weightsByUnit.set(unit, weights);
  }
  return weights;
}

function computeTopicWeights(unit: UnitCore): TopicWeights {
  const weights: TopicWeights = { ...KIND_TOPICS[unit.kind] };
  const tags = unit.traits.riskTags;
  const add = (topic: HazardTopicName, weight: number) => {
    weights[topic] = (weights[topic] ?? 0) + weight;
  };
  if (tags.includes('dust')) add('dust', 70);
  if (tags.includes('confined_space')) add('confinedSpace', 12);
  if (tags.includes('ammonia_refrigeration')) add('ammonia', 15);
  if (tags.includes('molten_metal')) add('moltenMetal', 15);
  if (tags.includes('lithium_battery')) add('lithium', 12);
  if (tags.includes('gas_use') && unit.kind !== 'gas_user') add('gas', 25);
  if (tags.includes('sublet_tenant')) add('tenancy', 12);
  if (tags.includes('special_equipment')) add(unit.kind === 'enterprise' || unit.kind === 'construction_site' || unit.kind === 'logistics' ? 'machinery' : 'elevators', 10);
  if (unit.kind === 'small_venue' && unit.traits.venueType === 'workshop') add('occupancy', 15);
  return weights;
}
