import { describe, expect, it } from 'vitest';
import { hazardStepsOf } from './hazard-steps';

const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T02:00:00.000Z`;

describe('the 上报 → 交办 → 整改 → 复查 → 销号 steps of a hazard', () => {
  it('walk with the status, dated from the timeline', () => {
    const events = [{ action: 'report', at: at(1) }, { action: 'assign', at: at(2) }];
    expect(hazardStepsOf({ status: 'reported', isOverdue: false }, events.slice(0, 1))).toMatchObject({ current: 1, status: 'process', doneAt: [at(1), null, null, null, null] });
    expect(hazardStepsOf({ status: 'assigned', isOverdue: false }, events)).toMatchObject({ current: 2, status: 'process' });
    expect(hazardStepsOf({ status: 'assigned', isOverdue: true }, events)).toMatchObject({ current: 2, status: 'error' });
    const submitted = [...events, { action: 'submit', at: at(5) }];
    expect(hazardStepsOf({ status: 'submitted', isOverdue: false }, submitted)).toMatchObject({ current: 3, doneAt: [at(1), at(2), at(5), null, null] });
    const closed = [...submitted, { action: 'close', at: at(6) }];
    expect(hazardStepsOf({ status: 'closed', isOverdue: false }, closed)).toEqual({ current: 5, status: 'finish', doneAt: [at(1), at(2), at(5), at(6), at(6)], dismissed: false });
  });

  it('go back to 整改 after a failed review, and stop at 交办 when not accepted', () => {
    const returned = [{ action: 'report', at: at(1) }, { action: 'assign', at: at(2) }, { action: 'submit', at: at(5) }, { action: 'return', at: at(6) }];
    expect(hazardStepsOf({ status: 'assigned', isOverdue: false }, returned)).toMatchObject({ current: 2, doneAt: [at(1), at(2), null, null, null] });
    expect(hazardStepsOf({ status: 'dismissed', isOverdue: false }, [{ action: 'report', at: at(1) }, { action: 'dismiss', at: at(3) }]))
      .toMatchObject({ current: 1, status: 'error', dismissed: true });
  });
});
