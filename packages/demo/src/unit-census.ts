import type { Random } from './random.js';
import type { UnitCore, UnitSource } from './unit-generator.js';

/**
 * One pass over all units at start-up: which have an enterprise account, and a weighted sampler
 * that draws units in proportion to how many hazards they attract. It keeps 12 bytes per unit
 * (Vose's alias table), independent of the number of hazards.
 */
export interface UnitCensus {
  /** Unit indices with their own enterprise account, ascending. */
  readonly officerIndices: readonly number[];
  /** A unit index drawn with probability proportional to its weight, in O(1). */
  pick(random: Random): number;
}

export function takeUnitCensus(units: UnitSource, weightOf: (unit: UnitCore) => number): UnitCensus {
  const count = units.count;
  const weights = new Float64Array(count);
  const officerIndices: number[] = [];
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const unit = units.core(index);
    if (unit.hasOfficer) officerIndices.push(index);
    weights[index] = weightOf(unit);
    total += weights[index] as number;
  }
  const { probability, alias } = aliasTable(weights, total);
  return {
    officerIndices,
    pick(random) {
      const slot = Math.floor(random.next() * count);
      return random.next() < (probability[slot] as number) ? slot : (alias[slot] as number);
    },
  };
}

/** Vose's alias method: every slot keeps itself with `probability`, else hands over to `alias`. */
function aliasTable(weights: Float64Array, total: number): { probability: Float64Array; alias: Uint32Array } {
  const count = weights.length;
  const probability = new Float64Array(count);
  const alias = new Uint32Array(count);
  const scaled = weights.map((weight) => (total > 0 ? (weight * count) / total : 1));
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((value, index) => {
    if (value < 1) small.push(index);
    else large.push(index);
  });
  while (small.length > 0 && large.length > 0) {
    const less = small.pop() as number;
    const more = large.pop() as number;
    probability[less] = scaled[less] as number;
    alias[less] = more;
    scaled[more] = (scaled[more] as number) + (scaled[less] as number) - 1;
    if ((scaled[more] as number) < 1) small.push(more);
    else large.push(more);
  }
  for (const index of [...small, ...large]) probability[index] = 1;
  return { probability, alias };
}
