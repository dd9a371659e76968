import { describe, expect, it } from 'vitest';
import { addSummary, clusterShares, ringBackground, summaryOf, type ClusterSummary } from './cluster-shares';

const RED = '#cf1322';
const BLUE = '#1677ff';

function clusterOf(points: readonly { rank: number; color: string; classLabel: string }[]): ClusterSummary {
  const [first, ...rest] = points.map(summaryOf);
  if (!first) throw new Error('empty cluster');
  const accumulated = { ...first };
  for (const next of rest) addSummary(accumulated, next);
  return accumulated;
}

describe('四色图 clusters show their mix (issue 16)', () => {
  it('count 5 red and 95 blue units as shares, most urgent first, instead of painting the cluster red', () => {
    const points = [
      ...Array.from({ length: 95 }, () => ({ rank: 1, color: BLUE, classLabel: '低风险' })),
      ...Array.from({ length: 5 }, () => ({ rank: 4, color: RED, classLabel: '重大风险' })),
    ];
    const shares = clusterShares(clusterOf(points));
    expect(shares).toEqual([
      { rank: 4, count: 5, color: RED, label: '重大风险' },
      { rank: 1, count: 95, color: BLUE, label: '低风险' },
    ]);
    expect(ringBackground(shares)).toBe(`conic-gradient(${RED} 0.00deg 18.00deg, ${BLUE} 18.00deg 360.00deg)`);
  });

  it('leave the leaves untouched when clusters are added up', () => {
    const leaf = summaryOf({ rank: 2, color: '#fadb14', classLabel: '一般风险' });
    const accumulated = { ...leaf };
    addSummary(accumulated, summaryOf({ rank: 2, color: '#fadb14', classLabel: '一般风险' }));
    expect(accumulated.counts[2]).toBe(2);
    expect(leaf.counts[2]).toBe(1);
  });

  it('keep a rank out of range inside the ring and show an empty cluster grey', () => {
    expect(clusterShares(summaryOf({ rank: 9, color: RED, classLabel: 'x' }))).toEqual([{ rank: 4, count: 1, color: RED, label: 'x' }]);
    expect(ringBackground([])).toBe('#8c8c8c');
  });
});
