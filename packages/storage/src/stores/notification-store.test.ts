import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CHANNELS, compareDeliveries, DELIVERY_SORTS, DELIVERY_STATUSES, type ChannelEndpoint, type Delivery, type Notification, type Stores, type User } from '@safegrid/core';
import { DISTRICT, seededPicker, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const AT = '2026-03-02T02:00:00.000Z';
const OTHER_DISTRICT = '320413';

function user(username: string): User {
  return {
    id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'town',
    scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active', createdAt: AT, updatedAt: AT,
  };
}

function notification(recipientId: string, sourceKey: string, districtCode = DISTRICT): Notification {
  return {
    id: testId(), districtCode, recipientId, kind: 'hazard.reported', sourceKey, title: `标题 ${sourceKey}`, body: '正文',
    params: { subjectTitle: 'h', subjectLevel: 'general', actorName: '网格员', deadline: null, note: null, level: null },
    link: { type: 'hazard', id: 'hazard-1' }, createdAt: AT, readAt: null,
  };
}

function delivery(dedupeKey: string, overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: testId(), districtCode: DISTRICT, channel: 'webhook', endpointId: 'e1', recipientId: null, address: null, kind: 'hazard.reported', dedupeKey,
    title: 't', text: 'x', link: null, status: 'pending', attempts: 0, lastError: null, createdAt: AT, updatedAt: AT, sentAt: null, ...overrides,
  };
}

describeEachStoreTarget('notification and channel stores', (target) => {
  let world: TestStores;
  let stores: Stores;
  let alice: User;
  let bob: User;
  beforeEach(async () => {
    world = await openTestStores(target);
    stores = world.stores;
    alice = user('alice');
    bob = user('bob');
    await stores.users.insert(alice, 'hash');
    await stores.users.insert(bob, 'hash');
  });
  afterEach(async () => world.dispose());

  it('keeps one notification per recipient and source, however often it is inserted', async () => {
    const first = await stores.notifications.insertMany([notification(alice.id, 'e1:k'), notification(bob.id, 'e1:k')]);
    const again = await stores.notifications.insertMany([notification(alice.id, 'e1:k'), notification(alice.id, 'e2:k')]);
    expect(first.map((n) => n.recipientId)).toEqual([alice.id, bob.id]);
    expect(again.map((n) => n.sourceKey)).toEqual(['e2:k']);
    expect(await stores.notifications.countUnread(DISTRICT, alice.id)).toBe(2);
  });

  it('lists only the recipient’s own rows of the district, newest first, paged, unread filter honoured', async () => {
    const mine = [notification(alice.id, 'a'), notification(alice.id, 'b'), notification(alice.id, 'c')];
    await stores.notifications.insertMany([...mine, notification(bob.id, 'a'), notification(alice.id, 'x', OTHER_DISTRICT)]);
    const first = await stores.notifications.list({ districtCode: DISTRICT, recipientId: alice.id, limit: 2 });
    const second = await stores.notifications.list({ districtCode: DISTRICT, recipientId: alice.id, limit: 2, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((n) => n.sourceKey)).toEqual(['c', 'b', 'a']);
    expect(second.nextCursor).toBeNull();

    expect(await stores.notifications.markRead(DISTRICT, alice.id, [mine[1]!.id, mine[2]!.id], '2026-03-02T03:00:00.000Z')).toBe(2);
    // Someone else's id changes nothing.
    const bobs = await stores.notifications.list({ districtCode: DISTRICT, recipientId: bob.id, limit: 5 });
    expect(await stores.notifications.markRead(DISTRICT, alice.id, [bobs.items[0]!.id], AT)).toBe(0);
    const unread = await stores.notifications.list({ districtCode: DISTRICT, recipientId: alice.id, unreadOnly: true, limit: 10 });
    expect(unread.items.map((n) => n.sourceKey)).toEqual(['a']);
    const read = (await stores.notifications.list({ districtCode: DISTRICT, recipientId: alice.id, limit: 10 })).items.find((n) => n.sourceKey === 'c');
    expect(read?.readAt).toBe('2026-03-02T03:00:00.000Z');
    expect(read?.params.actorName).toBe('网格员');

    expect(await stores.notifications.markAllRead(DISTRICT, alice.id, AT)).toBe(1);
    expect(await stores.notifications.countUnread(DISTRICT, alice.id)).toBe(0);
    expect(await stores.notifications.countUnread(DISTRICT, bob.id)).toBe(1);
  });

  it('stores muted kinds per user and e-mail addresses on the user', async () => {
    await stores.notifications.setMutedKinds(DISTRICT, alice.id, ['hazard.reported'], AT);
    await stores.notifications.setMutedKinds(DISTRICT, alice.id, ['hazard.submitted', 'hazard.returned'], AT);
    await stores.notifications.setMutedKinds(DISTRICT, bob.id, [], AT);
    const muted = await stores.notifications.mutedKinds(DISTRICT, [alice.id, bob.id]);
    expect([...muted.entries()]).toEqual([[alice.id, ['hazard.submitted', 'hazard.returned']]]);
    await stores.users.setEmail(alice.id, 'alice@example.cn', AT);
    expect((await stores.users.findById(alice.id))?.email).toBe('alice@example.cn');
    expect((await stores.users.findById(bob.id))?.email ?? null).toBeNull();
  });

  it('saves, replaces and deletes endpoints per district', async () => {
    const endpoint: ChannelEndpoint = {
      id: testId(), districtCode: DISTRICT, channel: 'dingtalk', name: '镇安办钉钉群', regionCode: DISTRICT, sector: null, kinds: ['hazard.reported'],
      target: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: 'SEC1', enabled: true, createdAt: AT, updatedAt: AT,
    };
    await stores.channels.saveEndpoint(endpoint);
    await stores.channels.saveEndpoint({ ...endpoint, name: '改名', enabled: false, sector: 'construction' });
    expect(await stores.channels.listEndpoints(DISTRICT)).toEqual([{ ...endpoint, name: '改名', enabled: false, sector: 'construction' }]);
    expect(await stores.channels.findEndpoint(endpoint.id, OTHER_DISTRICT)).toBeUndefined();
    expect(await stores.channels.deleteEndpoint(endpoint.id, OTHER_DISTRICT)).toBe(false);
    expect(await stores.channels.deleteEndpoint(endpoint.id, DISTRICT)).toBe(true);
    expect(await stores.channels.listEndpoints(DISTRICT)).toEqual([]);
  });

  it('keeps one delivery per dedupe key, records outcomes and filters the log by channel and status', async () => {
    const webhook = delivery('e1:k:endpoint:1');
    expect(await stores.channels.insertDelivery(webhook)).toBe(true);
    expect(await stores.channels.insertDelivery(delivery('e1:k:endpoint:1'))).toBe(false);
    const mail = delivery('e1:k:user:1', { channel: 'email', endpointId: null, recipientId: alice.id, address: 'a@example.cn' });
    await stores.channels.insertDelivery(mail);
    await stores.channels.updateDelivery(webhook.id, DISTRICT, { status: 'failed', attempts: 5, lastError: 'HTTP 500', sentAt: null, updatedAt: '2026-03-02T04:00:00.000Z' });
    await stores.channels.updateDelivery(mail.id, DISTRICT, { status: 'sent', attempts: 1, lastError: null, sentAt: AT, updatedAt: AT });

    expect(await stores.channels.findDelivery(webhook.id, DISTRICT)).toEqual({ ...webhook, status: 'failed', attempts: 5, lastError: 'HTTP 500', updatedAt: '2026-03-02T04:00:00.000Z' });
    const all = await stores.channels.listDeliveries({ districtCode: DISTRICT, limit: 1 });
    const rest = await stores.channels.listDeliveries({ districtCode: DISTRICT, limit: 1, cursor: all.nextCursor ?? undefined });
    expect([...all.items, ...rest.items].map((d) => d.id)).toEqual([mail.id, webhook.id]);
    expect((await stores.channels.listDeliveries({ districtCode: DISTRICT, status: 'failed', limit: 10 })).items.map((d) => d.id)).toEqual([webhook.id]);
    expect((await stores.channels.listDeliveries({ districtCode: DISTRICT, channel: 'email', limit: 10 })).items.map((d) => d.id)).toEqual([mail.id]);
    expect((await stores.channels.listDeliveries({ districtCode: OTHER_DISTRICT, limit: 10 })).items).toEqual([]);

    // 共 N 条 of the log: the same district and filters, stopping at the cap.
    expect(await stores.channels.countDeliveries({ districtCode: DISTRICT }, 10)).toEqual({ total: 2, capped: false });
    expect(await stores.channels.countDeliveries({ districtCode: DISTRICT }, 1)).toEqual({ total: 1, capped: true });
    expect(await stores.channels.countDeliveries({ districtCode: DISTRICT, status: 'failed' }, 10)).toEqual({ total: 1, capped: false });
    expect(await stores.channels.countDeliveries({ districtCode: DISTRICT, channel: 'email', status: 'failed' }, 10)).toEqual({ total: 0, capped: false });
    expect(await stores.channels.countDeliveries({ districtCode: OTHER_DISTRICT }, 10)).toEqual({ total: 0, capped: false });
  });

  it('pages the delivery log in every sort order at any depth: cursors round-trip, no row twice or missing (issue 16, ADR 0108)', async () => {
    const pick = seededPicker(7);
    const given = Array.from({ length: 40 }, (_, index) => delivery(`d${index}`, {
      channel: pick(CHANNELS), status: pick(DELIVERY_STATUSES), attempts: pick([0, 1, 1, 2, 5, 12]),
    }));
    for (const row of given) await stores.channels.insertDelivery(row);
    await stores.channels.insertDelivery(delivery('elsewhere', { districtCode: OTHER_DISTRICT }));
    const filters = [{}, { status: 'pending' as const }, { channel: 'webhook' as const }, { channel: 'email' as const, status: 'sent' as const }];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DELIVERY_SORTS), fc.constantFrom(...filters), fc.integer({ min: 1, max: 7 }), async (sort, filter, limit) => {
        const want = given.filter((d) => (!filter.channel || d.channel === filter.channel) && (!filter.status || d.status === filter.status))
          .sort(compareDeliveries(sort)).map((d) => d.id);
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 100; pages += 1) {
          const page = await stores.channels.listDeliveries({ districtCode: DISTRICT, ...filter, sort, limit, cursor });
          if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
          seen.push(...page.items.map((d) => d.id));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen, JSON.stringify({ sort, filter, limit })).toEqual(want);
      }),
      { numRuns: target === 'postgres' ? 20 : 40 },
    );
    // A cursor names its order: one of another order is refused, naming the field.
    const byStatus = await stores.channels.listDeliveries({ districtCode: DISTRICT, sort: 'status_asc', limit: 2 });
    const byId = await stores.channels.listDeliveries({ districtCode: DISTRICT, limit: 2 });
    const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
    await expect(stores.channels.listDeliveries({ districtCode: DISTRICT, sort: 'attempts_desc', limit: 2, cursor: byStatus.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(stores.channels.listDeliveries({ districtCode: DISTRICT, sort: 'status_desc', limit: 2, cursor: byId.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(stores.channels.listDeliveries({ districtCode: DISTRICT, limit: 2, cursor: byStatus.nextCursor ?? '' })).rejects.toMatchObject(refused);
  }, 120_000);
});
