import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple', 'ed@example.org')).toBeNull();
    expect(passwordProblem('Tb7!qz9@Lm2#', 'ed@example.org')).toBeNull();
  });

  it('refuses short passwords, saying how long they must be', () => {
    expect(passwordProblem('short')).toMatch(/at least 12 characters/);
    expect(passwordProblem('')).toMatch(/at least 12/);
  });

  it('refuses very long ones', () => {
    expect(passwordProblem('a1b2c3d4e5'.repeat(20))).toMatch(new RegExp(`at most ${PASSWORD_MAX_LENGTH}`));
  });

  it.each(['password1234', 'Password2024!', 'qwertyqwerty', 'aaaaaaaaaaaaaa', '121212121212', 'abcdefghijklmn', '123456789012'])(
    'refuses the easily guessed %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/too easy to guess/);
    },
  );

  it('refuses a password containing the email name', () => {
    expect(passwordProblem('jane.doe-is-the-best', 'jane.doe@example.org')).toMatch(/email address/);
  });
});
