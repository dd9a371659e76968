import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listUnits, systemActor } from '@safegrid/core';
import { loadConfig, openPlatform, type Config } from '@safegrid/platform';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { importGridsCommand, importUnitsCommand, importUsersCommand } from './import-commands.js';
import { demoCommand } from './seed-demo.js';

let dataDir: string;
let config: Config;
const output = createOutput({ json: true, interactive: false });

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-import-'));
  config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('dry-runs a sheet into a marked report, then imports it and updates on a second run', async () => {
  await demoCommand(config, output, { units: 20, hazards: 0 });
  const platform = await openPlatform(config);
  const [existing] = (await listUnits(platform.deps, systemActor('320412'), { filter: {}, page: { limit: 1 } })).items;
  await platform.close();
  const point = [String(existing?.location.lng), String(existing?.location.lat)];
  const headings = ['单位名称', '单位类型', '地址', '经度', '纬度', '从业人数', '老台账编号'];
  const file = join(dataDir, '台账.csv');
  writeFileSync(file, `\uFEFF${stringify([headings, ['新登记五金厂', '工贸企业', '某路1号', ...point, '十二', 'A-1'], ['新登记餐馆', '九小场所', '某路2号', ...point, '8', 'A-2']])}`);

  const report = join(dataDir, 'report.xlsx');
  const checked = await importUnitsCommand(config, output, { file, dryRun: true, report, district: '320412' });
  expect(checked).toMatchObject({ totalRows: 2, validRows: 1, unknownHeadings: ['老台账编号'], problems: [{ row: 2, column: '从业人数', code: 'not_an_integer' }] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report);
  expect(JSON.stringify(workbook.worksheets[0]?.getCell('F2').note)).toContain('应为整数');

  writeFileSync(file, `\uFEFF${stringify([headings, ['新登记五金厂', '工贸企业', '某路1号', ...point, '12', 'A-1'], ['新登记餐馆', '九小场所', '某路2号', ...point, '8', 'A-2']])}`);
  await expect(importUnitsCommand(config, output, { file, district: '320412' })).rejects.toMatchObject({ code: 'import.unmapped_headings' });
  expect(await importUnitsCommand(config, output, { file, map: ['老台账编号=ignore'] })).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
  await expect(importUnitsCommand(config, output, { file, onExisting: 'sometimes' })).rejects.toThrow('--on-existing');
});

it('imports accounts from a sheet: the dry run names the bad cell, the import prints generated passwords once', async () => {
  await demoCommand(config, output, { units: 1, hazards: 0 });
  const platform = await openPlatform(config);
  const [grid] = await platform.deps.regions.listGrids('320412');
  await platform.close();
  const file = join(dataDir, '账号.csv');
  const headings = ['用户名', '姓名', '角色', '所属区域', '网格编号', '行业领域', '手机', '初始密码'];
  writeFileSync(file, `\uFEFF${stringify([headings, ['cli.worker', '钱多', '网格员', '', grid?.code ?? '', '', '', ''], ['cli.town', '孙立', '镇（街道）', '', '', '', '', '']])}`);
  const checked = await importUsersCommand(config, output, { file, dryRun: true, district: '320412' });
  expect(checked).toMatchObject({ totalRows: 2, validRows: 1, problems: [{ row: 3, column: '所属区域', code: 'town_required' }] });

  writeFileSync(file, `\uFEFF${stringify([headings, ['cli.worker', '钱多', '网格员', '', grid?.code ?? '', '', '', '']])}`);
  const result = await importUsersCommand(config, output, { file, district: '320412' });
  expect(result).toMatchObject({ created: 1, accounts: [{ username: 'cli.worker', role: 'grid_worker', initialPassword: expect.stringMatching(/^[A-Za-z0-9]{12}$/) }] });
});

it('imports grid polygons from GeoJSON: the dry run names the open ring, the import redraws the grid', async () => {
  await demoCommand(config, output, { units: 1, hazards: 0 });
  const platform = await openPlatform(config);
  const [grid] = await platform.deps.regions.listGrids('320412');
  await platform.close();
  const ring = grid?.boundary.coordinates[0] ?? [];
  const file = join(dataDir, 'grids.geojson');
  const write = (coordinates: unknown) => writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: grid?.code, name: '改名网格' }, geometry: { type: 'Polygon', coordinates } }] }));
  write([ring.slice(0, -1)]);
  expect(await importGridsCommand(config, output, { file, dryRun: true, district: '320412' })).toMatchObject({ features: 1, problems: [{ feature: 1, problem: 'ring_not_closed' }] });
  write([ring]);
  expect(await importGridsCommand(config, output, { file, district: '320412' })).toEqual({ created: 0, updated: 1, movedUnits: 0 });
});
