import { DomainError, isDomainError } from '@safegrid/core';

interface DriverError {
  readonly code?: string;
  readonly message?: string;
}

/**
 * Turns a driver's constraint error into a DomainError so that raw driver errors never leave
 * storage: unique → conflict, foreign key → rule violation. Anything else passes through (a bug).
 */
export function translateStorageError(error: unknown): unknown {
  if (isDomainError(error) || typeof error !== 'object' || error === null) return error;
  const { code } = error as DriverError;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    return new DomainError('rule_violation', 'storage.missing_reference', 'The record refers to something that does not exist.');
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK' || code === '23514') {
    return new DomainError('rule_violation', 'storage.check_failed', 'The record breaks a rule of the database.');
  }
  // 40001 serialization failure / 40P01 deadlock: the same meaning as a lost optimistic race.
  if (code === '40001' || code === '40P01' || code === 'SQLITE_BUSY') {
    return new DomainError('conflict', 'storage.concurrent_change', 'Someone else changed the same records; try again.');
  }
  return error;
}

/** Wraps every method of a store so that its failures are translated. */
export function guardStore<T extends object>(store: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(store)) {
    guarded[name] =
      typeof member === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (member as (...a: unknown[]) => Promise<unknown>).apply(store, args);
            } catch (error) {
              throw translateStorageError(error);
            }
          }
        : member;
  }
  return guarded as T;
}
