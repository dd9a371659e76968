/** A named data size: how many districts, and units and hazards in each. */
export interface BenchScale {
  readonly name: BenchScaleName;
  readonly districts: number;
  readonly unitsPerDistrict: number;
  readonly hazardsPerDistrict: number;
}

export const BENCH_SCALE_NAMES = ['small', 'district', 'province'] as const;
export type BenchScaleName = (typeof BENCH_SCALE_NAMES)[number];

/** The sizes: district = 50k units / 1M hazards; province = 40 such districts of 500k hazards (2M / 20M). */
export const BENCH_SCALES: Readonly<Record<BenchScaleName, BenchScale>> = {
  small: { name: 'small', districts: 1, unitsPerDistrict: 2_000, hazardsPerDistrict: 20_000 },
  district: { name: 'district', districts: 1, unitsPerDistrict: 50_000, hazardsPerDistrict: 1_000_000 },
  province: { name: 'province', districts: 40, unitsPerDistrict: 50_000, hazardsPerDistrict: 500_000 },
};

/** Totals of a scale, for labels and progress. */
export function scaleTotals(scale: BenchScale): { units: number; hazards: number } {
  return { units: scale.districts * scale.unitsPerDistrict, hazards: scale.districts * scale.hazardsPerDistrict };
}
