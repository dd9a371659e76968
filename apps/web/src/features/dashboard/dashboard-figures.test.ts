import { describe, expect, it } from 'vitest';
import { currentMonth, monthRate } from './dashboard-figures';

describe('rectification rate of a month', () => {
  it('counts closed among the rectifiable hazards found that month', () => {
    expect(monthRate({ month: '2026-03', found: 10, closed: 7, foundClosed: 6, foundDismissed: 2 })).toBe(0.75);
  });

  it('is unknown when nothing rectifiable was found', () => {
    expect(monthRate({ month: '2026-03', found: 2, closed: 5, foundClosed: 0, foundDismissed: 2 })).toBeNull();
    expect(monthRate(undefined)).toBeNull();
  });

  it('takes the last month of the trend as the current one', () => {
    const months = [{ month: '2026-02', found: 1, closed: 0, foundClosed: 0, foundDismissed: 0 }, { month: '2026-03', found: 2, closed: 0, foundClosed: 1, foundDismissed: 0 }];
    expect(currentMonth({ asOf: '2026-03-02T00:00:00Z', months })?.month).toBe('2026-03');
  });
});
