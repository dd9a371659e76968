import { describe, expect, it } from 'vitest';
import { sha256Hasher } from './sha256-hasher.js';

describe('sha256 hasher', () => {
  it('matches published SHA-256 test vectors', () => {
    expect(sha256Hasher.sha256(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hasher.sha256(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
