import { secretUnreadable, type LoginChallenge, type SecretBox, type StoredTwoFactorPolicy, type TotpAlgorithm, type TotpEnrolment, type TwoFactorEvent, type TwoFactorStore } from '../accounts/two-factor.js';

export interface MemoryTwoFactorTables {
  totpEnrolments: Map<string, TotpEnrolment>;
  recoveryCodes: { userId: string; codeHash: string; usedAt: string | null }[];
  loginChallenges: Map<string, LoginChallenge>;
  twoFactorEvents: TwoFactorEvent[];
  twoFactorPolicies: Map<string, StoredTwoFactorPolicy>;
}

export function createMemoryTwoFactorTables(): MemoryTwoFactorTables {
  return { totpEnrolments: new Map(), recoveryCodes: [], loginChallenges: new Map(), twoFactorEvents: [], twoFactorPolicies: new Map() };
}

/** Second factors as plain maps (ADR 0093); the store suite runs against this fake too. */
export function createMemoryTwoFactorStore(tables: MemoryTwoFactorTables): TwoFactorStore {
  return {
    find: async (userId) => tables.totpEnrolments.get(userId),
    save: async (enrolment) => void tables.totpEnrolments.set(enrolment.userId, enrolment),
    async remove(userId) {
      tables.totpEnrolments.delete(userId);
      tables.recoveryCodes = tables.recoveryCodes.filter((code) => code.userId !== userId);
    },
    async useStep(userId, step) {
      const enrolment = tables.totpEnrolments.get(userId);
      if (!enrolment || (enrolment.lastUsedStep !== null && enrolment.lastUsedStep >= step)) return false;
      tables.totpEnrolments.set(userId, { ...enrolment, lastUsedStep: step });
      return true;
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      tables.recoveryCodes = [...tables.recoveryCodes.filter((code) => code.userId !== userId), ...codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null }))];
    },
    async useRecoveryCode(userId, codeHash, at) {
      const code = tables.recoveryCodes.find((row) => row.userId === userId && row.codeHash === codeHash && row.usedAt === null);
      if (!code) return false;
      code.usedAt = at;
      return true;
    },
    countUnusedRecoveryCodes: async (userId) => tables.recoveryCodes.filter((code) => code.userId === userId && code.usedAt === null).length,
    insertChallenge: async (challenge) => void tables.loginChallenges.set(challenge.tokenHash, challenge),
    findChallenge: async (tokenHash) => tables.loginChallenges.get(tokenHash),
    deleteChallenge: async (tokenHash) => void tables.loginChallenges.delete(tokenHash),
    async deleteExpiredChallenges(now) {
      for (const [hash, challenge] of tables.loginChallenges) if (challenge.expiresAt <= now) tables.loginChallenges.delete(hash);
    },
    appendEvent: async (event) => void tables.twoFactorEvents.push(event),
    listEvents: async (userId) => tables.twoFactorEvents.filter((event) => event.userId === userId).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1)),
    findPolicy: async (districtCode) => tables.twoFactorPolicies.get(districtCode),
    savePolicy: async (policy) => void tables.twoFactorPolicies.set(policy.districtCode, policy),
    listSecrets: async () => [...tables.totpEnrolments.values()].map(({ userId, secret }) => ({ userId, secret })),
    async replaceSecret(userId, from, to) {
      const enrolment = tables.totpEnrolments.get(userId);
      if (enrolment?.secret !== from) return false;
      tables.totpEnrolments.set(userId, { ...enrolment, secret: to });
      return true;
    },
  };
}

const STEP_MS = 30_000;

/**
 * A stand-in for the TOTP algorithm in core's tests: the code of a step is derived from the secret
 * and the step by a simple mix (not HMAC), with the same ±1 step window. The real algorithm (otpauth,
 * RFC 6238) is tested in adapters. `codeAt` gives tests the code an authenticator would show.
 */
export function createTestTotpAlgorithm(): TotpAlgorithm & { codeAt(secret: string, at: Date): string } {
  let secrets = 0;
  let recoveries = 0;
  const codeOf = (secret: string, step: number): string => {
    let mix = step;
    for (const char of secret) mix = (mix * 31 + char.charCodeAt(0)) % 1_000_003;
    return String(mix % 1_000_000).padStart(6, '0');
  };
  return {
    newSecret: () => `TESTSECRET${String(++secrets).padStart(6, 'A')}`,
    keyUri: (secret, accountName) => `otpauth://totp/SafeGrid:${encodeURIComponent(accountName)}?issuer=SafeGrid&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    matchStep(secret, code, now) {
      const current = Math.floor(now.getTime() / STEP_MS);
      for (const step of [current - 1, current, current + 1]) if (codeOf(secret, step) === code) return step;
      return null;
    },
    newRecoveryCode: () => `rcv${String(++recoveries).padStart(2, '0')}-test`,
    codeAt: (secret, at) => codeOf(secret, Math.floor(at.getTime() / STEP_MS)),
  };
}

/**
 * A stand-in for the AES-GCM box in core's tests: the value is marked with the key's name and
 * reversed (not encryption). Opening under another key's name, or an unmarked value, fails as the
 * real box does. The real box (ADR 0104) is tested in adapters and platform.
 */
export function createTestSecretBox(keyName = 'test-key'): SecretBox {
  const prefix = `sealed:${keyName}:`;
  return {
    seal: (plain) => `${prefix}${[...plain].reverse().join('')}`,
    open(sealed) {
      if (!sealed.startsWith(prefix)) throw secretUnreadable();
      return [...sealed.slice(prefix.length)].reverse().join('');
    },
    isSealed: (value) => value.startsWith('sealed:'),
  };
}
