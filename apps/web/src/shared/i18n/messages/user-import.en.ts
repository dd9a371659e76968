import type { USER_IMPORT_ZH_CN } from './user-import.zh-cn';

/** Account import (ADR 0084). */
export const USER_IMPORT_EN: Record<keyof typeof USER_IMPORT_ZH_CN, string> = {
  'import.tab.units': 'Unit registry',
  'import.tab.users': 'Accounts',
  'import.tab.grids': 'Grid boundaries',
  'gridImport.intro': 'Upload grid boundaries as GeoJSON (a FeatureCollection in WGS84, Polygon or MultiPolygon, for a grid of several parts; property code is the grid code and name its name, town and village optional). A known code updates its grid; a new code adds one; nothing is saved unless every feature is valid.',
  'gridImport.summary': '{features} features: {new} new, {existing} to update, {problems} problem(s)',
  'gridImport.feature': 'Feature',
  'gridImport.code': 'Grid code',
  'gridImport.commit': 'Import all grids',
  'gridImport.done': '{created} grid(s) added, {updated} updated; {movedUnits} unit(s) moved to their new grid',
  'userImport.intro': 'Fill in grid workers and other accounts (role, area, grids, sectors) from the template. Check first; the import then creates all accounts or none. An empty initial password is generated and shown once.',
  'userImport.summary': '{total} rows, {valid} valid, {problems} problem(s)',
  'userImport.commit': 'Import all accounts',
  'userImport.done': '{created} account(s) created',
  'userImport.passwordsOnce': 'Generated initial passwords are shown only this once: hand them over now and ask each person to change theirs.',
  'userImport.reportFileName': 'account-import-report.xlsx',
  'userImport.username': 'Username',
  'userImport.region': 'Area code',
  'userImport.initialPassword': 'Initial password',
  'userImport.fromSheet': '(the password in the sheet)',
};
