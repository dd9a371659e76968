import type { SheetValue } from '@safegrid/core';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @,
 * and tab or carriage return, which some programs strip before they look.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A CSV field that a spreadsheet shows as the text it is: a leading apostrophe stops Excel and WPS
 * from evaluating `=HYPERLINK(…)`. Numbers stay numbers (a negative number is data, not a formula).
 */
export function csvSafeValue(value: SheetValue): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return looksLikeFormula(value) ? `'${value}` : value;
}
