// The accounts the browser tests sign in with, created by global-setup.ts
// through the real user:create command.
export const ADMIN = { email: 'admin@e2e.test', name: 'E2E Admin', password: 'a long and unguessable passphrase' };
