import type { TokenIssuer } from '../accounts/secrets.js';

/**
 * Tracking codes: 16 characters of Crockford base32 (no I, L, O, U) = 80 random bits, shown as
 * XXXX-XXXX-XXXX-XXXX. Nobody can guess or walk through them (2^80 codes; the tracking route is
 * rate-limited too), and only their hash is stored, so a copy of the database does not open them.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const TRACKING_CODE_LENGTH = 16;

/**
 * A new code from the token issuer's randomness: each base64url character carries 6 random bits,
 * of which the low 5 pick a letter (64 is a multiple of 32, so every letter is equally likely).
 */
export function newTrackingCode(tokens: Pick<TokenIssuer, 'newToken'>): string {
  let random = '';
  while (random.length < TRACKING_CODE_LENGTH) random += tokens.newToken();
  const letters = [...random.slice(0, TRACKING_CODE_LENGTH)].map((char) => ALPHABET[Math.max(0, BASE64URL.indexOf(char)) & 31]);
  return formatTrackingCode(letters.join(''));
}

export function formatTrackingCode(letters: string): string {
  return letters.match(/.{1,4}/g)?.join('-') ?? letters;
}

/**
 * The code as typed back: case, spaces and dashes ignored, and the letters people confuse read as
 * Crockford says (O → 0, I and L → 1). Undefined when it cannot be a code.
 */
export function normalizeTrackingCode(typed: string): string | undefined {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (letters.length !== TRACKING_CODE_LENGTH || [...letters].some((char) => !ALPHABET.includes(char))) return undefined;
  return letters;
}

/** What is stored and looked up: the hash of the normalized code. */
export function trackingCodeHash(tokens: Pick<TokenIssuer, 'hashToken'>, normalized: string): string {
  return tokens.hashToken(`track:${normalized}`);
}
