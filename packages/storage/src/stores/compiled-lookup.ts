import type { CompiledQuery, Compilable, Kysely } from 'kysely';

const PLACEHOLDER = '\u0000compiled-lookup-value';

/**
 * A lookup by one text value whose SQL is compiled once per store and then run with each new
 * value. Kysely otherwise builds, freezes, transforms and compiles the same query tree on every
 * call, which on the per-request path (every request's session and user) costs more than the
 * indexed lookup itself. Results pass through the database's plugins as usual. Like
 * `executeTakeFirst`, the first row is the answer.
 */
export function compiledLookup<DB, Row>(db: Kysely<DB>, build: (value: string) => Compilable<Row>): (value: string) => Promise<Row | undefined> {
  let compiled: CompiledQuery<Row> | undefined;
  return async (value) => {
    if (!compiled) {
      const candidate = build(PLACEHOLDER).compile();
      if (candidate.parameters.length !== 1 || candidate.parameters[0] !== PLACEHOLDER) {
        throw new Error(`a compiled lookup takes exactly one parameter, the looked-up value: ${candidate.sql}`);
      }
      compiled = candidate;
    }
    const result = await db.executeQuery<Row>({ ...compiled, parameters: [value] });
    return result.rows[0];
  };
}
