import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../geo/coordinate-systems.js';
import { createInMemoryDeps, gridPoint, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { dryRunUnitImport, importUnits } from './import-units.js';
import type { SheetTable } from './sheet-table.js';

const HEADINGS = ['单位名称', '统一社会信用代码', '单位类型', '地址', '经度', '纬度', '坐标系', '风险标签', '粉尘种类', '从业人数', '联系人', '联系电话'];
const CODE_A = '91350100M000100Y43';
const CODE_B = '91320412MA1XYK000N';

/** A valid row in a grid of `town` (gridIndex 0), with cells overridden by heading. */
function row(name: string, overrides: Record<string, string> = {}, town = HUTANG): string[] {
  const point = gridPoint(town, 0);
  const cells: Record<string, string> = {
    单位名称: name, 统一社会信用代码: '', 单位类型: '工贸企业', 地址: '湖塘镇长虹路88号', 经度: String(point.lng), 纬度: String(point.lat),
    坐标系: '', 风险标签: '', 粉尘种类: '', 从业人数: '', 联系人: '', 联系电话: '', ...overrides,
  };
  return HEADINGS.map((heading) => cells[heading] ?? '');
}

const table = (rows: string[][], headings = HEADINGS): SheetTable => ({ headings, rows: rows.map((cells, index) => ({ row: index + 2, cells })) });

describe('台账导入: dry run', () => {
  it('reports every bad cell by row and column, and writes nothing', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const before = deps.tables.units.size;
    const report = await dryRunUnitImport(deps, district, {
      table: table([
        row('甲机械厂', { 统一社会信用代码: CODE_A, 风险标签: '涉粉尘、有限空间', 粉尘种类: '金属粉尘', 从业人数: '35', 联系人: '王强', 联系电话: '13912345678' }),
        row('乙机械厂', { 统一社会信用代码: '91350100M000100Y44', 单位类型: '工厂', 从业人数: '3.5' }),
        row('', { 经度: '东经120', 风险标签: '涉粉尘、会飞' }),
        row('丙机械厂', { 统一社会信用代码: CODE_A.toLowerCase(), 联系电话: '12345' }),
        row('丁机械厂', { 经度: '118.5' }),
      ]),
    });
    expect(report).toMatchObject({ totalRows: 5, validRows: 1, newRows: 1, existingRows: 0, unknownHeadings: [] });
    expect(report.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [3, '统一社会信用代码', 'credit_code_check_digit'],
      [3, '单位类型', 'not_a_choice'],
      [3, '从业人数', 'not_an_integer'],
      [4, '单位名称', 'required'],
      [4, '经度', 'not_a_number'],
      [4, '风险标签', 'not_a_choice_item'],
      [4, '粉尘种类', 'required'],
      [5, '统一社会信用代码', 'duplicate_in_file'],
      [5, '联系人', 'required'],
      [5, '联系电话', 'phone_format'],
      [6, '经度', 'outside_district'],
    ]);
    expect(report.problems.find((problem) => problem.code === 'duplicate_in_file')?.params).toEqual({ row: 2 });
    expect(report.problems.find((problem) => problem.code === 'not_a_choice_item')).toMatchObject({ value: '涉粉尘、会飞', params: { item: '会飞' } });
    expect(deps.tables.units.size).toBe(before);
  });

  it('returns headings it does not know, and reads them once the user maps them', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const headings = HEADINGS.map((heading) => (heading === '地址' ? '生产经营场所' : heading)).concat('备注');
    const rows = [[...row('甲机械厂'), '老台账']];
    const first = await dryRunUnitImport(deps, district, { table: table(rows, headings) });
    expect(first.unknownHeadings).toEqual(['生产经营场所', '备注']);
    expect(first.problems).toEqual([{ row: 1, column: '地址', value: '', code: 'missing_column' }]);
    await expect(importUnits(deps, district, { table: table(rows, headings), onExisting: 'skip' })).rejects.toMatchObject({ code: 'import.unmapped_headings' });
    const mapped = await dryRunUnitImport(deps, district, { table: table(rows, headings), mapping: { 生产经营场所: 'address', 备注: 'ignore' } });
    expect(mapped).toMatchObject({ validRows: 1, unknownHeadings: [], problems: [] });
  });
});

describe('台账导入: commit', () => {
  it('imports all rows with grid, risk and history; a GCJ-02 point is stored as WGS-84', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const gcj = wgs84ToGcj02(gridPoint(LUOYANG, 1));
    const result = await importUnits(deps, district, {
      table: table([
        row('甲机械厂', { 统一社会信用代码: CODE_A, 风险标签: '涉粉尘', 粉尘种类: 'metal' }),
        row('=HYPERLINK("http://x","乙")', { 单位类型: 'small_venue', 经度: String(gcj.lng), 纬度: String(gcj.lat), 坐标系: '高德' }),
      ]),
      onExisting: 'skip',
    });
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
    const units = [...deps.tables.units.values()];
    expect(units.map((unit) => [unit.name, unit.gridId, unit.sector])).toEqual([
      ['甲机械厂', `grid-${HUTANG}-1`, 'industry_trade'],
      ['=HYPERLINK("http://x","乙")', `grid-${LUOYANG}-2`, 'fire'],
    ]);
    expect(units[0]).toMatchObject({ riskTags: ['dust'], dustKind: 'metal', creditCode: CODE_A });
    expect(units[1]?.location.lng).toBeCloseTo(gridPoint(LUOYANG, 1).lng, 6);
    expect(deps.tables.unitChanges.filter((change) => change.action === 'create')).toHaveLength(2);
    expect(await deps.unitRisks.find(units[0]?.id ?? '', district.districtCode)).toBeDefined();
  });

  it('updates a registered unit (kept in its history) or skips it, as asked', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const registered = deps.given.unit({ name: '甲机械厂', creditCode: CODE_A, employees: 10 });
    const sheet = table([row('甲机械厂（更名）', { 统一社会信用代码: CODE_A, 从业人数: '40' }), row('乙机械厂', { 统一社会信用代码: CODE_B })]);
    expect(await dryRunUnitImport(deps, district, { table: sheet })).toMatchObject({ newRows: 1, existingRows: 1 });

    expect(await importUnits(deps, district, { table: sheet, onExisting: 'skip' })).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(deps.tables.units.get(registered.id)).toMatchObject({ name: '甲机械厂', employees: 10, version: 1 });

    expect(await importUnits(deps, district, { table: sheet, onExisting: 'update' })).toEqual({ created: 0, updated: 1, unchanged: 1, skipped: 0 });
    expect(deps.tables.units.get(registered.id)).toMatchObject({ name: '甲机械厂（更名）', employees: 40, version: 2 });
    const change = deps.tables.unitChanges.find((entry) => entry.unitId === registered.id && entry.action === 'update');
    expect(change?.changes).toEqual(expect.arrayContaining([{ field: 'name', from: '甲机械厂', to: '甲机械厂（更名）' }, { field: 'employees', from: 10, to: 40 }]));
  });

  it('keeps a town to its own area: rows elsewhere and codes another town registered are errors, and nothing is written', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town', { town: HUTANG });
    deps.given.unit({ name: '洛阳厂', creditCode: CODE_B, town: LUOYANG });
    const before = deps.tables.units.size;
    const sheet = table([row('湖塘厂'), row('洛阳新厂', {}, LUOYANG), row('湖塘厂二', { 统一社会信用代码: CODE_B })]);
    const report = await dryRunUnitImport(deps, town, { table: sheet });
    expect(report.problems.map((problem) => [problem.row, problem.code])).toEqual([[3, 'outside_your_area'], [4, 'registered_outside_your_area']]);
    await expect(importUnits(deps, town, { table: sheet, onExisting: 'update' })).rejects.toMatchObject({ code: 'import.rows_invalid', details: { problemCount: 2 } });
    expect(deps.tables.units.size).toBe(before);
    await expect(dryRunUnitImport(deps, deps.given.user('enterprise'), { table: sheet })).rejects.toMatchObject({ code: 'import.refused' });
  });

  it('writes nothing from a 50,000-row file whose row 49,999 is wrong', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const rows = Array.from({ length: 50_000 }, (_, index) => row(`第${index + 2}行单位`, index + 2 === 49_999 ? { 单位类型: '不存在的类型' } : {}));
    await expect(importUnits(deps, district, { table: table(rows), onExisting: 'skip' })).rejects.toMatchObject({ code: 'import.rows_invalid', details: { problemCount: 1 } });
    expect(deps.tables.units.size).toBe(0);
    const report = await dryRunUnitImport(deps, district, { table: table(rows) });
    expect(report.problems).toEqual([{ row: 49_999, column: '单位类型', value: '不存在的类型', code: 'not_a_choice' }]);
  }, 120_000);
});
