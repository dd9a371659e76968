import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TotpEnrolment, User } from '@safegrid/core';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

function user(username: string): User {
  return {
    id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'district',
    scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  };
}

const enrolment = (userId: string, overrides: Partial<TotpEnrolment> = {}): TotpEnrolment => ({
  userId, districtCode: DISTRICT, secret: 'JBSWY3DPEHPK3PXP', status: 'pending', createdAt: '2026-03-02T02:00:00.000Z',
  enabledAt: null, lastUsedStep: null, ...overrides,
});

describeEachStoreTarget('two-factor store (ADR 0093)', (target) => {
  let world: TestStores;
  let account: User;
  beforeEach(async () => {
    world = await openTestStores(target);
    account = user('office-admin');
    await world.stores.users.insert(account, 'hash');
  });
  afterEach(async () => world.dispose());

  it('keeps one enrolment per user, replaced on save, and removes it with its recovery codes', async () => {
    const { twoFactor } = world.stores;
    expect(await twoFactor.find(account.id)).toBeUndefined();
    await twoFactor.save(enrolment(account.id));
    const enabled = enrolment(account.id, { status: 'enabled', enabledAt: '2026-03-02T02:01:00.000Z', lastUsedStep: 59_000_000 });
    await twoFactor.save(enabled);
    await twoFactor.replaceRecoveryCodes(account.id, ['h1', 'h2', 'h3']);
    expect(await twoFactor.find(account.id)).toEqual(enabled);
    expect(await twoFactor.countUnusedRecoveryCodes(account.id)).toBe(3);

    await twoFactor.remove(account.id);
    expect(await twoFactor.find(account.id)).toBeUndefined();
    expect(await twoFactor.countUnusedRecoveryCodes(account.id)).toBe(0);
  });

  it('accepts each time step once and never an earlier one (no replay)', async () => {
    const { twoFactor } = world.stores;
    await twoFactor.save(enrolment(account.id, { status: 'enabled' }));
    const answers = [];
    for (const step of [100, 100, 99, 101, 101]) answers.push(await twoFactor.useStep(account.id, step));
    expect(answers).toEqual([true, false, false, true, false]);
    expect((await twoFactor.find(account.id))?.lastUsedStep).toBe(101);
    expect(await twoFactor.useStep('no-such-user', 5)).toBe(false);
  });

  it('takes a recovery code once; replacing the codes starts afresh', async () => {
    const { twoFactor } = world.stores;
    await twoFactor.save(enrolment(account.id, { status: 'enabled' }));
    await twoFactor.replaceRecoveryCodes(account.id, ['h1', 'h2']);
    const answers = [
      await twoFactor.useRecoveryCode(account.id, 'h1', '2026-03-02T02:05:00.000Z'),
      await twoFactor.useRecoveryCode(account.id, 'h1', '2026-03-02T02:06:00.000Z'),
      await twoFactor.useRecoveryCode(account.id, 'unknown', '2026-03-02T02:06:00.000Z'),
    ];
    expect(answers).toEqual([true, false, false]);
    expect(await twoFactor.countUnusedRecoveryCodes(account.id)).toBe(1);
    await twoFactor.replaceRecoveryCodes(account.id, ['h1', 'h3']);
    expect(await twoFactor.countUnusedRecoveryCodes(account.id)).toBe(2);
    expect(await twoFactor.useRecoveryCode(account.id, 'h1', '2026-03-02T02:07:00.000Z')).toBe(true);
  });

  it('finds a challenge by its hash until it is deleted or expired ones are swept', async () => {
    const { twoFactor } = world.stores;
    const challenge = (tokenHash: string, expiresAt: string) => ({ tokenHash, userId: account.id, username: account.username, createdAt: '2026-03-02T02:00:00.000Z', expiresAt });
    await twoFactor.insertChallenge(challenge('c1', '2026-03-02T02:05:00.000Z'));
    await twoFactor.insertChallenge(challenge('c2', '2026-03-02T02:09:00.000Z'));
    await twoFactor.insertChallenge(challenge('c3', '2026-03-02T02:09:00.000Z'));
    expect(await twoFactor.findChallenge('c1')).toEqual(challenge('c1', '2026-03-02T02:05:00.000Z'));
    await twoFactor.deleteExpiredChallenges('2026-03-02T02:06:00.000Z');
    await twoFactor.deleteChallenge('c3');
    expect([await twoFactor.findChallenge('c1'), await twoFactor.findChallenge('c2'), await twoFactor.findChallenge('c3')]).toEqual([
      undefined, challenge('c2', '2026-03-02T02:09:00.000Z'), undefined,
    ]);
  });

  it('lists a user’s events in order and keeps one policy per district', async () => {
    const { twoFactor } = world.stores;
    const event = (id: string, kind: 'enabled' | 'reset', at: string) => ({ id, districtCode: DISTRICT, userId: account.id, kind, at, actorUserId: account.id, actorUsername: account.username });
    await twoFactor.appendEvent(event(testId(Date.UTC(2026, 2, 2, 3)), 'reset', '2026-03-02T03:00:00.000Z'));
    await twoFactor.appendEvent(event(testId(Date.UTC(2026, 2, 2, 2)), 'enabled', '2026-03-02T02:00:00.000Z'));
    expect((await twoFactor.listEvents(account.id)).map((item) => item.kind)).toEqual(['enabled', 'reset']);

    expect(await twoFactor.findPolicy(DISTRICT)).toBeUndefined();
    await twoFactor.savePolicy({ districtCode: DISTRICT, requiredForDistrictOffice: true, updatedBy: 'office', updatedAt: '2026-03-02T02:00:00.000Z' });
    await twoFactor.savePolicy({ districtCode: DISTRICT, requiredForDistrictOffice: false, updatedBy: 'office-2', updatedAt: '2026-03-02T03:00:00.000Z' });
    expect(await twoFactor.findPolicy(DISTRICT)).toEqual({ districtCode: DISTRICT, requiredForDistrictOffice: false, updatedBy: 'office-2', updatedAt: '2026-03-02T03:00:00.000Z' });
  });

  if (target !== 'memory') {
    it('chains events and policy changes in the district’s audit trail, which then verifies', async () => {
      const { twoFactor, audit } = world.stores;
      await twoFactor.appendEvent({ id: testId(), districtCode: DISTRICT, userId: account.id, kind: 'enabled', at: '2026-03-02T02:00:00.000Z', actorUserId: account.id, actorUsername: account.username });
      await twoFactor.savePolicy({ districtCode: DISTRICT, requiredForDistrictOffice: true, updatedBy: 'office', updatedAt: '2026-03-02T02:00:00.000Z' });
      expect(await audit.verify(DISTRICT)).toMatchObject({ ok: true });
    });
  }
});
