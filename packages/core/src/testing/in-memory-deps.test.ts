import { describe, expect, it } from 'vitest';
import { NestedTransactionError } from '../shared/nested-transaction.js';
import { createInMemoryDeps } from './in-memory-deps.js';

describe('in-memory inTransaction', () => {
  it('refuses a nested transaction like the databases do, and rolls the outer work back', async () => {
    const deps = createInMemoryDeps();
    const unit = deps.given.unit();
    const attempt = deps.inTransaction(async (stores) => {
      await stores.units.update({ ...unit, name: '改名', version: 2 }, 1);
      await deps.inTransaction(async () => undefined);
    });
    await expect(attempt).rejects.toBeInstanceOf(NestedTransactionError);
    expect(deps.tables.units.get(unit.id)?.name).toBe(unit.name);
    // The deps are usable again afterwards.
    await expect(deps.inTransaction(async () => 'done')).resolves.toBe('done');
  });
});
