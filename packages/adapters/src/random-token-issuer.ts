import { createHash, randomBytes } from 'node:crypto';
import type { TokenIssuer } from '@safegrid/core';

const TOKEN_BYTES = 32;

/**
 * Bearer tokens of 32 random bytes (256 bits) in base64url, stored only as their SHA-256 hex.
 * A plain hash is enough here: unlike passwords, the tokens carry full entropy and cannot be guessed.
 */
export function createRandomTokenIssuer(): TokenIssuer {
  return {
    newToken: () => randomBytes(TOKEN_BYTES).toString('base64url'),
    hashToken: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
  };
}
