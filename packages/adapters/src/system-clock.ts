import type { Clock } from '@safegrid/core';

/** The machine's wall clock. Core never reads the time itself; the composition root passes this in. */
export const systemClock: Clock = {
  now: () => new Date(),
};
