/** The source of the current time; injected so that rules derived from time are testable. */
export interface Clock {
  now(): Date;
}

/** A clock that returns a fixed instant until moved; for tests and deterministic generation. */
export interface ManualClock extends Clock {
  set(instant: Date | string): void;
  advance(milliseconds: number): void;
}

export function createManualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
