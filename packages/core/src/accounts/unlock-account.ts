import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';
import type { Actor } from './actor.js';
import { isDistrictOffice } from './district-office.js';
import type { LockedAccount } from './login-guard.js';
import type { User } from './user.js';

function requireDistrictOffice(actor: Actor, code: string): void {
  if (!isDistrictOffice(actor)) {
    throw new DomainError('permission_denied', code, 'Only the district office unlocks accounts.');
  }
}

/** Accounts of the actor's district that are locked now (district office only). */
export async function listLockedAccounts(deps: CoreDeps, actor: Actor): Promise<LockedAccount[]> {
  requireDistrictOffice(actor, 'user.unlock_refused');
  return deps.logins.listLocked(actor.districtCode, deps.clock.now().toISOString());
}

/**
 * Ends an account's lockout and its count of failed log-ins, and records who did it. The district
 * office of the account's own district only; an account of another district is not found.
 */
export async function unlockAccount(deps: CoreDeps, actor: Actor, userId: string): Promise<User> {
  requireDistrictOffice(actor, 'user.unlock_refused');
  return deps.inTransaction(async (stores) => {
    const user = await stores.users.findById(userId);
    if (!user || user.districtCode !== actor.districtCode) throw new DomainError('not_found', 'user.not_found', 'No such user.');
    const failures = await stores.logins.findFailures(user.username);
    if (!failures) return user;
    await stores.logins.clearFailures(user.username);
    await stores.logins.appendLockEvent({
      id: deps.ids.newId(), districtCode: user.districtCode, userId: user.id, kind: 'unlocked', at: deps.clock.now().toISOString(),
      lockedUntil: failures.lockedUntil, actorUserId: actor.userId, actorUsername: actor.username,
    });
    return user;
  });
}
