import { describe, expect, it } from 'vitest';
import { RISK_COLOURS, UNGRADED_COLOUR } from './risk-colours';
import { riskPointsOf, riskRank } from './risk-points';

describe('四色图 points', () => {
  it('rank red above orange above yellow above blue above ungraded', () => {
    expect(['red', 'orange', 'yellow', 'blue', null].map((level) => riskRank(level as never))).toEqual([4, 3, 2, 1, 0]);
  });

  it('colour each unit by its level and name it with its colour', () => {
    const points = riskPointsOf([
      { unitId: 'a', name: '恒达铝业', kind: 'enterprise', location: { lng: 119.9, lat: 31.7 }, level: 'red', overridden: true },
      { unitId: 'b', name: '小吃店', kind: 'small_venue', location: { lng: 119.8, lat: 31.6 }, level: null, overridden: false },
    ], (level, overridden) => `${level ?? '未评级'}${overridden ? '*' : ''}`);
    expect(points).toEqual([
      { id: 'a', location: { lng: 119.9, lat: 31.7 }, color: RISK_COLOURS.red.fill, textColor: RISK_COLOURS.red.text, rank: 4, label: '恒达铝业 · red*', classLabel: 'red' },
      { id: 'b', location: { lng: 119.8, lat: 31.6 }, color: UNGRADED_COLOUR.fill, textColor: UNGRADED_COLOUR.text, rank: 0, label: '小吃店 · 未评级', classLabel: '未评级' },
    ]);
  });
});
