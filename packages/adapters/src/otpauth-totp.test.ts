import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOtpauthTotp } from './otpauth-totp.js';

const totp = createOtpauthTotp();

/** RFC 6238's test secret ("12345678901234567890") in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** The RFC 4226 truncation, written out independently of the library, for the expected codes. */
function referenceCode(secretAscii: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', Buffer.from(secretAscii, 'ascii')).update(counter).digest();
  const offset = (digest[19] as number) & 0xf;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

describe('TOTP through otpauth (RFC 6238)', () => {
  it('matches the RFC 6238 SHA-1 test vectors (last six digits)', () => {
    // Appendix B: T = 59 s → 94287082, T = 1111111109 s → 07081804, T = 2000000000 s → 69279037.
    expect(totp.matchStep(RFC_SECRET, '287082', new Date(59_000))).toBe(1);
    expect(totp.matchStep(RFC_SECRET, '081804', new Date(1_111_111_109_000))).toBe(37_037_036);
    expect(totp.matchStep(RFC_SECRET, '279037', new Date(2_000_000_000_000))).toBe(66_666_666);
  });

  it('accepts the step before and after now, and refuses two steps away', () => {
    const now = new Date('2026-12-07T08:00:10.000Z');
    const step = Math.floor(now.getTime() / 30_000);
    const codeAt = (offset: number) => referenceCode('12345678901234567890', step + offset);
    const answers = [-2, -1, 0, 1, 2].map((offset) => totp.matchStep(RFC_SECRET, codeAt(offset), now));
    expect(answers).toEqual([null, step - 1, step, step + 1, null]);
  });

  it('makes 160-bit base32 secrets, a URI with issuer SafeGrid and the account, and unlike recovery codes', () => {
    const secret = totp.newSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totp.keyUri(secret, 'office-admin'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/SafeGrid:office-admin');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ issuer: 'SafeGrid', secret, algorithm: 'SHA1', digits: '6', period: '30' });

    const codes = Array.from({ length: 200 }, () => totp.newRecoveryCode());
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z2-9]{5}-[a-hj-km-np-z2-9]{5}$/);
  });
});
