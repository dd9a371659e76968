import type { ACCOUNTS_ZH_CN } from './accounts.zh-cn';

/** English: account administration of the district office (locked accounts, ADR 0059). */
export const ACCOUNTS_EN: Record<keyof typeof ACCOUNTS_ZH_CN, string> = {
  'nav.lockedAccounts': 'Locked accounts',
  'accounts.lockedTitle': 'Locked accounts',
  'accounts.lockedHelp': 'An account is locked for a while after repeated wrong passwords and opens again by itself; once you know it is the owner, you may unlock it here earlier.',
  'accounts.noneLocked': 'No account is locked',
  'accounts.username': 'Username',
  'accounts.displayName': 'Name',
  'accounts.role': 'Role',
  'accounts.lockedUntil': 'Locked until',
  'accounts.unlock': 'Unlock',
  'accounts.cancel': 'Cancel',
  'accounts.unlockConfirm': 'Unlock the account {username}?',
  'accounts.unlocked': '{username} is unlocked',
};
