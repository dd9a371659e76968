import { regionLevelOfCode } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { syntheticDistrictTemplate } from './district-template.js';

const bbox = { minLng: 120.3, minLat: 31.2, maxLng: 120.9, maxLat: 31.7 };

describe('syntheticDistrictTemplate', () => {
  const template = syntheticDistrictTemplate({ code: '320581', name: '测试区', bbox, towns: 24 });

  it('numbers its towns under the district code like NBS does', () => {
    expect(template.towns).toHaveLength(24);
    for (const town of template.towns) {
      expect(regionLevelOfCode(town.code)).toBe('town');
      expect(town.code.startsWith('320581')).toBe(true);
      const suffix = Number(town.code.slice(6));
      const range = town.kind === 'subdistrict' ? [1, 99] : town.kind === 'town' ? [100, 199] : [400, 499];
      expect(suffix).toBeGreaterThanOrEqual(range[0] as number);
      expect(suffix).toBeLessThanOrEqual(range[1] as number);
    }
    expect(new Set(template.towns.map((town) => town.code)).size).toBe(24);
    expect(new Set(template.towns.map((town) => town.name)).size).toBe(24);
    expect(new Set(template.towns.map((town) => town.center.lng * 1000 + town.center.lat)).size).toBe(24);
  });

  it('places town centres inside the box and prefixes usernames with the code', () => {
    for (const town of template.towns) {
      expect(town.center.lng).toBeGreaterThan(bbox.minLng);
      expect(town.center.lng).toBeLessThan(bbox.maxLng);
      expect(town.center.lat).toBeGreaterThan(bbox.minLat);
      expect(town.center.lat).toBeLessThan(bbox.maxLat);
    }
    expect(template.usernamePrefix).toBe('320581.');
    expect(template.seatTownCode).toBe(template.towns[0]?.code);
  });

  it('refuses a malformed code or town count', () => {
    expect(() => syntheticDistrictTemplate({ code: '32058', name: 'x', bbox, towns: 3 })).toThrow(RangeError);
    expect(() => syntheticDistrictTemplate({ code: '320581', name: 'x', bbox, towns: 0 })).toThrow(RangeError);
  });
});
