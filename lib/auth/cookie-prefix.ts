// Every cookie the sign-in sets starts with this (better-auth's cookiePrefix),
// so code outside the auth module, like the response cache, can tell a
// signed-in request from an anonymous one without loading better-auth.
export const AUTH_COOKIE_PREFIX = 'dashboard';
