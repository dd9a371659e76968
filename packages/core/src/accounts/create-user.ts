import type { CoreDeps } from '../deps.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { regionLevelOfCode } from '../regions/region.js';
import type { Sector } from '../units/unit-catalog.js';
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
  readonly unitId?: string | null | undefined;
  readonly phone?: string | null | undefined;
}

export const MIN_PASSWORD_LENGTH = 8;
const USERNAME = /^[a-z0-9_.-]{3,64}$/;

/**
 * Creates an account with a role and a scope that fits it: a town user's region is a town, a grid
 * worker has grids, a department has sectors, an enterprise user has one unit. Only district
 * administrators (or the CLI acting as the system) create users.
 */
export async function createUser(deps: CoreDeps, actor: Actor, input: CreateUserInput): Promise<User> {
  if (actor.role !== 'district' || actor.districtCode !== input.districtCode) {
    throw new DomainError('permission_denied', 'user.create_refused', 'Only the district office creates accounts.');
  }
  const regionCode = input.regionCode ?? input.districtCode;
  const problems: FieldProblem[] = [];
  if (!USERNAME.test(input.username)) problems.push({ path: '/username', code: 'username_format' });
  if (input.password.length < MIN_PASSWORD_LENGTH) problems.push({ path: '/password', code: 'too_short', params: { min: MIN_PASSWORD_LENGTH } });
  if (!input.displayName.trim()) problems.push({ path: '/displayName', code: 'required' });
  if (!regionCode.startsWith(input.districtCode)) problems.push({ path: '/regionCode', code: 'not_found' });
  if (input.role === 'town' && regionLevelOfCode(regionCode) !== 'town') problems.push({ path: '/regionCode', code: 'town_required' });
  if (input.role === 'grid_worker' && !input.gridIds?.length) problems.push({ path: '/gridIds', code: 'required' });
  if (input.role === 'department' && !input.sectors?.length) problems.push({ path: '/sectors', code: 'required' });
  if (input.role === 'enterprise' && !input.unitId) problems.push({ path: '/unitId', code: 'required' });
  if (problems.length > 0) throw invalidInput(problems);

  const passwordHash = await deps.passwords.hash(input.password);
  return deps.inTransaction(async (stores) => {
    if (await stores.users.findCredentials(input.username)) {
      throw new DomainError('conflict', 'user.duplicate_username', 'This username is taken.', {}, [{ path: '/username', code: 'duplicate' }]);
    }
    for (const [index, gridId] of (input.gridIds ?? []).entries()) {
      const grid = await stores.regions.findGrid(gridId);
      if (!grid || grid.districtCode !== input.districtCode) throw invalidInput([{ path: `/gridIds/${index}`, code: 'not_found' }]);
    }
    const now = deps.clock.now().toISOString();
    const user: User = {
      id: deps.ids.newId(),
      districtCode: input.districtCode,
      username: input.username,
      displayName: input.displayName.trim(),
      role: input.role,
      scope: {
        regionCode,
        gridIds: input.role === 'grid_worker' ? [...(input.gridIds ?? [])] : [],
        sectors: input.role === 'department' ? [...(input.sectors ?? [])] : [],
        unitId: input.role === 'enterprise' ? (input.unitId ?? null) : null,
      },
      phone: input.phone ?? null,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    await stores.users.insert(user, passwordHash);
    return user;
  });
}

/** Sets a new password and ends the user's sessions. */
export async function changePassword(deps: CoreDeps, input: { username: string; password: string }): Promise<void> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalidInput([{ path: '/password', code: 'too_short', params: { min: MIN_PASSWORD_LENGTH } }]);
  }
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.inTransaction(async (stores) => {
    const credentials = await stores.users.findCredentials(input.username);
    if (!credentials) throw new DomainError('not_found', 'user.not_found', 'No such user.', {}, [{ path: '/username', code: 'not_found' }]);
    await stores.users.setPassword(credentials.user.id, passwordHash, deps.clock.now().toISOString());
    await stores.sessions.deleteForUser(credentials.user.id);
  });
}
