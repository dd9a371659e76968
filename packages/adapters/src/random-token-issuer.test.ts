import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRandomTokenIssuer } from './random-token-issuer.js';

const issuer = createRandomTokenIssuer();

describe('random token issuer', () => {
  it('issues unique base64url tokens of 32 random bytes', () => {
    const tokens = Array.from({ length: 1000 }, () => issuer.newToken());
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('hashes a token to its SHA-256 in lowercase hex, the same every time', () => {
    const token = issuer.newToken();
    const hash = issuer.hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(issuer.hashToken(token)).toBe(hash);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(issuer.hashToken(issuer.newToken())).not.toBe(hash);
  });

  it('matches a published SHA-256 test vector', () => {
    expect(issuer.hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
