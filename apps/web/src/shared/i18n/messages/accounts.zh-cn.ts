/** 简体中文: account administration of the district office (locked accounts, ADR 0059). */
export const ACCOUNTS_ZH_CN = {
  'nav.lockedAccounts': '锁定账户',
  'accounts.lockedTitle': '锁定账户',
  'accounts.lockedHelp': '连续多次输错密码的账户会被暂时锁定，到期自动解除；确认是本人后可在此提前解锁。',
  'accounts.noneLocked': '当前没有被锁定的账户',
  'accounts.username': '用户名',
  'accounts.displayName': '姓名',
  'accounts.role': '角色',
  'accounts.lockedUntil': '锁定至',
  'accounts.unlock': '解锁',
  'accounts.cancel': '取消',
  'accounts.unlockConfirm': '解锁账户 {username}？',
  'accounts.unlocked': '已解锁 {username}',
} as const;
