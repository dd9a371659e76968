import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { regionLevelOfCode } from '../regions/region.js';
import { departmentsOfSectors } from '../sector-duties/sector-duties.js';
import { DEPARTMENTS, type Department, type Sector } from '../units/unit-catalog.js';
import type { Actor } from './actor.js';
import type { Role, User } from './user.js';

export interface CreateUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly districtCode: string;
  readonly regionCode?: string | undefined;
  readonly gridIds?: readonly string[] | undefined;
  readonly sectors?: readonly Sector[] | undefined;
  /** Department accounts: 所属部门; when absent, the department leading the first of `sectors` (ADR 0100). */
  readonly department?: Department | null | undefined;
  readonly unitId?: string | null | undefined;
  readonly phone?: string | null | undefined;
}

export const MIN_PASSWORD_LENGTH = 8;
const USERNAME = /^[a-z0-9_.-]{3,64}$/;

/** A new account with its password already hashed: what `createUserRecord` needs. */
export type NewUser = Omit<CreateUserInput, 'password'> & { readonly passwordHash: string };

function refuseUnlessDistrictOffice(actor: Actor, districtCode: string): void {
  if (actor.role !== 'district' || actor.districtCode !== districtCode) {
    throw new DomainError('permission_denied', 'user.create_refused', 'Only the district office creates accounts.');
  }
}

/**
 * The department a department account is given: the one named, or else the one leading its first
 * sector (how accounts were read before ADR 0100). Null for other roles or when neither is given.
 */
export function accountDepartment(input: Pick<CreateUserInput, 'role' | 'sectors' | 'department'>): Department | null {
  if (input.role !== 'department') return null;
  return input.department ?? departmentsOfSectors(input.sectors ?? [])[0] ?? null;
}

/** The problems of a new account's fields; the password is checked only where it is still plain. */
export function accountProblems(input: Omit<CreateUserInput, 'password'>, password?: string): FieldProblem[] {
  const regionCode = input.regionCode ?? input.districtCode;
  const problems: FieldProblem[] = [];
  if (!USERNAME.test(input.username)) problems.push({ path: '/username', code: 'username_format' });
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) problems.push({ path: '/password', code: 'too_short', params: { min: MIN_PASSWORD_LENGTH } });
  if (!input.displayName.trim()) problems.push({ path: '/displayName', code: 'required' });
  if (!regionCode.startsWith(input.districtCode)) problems.push({ path: '/regionCode', code: 'not_found' });
  if (input.role === 'town' && regionLevelOfCode(regionCode) !== 'town') problems.push({ path: '/regionCode', code: 'town_required' });
  if (input.role === 'grid_worker' && !input.gridIds?.length) problems.push({ path: '/gridIds', code: 'required' });
  // A department account may have no sectors of its own: one that only co-follows (公安 for 群租房, ADR 0100).
  if (input.role === 'department' && input.department != null && !DEPARTMENTS.includes(input.department)) problems.push({ path: '/department', code: 'enum' });
  else if (input.role === 'department' && !accountDepartment(input)) problems.push({ path: '/department', code: 'required' });
  if (input.role === 'enterprise' && !input.unitId) problems.push({ path: '/unitId', code: 'required' });
  return problems;
}

/**
 * Creates an account inside the caller's transaction, with a role and a scope that fits it: a town
 * user's region is a town, a grid worker has grids, a department has sectors, an enterprise user
 * has one unit. Only district administrators (or the CLI acting as the system) create users.
 */
export async function createUserRecord(stores: Stores, context: WriteContext, input: NewUser & { readonly mustChangePassword?: boolean }): Promise<User> {
  refuseUnlessDistrictOffice(context.actor, input.districtCode);
  return insertUserRecord(stores, context, input);
}

/**
 * Checks and inserts an account whose creator the caller has already allowed (the district office
 * here; a town for its own grid workers and enterprise users in manage-accounts.ts).
 */
export async function insertUserRecord(stores: Stores, context: WriteContext, input: NewUser & { readonly mustChangePassword?: boolean; readonly email?: string | null }): Promise<User> {
  const { deps, actor, now } = context;
  const problems = accountProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  if (await stores.users.findCredentials(input.username)) {
    throw new DomainError('conflict', 'user.duplicate_username', 'This username is taken.', {}, [{ path: '/username', code: 'duplicate' }]);
  }
  for (const [index, gridId] of (input.gridIds ?? []).entries()) {
    const grid = await stores.regions.findGrid(gridId);
    if (!grid || grid.districtCode !== input.districtCode) throw invalidInput([{ path: `/gridIds/${index}`, code: 'not_found' }]);
  }
  const nowIso = now.toISOString();
  const user: User = {
    id: deps.ids.newId(),
    districtCode: input.districtCode,
    username: input.username,
    displayName: input.displayName.trim(),
    role: input.role,
    scope: {
      regionCode: input.regionCode ?? input.districtCode,
      gridIds: input.role === 'grid_worker' ? [...(input.gridIds ?? [])] : [],
      sectors: input.role === 'department' ? [...(input.sectors ?? [])] : [],
      unitId: input.role === 'enterprise' ? (input.unitId ?? null) : null,
      ...(input.role === 'department' ? { department: accountDepartment(input) } : {}),
    },
    phone: input.phone ?? null,
    ...(input.email ? { email: input.email } : {}),
    status: 'active',
    ...(input.mustChangePassword ? { mustChangePassword: true } : {}),
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  await stores.users.insert(user, input.passwordHash, actor.username);
  return user;
}

/** Creates an account (see `createUserRecord`): the password is hashed before the transaction opens. */
export async function createUser(deps: CoreDeps, actor: Actor, input: CreateUserInput): Promise<User> {
  refuseUnlessDistrictOffice(actor, input.districtCode);
  const { password, ...account } = input;
  const problems = accountProblems(account, password);
  if (problems.length > 0) throw invalidInput(problems);
  const passwordHash = await deps.passwords.hash(password);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => createUserRecord(stores, context, { ...account, passwordHash }));
}

/** Sets a new, already hashed password inside the caller's transaction and ends the user's sessions. */
export async function changePasswordRecord(stores: Stores, input: { readonly username: string; readonly passwordHash: string; readonly now: Date }): Promise<void> {
  const credentials = await stores.users.findCredentials(input.username);
  if (!credentials) throw new DomainError('not_found', 'user.not_found', 'No such user.', {}, [{ path: '/username', code: 'not_found' }]);
  await stores.users.setPassword(credentials.user.id, input.passwordHash, input.now.toISOString());
  await stores.sessions.deleteForUser(credentials.user.id);
}

/** Sets a new password and ends the user's sessions, in one transaction. */
export async function changePassword(deps: CoreDeps, input: { username: string; password: string }): Promise<void> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput([{ path: '/password', code: 'too_short', params: { min: MIN_PASSWORD_LENGTH } }]);
  }
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.inTransaction((stores) => changePasswordRecord(stores, { username: input.username, passwordHash, now: deps.clock.now() }));
}
