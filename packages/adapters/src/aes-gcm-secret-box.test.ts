import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAesGcmSecretBox } from './aes-gcm-secret-box.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('AES-256-GCM secret box (ADR 0104)', () => {
  it('opens what it sealed; the sealed value shows nothing of the secret and differs each time', () => {
    const box = createAesGcmSecretBox(randomBytes(32));
    const first = box.seal(SECRET);
    const second = box.seal(SECRET);
    expect(first).not.toContain(SECRET);
    expect(first).not.toBe(second);
    expect([box.isSealed(first), box.isSealed(SECRET)]).toEqual([true, false]);
    expect([box.open(first), box.open(second)]).toEqual([SECRET, SECRET]);
  });

  it('refuses a value altered at any byte (tamper detection)', () => {
    const box = createAesGcmSecretBox(randomBytes(32));
    const sealed = box.seal(SECRET);
    const prefixLength = sealed.indexOf(':') + 1;
    const bytes = Buffer.from(sealed.slice(prefixLength), 'base64url');
    for (let index = 0; index < bytes.length; index += 1) {
      const altered = Buffer.from(bytes);
      altered[index] = (altered[index] as number) ^ 0x01;
      expect(() => box.open(sealed.slice(0, prefixLength) + altered.toString('base64url'))).toThrow(expect.objectContaining({ code: 'two_factor.secret_unreadable' }));
    }
    expect(() => box.open(sealed.slice(0, prefixLength + 10))).toThrow(expect.objectContaining({ code: 'two_factor.secret_unreadable' }));
  });

  it('refuses a value sealed under another key, and a plain value, with the same clear error', () => {
    const sealed = createAesGcmSecretBox(randomBytes(32)).seal(SECRET);
    const other = createAesGcmSecretBox(randomBytes(32));
    expect(() => other.open(sealed)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'two_factor.secret_unreadable' }));
    expect(() => other.open(SECRET)).toThrow(expect.objectContaining({ code: 'two_factor.secret_unreadable' }));
  });

  it('takes only a 32-byte key', () => {
    expect(() => createAesGcmSecretBox(randomBytes(16))).toThrow(/32 bytes/);
    expect(() => createAesGcmSecretBox(randomBytes(32), [randomBytes(16)])).toThrow(/32 bytes/);
  });

  it('opens with a read-only previous key but seals only under its own key (ADR 0109)', () => {
    const previous = randomBytes(32);
    const current = randomBytes(32);
    const underPrevious = createAesGcmSecretBox(previous).seal(SECRET);
    const rolling = createAesGcmSecretBox(current, [previous]);
    expect(rolling.open(underPrevious)).toBe(SECRET);
    const resealed = rolling.seal(SECRET);
    expect(createAesGcmSecretBox(current).open(resealed)).toBe(SECRET);
    expect(() => createAesGcmSecretBox(previous).open(resealed)).toThrow(expect.objectContaining({ code: 'two_factor.secret_unreadable' }));
    expect(() => createAesGcmSecretBox(current).open(underPrevious)).toThrow(expect.objectContaining({ code: 'two_factor.secret_unreadable' }));
  });
});
