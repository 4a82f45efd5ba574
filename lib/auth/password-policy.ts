// The rule every new password must meet, wherever it is set (command line or
// invitation page). Length is what makes a password strong (NIST SP 800-63B);
// the other checks turn away the guesses attackers try first.
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// The most common passwords and patterns that reach 12 characters.
const COMMON = [
  'password', 'passw0rd', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'administrator',
  'changeme', 'dashboard', 'metpolice', 'london', 'abc123', '123456', 'football', 'monkey', 'dragon',
];

function looksCommon(password: string): boolean {
  const folded = password.toLowerCase().replace(/[^a-z0-9]/g, '');
  const stripped = folded.replace(/\d+$/, '').replace(/^\d+/, '');
  if (stripped === '' || COMMON.some((word) => stripped === word || stripped === word.repeat(2))) return true;
  // "aaaaaaaaaaaa", "abababababab", "123123123123"
  return new Set(password).size < 5;
}

function isSequence(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.charCodeAt(0));
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] as number) === 1);
}

/** A new password for the account with this email. */
export function newPasswordSchema(email?: string) {
  const localPart = email?.split('@')[0]?.toLowerCase() ?? '';
  return z
    .string({ error: 'Enter a password.' })
    .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters: a few unrelated words make a strong one.` })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` })
    .refine((p) => !looksCommon(p) && !isSequence(p), { error: 'This password is too easy to guess: choose a less common one.' })
    .refine((p) => localPart.length < 3 || !p.toLowerCase().includes(localPart), {
      error: 'Do not use your email address in your password.',
    });
}

/** The first problem with a password, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const result = newPasswordSchema(email).safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This password cannot be used.');
}
