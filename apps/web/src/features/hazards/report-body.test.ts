import { describe, expect, it } from 'vitest';
import { reportBodyOf } from './report-body';

describe('the report body', () => {
  it('leaves out what was not filled in and sends the point as WGS-84', () => {
    expect(reportBodyOf({ source: 'patrol', level: 'general', category: 'fire_lane', title: ' 通道堵塞 ', legalBasis: '  ', photoIds: [] }, { lng: 119.9, lat: 31.7 })).toEqual({
      source: 'patrol', level: 'general', category: 'fire_lane', title: '通道堵塞', description: '', location: { lng: 119.9, lat: 31.7, crs: 'wgs84' },
    });
  });

  it('sends 立查立改 evidence only when ticked', () => {
    const values = { source: 'patrol', level: 'general' as const, category: 'other', title: 'x', fixedOnSite: { evidencePhotoIds: ['p'], note: ' 已清理 ' } };
    expect(reportBodyOf(values, null)).not.toHaveProperty('fixedOnSite');
    expect(reportBodyOf({ ...values, isFixedOnSite: true }, null).fixedOnSite).toEqual({ evidencePhotoIds: ['p'], note: '已清理' });
  });

  it('sends the equipment only together with its unit', () => {
    const values = { source: 'patrol', level: 'general' as const, category: 'special_equipment', title: '电梯超期未检', equipmentId: 'e1' };
    expect(reportBodyOf(values, null)).not.toHaveProperty('equipmentId');
    expect(reportBodyOf({ ...values, unitId: 'u1' }, null)).toMatchObject({ unitId: 'u1', equipmentId: 'e1' });
    expect(reportBodyOf({ ...values, unitId: 'u1', equipmentId: undefined }, null)).not.toHaveProperty('equipmentId');
  });
});
