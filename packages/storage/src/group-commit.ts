import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Kysely } from 'kysely';
import { NestedTransactionError } from '@safegrid/core';
import type { Database } from './database-schema.js';

/** Most transactions one commit carries; a longer queue is drained by the next commits. */
const MAX_TRANSACTIONS_PER_COMMIT = 64;
const SAVEPOINT = 'safegrid_group_member';

interface Member {
  readonly work: (trx: Kysely<Database>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded database (ADR 0054). SQLite has one writer and, with
 * synchronous=FULL, one fsync per commit: at a few hundred commits a second the disk, not the
 * work, is the limit. Transactions that arrive in the same turn of the event loop are therefore
 * run one after another inside one database transaction, each in its own savepoint, and committed
 * together with a single fsync.
 *
 * - A member that fails is rolled back to its savepoint alone and rejected at once; the others go on.
 * - A member is resolved only after the shared COMMIT has returned: an acknowledged write is on
 *   disk, as before. If the COMMIT (or the database) fails, every member still waiting is rejected
 *   and nothing of the group is kept.
 * - Members run strictly one after another on the one connection, so each sees the writes of the
 *   members before it, exactly as if they had committed separately in that order.
 * - A member that asks for another transaction is refused at once (NestedTransactionError, ADR 0062):
 *   its request would join the queue behind the group that is waiting for the member itself, and
 *   both would wait forever. An async-local mark tells a call made from inside a member's work from
 *   a call that merely arrives while a group runs.
 */
export function createGroupCommit(
  db: Kysely<Database>,
  options: { readonly onCommit?: (members: number) => void } = {},
): <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T> {
  const queue: Member[] = [];
  let scheduled = false;
  let running = false;
  const insideMember = new AsyncLocalStorage<true>();

  const schedule = () => {
    if (scheduled || running) return;
    scheduled = true;
    // After the current poll phase: requests read from the sockets in this turn join the group.
    setImmediate(() => void flush());
  };

  const flush = async () => {
    scheduled = false;
    running = true;
    const group = queue.splice(0, MAX_TRANSACTIONS_PER_COMMIT);
    const waiting: { member: Member; value: unknown }[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const member of group) {
          await sql`savepoint ${sql.raw(SAVEPOINT)}`.execute(trx);
          let value: unknown;
          try {
            value = await insideMember.run(true, () => member.work(trx));
          } catch (error) {
            // Undo this member only; if the savepoint itself is gone the whole group fails below.
            await sql`rollback to ${sql.raw(SAVEPOINT)}`.execute(trx);
            await sql`release ${sql.raw(SAVEPOINT)}`.execute(trx);
            member.reject(error);
            continue;
          }
          await sql`release ${sql.raw(SAVEPOINT)}`.execute(trx);
          waiting.push({ member, value });
        }
      });
      options.onCommit?.(group.length);
      for (const { member, value } of waiting) member.resolve(value);
    } catch (error) {
      // Nothing of the group was kept. Members already rejected inside the loop stay so (a second
      // reject of a settled promise is a no-op); every other member learns the group's failure.
      for (const member of group) member.reject(error);
    } finally {
      running = false;
      if (queue.length > 0) schedule();
    }
  };

  return <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      if (insideMember.getStore()) {
        reject(new NestedTransactionError());
        return;
      }
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
}
