import { AccountListResponse, AccountWithPasswordResponse, type AccountResponse } from '@safegrid/contracts';
import { ACCOUNT_SORTS, compareAccounts, type AccountSort } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG = '320412100';

/** The account list's sort parameter (issues 13 and 16, ADR 0113) over real rows on each database. */
describeEachDialect('account list sort', (dialect) => {
  let server: TestServer;
  let office: string;
  let given: AccountResponse[] = [];
  const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${office}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: office } = await server.login('district'));
    const [grid] = await server.deps.regions.listGrids('320412');
    const accounts: [string, string, string, object][] = [
      ['zhao.min', '赵敏', 'town', { regionCode: HUTANG }],
      ['an.qi', '安琪', 'grid_worker', { regionCode: `${HUTANG}201`, gridIds: [grid?.id] }],
      ['hu.tang', '湖塘', 'town', { regionCode: HUTANG }],
      ['bai.li', '白莉', 'district', {}],
      ['an.qi2', '安琪', 'grid_worker', { regionCode: `${HUTANG}201`, gridIds: [grid?.id] }],
      ['abc.admin', 'Alice', 'town', { regionCode: HUTANG }],
    ];
    for (const [username, displayName, role, scope] of accounts) {
      const created = expectResponse<AccountWithPasswordResponse>(await server.app.inject({
        method: 'POST', url: '/api/v1/users', headers: { authorization: `Bearer ${office}` }, payload: { username, displayName, role, ...scope },
      }), 201, AccountWithPasswordResponse);
      if (username === 'hu.tang') expect((await server.app.inject({ method: 'POST', url: `/api/v1/users/${created.account.id}/deactivate`, headers: { authorization: `Bearer ${office}` } })).statusCode).toBe(200);
    }
    given = expectResponse<AccountListResponse>(await get('/api/v1/users?pageSize=100'), 200, AccountListResponse).items;
  });
  afterAll(async () => server.close());

  /** Every page of the list in `sort`, by page number: the usernames in the order the pages show them. */
  async function usernames(sort: AccountSort, pageSize: number, filter = ''): Promise<string[]> {
    const seen: string[] = [];
    for (let page = 1; page < 50; page += 1) {
      const answer = expectResponse<AccountListResponse>(await get(`/api/v1/users?sort=${sort}&pageSize=${pageSize}&page=${page}${filter}`), 200, AccountListResponse);
      seen.push(...answer.items.map((account) => account.username));
      if (page * pageSize >= answer.total) break;
    }
    return seen;
  }

  it('orders every sort as core’s comparator says and pages each order through once, at any page size', async () => {
    expect(given).toHaveLength(7);
    for (const sort of ACCOUNT_SORTS) {
      const want = [...given].sort(compareAccounts(sort)).map((account) => account.username);
      for (const pageSize of [1, 3, 100]) expect(await usernames(sort, pageSize), `${sort} ${pageSize}`).toEqual(want);
    }
    // Spelled out once, so the comparator itself is checked.
    const office1 = given.find((account) => account.role === 'district' && account.username !== 'bai.li')?.username ?? '';
    expect(await usernames('username_asc', 2)).toEqual(['abc.admin', 'an.qi', 'an.qi2', 'bai.li', office1, 'hu.tang', 'zhao.min'].sort());
    // Names by pinyin: Alice, 安琪 ×2 (an qi), 白莉 (bai li), district N, 湖塘 (hu tang), 赵敏 (zhao min); the two 安琪 by id.
    const byName = await usernames('name_asc', 2);
    expect(byName.slice(0, 1)).toEqual(['abc.admin']);
    expect(byName.slice(1, 3).sort()).toEqual(['an.qi', 'an.qi2']);
    expect(byName.slice(3)).toEqual(['bai.li', office1, 'hu.tang', 'zhao.min']);
    // Roles as ROLES lists them (区安委办 first); active before disabled.
    expect((await usernames('role_asc', 3)).slice(0, 2).sort()).toEqual(['bai.li', office1].sort());
    expect((await usernames('status_desc', 3))[0]).toBe('hu.tang');
    expect(await usernames('name_desc', 2, '&role=town')).toEqual(['zhao.min', 'hu.tang', 'abc.admin']);
    const unsorted = expectResponse<AccountListResponse>(await get('/api/v1/users?pageSize=100'), 200, AccountListResponse).items.map((account) => account.username);
    expect(unsorted).toEqual(await usernames('username_asc', 100));
  });

  it('refuses an unknown sort naming /query/sort', async () => {
    expectProblem(await get('/api/v1/users?sort=password_asc'), 400, 'request.invalid', ['/query/sort']);
  });
});
