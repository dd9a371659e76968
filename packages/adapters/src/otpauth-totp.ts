import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { TOTP_ISSUER, type TotpAlgorithm } from '@safegrid/core';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** 160 bits, the HMAC-SHA-1 block RFC 4226 recommends for the shared secret. */
const SECRET_BYTES = 20;
/** Letters and digits that cannot be mistaken for one another when read off paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totpOf(secret: string, accountName = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER, label: accountName, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/**
 * TOTP as authenticator apps do it (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) through the
 * `otpauth` library, accepting one step either side of now for clock drift. Recovery codes are ten
 * characters (about 50 bits) from an unambiguous alphabet, shown as `xxxxx-xxxxx`.
 */
export function createOtpauthTotp(): TotpAlgorithm {
  return {
    newSecret: () => new Secret({ size: SECRET_BYTES }).base32,
    keyUri: (secret, accountName) => totpOf(secret, accountName).toString(),
    matchStep(secret, code, now) {
      const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
      if (delta === null) return null;
      return TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
    },
    newRecoveryCode() {
      const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
      return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
    },
  };
}
