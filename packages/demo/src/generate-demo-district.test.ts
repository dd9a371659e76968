import { describe, expect, it } from 'vitest';
import { syntheticDistrictTemplate } from './district-template.js';
import { generateDemoDistrict, type DemoDistrictOptions } from './generate-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');

/** cyrb53-style 53-bit hash of everything a district would write, in write order. */
function fingerprint(options: DemoDistrictOptions): string {
  const district = generateDemoDistrict(options);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (value: unknown) => {
    const text = JSON.stringify(value);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  };
  feed(district.regions);
  feed(district.grids);
  feed(district.users);
  for (const batch of district.unitBatches(500)) feed(batch);
  for (const batch of district.hazardBatches(500)) feed(batch);
  return `${(h1 >>> 0).toString(16)}-${(h2 >>> 0).toString(16)}`;
}

describe('generateDemoDistrict', () => {
  const options: DemoDistrictOptions = { now, units: 1_200, hazards: 2_000, seed: 7 };

  it('gives byte-identical output for the same seed and options', () => {
    expect(fingerprint(options)).toBe(fingerprint({ ...options }));
  });

  it('gives different output for another seed', () => {
    expect(fingerprint({ ...options, seed: 8 })).not.toBe(fingerprint(options));
  });

  it('recomputes a unit or hazard alone exactly as the batches produce it', () => {
    const district = generateDemoDistrict(options);
    const units = [...district.unitBatches(400)].flat();
    const hazards = [...district.hazardBatches(400)].flatMap((batch) => batch.hazards);
    expect(units).toHaveLength(1_200);
    expect(hazards).toHaveLength(2_000);
    expect(district.unitAt(1_111)).toEqual(units[1_111]);
    expect(district.hazardAt(1_789).hazard).toEqual(hazards[1_789]);
  });

  it('writes every 厂中厂 park no later than the batch of its tenants', () => {
    const district = generateDemoDistrict(options);
    const seen = new Set<string>();
    for (const batch of district.unitBatches(97)) {
      for (const unit of batch) seen.add(unit.id);
      expect(batch.filter((unit) => unit.parentId !== null && !seen.has(unit.parentId))).toEqual([]);
    }
  });

  it('generates a synthetic district of another code in the same way', () => {
    const template = syntheticDistrictTemplate({ code: '320481', name: '溧阳市', bbox: { minLng: 119.1, minLat: 31.2, maxLng: 119.6, maxLat: 31.7 }, towns: 10 });
    const district = generateDemoDistrict({ now, units: 800, hazards: 500, template });
    expect(district.regions.filter((region) => region.level === 'town')).toHaveLength(10);
    expect(district.regions.every((region) => region.code.startsWith('320481'))).toBe(true);
    const units = [...district.unitBatches()].flat();
    expect(units.every((unit) => unit.districtCode === '320481' && unit.townCode.startsWith('320481'))).toBe(true);
    expect(units.flatMap((unit) => (unit.creditCode ? [unit.creditCode.slice(2, 8)] : [])).every((area) => area === '320481')).toBe(true);
    const { hazards } = [...district.hazardBatches()][0] ?? { hazards: [] };
    expect(hazards.every((hazard) => hazard.districtCode === '320481')).toBe(true);
  });

  it('refuses sizes that are not whole numbers and a missing or invalid now', () => {
    expect(() => generateDemoDistrict({ now, units: 0 })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ now, hazards: -1 })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ now, units: 10.5 })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ now: new Date('not a date') })).toThrow(RangeError);
  });
});
