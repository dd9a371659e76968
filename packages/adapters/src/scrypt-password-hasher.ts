import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '@safegrid/core';

/** scrypt cost parameters: CPU/memory cost `N` (a power of two), block size `r`, parallelism `p`. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** Production cost (OWASP's scrypt minimum): about 16 MiB and tens of milliseconds per hash. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 16384, r: 8, p: 1 };

/** Settings for {@link createScryptPasswordHasher}. */
export interface ScryptPasswordHasherOptions {
  /** Cost of new hashes. Lower it only in tests; stored hashes keep the cost they were made with. */
  readonly cost?: ScryptCost;
}

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds for parameters read back from a stored hash, so a damaged or hostile row cannot make
// verification allocate gigabytes or run for minutes.
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_PARALLELISM = 16;
const MIN_SALT_BYTES = 16;
const MIN_KEY_BYTES = 16;
const MAX_KEY_BYTES = 64;

const DECIMAL = /^[1-9][0-9]{0,9}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

interface ParsedHash {
  readonly cost: ScryptCost;
  readonly salt: Buffer;
  readonly key: Buffer;
}

/**
 * Password hashing with scrypt and a random 16-byte salt, stored as `scrypt$N$r$p$salt$key`
 * (base64) so the cost can rise later without invalidating existing hashes. Verification compares
 * in constant time and answers false, never throws, for a malformed hash.
 */
export function createScryptPasswordHasher(options: ScryptPasswordHasherOptions = {}): PasswordHasher {
  const cost = options.cost ?? DEFAULT_SCRYPT_COST;
  if (!isAcceptableCost(cost)) throw new RangeError(`Unusable scrypt cost: N=${cost.N} r=${cost.r} p=${cost.p}.`);
  // Stands in for a missing or unreadable hash so that unknown accounts cost as much as known ones.
  const dummy: ParsedHash = { cost, salt: Buffer.alloc(SALT_BYTES), key: Buffer.alloc(KEY_BYTES) };

  return {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      const key = await deriveKey(password, salt, cost, KEY_BYTES);
      return formatHash({ cost, salt, key });
    },

    async verify(password, hash) {
      const parsed = hash === null ? undefined : parseHash(hash);
      const target = parsed ?? dummy;
      try {
        const key = await deriveKey(password, target.salt, target.cost, target.key.length);
        return timingSafeEqual(key, target.key) && parsed !== undefined;
      } catch {
        return false;
      }
    },
  };
}

function formatHash({ cost, salt, key }: ParsedHash): string {
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parseHash(hash: string): ParsedHash | undefined {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  if (!DECIMAL.test(n) || !DECIMAL.test(r) || !DECIMAL.test(p)) return undefined;
  const cost: ScryptCost = { N: Number(n), r: Number(r), p: Number(p) };
  if (!isAcceptableCost(cost)) return undefined;
  const saltBytes = decodeBase64(salt);
  const keyBytes = decodeBase64(key);
  if (!saltBytes || saltBytes.length < MIN_SALT_BYTES) return undefined;
  if (!keyBytes || keyBytes.length < MIN_KEY_BYTES || keyBytes.length > MAX_KEY_BYTES) return undefined;
  return { cost, salt: saltBytes, key: keyBytes };
}

/** Strict base64: Node's decoder silently skips invalid characters, so check by re-encoding. */
function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

function isAcceptableCost({ N, r, p }: ScryptCost): boolean {
  const isPowerOfTwo = Number.isSafeInteger(N) && N > 1 && (N & (N - 1)) === 0;
  return (
    isPowerOfTwo && Number.isSafeInteger(r) && r >= 1 && Number.isSafeInteger(p) && p >= 1 &&
    p <= MAX_PARALLELISM && memoryFor({ N, r, p }) <= MAX_MEMORY_BYTES
  );
}

function memoryFor({ N, r, p }: ScryptCost): number {
  // scrypt needs 128·N·r bytes for its table plus 128·r·p for the blocks (RFC 7914).
  return 128 * N * r + 128 * r * p;
}

function deriveKey(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  // NFC: the same password typed through different input methods must give the same bytes.
  const normalized = password.normalize('NFC');
  const settings = { N: cost.N, r: cost.r, p: cost.p, maxmem: memoryFor(cost) + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(normalized, salt, keyLength, settings, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
