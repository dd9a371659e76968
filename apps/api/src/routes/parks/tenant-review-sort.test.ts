import { TenantReviewPage, TenantReviewResponse, type UnitResponse } from '@safegrid/contracts';
import { compareTenantReviews, TENANT_REVIEW_SORTS, type TenantReviewSort } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };

/** The tenant review queue's sort parameter (issues 13 and 16, ADR 0113) over real rows on each database. */
describeEachDialect('tenant review queue sort', (dialect) => {
  let server: TestServer;
  let town: string;
  const given: TenantReviewResponse[] = [];
  const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${town}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    const send = (url: string, token: string, payload: object) => server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    const park = (await send('/api/v1/units', town, { name: '排序测试园区', kind: 'park', address: '湖塘镇工业园2号', location: HUTANG_POINT })).json() as UnitResponse;
    const { token: landlord } = await server.login('enterprise', { unitId: park.id });
    for (let index = 0; index < 7; index += 1) {
      const applied = expectResponse<TenantReviewResponse>(await send(`/api/v1/units/${park.id}/tenant-reviews`, landlord, {
        tenant: { name: `第${index}家租户`, business: '仓储', riskTags: [] }, safetyAgreement: true, fireAcceptance: true,
      }), 201, TenantReviewResponse);
      given.push(applied);
    }
    // Three states among the seven: two rejected by the town, one withdrawn by the landlord, four waiting.
    for (const index of [1, 4]) expect((await send(`/api/v1/tenant-reviews/${given[index]?.id ?? ''}/actions`, town, { action: 'reject', reason: '材料不全' })).statusCode).toBe(200);
    expect((await send(`/api/v1/tenant-reviews/${given[5]?.id ?? ''}/actions`, landlord, { action: 'withdraw' })).statusCode).toBe(200);
    const current = expectResponse<TenantReviewPage>(await get('/api/v1/tenant-reviews?limit=50'), 200, TenantReviewPage).items;
    given.splice(0, given.length, ...current);
  });
  afterAll(async () => server.close());

  async function names(sort: TenantReviewSort, limit: number, filter = ''): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/tenant-reviews?sort=${sort}&limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: TenantReviewPage = expectResponse<TenantReviewPage>(await get(url), 200, TenantReviewPage);
      seen.push(...page.items.map((review) => review.tenant.name));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('orders every sort as core’s comparator says and pages each order through once, at any page size', async () => {
    expect(given).toHaveLength(7);
    for (const sort of TENANT_REVIEW_SORTS) {
      const want = [...given].sort(compareTenantReviews(sort)).map((review) => review.tenant.name);
      for (const limit of [1, 3, 50]) expect(await names(sort, limit), `${sort} ${limit}`).toEqual(want);
    }
    // Spelled out once, so the comparator itself is checked: newest first by default, approved < rejected < submitted < withdrawn.
    expect(await names('applied_desc', 2)).toEqual(['第6家租户', '第5家租户', '第4家租户', '第3家租户', '第2家租户', '第1家租户', '第0家租户']);
    expect(await names('applied_asc', 4)).toEqual(['第0家租户', '第1家租户', '第2家租户', '第3家租户', '第4家租户', '第5家租户', '第6家租户']);
    expect(await names('status_asc', 2)).toEqual(['第1家租户', '第4家租户', '第0家租户', '第2家租户', '第3家租户', '第6家租户', '第5家租户']);
    expect(await names('status_desc', 3, '&status=submitted&status=rejected')).toEqual(['第6家租户', '第3家租户', '第2家租户', '第0家租户', '第4家租户', '第1家租户']);
    const unsorted = expectResponse<TenantReviewPage>(await get('/api/v1/tenant-reviews?limit=50'), 200, TenantReviewPage).items.map((review) => review.tenant.name);
    expect(unsorted).toEqual(await names('applied_desc', 50));
  });

  it('refuses a cursor of another order naming /cursor, and an unknown sort naming /sort', async () => {
    const byStatus = expectResponse<TenantReviewPage>(await get('/api/v1/tenant-reviews?sort=status_asc&limit=2'), 200, TenantReviewPage).nextCursor ?? '';
    const byApplied = expectResponse<TenantReviewPage>(await get('/api/v1/tenant-reviews?limit=2'), 200, TenantReviewPage).nextCursor ?? '';
    expect(byApplied).not.toBe('');
    expectProblem(await get(`/api/v1/tenant-reviews?sort=status_desc&cursor=${encodeURIComponent(byApplied)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/tenant-reviews?cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/tenant-reviews?sort=applied_asc&cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get('/api/v1/tenant-reviews?sort=tenant_asc'), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await get('/api/v1/tenant-reviews/count?sort=status_asc'), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await get('/api/v1/tenant-reviews/export?format=csv&sort=newest'), 400, 'request.invalid', ['/query/sort']);
  });

  it('exports in the sort on screen', async () => {
    for (const sort of ['status_asc', 'applied_asc'] as const) {
      const csv = await get(`/api/v1/tenant-reviews/export?format=csv&sort=${sort}`);
      expect(csv.statusCode, csv.body).toBe(200);
      const lines = csv.body.split(/\r?\n/u).filter((line) => line.includes('家租户'));
      expect(lines.map((line) => /第\d家租户/u.exec(line)?.[0])).toEqual([...given].sort(compareTenantReviews(sort)).map((review) => review.tenant.name));
    }
  });
});
