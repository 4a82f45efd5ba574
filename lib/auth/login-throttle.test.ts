import { describe, expect, it } from 'vitest';
import { throttleMessage } from './login-throttle';

describe('throttleMessage', () => {
  it('says which limit was reached and how long to wait, in whole minutes', () => {
    expect(throttleMessage({ allowed: false, scope: 'account', retryAfterSeconds: 840 })).toBe(
      'Too many failed sign-in attempts for this account. Please wait 14 minutes before trying again.',
    );
    expect(throttleMessage({ allowed: false, scope: 'address', retryAfterSeconds: 5 })).toBe(
      'Too many failed sign-in attempts from your network address. Please wait 1 minute before trying again.',
    );
  });
});
