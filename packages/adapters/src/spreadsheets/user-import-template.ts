import { loadExcelJs } from '../lazy-modules.js';
import { DEPARTMENT_LABELS, IMPORTABLE_ROLE_LABELS, SECTOR_LABELS, USER_IMPORT_COLUMNS } from '@safegrid/core';

const ROWS = 1_000;
const NOTES: Readonly<Record<string, string>> = {
  username: '必填。小写字母、数字、下划线、点和横线，3–64 位，全区唯一。',
  displayName: '必填。',
  role: '必填。从下拉列表选择：区应急管理局、镇（街道）、行业部门、网格员。企业账号请在系统中逐个创建。',
  region: '镇（街道）账号必填镇（街道）名称或代码；网格员可不填（取第一个网格所在村（社区））；其他账号不填即全区。',
  grids: '网格员必填。网格编号，多个用顿号或逗号分隔。',
  sectors: '行业部门选填。本部门牵头的行业领域名称，多个用顿号分隔；只作协同跟进的部门（如公安）可不填。',
  department: '行业部门必填（未填时按第一个行业领域的牵头部门）。所属部门名称，如：公安分局。',
  phone: '选填。手机号或带区号的固定电话。',
  password: '选填，至少 8 位。不填则导入时自动生成初始密码，只在导入结果中显示一次，请及时转交本人并提醒修改。',
};

/** The account import template: headings, a role dropdown, and a 填写说明 sheet (ADR 0084). */
export async function writeUserImportTemplate(): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'SafeGrid';
  const sheet = workbook.addWorksheet('账号', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = USER_IMPORT_COLUMNS.map((column) => ({ header: column.heading, key: column.field, width: 18 }));
  sheet.getRow(1).font = { bold: true };
  const roleColumn = USER_IMPORT_COLUMNS.findIndex((column) => column.field === 'role') + 1;
  const roles = Object.values(IMPORTABLE_ROLE_LABELS);
  for (let row = 2; row <= ROWS + 1; row += 1) {
    sheet.getRow(row).getCell(roleColumn).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${roles.join(',')}"`], showErrorMessage: true, errorTitle: '角色', error: '请从下拉列表选择角色',
    };
  }
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ header: '列', width: 14 }, { header: '说明', width: 90 }];
  for (const column of USER_IMPORT_COLUMNS) notes.addRow([column.heading, NOTES[column.field] ?? '']);
  notes.addRow(['行业领域取值', Object.values(SECTOR_LABELS).join('、')]);
  notes.addRow(['所属部门取值', Object.values(DEPARTMENT_LABELS).join('、')]);
  notes.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
