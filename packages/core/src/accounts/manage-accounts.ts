import type { CoreDeps, Stores } from '../deps.js';
import { writeContext } from '../deps.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { joinSearchParts, searchQueryOf, spelledForms } from '../shared/search-text.js';
import type { Department, Sector } from '../units/unit-catalog.js';
import { isTownAdministrator, mayAdminister, requireAccountAdministrator, TOWN_MANAGED_ROLES, userNotFound } from './account-admin-policy.js';
import type { Actor } from './actor.js';
import { compareAccounts, type AccountSort } from './account-sort.js';
import { accountDepartment, accountProblems, insertUserRecord } from './create-user.js';
import { oneTimePasswordFrom } from './password-policy.js';
import { ROLES, USER_STATUSES, type Role, type User, type UserStatus } from './user.js';

export interface AccountListQuery {
  /** Username, name (also its pinyin and initials) or phone; full-/half-width and spaces ignored. */
  readonly q?: string | undefined;
  readonly role?: Role | undefined;
  readonly status?: UserStatus | undefined;
  /** The list's order (ADR 0113); by username when absent. */
  readonly sort?: AccountSort | undefined;
  readonly page?: number | undefined;
  readonly pageSize?: number | undefined;
}

export interface AccountPage {
  readonly items: readonly User[];
  /** Which accounts of `items` log in with a second factor (双因素认证 enabled, ADR 0093). */
  readonly twoFactorEnabled: ReadonlySet<string>;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const ACCOUNT_PAGE_SIZES = { default: 20, max: 100 } as const;

/** The scope fields an administrator sets for a role (only those the role uses are kept). */
export interface AccountScopeInput {
  readonly regionCode?: string | undefined;
  readonly gridIds?: readonly string[] | undefined;
  readonly sectors?: readonly Sector[] | undefined;
  readonly department?: Department | null | undefined;
  readonly unitId?: string | null | undefined;
}

export interface CreateAccountInput extends AccountScopeInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
}

export interface UpdateAccountInput extends AccountScopeInput {
  readonly displayName?: string | undefined;
  readonly role?: Role | undefined;
  readonly phone?: string | null | undefined;
}

/** An account together with the one-time password it was given: shown to the administrator once. */
export interface AccountWithOneTimePassword {
  readonly user: User;
  readonly oneTimePassword: string;
}

function matchesQuery(user: User, query: string): boolean {
  if (!query) return true;
  // Pinyin is only worth spelling out when the query has Latin letters (hutang, ht).
  const names = /[a-z]/.test(query) ? spelledForms(user.displayName) : [user.displayName];
  return joinSearchParts([user.username, ...names, user.phone ?? '']).includes(query);
}

/**
 * The accounts the actor administers (district office: its district; a town: its grid workers and
 * enterprise users), filtered and paged. Accounts are few (hundreds per district), so the filter
 * runs here over the district's list rather than in SQL, and so does the order (`compareAccounts`).
 */
export async function listAccounts(deps: CoreDeps, actor: Actor, query: AccountListQuery = {}): Promise<AccountPage> {
  requireAccountAdministrator(actor);
  const pageSize = Math.min(Math.max(1, query.pageSize ?? ACCOUNT_PAGE_SIZES.default), ACCOUNT_PAGE_SIZES.max);
  const page = Math.max(1, query.page ?? 1);
  const typed = searchQueryOf(query.q);
  const matching = (await deps.users.listByDistrict(actor.districtCode)).filter((user) =>
    mayAdminister(actor, user)
    && (query.role === undefined || user.role === query.role)
    && (query.status === undefined || user.status === query.status)
    && matchesQuery(user, typed)).sort(compareAccounts(query.sort));
  const items = matching.slice((page - 1) * pageSize, page * pageSize);
  // One look-up per account of the page (at most 100), only for the accounts the actor administers.
  const enrolments = await Promise.all(items.map((user) => deps.twoFactor.find(user.id)));
  const twoFactorEnabled = new Set(enrolments.flatMap((enrolment) => (enrolment?.status === 'enabled' ? [enrolment.userId] : [])));
  return { items, twoFactorEnabled, total: matching.length, page, pageSize };
}

/** One account the actor administers; another town's or district's is "not found", as if missing. */
export async function getAccount(deps: CoreDeps, actor: Actor, id: string): Promise<User> {
  requireAccountAdministrator(actor);
  const user = await deps.users.findById(id);
  if (!user || !mayAdminister(actor, user)) throw userNotFound(id);
  return user;
}

async function loadAdministered(stores: Stores, actor: Actor, id: string): Promise<User> {
  const user = await stores.users.findById(id);
  if (!user || !mayAdminister(actor, user)) throw userNotFound(id);
  return user;
}

/**
 * The scope a town administrator may give: only the roles it manages, a region inside its town
 * (defaulting to the town), grids of its town and units of its town.
 */
async function townScopeProblems(stores: Stores, actor: Actor, role: Role, scope: AccountScopeInput): Promise<FieldProblem[]> {
  if (!isTownAdministrator(actor)) return [];
  const town = actor.scope.regionCode;
  const problems: FieldProblem[] = [];
  if (!TOWN_MANAGED_ROLES.includes(role)) problems.push({ path: '/role', code: 'role_not_allowed' });
  if (scope.regionCode !== undefined && !scope.regionCode.startsWith(town)) problems.push({ path: '/regionCode', code: 'not_found' });
  for (const [index, gridId] of (role === 'grid_worker' ? scope.gridIds ?? [] : []).entries()) {
    const grid = await stores.regions.findGrid(gridId);
    if (!grid || grid.townCode !== town) problems.push({ path: `/gridIds/${index}`, code: 'not_found' });
  }
  if (role === 'enterprise' && scope.unitId) {
    const unit = await stores.units.findById(scope.unitId, { districtCode: actor.districtCode, regionCode: town });
    if (!unit) problems.push({ path: '/unitId', code: 'not_found' });
  }
  return problems;
}

/** The unit of an enterprise account must exist in the district. */
async function unitProblems(stores: Stores, actor: Actor, role: Role, unitId: string | null | undefined): Promise<FieldProblem[]> {
  if (role !== 'enterprise' || !unitId) return [];
  const unit = await stores.units.findById(unitId, { districtCode: actor.districtCode });
  return unit ? [] : [{ path: '/unitId', code: 'not_found' }];
}

function newOneTimePassword(deps: CoreDeps): string {
  return oneTimePasswordFrom(deps.tokens.newToken());
}

/**
 * Creates an account with a role and the scope the role needs, and a one-time password the
 * administrator hands over; the person must choose their own at the first log-in. A town creates
 * only its own grid workers and enterprise users. Audited with the account's row.
 */
export async function createAccount(deps: CoreDeps, actor: Actor, input: CreateAccountInput): Promise<AccountWithOneTimePassword> {
  requireAccountAdministrator(actor);
  if (!ROLES.includes(input.role)) throw invalidInput([{ path: '/role', code: 'enum' }]);
  const regionCode = input.regionCode ?? (isTownAdministrator(actor) ? actor.scope.regionCode : actor.districtCode);
  const account = {
    username: input.username.trim(), displayName: input.displayName, role: input.role, districtCode: actor.districtCode, regionCode,
    gridIds: input.gridIds, sectors: input.sectors, department: input.department, unitId: input.unitId ?? null, phone: input.phone ?? null,
  };
  const problems = accountProblems(account);
  if (problems.length > 0) throw invalidInput(problems);
  const oneTimePassword = newOneTimePassword(deps);
  const passwordHash = await deps.passwords.hash(oneTimePassword);
  const context = writeContext(deps, actor);
  const user = await deps.inTransaction(async (stores) => {
    const scopeProblems = [...await townScopeProblems(stores, actor, input.role, account), ...await unitProblems(stores, actor, input.role, account.unitId)];
    if (scopeProblems.length > 0) throw invalidInput(scopeProblems);
    return insertUserRecord(stores, context, { ...account, email: input.email ?? null, passwordHash, mustChangePassword: true });
  });
  return { user, oneTimePassword };
}

/** Changes an account's name, phone, role or scope (the scope is checked for the role as on creation). */
export async function updateAccount(deps: CoreDeps, actor: Actor, id: string, input: UpdateAccountInput): Promise<User> {
  requireAccountAdministrator(actor);
  return deps.inTransaction(async (stores) => {
    const current = await loadAdministered(stores, actor, id);
    const role = input.role ?? current.role;
    const roleChanged = role !== current.role;
    const scope = {
      regionCode: input.regionCode ?? current.scope.regionCode,
      gridIds: input.gridIds ?? (roleChanged ? [] : current.scope.gridIds),
      sectors: input.sectors ?? (roleChanged ? [] : current.scope.sectors),
      department: input.department !== undefined ? input.department : roleChanged ? null : current.scope.department,
      unitId: input.unitId !== undefined ? input.unitId : roleChanged ? null : current.scope.unitId,
    };
    const account = {
      username: current.username, displayName: input.displayName ?? current.displayName, role, districtCode: current.districtCode, ...scope,
      phone: input.phone !== undefined ? input.phone : current.phone,
    };
    const problems = [...accountProblems(account), ...await townScopeProblems(stores, actor, role, scope), ...await unitProblems(stores, actor, role, scope.unitId)];
    for (const [index, gridId] of (role === 'grid_worker' ? scope.gridIds : []).entries()) {
      const grid = await stores.regions.findGrid(gridId);
      if (!grid || grid.districtCode !== actor.districtCode) problems.push({ path: `/gridIds/${index}`, code: 'not_found' });
    }
    if (problems.length > 0) throw invalidInput(problems);
    const updated: User = {
      ...current,
      displayName: account.displayName.trim(),
      role,
      phone: account.phone,
      scope: {
        regionCode: scope.regionCode,
        gridIds: role === 'grid_worker' ? [...scope.gridIds] : [],
        sectors: role === 'department' ? [...scope.sectors] : [],
        unitId: role === 'enterprise' ? scope.unitId : null,
        ...(role === 'department' ? { department: accountDepartment({ role, ...scope }) } : {}),
      },
      updatedAt: deps.clock.now().toISOString(),
    };
    await stores.users.update(updated, actor.username);
    return updated;
  });
}

/**
 * Gives an account a new one-time password, ends all its sessions and makes the person choose a
 * new password at the next log-in. The password is in the answer only.
 */
export async function resetAccountPassword(deps: CoreDeps, actor: Actor, id: string): Promise<AccountWithOneTimePassword> {
  requireAccountAdministrator(actor);
  const oneTimePassword = newOneTimePassword(deps);
  const passwordHash = await deps.passwords.hash(oneTimePassword);
  return deps.inTransaction(async (stores) => {
    const user = await loadAdministered(stores, actor, id);
    const at = deps.clock.now().toISOString();
    await stores.users.setPassword(user.id, passwordHash, at, { mustChange: true, by: actor.username });
    await stores.sessions.deleteForUser(user.id);
    await stores.logins.clearFailures(user.username);
    return { user: { ...user, mustChangePassword: true, updatedAt: at }, oneTimePassword };
  });
}

/** Deactivates (ending every session at once) or reactivates an account; nobody deactivates themselves. */
export async function setAccountStatus(deps: CoreDeps, actor: Actor, id: string, status: UserStatus): Promise<User> {
  requireAccountAdministrator(actor);
  if (!USER_STATUSES.includes(status)) throw invalidInput([{ path: '/status', code: 'enum' }]);
  if (id === actor.userId && status === 'disabled') {
    throw new DomainError('rule_violation', 'user.cannot_deactivate_self', 'You cannot deactivate your own account.');
  }
  return deps.inTransaction(async (stores) => {
    const user = await loadAdministered(stores, actor, id);
    if (user.status === status) return user;
    const updated: User = { ...user, status, updatedAt: deps.clock.now().toISOString() };
    await stores.users.update(updated, actor.username);
    if (status === 'disabled') await stores.sessions.deleteForUser(user.id);
    return updated;
  });
}
