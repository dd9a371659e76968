import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, normalizeCreditCode, withCreditCodeCheck } from './credit-code.js';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts the reference vector 91350100M000100Y43', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('accepts other published codes', () => {
    // Codes printed on public business licences (Tencent Shenzhen, Alibaba China).
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(isValidCreditCode('91330100716105852F')).toBe(true);
  });

  it('refuses a wrong check character, naming the problem', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_digit');
  });

  it('refuses letters outside the alphabet and wrong lengths', () => {
    expect(creditCodeProblem('91350100M000100YI3')).toBe('format');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('9135A100M000100Y43')).toBe('format');
  });

  it('normalises full-width characters, spaces and case', () => {
    expect(normalizeCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
  });

  it('completes 17 characters into a valid code', () => {
    const code = withCreditCodeCheck('91320412MA1XY80AB');
    expect(code).toHaveLength(18);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('maps a remainder of zero to the character 0', () => {
    // Search a prefix whose weighted sum is divisible by 31: its check character must be '0'.
    let found: string | null = null;
    for (let n = 0; n < 10_000 && !found; n += 1) {
      const prefix = `9132041200000${String(n).padStart(4, '0')}`;
      if (creditCodeCheckCharacter(prefix) === '0') found = prefix;
    }
    expect(found).not.toBeNull();
    expect(isValidCreditCode(`${found}0`)).toBe(true);
  });
});
