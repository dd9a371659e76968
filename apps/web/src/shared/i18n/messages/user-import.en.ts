import type { USER_IMPORT_ZH_CN } from './user-import.zh-cn';

/** Account import (ADR 0084). */
export const USER_IMPORT_EN: Record<keyof typeof USER_IMPORT_ZH_CN, string> = {
  'import.tab.units': 'Unit registry',
  'import.tab.users': 'Accounts',
  'userImport.intro': 'Fill in grid workers and other accounts (role, area, grids, sectors) from the template. Check first; the import then creates all accounts or none. An empty initial password is generated and shown once.',
  'userImport.summary': '{total} rows, {valid} valid, {problems} problem(s)',
  'userImport.commit': 'Import all accounts',
  'userImport.done': '{created} account(s) created',
  'userImport.passwordsOnce': 'Generated initial passwords are shown only this once: hand them over now and ask each person to change theirs.',
  'userImport.username': 'Username',
  'userImport.region': 'Area code',
  'userImport.initialPassword': 'Initial password',
  'userImport.fromSheet': '(the password in the sheet)',
};
