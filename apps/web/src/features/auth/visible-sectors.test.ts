import { SECTORS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { visibleSectors } from './visible-sectors';

describe('sector choices', () => {
  it('offer a department only its own sectors, in catalogue order', () => {
    const own = [SECTORS[3], SECTORS[1]] as (typeof SECTORS)[number][];
    expect(visibleSectors({ scope: { regionCode: '320412', gridIds: [], sectors: own, unitId: null } })).toEqual([SECTORS[1], SECTORS[3]]);
  });

  it('offer everyone without a sector scope every sector', () => {
    expect(visibleSectors({ scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: null } })).toEqual(SECTORS);
  });
});
