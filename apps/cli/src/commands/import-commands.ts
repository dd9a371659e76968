import { readFile, writeFile } from 'node:fs/promises';
import { describeRowProblem } from '@safegrid/contracts';
import { dryRunUnitImport, importUnits, isUnitImportTarget, ON_EXISTING, systemActor, type OnExisting, type UnitImportReport, type UnitImportResult, type UnitImportTarget } from '@safegrid/core';
import { dryRunUserImport, importUsers, type UserImportReport, type UserImportResult } from '@safegrid/core';
import { dryRunGridImport, importGrids, type GridImportReport, type GridImportResult } from '@safegrid/core';
import { openPlatform, type Config, type Platform } from '@safegrid/platform';
import { UsageError, type Output } from '../output.js';

export interface ImportUnitsOptions {
  readonly file?: string | undefined;
  readonly dryRun?: boolean | undefined;
  readonly onExisting?: string | undefined;
  readonly district?: string | undefined;
  /** `heading=field` (or `heading=ignore`) for headings the dry run did not know. */
  readonly map?: readonly string[] | undefined;
  /** Where to write the dry run's marked xlsx report. */
  readonly report?: string | undefined;
}

/** Problems printed to the terminal; the --report file holds them all. */
const PRINTED_PROBLEMS = 30;

function parseMapping(entries: readonly string[]): Record<string, UnitImportTarget> {
  const mapping: Record<string, UnitImportTarget> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const heading = entry.slice(0, at).trim();
    const target = entry.slice(at + 1).trim();
    if (at <= 0 || !isUnitImportTarget(target)) throw new UsageError(`--map takes heading=field (a unit import field or ignore), not "${entry}"`);
    mapping[heading] = target;
  }
  return mapping;
}

async function districtOf(platform: Platform, district: string | undefined): Promise<string> {
  const all = await platform.deps.regions.listDistrictCodes();
  if (district !== undefined && all.includes(district)) return district;
  if (district === undefined && all.length === 1 && all[0]) return all[0];
  throw new UsageError(district === undefined ? `--district is needed (one of ${all.join(', ') || 'none: load regions first'})` : `unknown --district ${district}`);
}

function printReport(output: Output, report: UnitImportReport): void {
  output.info(`${report.totalRows} rows: ${report.validRows} valid (${report.newRows} new, ${report.existingRows} already registered), ${report.problems.length} problem(s)`);
  if (report.unknownHeadings.length > 0) output.info(`unknown headings (map each with --map "heading=field" or "heading=ignore"): ${report.unknownHeadings.join(', ')}`);
  for (const problem of report.problems.slice(0, PRINTED_PROBLEMS)) {
    output.info(`  第 ${problem.row} 行 ${problem.column}「${problem.value}」：${describeRowProblem('zh-CN', problem)}`);
  }
  if (report.problems.length > PRINTED_PROBLEMS) output.info(`  … and ${report.problems.length - PRINTED_PROBLEMS} more (write them all with --report FILE.xlsx)`);
}

/**
 * `safegrid import units FILE [--dry-run] [--on-existing update|skip] [--map H=F …] [--report OUT.xlsx]`:
 * the 台账导入 as the system acting for the district. The dry run only reports; the import writes all
 * rows or none. Progress of the checks goes to stderr on a terminal.
 */
export async function importUnitsCommand(config: Config, output: Output, options: ImportUnitsOptions): Promise<UnitImportReport | UnitImportResult> {
  if (!options.file) throw new UsageError('import units needs the file (xlsx or CSV)');
  const onExisting = (options.onExisting ?? 'skip') as OnExisting;
  if (!ON_EXISTING.includes(onExisting)) throw new UsageError(`--on-existing must be one of ${ON_EXISTING.join(', ')}`);
  const mapping = parseMapping(options.map ?? []);
  const bytes = new Uint8Array(await readFile(options.file));
  const platform = await openPlatform(config);
  try {
    const actor = systemActor(await districtOf(platform, options.district));
    const { deps, services } = platform;
    const table = await services.spreadsheets.read(bytes, config.imports);
    output.info(`read ${table.rows.length} rows from ${options.file}`);
    const progress = (done: number, total: number) => output.progress('checking rows', done, total);
    if (options.dryRun) {
      const report = await dryRunUnitImport(deps, actor, { table, mapping }, progress);
      printReport(output, report);
      if (options.report) {
        const problems = report.problems.map((problem) => ({ ...problem, message: describeRowProblem('zh-CN', problem) }));
        await writeFile(options.report, await services.spreadsheets.importReport(table, problems, { sheet: '监管对象台账', listSheet: '问题清单', listHeadings: ['行号', '列', '内容', '问题'] }));
        output.info(`report written to ${options.report}`);
      }
      output.result({ report });
      return report;
    }
    const started = Date.now();
    const result = await importUnits(deps, actor, { table, mapping, onExisting }, (done, total) => {
      progress(done, total);
      // The checks end here; the writes run in one transaction that cannot report progress (ADR 0098).
      if (done === total) output.info(`checked ${total} rows; writing them all in one transaction…`);
    });
    output.info(`imported in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped} skipped`);
    output.result({ result });
    return result;
  } finally {
    await platform.close();
  }
}

export interface ImportUsersOptions {
  readonly file?: string | undefined;
  readonly dryRun?: boolean | undefined;
  readonly district?: string | undefined;
}

/**
 * `safegrid import users FILE [--dry-run] [--district D]`: the 账号导入 (ADR 0084) as the system acting
 * for the district office. The dry run prints every problem (password cells as ******); the import
 * creates all accounts or none and prints each generated initial password once.
 */
export async function importUsersCommand(config: Config, output: Output, options: ImportUsersOptions): Promise<UserImportReport | UserImportResult> {
  if (!options.file) throw new UsageError('import users needs the file (xlsx or CSV)');
  const bytes = new Uint8Array(await readFile(options.file));
  const platform = await openPlatform(config);
  try {
    const actor = systemActor(await districtOf(platform, options.district));
    const table = await platform.services.spreadsheets.read(bytes, config.imports);
    output.info(`read ${table.rows.length} rows from ${options.file}`);
    if (options.dryRun) {
      const report = await dryRunUserImport(platform.deps, actor, table);
      output.info(`${report.totalRows} rows: ${report.validRows} valid, ${report.problems.length} problem(s)`);
      for (const problem of report.problems.slice(0, PRINTED_PROBLEMS)) {
        output.info(`  第 ${problem.row} 行 ${problem.column}「${problem.value}」：${describeRowProblem('zh-CN', problem)}`);
      }
      output.result({ report });
      return report;
    }
    const result = await importUsers(platform.deps, actor, table);
    output.info(`${result.created} account(s) created`);
    for (const account of result.accounts) {
      output.info(`  ${account.username}\t${account.role}\t${account.regionCode}${account.initialPassword ? `\t初始密码 ${account.initialPassword}` : ''}`);
    }
    output.result({ result });
    return result;
  } finally {
    await platform.close();
  }
}

/**
 * `safegrid import grids FILE.geojson [--dry-run] [--district D]`: grid polygons from a GeoJSON
 * FeatureCollection (ADR 0084); the dry run prints every problem by feature, the import saves all or none.
 */
export async function importGridsCommand(config: Config, output: Output, options: ImportUsersOptions): Promise<GridImportReport | GridImportResult> {
  if (!options.file) throw new UsageError('import grids needs the GeoJSON file');
  const json = await readFile(options.file, 'utf8');
  const platform = await openPlatform(config);
  try {
    const actor = systemActor(await districtOf(platform, options.district));
    if (options.dryRun) {
      const report = await dryRunGridImport(platform.deps, actor, json);
      output.info(`${report.features} features: ${report.newGrids} new, ${report.existingGrids} already registered, ${report.problems.length} problem(s)`);
      for (const problem of report.problems.slice(0, PRINTED_PROBLEMS)) {
        output.info(`  第 ${problem.feature} 个要素 ${problem.code} ${problem.path}：${describeRowProblem('zh-CN', { code: problem.problem, params: problem.params })}`);
      }
      output.result({ report });
      return report;
    }
    const result = await importGrids(platform.deps, actor, json);
    output.info(`grids saved: ${result.created} created, ${result.updated} updated; ${result.movedUnits} unit(s) moved to the grid they now lie in`);
    output.result({ result });
    return result;
  } finally {
    await platform.close();
  }
}
