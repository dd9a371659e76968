import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { secretUnreadable, type SecretBox } from '@safegrid/core';

/** Marks a sealed value and its format: version 1 is AES-256-GCM, base64url(iv ‖ tag ‖ ciphertext). */
const PREFIX = 'aesgcm1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_BYTES = 32;

/**
 * Seals short secrets (TOTP secrets, ADR 0104) with AES-256-GCM under the server's 32-byte key: a
 * fresh random 96-bit nonce per value and the 128-bit tag, so a value altered in the database, or
 * one sealed under another key, fails to open (`two_factor.secret_unreadable`) instead of yielding
 * a wrong secret.
 */
export function createAesGcmSecretBox(key: Uint8Array, readOnlyKeys: readonly Uint8Array[] = []): SecretBox {
  for (const each of [key, ...readOnlyKeys]) {
    if (each.length !== SECRET_KEY_BYTES) throw new Error(`The secret key must be ${SECRET_KEY_BYTES} bytes, got ${each.length}`);
  }
  const keyBytes = Buffer.from(key);
  // Keys that only open (ADR 0109): a previous key during a rolling change, or the pending key of an interrupted rotation.
  const openingKeys = [keyBytes, ...readOnlyKeys.map((each) => Buffer.from(each))];
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw secretUnreadable();
      const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw secretUnreadable();
      for (const openingKey of openingKeys) {
        const plain = openWith(openingKey, bytes);
        if (plain !== null) return plain;
      }
      throw secretUnreadable();
    },
    isSealed: (value) => value.startsWith(PREFIX),
  };
}

/** The plain text, or null when the GCM tag does not match under this key (another key, or altered). */
function openWith(key: Buffer, bytes: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
