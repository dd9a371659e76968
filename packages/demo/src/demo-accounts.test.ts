import { DEPARTMENTS, SECTOR_DEPARTMENT, type User } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERNAMES } from './demo-accounts.js';
import { generateDemoDistrict } from './generate-demo-district.js';
import { syntheticDistrictTemplate } from './district-template.js';

const district = generateDemoDistrict({ now: new Date('2026-11-20T04:00:00Z'), units: 3_000, hazards: 0 });
const byUsername = new Map(district.users.map((user) => [user.username, user]));
const account = (username: string) => byUsername.get(username) as User;
const HUTANG = '320412100';

describe('demo accounts', () => {
  it('include the five demo accounts with their roles and scopes', () => {
    expect(DEMO_USERNAMES).toEqual(['admin', 'hutang', 'wangge01', 'qiye01', 'zhujian']);
    expect(district.users.slice(0, 5).map((user) => user.username)).toEqual([...DEMO_USERNAMES]);
    expect(account('admin')).toMatchObject({ role: 'district', districtCode: '320412', scope: { regionCode: '320412' } });
    expect(account('hutang')).toMatchObject({ role: 'town', scope: { regionCode: HUTANG } });
    expect(account('zhujian')).toMatchObject({ role: 'department', scope: { sectors: ['construction', 'town_gas', 'self_built_house', 'group_rental'] } });
  });

  it('give wangge01 one or two grids of 湖塘镇', () => {
    const gridIds = account('wangge01').scope.gridIds;
    expect(account('wangge01').role).toBe('grid_worker');
    expect(gridIds.length).toBeGreaterThanOrEqual(1);
    expect(gridIds.length).toBeLessThanOrEqual(2);
    for (const gridId of gridIds) expect(district.grids.find((grid) => grid.id === gridId)?.townCode).toBe(HUTANG);
  });

  it('let wangge01 patrol the grid of qiye01’s enterprise, so one hazard can pass between them', () => {
    const unit = district.unitAt(0);
    expect(account('wangge01').scope.gridIds).toContain(unit.gridId);
  });

  it('give qiye01 a dust-handling enterprise in 湖塘镇', () => {
    const qiye = account('qiye01');
    expect(qiye.role).toBe('enterprise');
    const unit = district.unitAt(0);
    expect(qiye.scope.unitId).toBe(unit.id);
    expect(unit).toMatchObject({ kind: 'enterprise', townCode: HUTANG });
    expect(unit.riskTags).toContain('dust');
  });

  it('have a town account per town, a grid worker per grid and a department account per department, each naming its department', () => {
    const towns = district.regions.filter((region) => region.level === 'town');
    for (const town of towns) expect(district.users.filter((user) => user.role === 'town' && user.scope.regionCode === town.code)).toHaveLength(1);
    expect(account('luoyang')).toMatchObject({ role: 'town', scope: { regionCode: '320412103' } });
    const covered = new Set(district.users.filter((user) => user.role === 'grid_worker').flatMap((user) => user.scope.gridIds));
    expect(district.grids.every((grid) => covered.has(grid.id))).toBe(true);
    const withSectors = DEPARTMENTS.filter((department) => Object.values(SECTOR_DEPARTMENT).includes(department as never));
    const departments = district.users.filter((user) => user.role === 'department');
    expect(departments.map((user) => user.scope.department).sort()).toEqual([...withSectors, 'public_security'].sort());
    // 公安 leads no sector: it sees what it co-follows (群租房 among them) through the district's duty table (ADR 0100).
    expect(account('gongan')).toMatchObject({ role: 'department', scope: { sectors: [], department: 'public_security' } });
  });

  it('give enterprise accounts to dust-handling, 危化品 and park units only', () => {
    const enterprises = district.users.filter((user) => user.role === 'enterprise');
    expect(enterprises.length).toBeGreaterThan(1);
    const unitsById = new Map(Array.from({ length: district.counts.units }, (_, index) => district.unitAt(index)).map((unit) => [unit.id, unit]));
    for (const user of enterprises) {
      const unit = unitsById.get(user.scope.unitId ?? '');
      expect(unit).toBeDefined();
      expect(unit?.riskTags.includes('dust') || unit?.kind === 'hazardous_chemicals' || unit?.kind === 'park').toBe(true);
      expect(unit?.contacts.some((contact) => contact.name === user.displayName)).toBe(true);
    }
  });

  it('use unique usernames a user could type, prefixed for synthetic districts', () => {
    expect(byUsername.size).toBe(district.users.length);
    expect(district.users.every((user) => /^[a-z0-9_.-]{3,64}$/.test(user.username))).toBe(true);
    const other = generateDemoDistrict({
      now: new Date('2026-11-20T04:00:00Z'), units: 200, hazards: 0,
      template: syntheticDistrictTemplate({ code: '320581', name: '测试区', bbox: { minLng: 120.3, minLat: 31.2, maxLng: 120.9, maxLat: 31.7 }, towns: 6 }),
    });
    expect(other.users.every((user) => user.username.startsWith('320581.') && user.districtCode === '320581')).toBe(true);
  });
});
