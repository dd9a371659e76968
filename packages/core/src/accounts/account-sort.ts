import { defineListSort } from '../shared/keyset-sort.js';
import { nameSortKey } from '../shared/list-order.js';
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

const accountSort = defineListSort({
  sorts: ACCOUNT_SORTS,
  defaultSort: DEFAULT_ACCOUNT_SORT,
  columns: {
    username: { read: (row: AccountKey) => row.username },
    name: { read: (row: AccountKey) => nameSortKey(row.displayName), cached: true },
    role: { read: (row: AccountKey) => ROLES.indexOf(row.role) },
    status: { read: (row: AccountKey) => USER_STATUSES.indexOf(row.status) },
    created: { read: (row: AccountKey) => row.createdAt },
  },
  idOf: (row) => row.id,
});

/** The account list's order as a comparator over its rows. */
export const compareAccounts = accountSort.compare;
