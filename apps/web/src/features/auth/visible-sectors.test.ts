import { SECTORS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { visibleSectors } from './visible-sectors';

type Sector = (typeof SECTORS)[number];
const scope = (sectors: Sector[]) => ({ regionCode: '320412', gridIds: [], sectors, unitId: null });

describe('sector choices', () => {
  it('offer a department its own sectors, in catalogue order', () => {
    expect(visibleSectors({ role: 'department', scope: scope(['fire', 'hazardous_chemicals']) })).toEqual(['hazardous_chemicals', 'fire']);
  });

  it('add the sectors a department co-follows, once each', () => {
    const user = { role: 'department' as const, scope: scope(['fire']), followedSectors: ['group_rental', 'fire'] satisfies Sector[] };
    expect(visibleSectors(user)).toEqual(['fire', 'group_rental']);
  });

  it('offer a department with no sectors of its own only those it co-follows', () => {
    expect(visibleSectors({ role: 'department', scope: scope([]), followedSectors: ['group_rental'] })).toEqual(['group_rental']);
  });

  it('offer every other role every sector', () => {
    expect(visibleSectors({ role: 'town', scope: scope([]) })).toEqual(SECTORS);
  });
});
