import type { Random } from './random.js';

/** A 厂中厂 park at unit index `start`, its tenants at the `tenants` indices right after it. */
export interface ParkBlock {
  readonly start: number;
  readonly tenants: number;
}

const UNITS_PER_PARK = 1_500;
const MIN_TENANTS = 5;
const MAX_TENANTS = 30;

/**
 * Lays out parks through the unit index space, evenly spread and each followed by its tenants,
 * so a park is always written before (or in the same batch as) its tenants. Index 0 stays free.
 */
export function buildParkBlocks(unitCount: number, random: Random): ParkBlock[] {
  const parkCount = unitCount >= 200 ? Math.max(2, Math.round(unitCount / UNITS_PER_PARK)) : unitCount >= 40 ? 1 : 0;
  if (parkCount === 0) return [];
  const spacing = Math.floor((unitCount - 1) / parkCount);
  const blocks: ParkBlock[] = [];
  for (let park = 0; park < parkCount; park += 1) {
    const tenants = Math.min(random.int(MIN_TENANTS, MAX_TENANTS), spacing - 1);
    const start = 1 + park * spacing + random.int(0, spacing - 1 - tenants);
    blocks.push({ start, tenants });
  }
  return blocks;
}

/** The block containing unit `index` (as park or tenant), by binary search. */
export function findParkBlock(blocks: readonly ParkBlock[], index: number): ParkBlock | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as ParkBlock;
    if (index < block.start) high = middle - 1;
    else if (index > block.start + block.tenants) low = middle + 1;
    else return block;
  }
  return undefined;
}
