import { comparePlain, nameSortKey } from '../shared/list-order.js';
import { ROLES, USER_STATUSES, type User } from './user.js';

/**
 * The orders of the account list (账号管理, issues 13 and 16). `username_asc` is the list's order
 * since it was built and stays the default. Display names sort by pinyin with the registry's key
 * (`nameSortKey`); roles in the order of `ROLES` (区安委办 first, 企业 last) and statuses in the
 * order of `USER_STATUSES` (active first), as the filters list them. Ties are broken by id in the
 * order's direction (ADR 0113). The list is read whole and paged by number, so no cursor carries it.
 */
export const ACCOUNT_SORTS = [
  'username_asc', 'username_desc', 'name_asc', 'name_desc', 'role_asc', 'role_desc', 'status_asc', 'status_desc', 'created_desc', 'created_asc',
] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];
export const DEFAULT_ACCOUNT_SORT: AccountSort = 'username_asc';

type AccountKey = Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'status' | 'createdAt'>;

/** The account list's order as a comparator over its rows. */
export function compareAccounts(sort: AccountSort = DEFAULT_ACCOUNT_SORT): (a: AccountKey, b: AccountKey) => number {
  const [column, direction] = sort.split('_') as ['username' | 'name' | 'role' | 'status' | 'created', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const names = new Map<string, string>();
  const nameKey = (row: AccountKey) => names.get(row.id) ?? names.set(row.id, nameSortKey(row.displayName)).get(row.id) as string;
  const byColumn = (a: AccountKey, b: AccountKey): number => {
    switch (column) {
      case 'username': return comparePlain(a.username, b.username);
      case 'name': return comparePlain(nameKey(a), nameKey(b));
      case 'role': return ROLES.indexOf(a.role) - ROLES.indexOf(b.role);
      case 'status': return USER_STATUSES.indexOf(a.status) - USER_STATUSES.indexOf(b.status);
      case 'created': return comparePlain(a.createdAt, b.createdAt);
    }
  };
  return (a, b) => sign * (byColumn(a, b) || comparePlain(a.id, b.id));
}
