import { PostgresDialect } from 'kysely';
import pg from 'pg';

export interface PostgresOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
  /** Milliseconds after which PostgreSQL cancels a statement. */
  readonly statementTimeoutMs?: number;
  /**
   * Told when an idle pooled connection fails (the server restarted, an administrator ended it).
   * The pool drops that connection and opens a new one when needed; without a listener the
   * error would end the process.
   */
  readonly onIdleError?: (error: Error) => void;
}

/** The production database: a pooled connection; timestamps come back as Date, counts as text. */
export function createPostgresDialect(options: PostgresOptions): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  return { dialect: new PostgresDialect({ pool }), pool };
}
