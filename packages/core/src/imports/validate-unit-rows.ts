import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf, type ScopeFilter } from '../accounts/scope.js';
import type { CoordinateSystem } from '../geo/coordinate-systems.js';
import type { GridLocator } from '../geo/grid-locator.js';
import { unitFieldProblems, type UnitDraft, type UnitFields } from '../units/create-unit.js';
import { UNIT_KIND_SECTOR, type DustKind, type RiskTag, type Sector, type SmallVenueType, type SubIndustry, type UnitKind, type UnitStatus } from '../units/unit-catalog.js';
import { normalizeCreditCode } from '../units/credit-code.js';
import { PHONE_PATTERN, placeOnLocator, UNIT_TEXT_LIMITS } from '../units/unit-input.js';
import type { Contact } from '../units/unit.js';
import type { RowProblem, SheetTable } from './sheet-table.js';
import {
  COLUMN_OF_FIELD,
  DEFAULT_IMPORT_CRS,
  fieldOfHeading,
  UNIT_IMPORT_COLUMNS,
  type UnitImportField,
  type UnitImportTarget,
} from './unit-import-columns.js';

/** A heading of the file and the field it fills (null: ignored). */
export interface ResolvedColumn {
  readonly index: number;
  readonly heading: string;
  readonly field: UnitImportField | null;
}

/** A row that passed every check: the unit it describes, placed, and which fields it gives. */
export interface ValidUnitRow {
  readonly row: number;
  readonly draft: UnitDraft;
  /** The unit fields with a value in this row: an update changes only these. */
  readonly given: readonly (keyof UnitFields)[];
}

export interface ValidatedUnitRows {
  readonly columns: readonly ResolvedColumn[];
  /** Headings neither known nor mapped: the user maps each to a field or to `ignore`. */
  readonly unknownHeadings: readonly string[];
  readonly rows: readonly ValidUnitRow[];
  readonly problems: readonly RowProblem[];
  readonly totalRows: number;
}

const PHONE = new RegExp(PHONE_PATTERN);
const LIST_SEPARATORS = /[、,，;；/\s]+/;
const DEFAULT_CONTACT_ROLE = '安全负责人';

/** Which field each heading fills: the user's mapping first, then the known headings. */
export function resolveColumns(headings: readonly string[], mapping: Readonly<Record<string, UnitImportTarget>>): { columns: ResolvedColumn[]; unknownHeadings: string[] } {
  const columns: ResolvedColumn[] = [];
  const unknownHeadings: string[] = [];
  const taken = new Set<UnitImportField>();
  headings.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const mapped = mapping[heading];
    const field = mapped === 'ignore' ? null : (mapped ?? fieldOfHeading(heading));
    if (field === undefined) {
      unknownHeadings.push(heading);
      return;
    }
    // A second column for the same field is left out rather than silently overriding the first.
    if (field !== null && taken.has(field)) {
      unknownHeadings.push(heading);
      return;
    }
    if (field !== null) taken.add(field);
    columns.push({ index, heading, field });
  });
  return { columns, unknownHeadings };
}

type RowValues = Partial<Record<UnitImportField, string>>;

class RowChecker {
  readonly problems: RowProblem[] = [];
  constructor(private readonly row: number, private readonly values: RowValues, private readonly headingOf: (field: UnitImportField) => string) {}

  problem(field: UnitImportField, code: string, params?: Readonly<Record<string, string | number>>): void {
    this.problems.push({ row: this.row, column: this.headingOf(field), value: this.values[field] ?? '', code, ...(params && { params }) });
  }

  has(field: UnitImportField, code: string): boolean {
    const column = this.headingOf(field);
    return this.problems.some((problem) => problem.column === column && problem.code === code);
  }

  text(field: UnitImportField, limit?: number): string | undefined {
    const value = this.values[field];
    if (value !== undefined && limit !== undefined && value.length > limit) this.problem(field, 'too_long', { limit });
    return value;
  }

  code<T extends string>(field: UnitImportField): T | undefined {
    const value = this.values[field];
    if (value === undefined) return undefined;
    const code = COLUMN_OF_FIELD.get(field)?.choices?.lookup.get(value.toLowerCase());
    if (code === undefined) this.problem(field, 'not_a_choice');
    return code as T | undefined;
  }

  codes<T extends string>(field: UnitImportField): T[] | undefined {
    const value = this.values[field];
    if (value === undefined) return undefined;
    const lookup = COLUMN_OF_FIELD.get(field)?.choices?.lookup;
    const codes: T[] = [];
    for (const part of value.split(LIST_SEPARATORS).filter(Boolean)) {
      const code = lookup?.get(part.toLowerCase());
      if (code === undefined) this.problem(field, 'not_a_choice_item', { item: part });
      else codes.push(code as T);
    }
    return [...new Set(codes)];
  }

  number(field: UnitImportField, range: { min: number; max: number; integer?: boolean }): number | undefined {
    const value = this.values[field];
    if (value === undefined) return undefined;
    const parsed = Number(value.replace(/[,，]/g, ''));
    if (!Number.isFinite(parsed) || (range.integer && !Number.isInteger(parsed))) this.problem(field, range.integer ? 'not_an_integer' : 'not_a_number');
    else if (parsed < range.min || parsed > range.max) this.problem(field, 'not_in_range', { min: range.min, max: range.max });
    else return parsed;
    return undefined;
  }
}

const FIELD_OF_PATH: Readonly<Record<string, UnitImportField>> = { '/name': 'name', '/creditCode': 'creditCode', '/dustKind': 'dustKind', '/location': 'lng' };

/** Reads one row's values into unit fields; problems name the row and column. */
function checkRow(
  row: number,
  values: RowValues,
  context: { readonly actor: Actor; readonly scope: ScopeFilter; readonly locator: GridLocator; readonly headingOf: (field: UnitImportField) => string },
): { valid?: ValidUnitRow; problems: RowProblem[] } {
  const check = new RowChecker(row, values, context.headingOf);
  for (const column of UNIT_IMPORT_COLUMNS) if (column.required && values[column.field] === undefined) check.problem(column.field, 'required');
  const name = check.text('name', UNIT_TEXT_LIMITS.name);
  const address = check.text('address', UNIT_TEXT_LIMITS.address);
  const kind = check.code<UnitKind>('kind');
  const sector = check.code<Sector>('sector');
  const subIndustry = check.code<SubIndustry>('subIndustry');
  const crs = check.code<CoordinateSystem>('crs') ?? DEFAULT_IMPORT_CRS;
  const lng = check.number('lng', { min: 73, max: 136 });
  const lat = check.number('lat', { min: 3, max: 54 });
  const riskTags = check.codes<RiskTag>('riskTags');
  const dustKind = check.code<DustKind>('dustKind');
  const venueType = check.code<SmallVenueType>('venueType');
  const status = check.code<UnitStatus>('status');
  const employees = check.number('employees', { min: 0, max: 1_000_000, integer: true });
  const floorArea = check.number('floorArea', { min: 0, max: 10_000_000 });
  const contactName = check.text('contactName', UNIT_TEXT_LIMITS.contactName);
  const contactRole = check.text('contactRole', UNIT_TEXT_LIMITS.contactRole);
  const contactPhone = check.text('contactPhone', UNIT_TEXT_LIMITS.phone);
  if (contactPhone !== undefined && !PHONE.test(contactPhone.replace(/\s/g, ''))) check.problem('contactPhone', 'phone_format');
  if ((contactName === undefined) !== (contactPhone === undefined)) check.problem(contactName === undefined ? 'contactName' : 'contactPhone', 'required');
  const contacts: Contact[] | undefined = contactName !== undefined && contactPhone !== undefined
    ? [{ name: contactName, role: contactRole ?? DEFAULT_CONTACT_ROLE, phone: contactPhone.replace(/\s/g, '') }]
    : undefined;
  const fields = {
    name: name ?? '', creditCode: values.creditCode, kind: kind ?? 'enterprise', sector, subIndustry, address: address ?? '', riskTags, dustKind, venueType, employees, floorArea, contacts, status,
  } satisfies Omit<UnitFields, 'location'>;
  // The unit's own rules, also for a row with other problems, so the report shows them all at once.
  for (const problem of unitFieldProblems(fields).problems) {
    const field = FIELD_OF_PATH[problem.path] ?? 'name';
    if (!check.has(field, problem.code)) check.problem(field, problem.code, problem.params);
  }
  const placed = lng !== undefined && lat !== undefined ? placeOnLocator(context.locator, { lng, lat, crs }) : undefined;
  if (placed && !placed.placement) check.problem('lng', 'outside_district');
  if (placed?.placement && kind !== undefined) {
    const record = { ...placed.placement, districtCode: context.actor.districtCode, sector: sector ?? UNIT_KIND_SECTOR[kind], unitId: null };
    if (!isInScope(context.scope, record)) check.problem('lng', 'outside_your_area');
  }
  if (check.problems.length > 0 || !placed?.placement) return { problems: check.problems };
  const given = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== undefined);
  return { valid: { row, draft: { ...fields, placement: placed.placement }, given: [...given, 'location'] }, problems: [] };
}

/**
 * Checks every row of a unit sheet without touching the database: required columns, labels of coded
 * columns, numbers and their ranges, the unit's own field rules (`unitFieldProblems`), the place (in
 * a grid of the district, and in the actor's area) and credit codes repeated inside the file.
 */
export function validateUnitRows(
  table: SheetTable,
  options: { readonly actor: Actor; readonly locator: GridLocator; readonly mapping?: Readonly<Record<string, UnitImportTarget>> },
): ValidatedUnitRows {
  const { columns, unknownHeadings } = resolveColumns(table.headings, options.mapping ?? {});
  const headingByField = new Map(columns.flatMap((column) => (column.field ? [[column.field, column.heading] as const] : [])));
  const headingOf = (field: UnitImportField) => headingByField.get(field) ?? COLUMN_OF_FIELD.get(field)?.heading ?? field;
  const problems: RowProblem[] = [];
  for (const column of UNIT_IMPORT_COLUMNS) {
    if (column.required && !headingByField.has(column.field)) problems.push({ row: 1, column: column.heading, value: '', code: 'missing_column' });
  }
  if (problems.length > 0) return { columns, unknownHeadings, rows: [], problems, totalRows: table.rows.length };

  const valid: ValidUnitRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  const context = { actor: options.actor, scope: scopeFilterOf(options.actor), locator: options.locator, headingOf };
  for (const sheetRow of table.rows) {
    const values: RowValues = {};
    for (const column of columns) {
      const cell = column.field ? sheetRow.cells[column.index]?.trim() : undefined;
      if (column.field && cell) values[column.field] = cell;
    }
    const result = checkRow(sheetRow.row, values, context);
    problems.push(...result.problems);
    const creditCode = values.creditCode ? normalizeCreditCode(values.creditCode) : undefined;
    if (creditCode) {
      const first = firstRowOfCode.get(creditCode);
      if (first !== undefined) {
        problems.push({ row: sheetRow.row, column: headingOf('creditCode'), value: values.creditCode ?? '', code: 'duplicate_in_file', params: { row: first } });
        continue;
      }
      firstRowOfCode.set(creditCode, sheetRow.row);
    }
    if (result.valid) valid.push(result.valid);
  }
  return { columns, unknownHeadings, rows: valid, problems, totalRows: table.rows.length };
}
