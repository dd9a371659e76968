import type { SpreadsheetFiles } from '@safegrid/core';
import { writeImportReport } from './import-report.js';
import { writeUnitImportTemplate } from './import-template.js';
import { readSpreadsheet } from './read-spreadsheet.js';
import { writeUserImportTemplate } from './user-import-template.js';

/** The `SpreadsheetFiles` port over exceljs and csv-parse. */
export const importSpreadsheetFiles: SpreadsheetFiles = {
  read: readSpreadsheet,
  unitImportTemplate: async () => new Uint8Array(await writeUnitImportTemplate()),
  importReport: async (table, problems, labels) => new Uint8Array(await writeImportReport(table, problems, labels)),
  userImportTemplate: writeUserImportTemplate,
};
