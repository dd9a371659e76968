import { EquipmentPage, EquipmentResponse, HazardResponse, UnitResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
// The test clock stands at 2026-03-02 (Shanghai): due means a next inspection from 03-02 through 04-01.
const elevator = (registrationCode: string, nextInspectionDate: string | null, commissionedOn: string | null = '2015-06-01') => ({
  type: 'passenger_elevator', registrationCode, location: '1号楼东侧', maintenanceCompany: '常州某电梯维保有限公司',
  commissionedOn, lastInspectionDate: '2025-03-20', nextInspectionDate,
});

describeEachDialect('设备台账: elevators of units (ADR 0086)', (dialect) => {
  let server: TestServer;
  let town: string;
  let luoyang: string;
  let tradeDepartment: string;
  let fireDepartment: string;
  let mall: UnitResponse;
  let other: UnitResponse;
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const list = async (token: string, query = '') => expectResponse<EquipmentPage>(await send('GET', `/api/v1/equipment${query}`, token), 200, EquipmentPage).items;

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
    ({ token: tradeDepartment } = await server.login('department', { sectors: ['industry_trade'] }));
    ({ token: fireDepartment } = await server.login('department', { sectors: ['fire'] }));
    mall = expectResponse<UnitResponse>(await send('POST', '/api/v1/units', town, { name: '湖塘某商场', kind: 'crowded_place', address: '湖塘镇商业街1号', location: HUTANG_POINT }), 201, UnitResponse);
    other = expectResponse<UnitResponse>(await send('POST', '/api/v1/units', town, { name: '湖塘某酒店', kind: 'crowded_place', address: '湖塘镇商业街2号', location: HUTANG_POINT }), 201, UnitResponse);
  });
  afterAll(async () => server.close());

  it('registers elevators on a unit, derives 老旧 and the inspection state, and filters due and overdue', async () => {
    const overdue = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, elevator('梯11苏D00001', '2026-02-27', '2010-01-15')), 201, EquipmentResponse);
    expect(overdue).toMatchObject({ unitId: mall.id, aged: true, inspectionState: 'overdue', version: 1 });
    const dueToday = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, elevator('梯11苏D00002', '2026-03-02')), 201, EquipmentResponse);
    expect(dueToday).toMatchObject({ aged: false, inspectionState: 'due' });
    const dueLast = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, elevator('梯11苏D00003', '2026-04-01', '2011-03-01')), 201, EquipmentResponse);
    expect(dueLast).toMatchObject({ aged: true, inspectionState: 'due' });
    const fine = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${other.id}/equipment`, town, elevator('梯11苏D00004', '2026-04-02', '2011-03-02')), 201, EquipmentResponse);
    expect(fine).toMatchObject({ aged: false, inspectionState: 'ok' });
    const unknown = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${other.id}/equipment`, town, { ...elevator('梯11苏D00005', null, null), lastInspectionDate: null }), 201, EquipmentResponse);
    expect(unknown).toMatchObject({ aged: false, inspectionState: 'unknown', kind: 'elevator' });
    // Only the last inspection given: the elevator's yearly interval (ADR 0097) gives the next one.
    const counted = expectResponse<EquipmentResponse>(await send('POST', `/api/v1/units/${other.id}/equipment`, town, elevator('梯11苏D00006', null)), 201, EquipmentResponse);
    expect(counted).toMatchObject({ nextInspectionDate: '2026-03-20', inspectionState: 'due' });
    expect((await list(town, '?kind=boiler'))).toEqual([]);
    expect((await list(town, '?kind=elevator'))).toHaveLength(6);

    expect((await list(town, `?unitId=${mall.id}`)).map((item) => item.id).sort()).toEqual([overdue.id, dueToday.id, dueLast.id].sort());
    expect((await list(town, '?inspection=overdue')).map((item) => item.id)).toEqual([overdue.id]);
    expect((await list(town, '?inspection=due')).map((item) => item.id).sort()).toEqual([dueToday.id, dueLast.id, counted.id].sort());
    expect(await list(town)).toHaveLength(6);
    // Paging walks every item once.
    const first = expectResponse<EquipmentPage>(await send('GET', '/api/v1/equipment?limit=2', town), 200, EquipmentPage);
    const second = expectResponse<EquipmentPage>(await send('GET', `/api/v1/equipment?limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, town), 200, EquipmentPage);
    const third = expectResponse<EquipmentPage>(await send('GET', `/api/v1/equipment?limit=3&cursor=${encodeURIComponent(second.nextCursor ?? '')}`, town), 200, EquipmentPage);
    expect(new Set([...first.items, ...second.items, ...third.items].map((item) => item.id)).size).toBe(6);
    expect(third.nextCursor).toBeNull();

    // After the inspection: the dates move on, the version too.
    const inspected = expectResponse<EquipmentResponse>(await send('PUT', `/api/v1/equipment/${overdue.id}`, town, { ...elevator('梯11苏D00001', '2027-03-01', '2010-01-15'), lastInspectionDate: '2026-03-01', version: 1 }), 200, EquipmentResponse);
    expect(inspected).toMatchObject({ inspectionState: 'ok', version: 2 });
    expectProblem(await send('PUT', `/api/v1/equipment/${overdue.id}`, town, { ...elevator('梯11苏D00001', '2027-03-01'), version: 1 }), 409, 'equipment.changed_concurrently');
    expect(await list(town, '?inspection=overdue')).toEqual([]);
  });

  it('scopes equipment through its unit: another town or sector sees nothing and gets the same 404', async () => {
    const [item] = await list(town, `?unitId=${mall.id}`);
    expect(item).toBeDefined();
    expect(await list(luoyang)).toEqual([]);
    expect(await list(tradeDepartment)).toEqual([]);
    expect(await list(fireDepartment)).toHaveLength(6);
    expectProblem(await send('GET', `/api/v1/equipment/${item?.id}`, luoyang), 404, 'equipment.not_found');
    expectProblem(await send('GET', `/api/v1/equipment/${item?.id}`, tradeDepartment), 404, 'equipment.not_found');
    expectProblem(await send('POST', `/api/v1/units/${mall.id}/equipment`, luoyang, elevator('梯11苏D00009', '2027-01-01')), 404, 'equipment.unit_not_found');
    expect((await send('GET', `/api/v1/equipment/${item?.id}`, fireDepartment)).statusCode).toBe(200);
  });

  it('refuses bad input naming the field, with nothing written', async () => {
    const before = (await list(town)).length;
    const audited = async () => Number((await sql<{ count: number | string }>`select count(*) as count from audit_log where source_table = 'equipment'`.execute(server.database.db)).rows[0]?.count);
    const auditedBefore = await audited();
    expectProblem(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, { ...elevator('梯', '2027-01-01'), type: 'crane' }), 400, 'request.invalid', ['/type']);
    expectProblem(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, { ...elevator('梯', '2027-01-01'), nextInspectionDate: '2027-02-30' }), 400, 'request.invalid', ['/nextInspectionDate']);
    expectProblem(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, elevator('梯', '2025-01-01')), 422, 'request.invalid', ['/nextInspectionDate']);
    expectProblem(await send('POST', `/api/v1/units/${mall.id}/equipment`, town, { ...elevator('  ', '2027-01-01') }), 422, 'request.invalid', ['/registrationCode']);
    expect(await list(town)).toHaveLength(before);
    expect(await audited()).toBe(auditedBefore);
    expect(auditedBefore).toBe(7);
    expect((await server.deps.audit.verify('320412')).ok).toBe(true);
  });

  it('lets a hazard name an elevator of its unit, and only of its unit', async () => {
    const [item] = await list(town, `?unitId=${mall.id}`);
    const report = { source: 'inspection', level: 'general', category: 'special_equipment', title: '电梯超期未检验', description: '', unitId: mall.id };
    const hazard = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', town, { ...report, equipmentId: item?.id }), 201, HazardResponse);
    expect(hazard.equipmentId).toBe(item?.id);
    const read = expectResponse<HazardResponse>(await send('GET', `/api/v1/hazards/${hazard.id}`, town), 200, HazardResponse);
    expect(read.equipmentId).toBe(item?.id);
    expectProblem(await send('POST', '/api/v1/hazards', town, { ...report, unitId: other.id, equipmentId: item?.id }), 422, 'request.invalid', ['/equipmentId']);
    expectProblem(await send('POST', '/api/v1/hazards', luoyang, { ...report, unitId: undefined, sector: 'special_equipment', location: LUOYANG_POINT, equipmentId: item?.id }), 422, 'request.invalid', ['/equipmentId']);
    const plain = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', town, report), 201, HazardResponse);
    expect(plain.equipmentId).toBeNull();
  });
});
