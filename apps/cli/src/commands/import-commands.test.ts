import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listUnits, systemActor } from '@safegrid/core';
import { loadConfig, openPlatform, type Config } from '@safegrid/platform';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { importUnitsCommand } from './import-commands.js';
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
