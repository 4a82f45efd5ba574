// One password hash for the whole project: better-auth's scrypt (N=16384,
// r=16, p=1, 64-byte key, random salt). The app's auth instance and the
// command line both use these, so a password set in one works in the other.
export { hashPassword, verifyPassword } from 'better-auth/crypto';
