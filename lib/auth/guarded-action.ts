// The one gate every write passes: same origin -> signed in -> role -> input
// valid -> the change and its audit entry in one transaction -> the public
// pages that show it revalidated. Server actions and route handlers are thin
// shells around the functions this makes, so no page can forget a check.
import 'server-only';
import type { z } from 'zod';
import { recordAudit, type AuditEntry } from '@/lib/audit/record-audit';
import { hasAccess, type Access } from '@/lib/auth/roles';
import type { RequestContext } from '@/lib/auth/request-context';
import { isSameOriginRequest } from '@/lib/auth/same-origin';
import { readSignedInUser, type SignedInUser } from '@/lib/auth/signed-in-user';
import { getDb } from '@/lib/db';
import { env, siteOrigin } from '@/lib/env';
import { ActionError, failure, UNEXPECTED, type ActionResult, type Failure } from '@/lib/errors';
import { log, logForRequest } from '@/lib/log';
import type { Tx } from '@/lib/prisma-client';
import { fieldErrorsOf } from '@/lib/schemas/fields';

export interface WriteContext {
  tx: Tx;
  actor: SignedInUser;
  /** Records an audit entry in this write's transaction; every write must record one. */
  audit: (entry: AuditEntry) => Promise<void>;
}

export interface GuardedSpec<S extends z.ZodType, T> {
  access: Access;
  schema: S;
  run: (input: z.output<S>, ctx: WriteContext) => Promise<T>;
  /** Public paths that show what was written, to refresh at once. */
  revalidate?: (data: T, input: z.output<S>) => string[];
}

export type GuardedAction<T> = (request: RequestContext, raw: unknown) => Promise<ActionResult<T>>;

/** A request body read only once the request has passed the checks (so strangers cannot make us parse uploads). */
export class LazyInput {
  constructor(readonly read: () => Promise<unknown>) {}
}

async function resolveInput(raw: unknown): Promise<unknown> {
  return raw instanceof LazyInput ? raw.read() : raw;
}

export const CROSS_ORIGIN: Failure = failure(403, 'cross_origin', 'This form was sent from another site, so it was refused.');
export const NOT_SIGNED_IN: Failure = failure(401, 'not_signed_in', 'Please sign in again: your session has ended.');
export const NOT_ALLOWED: Failure = failure(403, 'forbidden', 'Your role does not allow this change.');

export function checkOrigin(request: RequestContext): Failure | null {
  return isSameOriginRequest(request.headers, siteOrigin(env)) ? null : CROSS_ORIGIN;
}

/**
 * Origin, session and role, in that order: the signed-in person, or the
 * failure to answer with. For handlers that cannot use guardedAction whole
 * (a streamed upload reporting progress); they must still write their audit
 * entry in the same transaction as their change.
 */
export async function authorize(request: RequestContext, access: Access): Promise<SignedInUser | Failure> {
  const refused = checkOrigin(request);
  if (refused) return refused;
  const actor = await readSignedInUser(request.headers);
  if (!actor) return NOT_SIGNED_IN;
  return hasAccess(actor.role, access) ? actor : NOT_ALLOWED;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): ActionResult<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return failure(422, 'invalid_input', 'Some answers need changing: see the messages beside them.', fieldErrorsOf(parsed.error));
}

// Prisma's code for a unique constraint that refused a row.
const UNIQUE_VIOLATION = 'P2002';

export function toFailure(error: unknown, request?: RequestContext): Failure {
  if (error instanceof ActionError) return failure(error.status, error.code, error.message, error.fieldErrors);
  if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
    return failure(409, 'already_exists', 'Something with the same id already exists: choose another.');
  }
  // The details stay in the server log; the person sees a plain sentence.
  (request ? logForRequest(request.headers) : log).error({ err: error }, 'A write failed');
  return UNEXPECTED;
}

export function revalidateAll(request: RequestContext, paths: readonly string[]): void {
  for (const path of paths) {
    try {
      request.revalidate(path);
    } catch (error) {
      // The write has committed, and cached public data goes stale on its own
      // within DATA_CACHE_SECONDS, so a failed refresh must not report the write as failed.
      logForRequest(request.headers).warn({ err: error, path }, 'Could not revalidate a page after a write');
    }
  }
}

export function guardedAction<S extends z.ZodType, T>(spec: GuardedSpec<S, T>): GuardedAction<T> {
  return async (request, raw) => {
    const actor = await authorize(request, spec.access);
    if ('ok' in actor) return actor;
    const input = parseInput(spec.schema, await resolveInput(raw));
    if (!input.ok) return input;

    try {
      const data = await getDb().$transaction(async (tx) => {
        let audited = 0;
        const audit = async (entry: AuditEntry) => {
          audited += 1;
          await recordAudit(tx, actor.id, entry);
        };
        const result = await spec.run(input.data, { tx, actor, audit });
        if (audited === 0) throw new Error('This write recorded no audit entry, so it was not saved.');
        return result;
      });
      revalidateAll(request, spec.revalidate?.(data, input.data) ?? []);
      return { ok: true, data };
    } catch (error) {
      return toFailure(error, request);
    }
  };
}

export interface PublicSpec<S extends z.ZodType, T> {
  schema: S;
  run: (input: z.output<S>, request: RequestContext) => Promise<T>;
}

/**
 * For the few forms used before anyone is signed in (sign-in, accepting an
 * invitation): the same origin and input checks; `run` does its own writes.
 */
export function publicAction<S extends z.ZodType, T>(spec: PublicSpec<S, T>): GuardedAction<T> {
  return async (request, raw) => {
    const refused = checkOrigin(request);
    if (refused) return refused;
    const input = parseInput(spec.schema, await resolveInput(raw));
    if (!input.ok) return input;
    try {
      return { ok: true, data: await spec.run(input.data, request) };
    } catch (error) {
      return toFailure(error, request);
    }
  };
}
