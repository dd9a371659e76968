import type { FieldProblem } from '../shared/domain-error.js';

/** The district's password rules (issue 16): long enough, mixed, and not the username. */
export const PASSWORD_RULES = { minLength: 10, maxLength: 200, minClasses: 3 } as const;

/** Lower case, upper case, digits, and everything else (punctuation, CJK, spaces). */
function characterClasses(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((pattern) => pattern.test(password)).length;
}

/**
 * What is wrong with a new password, as field problems at `path`: shorter than 10 characters,
 * fewer than 3 of the 4 character classes, or containing the username (in any letter case).
 */
export function passwordProblems(password: string, username: string, path = '/newPassword'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_RULES.minLength) problems.push({ path, code: 'password_too_short', params: { limit: PASSWORD_RULES.minLength } });
  if (length > PASSWORD_RULES.maxLength) problems.push({ path, code: 'too_long', params: { limit: PASSWORD_RULES.maxLength } });
  if (characterClasses(password) < PASSWORD_RULES.minClasses) problems.push({ path, code: 'password_classes', params: { limit: PASSWORD_RULES.minClasses } });
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push({ path, code: 'password_contains_username' });
  return problems;
}

const ONE_TIME_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time password made from a random token: 12 characters without look-alikes (0/O, 1/l/I) in
 * three groups, e.g. `Xk7m-P2qa-9RtW`, which an office can read out over the phone. Every group
 * mixes cases and digits often enough; the holder must change it at the next log-in anyway.
 */
export function oneTimePasswordFrom(randomToken: string): string {
  const chars: string[] = [];
  for (let index = 0; chars.length < 12 && index < randomToken.length; index += 1) {
    chars.push(ONE_TIME_ALPHABET[randomToken.charCodeAt(index) % ONE_TIME_ALPHABET.length] as string);
  }
  // Guarantee the classes the rules ask for, whatever the token held.
  chars[0] = ONE_TIME_ALPHABET[(randomToken.charCodeAt(0) % 23)] as string;
  chars[5] = ONE_TIME_ALPHABET[23 + (randomToken.charCodeAt(5) % 23)] as string;
  chars[10] = ONE_TIME_ALPHABET[46 + (randomToken.charCodeAt(10) % 8)] as string;
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}
