import type { UnitResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { formValuesOf, unitBodyOf, unitChangesOf } from './unit-form';

const unit: UnitResponse = {
  id: '0190e2a0-0000-7000-8000-000000000001', districtCode: '320412', townCode: '320412100', villageCode: '320412100201', gridId: 'g',
  name: '常州市武进区湖塘精密机械有限公司', creditCode: null, kind: 'enterprise', sector: 'industry_trade', department: 'emergency',
  address: '湖塘镇花园街128号', location: { lng: 119.91, lat: 31.71 }, riskTags: ['dust'], dustKind: 'metal', subIndustry: 'machinery', venueType: null,
  employees: 30, floorArea: 1200, contacts: [{ name: '王强', role: '安全负责人', phone: '13912345678' }], status: 'active',
  parentId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 3, riskLevel: 'yellow', riskReasons: [],
};

describe('the unit form', () => {
  it('sends only what changed, with the version that was edited', () => {
    const values = { ...formValuesOf(unit), address: '湖塘镇花园街130号', employees: 35 };
    expect(unitChangesOf(unit, values)).toEqual({ address: '湖塘镇花园街130号', employees: 35, expectedVersion: 3 });
  });

  it('drops the dust kind once the dust tag is removed, and upper-cases the credit code', () => {
    const body = unitBodyOf({ ...formValuesOf(unit), riskTags: [], creditCode: ' 91320412mA1abcde2x ' });
    expect(body.dustKind).toBeNull();
    expect(body.creditCode).toBe('91320412MA1ABCDE2X');
    expect(body.location).toEqual({ lng: 119.91, lat: 31.71, crs: 'wgs84' });
  });
});
