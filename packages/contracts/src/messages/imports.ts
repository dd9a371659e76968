// Messages of 台账导入 (issue 13): file-level errors and the row report's cell problems.

export const IMPORT_ERRORS_ZH_CN: Readonly<Record<string, string>> = {
  'import.not_a_spreadsheet': '文件不是 Excel（.xlsx）工作簿或 CSV 文本文件',
  'import.encrypted': '工作簿设置了打开密码，请取消密码后另存再上传',
  'import.legacy_xls': '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后上传',
  'import.empty': '表格没有标题行或没有数据行',
  'import.too_large': '文件超过导入大小限制（{maxBytes} 字节）',
  'import.too_many_rows': '数据行超过导入上限（{maxRows} 行），请拆分后分批导入',
  'import.rows_invalid': '有 {problemCount} 处数据有误，未导入任何数据；请先预检查看并修改',
  'import.unmapped_headings': '以下列标题无法识别，请指定对应字段或选择忽略：{headings}',
  'import.refused': '您不能导入监管对象台账',
  'import.users_refused': '只有区应急管理局可以导入账号',
};

export const IMPORT_ERRORS_EN: Readonly<Record<string, string>> = {
  'import.not_a_spreadsheet': 'The file is not an Excel (.xlsx) workbook or a CSV text file',
  'import.encrypted': 'The workbook has a password; remove it, save and upload again',
  'import.legacy_xls': 'Old .xls files are not supported; save as .xlsx or CSV in Excel and upload again',
  'import.empty': 'The sheet has no heading row or no data rows',
  'import.too_large': 'The file exceeds the import size limit ({maxBytes} bytes)',
  'import.too_many_rows': 'The sheet exceeds the import limit of {maxRows} rows; split it and import in parts',
  'import.rows_invalid': '{problemCount} cells are invalid and nothing was imported; run the dry run to see and fix them',
  'import.unmapped_headings': 'These headings are not known; map each to a field or ignore it: {headings}',
  'import.refused': 'You may not import into the unit registry',
  'import.users_refused': 'Only the district office imports accounts',
};

export const IMPORT_FIELD_PROBLEMS_ZH_CN: Readonly<Record<string, string>> = {
  missing_column: '缺少此列',
  not_a_choice: '不是可选的取值，请从下拉列表选择',
  not_a_choice_item: '“{item}”不是可选的取值',
  not_a_number: '应为数字',
  not_an_integer: '应为整数',
  not_in_range: '应在 {min} 到 {max} 之间',
  phone_format: '应为手机号或带区号的固定电话',
  outside_your_area: '位置不在您负责的区域内',
  registered_outside_your_area: '该信用代码已由其他镇（街道）登记',
  duplicate_in_file: '与第 {row} 行的统一社会信用代码重复',
  duplicate_username_in_file: '与第 {row} 行的用户名重复',
  username_taken: '该用户名已被使用',
  outside_region: '网格“{item}”不在所属区域内',
};

export const IMPORT_FIELD_PROBLEMS_EN: Readonly<Record<string, string>> = {
  missing_column: 'column is missing',
  not_a_choice: 'is not one of the choices; pick one from the dropdown',
  not_a_choice_item: '"{item}" is not one of the choices',
  not_a_number: 'must be a number',
  not_an_integer: 'must be a whole number',
  not_in_range: 'must be between {min} and {max}',
  phone_format: 'must be a mobile number or a landline with area code',
  outside_your_area: 'location is outside your area',
  registered_outside_your_area: 'this credit code is registered by another town',
  duplicate_in_file: 'repeats the credit code of row {row}',
  duplicate_username_in_file: 'repeats the username of row {row}',
  username_taken: 'this username is taken',
  outside_region: 'grid "{item}" is not inside the region',
};
