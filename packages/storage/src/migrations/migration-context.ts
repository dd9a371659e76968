/** Handed to each migration so one file serves both dialects. */
export interface MigrationContext {
  readonly dialect: 'sqlite' | 'postgres';
  readonly types: {
    /** timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite. */
    readonly timestamp: 'timestamptz' | 'text';
    /** jsonb on PostgreSQL, text on SQLite. */
    readonly json: 'jsonb' | 'text';
    readonly double: 'double precision' | 'real';
  };
}

export function migrationContextFor(dialect: 'sqlite' | 'postgres'): MigrationContext {
  return dialect === 'postgres'
    ? { dialect, types: { timestamp: 'timestamptz', json: 'jsonb', double: 'double precision' } }
    : { dialect, types: { timestamp: 'text', json: 'text', double: 'real' } };
}
