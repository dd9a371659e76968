import { describe, expect, it } from 'vitest';
import { oneTimePasswordFrom, passwordProblems } from './password-policy.js';

const codes = (password: string, username = 'zhang.wei') => passwordProblems(password, username).map((problem) => problem.code);

describe('password rules', () => {
  it('asks for 10 characters, 3 of 4 kinds, and not the username', () => {
    expect(codes('Hutang-2026')).toEqual([]);
    expect(codes('湖塘巡查Patrol1')).toEqual([]);
    expect(codes('Ab1-')).toEqual(['password_too_short']);
    expect(codes('alllowercase')).toEqual(['password_classes']);
    expect(codes('lowercase123')).toEqual(['password_classes']);
    expect(codes('Xx-ZHANG.WEI-1')).toEqual(['password_contains_username']);
    expect(codes('zhang.wei')).toEqual(['password_too_short', 'password_classes', 'password_contains_username']);
  });

  it('makes one-time passwords that follow the rules, from any token', () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAA', '____________________', 'abcdefghijklmnopqrstuvwxyz0123456789', 'zzzzzzzzzzzzzz']) {
      const password = oneTimePasswordFrom(token);
      expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect(passwordProblems(password, 'someone')).toEqual([]);
    }
    expect(oneTimePasswordFrom('abcdefghijklmnop')).not.toBe(oneTimePasswordFrom('bcdefghijklmnopq'));
  });
});
