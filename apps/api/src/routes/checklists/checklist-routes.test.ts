import { ChecklistResponse } from '@safegrid/contracts';
import { currentBuiltInChecklistId } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const GAS = currentBuiltInChecklistId('gas-user');

describeEachDialect('checklist routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let town: string;
  const send = (method: 'POST' | 'GET' | 'PUT', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: town } = await server.login('town'));
  });
  afterAll(async () => server.close());

  it('lists the twelve built-in templates with their items to every role', async () => {
    const enterprise = await server.login('enterprise');
    for (const token of [district, town, enterprise.token]) {
      const list = expectResponse<ChecklistResponse[]>(await send('GET', '/api/v1/checklists', token), 200, Type.Array(ChecklistResponse));
      expect(list.map((checklist) => checklist.code)).toEqual([
        'confined-space', 'construction-major', 'crowded-place-fire', 'dust-gb15577', 'elevator', 'gas-operator-major', 'gas-user', 'group-rental',
        'hazchem-major', 'major-hazard-gm10', 'self-built-house', 'small-venue-fire',
      ]);
      expect(list.every((checklist) => checklist.builtIn && checklist.items.length > 0)).toBe(true);
    }
    const gm10 = expectResponse<ChecklistResponse>(await send('GET', `/api/v1/checklists/${currentBuiltInChecklistId('major-hazard-gm10')}`, town), 200, ChecklistResponse);
    expect(gm10.items.find((item) => item.id === 'GM10-13-02')).toMatchObject({
      hazardLevel: 'major', category: 'confined_space', legalBasis: [{ article: '第十三条第（二）项' }], finding: expect.stringContaining('未履行审批') as string,
    });
  });

  it('creates a district checklist from nothing, and refuses one without findings, changing nothing', async () => {
    const item = {
      id: 'WH-01', section: '仓储', text: '库房内不住人', finding: '库房内违规住人', legalBasis: [{ regulation: '《仓库防火安全管理规则》', article: '第四十条' }],
      hazardLevel: 'general', category: 'occupancy', appliesTo: { kinds: [], sectors: [], tags: [], dustKinds: [] },
    };
    const body = { code: 'wj-warehouse', name: '武进区仓储场所检查表', appliesTo: { kinds: ['logistics'], sectors: [], tags: [], dustKinds: [] }, excludedSectors: [], items: [item] };
    const before = await databaseFingerprint(server.database);
    expectProblem(await send('POST', '/api/v1/checklists', district, { ...body, items: [{ ...item, finding: '' }] }), 422, 'request.invalid', ['/items/0/finding']);
    expectProblem(await send('POST', '/api/v1/checklists', town, body), 403, 'checklist.manage_refused');
    expect(await databaseFingerprint(server.database)).toBe(before);
    const created = expectResponse<ChecklistResponse>(await send('POST', '/api/v1/checklists', district, body), 201, ChecklistResponse);
    expect(created).toMatchObject({ builtIn: false, code: 'wj-warehouse', version: 1, basedOnId: null, description: '', items: [{ id: 'WH-01', finding: '库房内违规住人' }] });
    expectProblem(await send('POST', '/api/v1/checklists', district, body), 409, 'checklist.duplicate_code');
  });

  it('copies a built-in for the district and edits the copy into version 2', async () => {
    const copy = expectResponse<ChecklistResponse>(await send('POST', `/api/v1/checklists/${GAS}/copy`, district, { code: 'wj-gas-user', name: '燃气用户安全检查表（武进）' }), 201, ChecklistResponse);
    expect(copy).toMatchObject({ builtIn: false, districtCode: '320412', version: 1, basedOnId: GAS });
    const revised = expectResponse<ChecklistResponse>(await send('PUT', `/api/v1/checklists/${copy.id}`, district, {
      name: copy.name, description: copy.description, appliesTo: copy.appliesTo, excludedSectors: [], items: copy.items.slice(0, 3),
    }), 201, ChecklistResponse);
    expect(revised).toMatchObject({ version: 2, basedOnId: copy.id, status: 'active' });
    const versions = expectResponse<ChecklistResponse[]>(await send('GET', `/api/v1/checklists/${revised.id}/versions`, town), 200, Type.Array(ChecklistResponse));
    expect(versions.map((version) => [version.version, version.status, version.items.length])).toEqual([[2, 'active', 3], [1, 'superseded', copy.items.length]]);
    expectProblem(await send('PUT', `/api/v1/checklists/${copy.id}`, district, { name: 'x', appliesTo: copy.appliesTo, excludedSectors: [], items: copy.items }), 409, 'checklist.superseded');
  });

  it('refuses managing checklists to towns, editing built-ins and malformed items, changing nothing', async () => {
    const builtIn = (await send('GET', `/api/v1/checklists/${GAS}`, district)).json() as ChecklistResponse;
    const body = { name: 'x', appliesTo: builtIn.appliesTo, excludedSectors: [], items: builtIn.items };
    const cases: [string, string, string, unknown, number, string, string[]?][] = [
      ['POST', `/api/v1/checklists/${GAS}/copy`, town, { code: 'hutang-gas' }, 403, 'checklist.manage_refused'],
      ['PUT', `/api/v1/checklists/${GAS}`, district, body, 422, 'checklist.built_in_read_only'],
      ['POST', `/api/v1/checklists/${GAS}/copy`, district, { code: 'Bad Code' }, 422, 'request.invalid', ['/code']],
      ['PUT', `/api/v1/checklists/${GAS}`, district, { ...body, items: [{ ...builtIn.items[0], id: 'lower-case', hazardLevel: 'deadly' }] }, 400, 'request.invalid', ['/items/0/id', '/items/0/hazardLevel']],
      ['PUT', `/api/v1/checklists/${GAS}`, district, { ...body, items: [] }, 400, 'request.invalid', ['/items']],
      ['GET', '/api/v1/checklists/01900000-0000-7000-8000-00000000abcd', district, undefined, 404, 'checklist.not_found'],
    ];
    for (const [method, url, token, payload, status, code, paths] of cases) {
      const before = await databaseFingerprint(server.database);
      expectProblem(await send(method as 'POST', url, token, payload), status, code, paths);
      expect(await databaseFingerprint(server.database)).toBe(before);
    }
  });
});
