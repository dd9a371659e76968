import type { Actor } from '../accounts/actor.js';
import { createUserRecord, MIN_PASSWORD_LENGTH, type NewUser } from '../accounts/create-user.js';
import type { Role } from '../accounts/user.js';
import { writeContext, type CoreDeps } from '../deps.js';
import type { Grid, Region } from '../regions/region.js';
import { DomainError } from '../shared/domain-error.js';
import { DEPARTMENTS, SECTORS, type Department, type Sector } from '../units/unit-catalog.js';
import { PHONE_PATTERN } from '../units/unit-input.js';
import { importRowsInvalid } from './import-errors.js';
import type { RowProblem, SheetTable } from './sheet-table.js';
import { DEPARTMENT_LABELS, SECTOR_LABELS } from './unit-import-vocabulary.js';

/**
 * 账号导入 (issue 13, ADR 0084): grid workers and other accounts from a sheet, with role and scope.
 * The headings below (an alias in brackets is accepted too); 初始密码 may be left empty, and then
 * the commit generates one and answers it once. Passwords never appear in a report.
 */
export const USER_IMPORT_COLUMNS = [
  { field: 'username', heading: '用户名', aliases: ['账号', '登录名'], required: true },
  { field: 'displayName', heading: '姓名', aliases: [], required: true },
  { field: 'role', heading: '角色', aliases: [], required: true },
  { field: 'region', heading: '所属区域', aliases: ['所属镇（街道）', '区域'], required: false },
  { field: 'grids', heading: '网格编号', aliases: ['网格'], required: false },
  { field: 'sectors', heading: '行业领域', aliases: [], required: false },
  { field: 'phone', heading: '手机', aliases: ['手机号', '联系电话'], required: false },
  { field: 'password', heading: '初始密码', aliases: ['密码'], required: false },
  // Last, so sheets filled in from the earlier template still line up (ADR 0100).
  { field: 'department', heading: '所属部门', aliases: ['部门'], required: false },
] as const;
export type UserImportField = (typeof USER_IMPORT_COLUMNS)[number]['field'];

/** Roles a sheet may give, by the label offices use (the code is accepted too). Enterprise accounts need a unit: created one by one. */
export const IMPORTABLE_ROLE_LABELS: Readonly<Record<Exclude<Role, 'enterprise'>, string>> = {
  district: '区应急管理局', town: '镇（街道）', department: '行业部门', grid_worker: '网格员',
};

/** Cells holding several values: 、 ， , ； ; or spaces between them. */
const LIST_SEPARATOR = /[、，,；;\s]+/;
const USERNAME = /^[a-z0-9_.-]{3,64}$/;
const PHONE = new RegExp(PHONE_PATTERN);
/** How a password cell reads in any report. */
export const MASKED_PASSWORD = '******';

export interface UserImportReport {
  readonly totalRows: number;
  readonly validRows: number;
  readonly problems: readonly RowProblem[];
}

export interface ImportedAccount {
  readonly row: number;
  readonly username: string;
  readonly role: Role;
  readonly regionCode: string;
  /** Only for accounts whose sheet left 初始密码 empty: shown once, in this answer. */
  readonly initialPassword: string | null;
}

export interface UserImportResult {
  readonly created: number;
  readonly accounts: readonly ImportedAccount[];
}

interface CheckedRow {
  readonly row: number;
  readonly account: Omit<NewUser, 'passwordHash'>;
  readonly password: string | null;
}

export const userImportRefused = () =>
  new DomainError('permission_denied', 'import.users_refused', 'Only the district office imports accounts.');

interface Lookups {
  readonly regions: readonly Region[];
  readonly grids: readonly Grid[];
  readonly taken: (username: string) => Promise<boolean>;
}

function roleOf(cell: string): Role | undefined {
  const entry = Object.entries(IMPORTABLE_ROLE_LABELS).find(([code, label]) => cell === label || cell === code);
  return entry?.[0] as Role | undefined;
}

function sectorOf(cell: string): Sector | undefined {
  return SECTORS.find((sector) => sector === cell || SECTOR_LABELS[sector] === cell);
}

function departmentOf(cell: string): Department | undefined {
  return DEPARTMENTS.find((department) => department === cell || DEPARTMENT_LABELS[department] === cell);
}

/** The grids a cell names, each of the district and inside the row's region. */
function gridsOf(text: string, grids: readonly Grid[], region: Region | undefined, refuse: (code: string, item: string) => void): Grid[] {
  const found: Grid[] = [];
  for (const code of text.split(LIST_SEPARATOR).filter(Boolean)) {
    const grid = grids.find((candidate) => candidate.code === code);
    if (!grid) refuse('not_a_choice_item', code);
    else if (region && region.level !== 'district' && !grid.townCode.startsWith(region.code) && !grid.villageCode.startsWith(region.code)) refuse('outside_region', code);
    else found.push(grid);
  }
  return found;
}

/** The sectors a cell names by label or code. */
function sectorsOf(text: string, refuse: (item: string) => void): Sector[] {
  const found: Sector[] = [];
  for (const label of text.split(LIST_SEPARATOR).filter(Boolean)) {
    const sector = sectorOf(label);
    if (sector) found.push(sector);
    else refuse(label);
  }
  return found;
}

/** Checks every row: cells, vocabularies, region and grids of the district, usernames new and unique in the file. */
async function checkRows(table: SheetTable, districtCode: string, lookups: Lookups): Promise<{ rows: CheckedRow[]; problems: RowProblem[] }> {
  const index = new Map<UserImportField, number>();
  const problems: RowProblem[] = [];
  for (const column of USER_IMPORT_COLUMNS) {
    const at = table.headings.findIndex((heading) => heading.trim() === column.heading || (column.aliases as readonly string[]).includes(heading.trim()));
    if (at >= 0) index.set(column.field, at);
    else if (column.required) problems.push({ row: 1, column: column.heading, value: '', code: 'missing_column' });
  }
  if (problems.length > 0) return { rows: [], problems };
  const headingOf = (field: UserImportField) => table.headings[index.get(field) ?? -1] ?? '';
  const regions = lookups.regions.filter((region) => region.districtCode === districtCode);
  const seen = new Map<string, number>();
  const rows: CheckedRow[] = [];
  for (const sheetRow of table.rows) {
    const cell = (field: UserImportField) => {
      const at = index.get(field);
      return at === undefined ? '' : (sheetRow.cells[at] ?? '').trim();
    };
    const before = problems.length;
    const problem = (field: UserImportField, code: string, params?: RowProblem['params']) => {
      const column = headingOf(field) || (USER_IMPORT_COLUMNS.find((c) => c.field === field)?.heading ?? field);
      const value = field === 'password' && cell(field) ? MASKED_PASSWORD : cell(field);
      problems.push({ row: sheetRow.row, column, value, code, params: { field: column, ...params } });
    };

    const username = cell('username');
    if (!username) problem('username', 'required');
    else if (!USERNAME.test(username)) problem('username', 'username_format');
    else if (seen.has(username)) problem('username', 'duplicate_username_in_file', { row: seen.get(username) ?? 0 });
    else if (await lookups.taken(username)) problem('username', 'username_taken');
    if (username) seen.set(username, seen.get(username) ?? sheetRow.row);
    const displayName = cell('displayName');
    if (!displayName) problem('displayName', 'required');
    const role = roleOf(cell('role'));
    if (!cell('role')) problem('role', 'required');
    else if (!role) problem('role', 'not_a_choice');

    const regionCell = cell('region');
    const region = regionCell ? regions.find((candidate) => candidate.code === regionCell || candidate.name === regionCell) : undefined;
    if (regionCell && !region) problem('region', 'not_found');
    const grids = gridsOf(cell('grids'), lookups.grids.filter((grid) => grid.districtCode === districtCode), region, (code, item) => problem('grids', code, { item }));
    const sectors = sectorsOf(cell('sectors'), (item) => problem('sectors', 'not_a_choice_item', { item }));
    if (role === 'town' && region?.level !== 'town' && !(regionCell && !region)) problem('region', 'town_required');
    if (role === 'grid_worker' && grids.length === 0 && !cell('grids')) problem('grids', 'required');
    // 所属部门 (ADR 0100): a department that only co-follows (公安) has no sectors; an old sheet without the column names sectors.
    const department = departmentOf(cell('department'));
    if (cell('department') && !department) problem('department', 'not_a_choice');
    if (role === 'department' && !cell('department') && sectors.length === 0 && !cell('sectors')) problem('department', 'required');
    const phone = cell('phone');
    if (phone && !PHONE.test(phone)) problem('phone', 'phone_format');
    const password = cell('password');
    if (password && password.length < MIN_PASSWORD_LENGTH) problem('password', 'too_short', { limit: MIN_PASSWORD_LENGTH });

    if (problems.length > before || !role) continue;
    // A grid worker without a region cell belongs to the village of the first grid.
    const regionCode = region?.code ?? (role === 'grid_worker' ? grids[0]?.villageCode : undefined) ?? districtCode;
    rows.push({
      row: sheetRow.row,
      account: { username, displayName, role, districtCode, regionCode, gridIds: grids.map((grid) => grid.id), sectors, department: department ?? null, phone: phone || null },
      password: password || null,
    });
  }
  return { rows, problems };
}

async function check(deps: CoreDeps, actor: Actor, table: SheetTable) {
  if (actor.role !== 'district') throw userImportRefused();
  const lookups: Lookups = {
    regions: await deps.regions.listRegions(actor.districtCode),
    grids: await deps.regions.listGrids(actor.districtCode),
    taken: async (username) => (await deps.users.findCredentials(username)) !== undefined,
  };
  return checkRows(table, actor.districtCode, lookups);
}

/** Whether a heading is the 初始密码 column (or one of its aliases). */
function isPasswordHeading(heading: string): boolean {
  const column = USER_IMPORT_COLUMNS.find((candidate) => candidate.field === 'password');
  return column !== undefined && (heading.trim() === column.heading || (column.aliases as readonly string[]).includes(heading.trim()));
}

/**
 * The uploaded sheet with every filled 初始密码 cell replaced by MASKED_PASSWORD: what a report file
 * may echo back (the dry run's xlsx shows the whole sheet, never a password).
 */
export function maskUserImportPasswords(table: SheetTable): SheetTable {
  const masked = new Set(table.headings.flatMap((heading, index) => (isPasswordHeading(heading) ? [index] : [])));
  if (masked.size === 0) return table;
  return {
    headings: table.headings,
    rows: table.rows.map((row) => ({ row: row.row, cells: row.cells.map((cell, index) => (masked.has(index) && cell.trim() !== '' ? MASKED_PASSWORD : cell)) })),
  };
}

/** 账号导入, step one: every problem by row and column; writes nothing, shows no password. */
export async function dryRunUserImport(deps: CoreDeps, actor: Actor, table: SheetTable): Promise<UserImportReport> {
  const { rows, problems } = await check(deps, actor, table);
  return { totalRows: table.rows.length, validRows: rows.length, problems };
}

/** A password for an account whose sheet gave none: 12 characters of a random token. */
function generatedPassword(deps: Pick<CoreDeps, 'tokens'>): string {
  return deps.tokens.newToken().replace(/[^A-Za-z0-9]/g, '').slice(0, 12);
}

/**
 * 账号导入, step two: checks again, hashes every password, then creates all accounts or none in one
 * transaction through `createUserRecord` (the same rules, and the audit chain, as one by one).
 * Generated passwords are in the answer, once; they are stored only as hashes.
 */
export async function importUsers(deps: CoreDeps, actor: Actor, table: SheetTable): Promise<UserImportResult> {
  const { rows, problems } = await check(deps, actor, table);
  if (problems.length > 0) throw importRowsInvalid(problems.length);
  const prepared: { row: CheckedRow; initialPassword: string | null; passwordHash: string }[] = [];
  for (const row of rows) {
    const initialPassword = row.password ? null : generatedPassword(deps);
    prepared.push({ row, initialPassword, passwordHash: await deps.passwords.hash(row.password ?? initialPassword ?? '') });
  }
  const context = writeContext(deps, actor);
  return deps.inTransaction(async (stores) => {
    const accounts: ImportedAccount[] = [];
    for (const { row, initialPassword, passwordHash } of prepared) {
      // As with an account the office creates by hand: the person chooses their own password first.
      const user = await createUserRecord(stores, context, { ...row.account, passwordHash, mustChangePassword: true });
      accounts.push({ row: row.row, username: user.username, role: user.role, regionCode: user.scope.regionCode, initialPassword });
    }
    return { created: accounts.length, accounts };
  });
}
