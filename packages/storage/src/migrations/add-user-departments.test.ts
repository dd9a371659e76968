import type { User } from '@safegrid/core';
import { expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { migrateToLatest } from '../database.js';
import { createStores } from '../stores.js';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase } from '../testing/test-database.js';

const account = (username: string, role: User['role'], sectors: User['scope']['sectors']): User => ({
  id: testId(), districtCode: DISTRICT, username, displayName: username, role, scope: { regionCode: DISTRICT, gridIds: [], sectors, unitId: null },
  phone: null, status: 'active', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

describeEachDialect('migration 20261211T0100: department accounts name their department', (dialect) => {
  it(`gives each department account its first sector's lead, other roles none, and keeps the audit chain whole [${dialect}]`, async () => {
    const old = await openTestDatabase(dialect, { migrateUpTo: '20261210T0700-create-unit-imports' });
    try {
      const stores = createStores(old.db, old.dialect);
      const housing = account('zhujian', 'department', ['construction', 'town_gas', 'group_rental']);
      const fire = account('xiaofang', 'department', ['fire']);
      const worker = account('wangge', 'grid_worker', []);
      for (const user of [housing, fire, worker]) await stores.users.insert(user, 'hash');
      await migrateToLatest(old);
      const after = createStores(old.db, old.dialect);
      expect((await after.users.findById(housing.id))?.scope.department).toBe('housing');
      expect((await after.users.findById(fire.id))?.scope.department).toBe('fire');
      expect((await after.users.findById(worker.id))?.scope.department).toBeUndefined();
      expect(await verifyAuditChain(old.db, DISTRICT)).toMatchObject({ ok: true });
    } finally {
      await old.dispose();
    }
  });
});
