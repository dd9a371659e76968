import type { CoreDeps } from '../deps.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import type { Actor } from './actor.js';
import { passwordProblems } from './password-policy.js';

export interface ChangeOwnPasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The hash of the session making the change: it stays open, every other session ends. */
  readonly sessionTokenHash?: string | undefined;
}

/**
 * The signed-in user changes their own password: the current one must match, the new one must
 * follow the rules (password-policy.ts) and differ from the current one. Clears a forced change
 * after a reset, ends the user's other sessions, and is audited with the account's row.
 */
export async function changeOwnPassword(deps: CoreDeps, actor: Actor, input: ChangeOwnPasswordInput): Promise<void> {
  const credentials = await deps.users.findCredentials(actor.username);
  if (!credentials || credentials.user.id !== actor.userId) throw new DomainError('not_found', 'user.not_found', 'No such user.');
  const matches = await deps.passwords.verify(input.currentPassword, credentials.passwordHash);
  if (!matches) throw invalidInput([{ path: '/currentPassword', code: 'password_wrong' }]);
  const problems = passwordProblems(input.newPassword, actor.username);
  if (input.newPassword === input.currentPassword) problems.push({ path: '/newPassword', code: 'password_unchanged' });
  if (problems.length > 0) throw invalidInput(problems);
  const passwordHash = await deps.passwords.hash(input.newPassword);
  await deps.inTransaction(async (stores) => {
    await stores.users.setPassword(actor.userId, passwordHash, deps.clock.now().toISOString(), { mustChange: false, by: actor.username });
    await stores.sessions.deleteForUser(actor.userId, input.sessionTokenHash);
  });
}
