import type { CoreDeps } from '../deps.js';
import { DomainError, isDomainError } from '../shared/domain-error.js';
import type { SecretBox } from './two-factor.js';

/** The boxes a key rotation works with: every secret ends sealed by `to`; `from` are the keys it may be sealed under now. */
export interface ResealKeys {
  readonly to: SecretBox;
  /** The current key first, then any other key that may still hold secrets (a previous key, a pending one). */
  readonly from: readonly SecretBox[];
}

/** An enrolment whose secret none of the keys opens: named by account, never by the secret. */
export interface UnreadableSecret {
  readonly userId: string;
  readonly username: string;
}

export interface ResealOutcome {
  /** Secrets opened with an old key (or stored plain) and sealed again under the new key. */
  readonly resealed: number;
  /** Secrets the new key opens already (a run that committed before it could install the key file). */
  readonly alreadyUnderNewKey: number;
  /** Left as they are (only with `skipUnreadable`; otherwise the rotation is refused). */
  readonly unreadable: readonly UnreadableSecret[];
}

/**
 * Seals every TOTP secret under the new key (ADR 0109), all in one transaction: a secret the new key
 * opens is left alone, so running again after an interrupted rotation changes nothing it finished.
 * When a secret opens with none of the keys the whole rotation is refused naming the accounts, unless
 * `skipUnreadable`, which leaves those rows as they are and names them in the outcome. Each row is
 * replaced by a conditional UPDATE from the value read; a row changed meanwhile (an enrolment through
 * a running server) refuses the rotation rather than leave a secret under the old key.
 */
export async function resealTotpSecrets(
  deps: Pick<CoreDeps, 'inTransaction'>, keys: ResealKeys, options: { readonly skipUnreadable: boolean },
): Promise<ResealOutcome> {
  return deps.inTransaction(async (stores) => {
    let resealed = 0;
    let alreadyUnderNewKey = 0;
    const unreadable: UnreadableSecret[] = [];
    for (const row of await stores.twoFactor.listSecrets()) {
      if (keys.to.isSealed(row.secret) && opens(keys.to, row.secret) !== null) {
        alreadyUnderNewKey += 1;
        continue;
      }
      const plain = keys.to.isSealed(row.secret) ? firstOpening(keys.from, row.secret) : row.secret;
      if (plain === null) {
        unreadable.push({ userId: row.userId, username: (await stores.users.findById(row.userId))?.username ?? row.userId });
        continue;
      }
      if (!(await stores.twoFactor.replaceSecret(row.userId, row.secret, keys.to.seal(plain)))) {
        throw new DomainError('conflict', 'secrets.changed_during_rotation', 'A second-factor secret changed while the key was being rotated: stop the servers and run the rotation again.');
      }
      resealed += 1;
    }
    if (unreadable.length > 0 && !options.skipUnreadable) throw unreadableSecrets(unreadable);
    return { resealed, alreadyUnderNewKey, unreadable };
  });
}

/** The rotation is refused: these accounts' secrets open with none of the keys given. */
export function unreadableSecrets(accounts: readonly UnreadableSecret[]): DomainError {
  const names = accounts.map((account) => account.username).join(', ');
  return new DomainError(
    'conflict', 'secrets.unreadable',
    `The second-factor secrets of these accounts cannot be opened with the current key: ${names}. Nothing was changed (give --skip-unreadable to leave them as they are).`,
    { accounts: names },
  );
}

function firstOpening(boxes: readonly SecretBox[], sealed: string): string | null {
  for (const box of boxes) {
    const plain = opens(box, sealed);
    if (plain !== null) return plain;
  }
  return null;
}

/** The plain secret, or null when this box cannot open the value (another key, or altered). */
function opens(box: SecretBox, sealed: string): string | null {
  try {
    return box.open(sealed);
  } catch (error) {
    if (isDomainError(error) && error.code === 'two_factor.secret_unreadable') return null;
    throw error;
  }
}
