/**
 * Thrown when `inTransaction` is called while a transaction of the same deps is still running.
 * On SQLite's one connection the inner call would wait for the outer one forever; on PostgreSQL it
 * would silently open a second, independent transaction. Neither is what the caller meant: a write
 * that needs another write calls that write's inner function with the stores it already has
 * (`createUnitRecord(stores, …)`, ADR 0062). A programming error, not a DomainError.
 */
export class NestedTransactionError extends Error {
  override readonly name = 'NestedTransactionError';

  constructor() {
    super('inTransaction was called inside a running transaction: call the inner write function with the stores you were given instead');
  }
}
