/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet without I, O, S, V, Z;
 * the last is a check character over the first 17 with weights 3^(i-1) mod 31 (reference §7.1).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'length' | 'format' | 'check_digit';

/** Trims, turns full-width characters into half-width and upper-cases. */
export function normalizeCreditCode(raw: string): string {
  return raw
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The check character for the first 17 characters, or null when they use a foreign symbol. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const value = ALPHABET.indexOf(first17[index] ?? '');
    if (value < 0) return null;
    sum += value * (WEIGHTS[index] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

/** Why a normalised code is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (!FORMAT.test(code)) return 'format';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check_digit';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** Completes 17 characters with their check character (used by the demo generator). */
export function withCreditCodeCheck(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  if (check === null) throw new RangeError('creditCode: the first 17 characters use a symbol outside the alphabet');
  return first17 + check;
}

export const CREDIT_CODE_ALPHABET = ALPHABET;
