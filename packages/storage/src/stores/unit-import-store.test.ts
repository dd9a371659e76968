import { afterEach, beforeEach, expect, it } from 'vitest';
import type { UnitImportRun } from '@safegrid/core';
import { DISTRICT } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const run = (overrides: Partial<UnitImportRun> = {}): UnitImportRun => ({
  id: '0193a000-0000-7000-8000-000000000001', districtCode: DISTRICT, jobId: '0193a000-0000-7000-8000-0000000000j1', requestedBy: 'town-1',
  fileName: '台账.xlsx', onExisting: 'update', mapping: { 备注: 'ignore' }, totalRows: 2,
  sheet: { headings: ['单位名称', '备注'], rows: [{ row: 2, cells: ['湖塘精工', '=HYPERLINK("x")'] }, { row: 3, cells: ['湖塘五金', ''] }] },
  outcome: null, createdAt: '2026-12-10T01:00:00.000Z', finishedAt: null, ...overrides,
});

describeEachStoreTarget('unit import run store (ADR 0098)', (target) => {
  let world: TestStores;
  beforeEach(async () => {
    world = await openTestStores(target);
  });
  afterEach(async () => world.dispose());

  it('keeps the sheet until the run finishes, finishes once, and only within its district', async () => {
    const { unitImports } = world.stores;
    await unitImports.insert(run());
    expect(await unitImports.find(run().id, DISTRICT)).toEqual(run());
    const { sheet: _sheet, ...summary } = run();
    expect(await unitImports.findSummary(run().id, DISTRICT)).toEqual(summary);
    expect(await unitImports.find(run().id, '320411')).toBeUndefined();
    expect(await unitImports.finish(run().id, '320411', { outcome: 'imported', created: 1, updated: 0, unchanged: 0, skipped: 0 }, '2026-12-10T01:01:00.000Z')).toBe(false);

    const outcome = { outcome: 'imported', created: 1, updated: 1, unchanged: 0, skipped: 0 } as const;
    expect(await unitImports.finish(run().id, DISTRICT, outcome, '2026-12-10T01:02:00.000Z')).toBe(true);
    expect(await unitImports.find(run().id, DISTRICT)).toEqual(run({ sheet: null, outcome, finishedAt: '2026-12-10T01:02:00.000Z' }));
    // A second finish (a repeated job run) changes nothing.
    expect(await unitImports.finish(run().id, DISTRICT, { outcome: 'refused', code: 'import.rows_invalid', params: { problemCount: 1 } }, '2026-12-10T01:03:00.000Z')).toBe(false);
    expect((await unitImports.findSummary(run().id, DISTRICT))?.outcome).toEqual(outcome);
  });
});
