// Forms for signing in and for managing the people who edit.
import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { requiredText } from '@/lib/schemas/fields';

export const emailField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.string({ error: 'Enter an email address.' }).min(1, { error: 'Enter an email address.' }).pipe(z.email({ error: 'Enter an email address like name@example.org.' })),
);

export const signInSchema = z.object({
  email: emailField,
  // Not the new-password rule: an old password is checked, not judged.
  password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }).max(1000),
});

const roleField = z.enum(Role, { error: 'Choose a role.' });

export const inviteUserSchema = z.object({
  email: emailField,
  name: requiredText('their name', { max: 200 }),
  role: roleField,
});

const userId = z.uuid({ error: 'Choose a person.' });

export const changeRoleSchema = z.object({ userId, role: roleField });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const reinviteSchema = z.object({ userId });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    // Judged against the password rule on the server, once the account's email is known.
    password: z.string({ error: 'Choose a password.' }).min(1, { error: 'Choose a password.' }).max(1000),
    confirm: z.string().max(1000),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'The two passwords are not the same.' });

export type InviteUserInput = z.output<typeof inviteUserSchema>;
