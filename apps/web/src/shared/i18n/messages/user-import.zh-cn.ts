/** 账号导入 (ADR 0084)。 */
export const USER_IMPORT_ZH_CN = {
  'import.tab.units': '监管对象台账',
  'import.tab.users': '账号',
  'userImport.intro': '按模板填写网格员及其他账号（角色、所属区域、网格、行业领域）。先检查，全部无误后一次性导入，任一行有误则全部不导入。初始密码不填时自动生成，只显示一次。',
  'userImport.summary': '共 {total} 行，{valid} 行无误，{problems} 个问题',
  'userImport.commit': '导入全部账号',
  'userImport.done': '已创建 {created} 个账号',
  'userImport.passwordsOnce': '自动生成的初始密码只显示这一次，请立即转交本人并提醒登录后修改。',
  'userImport.username': '用户名',
  'userImport.region': '所属区域代码',
  'userImport.initialPassword': '初始密码',
  'userImport.fromSheet': '（表格中填写的密码）',
} as const;
