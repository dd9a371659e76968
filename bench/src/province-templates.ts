import { syntheticDistrictTemplate, WUJIN_TEMPLATE, type DistrictTemplate } from '@safegrid/demo';

/**
 * The districts of a benchmark scale: 武进 first (its demo accounts log in), then synthetic districts
 * with distinct codes (3205xx) and the 武进 extent shifted on a lattice, so no two overlap.
 */
export function benchDistrictTemplates(count: number): DistrictTemplate[] {
  if (count > 100) throw new RangeError('benchDistrictTemplates: at most 100 districts');
  const { bbox } = WUJIN_TEMPLATE;
  const width = bbox.maxLng - bbox.minLng;
  const height = bbox.maxLat - bbox.minLat;
  const templates: DistrictTemplate[] = [WUJIN_TEMPLATE];
  for (let index = 1; index < count; index += 1) {
    const column = index % 8;
    const row = Math.floor(index / 8);
    const minLng = bbox.minLng + column * width * 1.05;
    const minLat = bbox.minLat - (row + 1) * height * 1.05;
    templates.push(syntheticDistrictTemplate({
      code: `3205${String(index).padStart(2, '0')}`,
      name: `基准${index}区`,
      bbox: { minLng, minLat, maxLng: minLng + width, maxLat: minLat + height },
      towns: WUJIN_TEMPLATE.towns.length,
      cityName: '基准市',
    }));
  }
  return templates;
}
