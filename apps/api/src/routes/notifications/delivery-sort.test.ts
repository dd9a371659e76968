import { DeliveryPage } from '@safegrid/contracts';
import { compareDeliveries, DELIVERY_SORTS, type Delivery, type DeliverySort } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const AT = '2026-03-02T02:00:00.000Z';

/** The delivery log's sort parameter (issue 16, ADR 0108) over real rows on each database. */
describeEachDialect('delivery log sort', (dialect) => {
  let server: TestServer;
  let office: string;
  const given: Delivery[] = [];
  const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${office}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: office } = await server.login('district'));
    const rows: [Delivery['status'], number][] = [['sent', 1], ['failed', 5], ['pending', 2], ['sent', 1], ['pending', 0], ['failed', 5], ['sent', 3]];
    for (const [index, [status, attempts]] of rows.entries()) {
      const delivery: Delivery = {
        id: server.deps.ids.newId(), districtCode: '320412', channel: index % 2 ? 'webhook' : 'wecom', endpointId: null, recipientId: null, address: null,
        kind: 'hazard.reported', dedupeKey: `sort-${index}`, title: `第${index}条`, text: '正文', link: null, status, attempts,
        lastError: status === 'sent' ? null : 'HTTP 503', createdAt: AT, updatedAt: AT, sentAt: status === 'sent' ? AT : null,
      };
      await server.deps.channels.insertDelivery(delivery);
      given.push(delivery);
    }
  });
  afterAll(async () => server.close());

  async function titles(sort: DeliverySort, limit: number, filter = ''): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/notification-deliveries?sort=${sort}&limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: DeliveryPage = expectResponse<DeliveryPage>(await get(url), 200, DeliveryPage);
      seen.push(...page.items.map((delivery) => delivery.title));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('orders every sort as core’s comparator says and pages each order through once, at any page size', async () => {
    for (const sort of DELIVERY_SORTS) {
      const want = [...given].sort(compareDeliveries(sort)).map((delivery) => delivery.title);
      for (const limit of [1, 3, 50]) expect(await titles(sort, limit), `${sort} ${limit}`).toEqual(want);
    }
    // Spelled out once, so the comparator itself is checked: newest first by default, failed < pending < sent.
    expect(await titles('created_desc', 2)).toEqual(['第6条', '第5条', '第4条', '第3条', '第2条', '第1条', '第0条']);
    expect((await titles('status_asc', 2)).slice(0, 2).sort()).toEqual(['第1条', '第5条']);
    expect((await titles('attempts_desc', 4)).slice(2)).toEqual(['第6条', '第2条', '第3条', '第0条', '第4条']);
    expect(await titles('attempts_asc', 2, '&channel=webhook')).toEqual(['第3条', '第1条', '第5条']);
    const unsorted = expectResponse<DeliveryPage>(await get('/api/v1/notification-deliveries?limit=50'), 200, DeliveryPage).items.map((delivery) => delivery.title);
    expect(unsorted).toEqual(await titles('created_desc', 50));
  });

  it('refuses a cursor of another order naming /cursor, and an unknown sort naming /sort', async () => {
    const byStatus = expectResponse<DeliveryPage>(await get('/api/v1/notification-deliveries?sort=status_asc&limit=2'), 200, DeliveryPage).nextCursor ?? '';
    const byCreated = expectResponse<DeliveryPage>(await get('/api/v1/notification-deliveries?limit=2'), 200, DeliveryPage).nextCursor ?? '';
    expectProblem(await get(`/api/v1/notification-deliveries?sort=attempts_desc&cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/notification-deliveries?sort=status_desc&cursor=${encodeURIComponent(byCreated)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/notification-deliveries?cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get('/api/v1/notification-deliveries?sort=loudest'), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await get('/api/v1/notification-deliveries/count?sort=status_asc'), 400, 'request.invalid', ['/query/sort']);
  });

  it('exports in the sort on screen', async () => {
    const csv = await get('/api/v1/notification-deliveries/export?format=csv&sort=attempts_asc');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.split(/\r?\n/u).filter((line) => line.includes('第'));
    expect(lines.map((line) => /第\d条/u.exec(line)?.[0])).toEqual([...given].sort(compareDeliveries('attempts_asc')).map((delivery) => delivery.title));
  });
});
