import { openPlatform, type Config } from '@safegrid/platform';
import { changePassword, createUser, DomainError, ROLES, SECTORS, systemActor, unlockAccount, type Role, type Sector } from '@safegrid/core';
import { UsageError, type Output } from '../output.js';
import { readSecretFromStdin } from './read-secret.js';

export interface UserAddOptions {
  readonly username?: string;
  readonly name?: string;
  readonly role?: string;
  readonly district?: string;
  readonly region?: string;
  readonly grid?: string[];
  readonly sector?: string[];
  readonly unit?: string;
  readonly phone?: string;
  readonly password?: string;
  readonly passwordStdin?: boolean;
}

async function passwordFrom(options: { password?: string; passwordStdin?: boolean }): Promise<string> {
  if (options.passwordStdin) return readSecretFromStdin();
  if (options.password) return options.password;
  throw new UsageError('give the password with --password-stdin (preferred) or --password');
}

/** `safegrid user add`: creates an account with a role and a scope, as the district office. */
export async function userAddCommand(config: Config, output: Output, options: UserAddOptions): Promise<void> {
  if (!options.username || !options.role) throw new UsageError('user add needs --username and --role');
  if (!ROLES.includes(options.role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const sectors = options.sector ?? [];
  const unknownSector = sectors.find((sector) => !SECTORS.includes(sector as Sector));
  if (unknownSector) throw new UsageError(`unknown --sector ${unknownSector}; one of ${SECTORS.join(', ')}`);
  const password = await passwordFrom(options);
  const platform = await openPlatform(config);
  try {
    const districtCode = options.district ?? (await platform.deps.regions.listDistrictCodes())[0];
    if (!districtCode) throw new UsageError('the database has no district yet: run `safegrid demo` or import regions first (--district)');
    const user = await createUser(platform.deps, systemActor(districtCode), {
      username: options.username,
      displayName: options.name ?? options.username,
      password,
      role: options.role as Role,
      districtCode,
      regionCode: options.region,
      gridIds: options.grid,
      sectors: sectors as Sector[],
      unitId: options.unit,
      phone: options.phone,
    });
    output.info(`created ${user.username} (${user.role}, scope ${user.scope.regionCode})`);
    output.result({ id: user.id, username: user.username, role: user.role });
  } finally {
    await platform.close();
  }
}

/** `safegrid user passwd`: sets a new password and ends the user's sessions. */
export async function userPasswdCommand(config: Config, output: Output, options: { username?: string; password?: string; passwordStdin?: boolean }): Promise<void> {
  if (!options.username) throw new UsageError('user passwd needs --username');
  const password = await passwordFrom(options);
  const platform = await openPlatform(config);
  try {
    await changePassword(platform.deps, { username: options.username, password });
    output.info(`password changed for ${options.username}; their sessions were ended`);
    output.result({ username: options.username });
  } finally {
    await platform.close();
  }
}

/**
 * `safegrid user unlock`: ends an account's lockout after repeated wrong passwords, as the district
 * office of the account's district; recorded like an unlock in the web app (actor: system).
 */
export async function userUnlockCommand(config: Config, output: Output, options: { username?: string }): Promise<void> {
  if (!options.username) throw new UsageError('user unlock needs --username');
  const platform = await openPlatform(config);
  try {
    const found = await platform.deps.users.findCredentials(options.username.trim());
    if (!found) throw new DomainError('not_found', 'user.not_found', `No user named ${options.username}.`);
    const lockedUntil = (await platform.deps.logins.findFailures(found.user.username))?.lockedUntil ?? null;
    await unlockAccount(platform.deps, systemActor(found.user.districtCode), found.user.id);
    output.info(lockedUntil ? `unlocked ${found.user.username} (was locked until ${lockedUntil})` : `${found.user.username} was not locked; failed log-ins cleared`);
    output.result({ username: found.user.username, wasLockedUntil: lockedUntil });
  } finally {
    await platform.close();
  }
}
