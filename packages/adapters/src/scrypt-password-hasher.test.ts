import { describe, expect, it } from 'vitest';
import { createScryptPasswordHasher, DEFAULT_SCRYPT_COST } from './scrypt-password-hasher.js';

// A low cost keeps the suite fast; the production default is checked once below.
const hasher = createScryptPasswordHasher({ cost: { N: 1024, r: 8, p: 1 } });

describe('scrypt password hasher', () => {
  it('verifies the password it hashed', async () => {
    const hash = await hasher.hash('安全生产-2026!');
    expect(await hasher.verify('安全生产-2026!', hash)).toBe(true);
  });

  it('refuses a wrong password', async () => {
    const hash = await hasher.hash('correct horse');
    expect(await hasher.verify('correct horsf', hash)).toBe(false);
    expect(await hasher.verify('', hash)).toBe(false);
  });

  it('salts every hash, so two hashes of one password differ', async () => {
    const first = await hasher.hash('same password');
    const second = await hasher.hash('same password');
    expect(first).not.toBe(second);
    expect(await hasher.verify('same password', first)).toBe(true);
    expect(await hasher.verify('same password', second)).toBe(true);
  });

  it('writes a self-describing hash with the cost, a 16-byte salt and a 32-byte key', async () => {
    const hash = await hasher.hash('pw');
    const [scheme, n, r, p, salt, key, ...rest] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '1024', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    expect(rest).toEqual([]);
  });

  it('verifies a hash made with another cost, using the cost stored in the hash', async () => {
    const stronger = createScryptPasswordHasher({ cost: { N: 2048, r: 8, p: 1 } });
    const hash = await stronger.hash('pw');
    expect(await hasher.verify('pw', hash)).toBe(true);
  });

  // Equal work for a null hash holds by construction (verify always derives a key against a dummy);
  // timing is measured by benchmarks, never asserted in tests.
  it('answers false for a null hash', async () => {
    const hash = await hasher.hash('pw');
    await expect(hasher.verify('pw', hash)).resolves.toBe(true);
    await expect(hasher.verify('pw', null)).resolves.toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', '$2b$10$abcdefghijklmnopqrstuv'],
    ['too few fields', 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA=='],
    ['a cost that is not a power of two', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a cost too large to compute', 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a non-numeric cost', 'scrypt$abc$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a salt that is not base64', 'scrypt$1024$8$1$not*base64!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a short salt', 'scrypt$1024$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['an empty key', 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$'],
  ])('answers false, without throwing, for %s', async (_name, malformed) => {
    await expect(hasher.verify('pw', malformed)).resolves.toBe(false);
  });

  it('answers false when one character of a real hash is changed', async () => {
    const hash = await hasher.hash('pw');
    // A character in the middle of the key, so the result is still well-formed base64.
    const position = hash.length - 10;
    const replacement = hash[position] === 'A' ? 'B' : 'A';
    const tampered = `${hash.slice(0, position)}${replacement}${hash.slice(position + 1)}`;
    expect(tampered).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await hasher.verify('pw', tampered)).toBe(false);
  });

  it('treats composed and decomposed Unicode forms of a password as the same', async () => {
    const hash = await hasher.hash('caf\u00e9');
    expect(await hasher.verify('cafe\u0301', hash)).toBe(true);
  });

  it('uses N=16384, r=8, p=1 by default', async () => {
    const hash = await createScryptPasswordHasher().hash('pw');
    expect(hash.startsWith(`scrypt$${DEFAULT_SCRYPT_COST.N}$8$1$`)).toBe(true);
  });

  it('refuses to be configured with an unusable cost', () => {
    expect(() => createScryptPasswordHasher({ cost: { N: 1000, r: 8, p: 1 } })).toThrow(RangeError);
  });
});
