import { DomainError } from '../shared/domain-error.js';

export const notASpreadsheet = () =>
  new DomainError('invalid_input', 'import.not_a_spreadsheet', 'The file is not an xlsx workbook or a CSV text file.', {}, [{ path: '/file', code: 'format' }]);

export const encryptedWorkbook = () =>
  new DomainError('invalid_input', 'import.encrypted', 'The workbook is password-protected; save it without a password and upload again.', {}, [{ path: '/file', code: 'format' }]);

export const legacyWorkbook = () =>
  new DomainError('invalid_input', 'import.legacy_xls', 'Old .xls workbooks are not read; save the sheet as .xlsx or CSV.', {}, [{ path: '/file', code: 'format' }]);

export const emptySheet = () =>
  new DomainError('invalid_input', 'import.empty', 'The sheet has no heading row or no data rows.', {}, [{ path: '/file', code: 'required' }]);

export const fileTooLarge = (maxBytes: number) =>
  new DomainError('invalid_input', 'import.too_large', 'The file is larger than the import limit.', { maxBytes }, [{ path: '/file', code: 'too_large', params: { max: maxBytes } }]);

export const tooManyRows = (maxRows: number) =>
  new DomainError('invalid_input', 'import.too_many_rows', 'The sheet has more rows than the import limit.', { maxRows }, [{ path: '/file', code: 'too_many', params: { limit: maxRows } }]);

export const importRowsInvalid = (problemCount: number) =>
  new DomainError('invalid_input', 'import.rows_invalid', 'Some rows are invalid; nothing was imported. Run the dry run to see them.', { problemCount });

export const unmappedHeadings = (headings: readonly string[]) =>
  new DomainError('invalid_input', 'import.unmapped_headings', 'Some headings are not known; map each to a field or to "ignore".', { headings: headings.join(', ') });

export const importRefused = () =>
  new DomainError('permission_denied', 'import.refused', 'You may not import into the registry.');
