import { timingSafeEqual, createHash } from 'node:crypto';
import { ROLES, type ApiToken, type Role } from '../config';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { GraphContext } from '../context';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The token an Authorization header names, compared in constant time; null when no header; UNAUTHENTICATED when it matches none. */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): ApiToken | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const presented = digest(match[1]);
  let found: ApiToken | null = null;
  for (const token of tokens) if (timingSafeEqual(presented, digest(token.token))) found = token;
  if (!found) throw new UnauthenticatedError('unknown token');
  return found;
}

/** Refuses the operation unless the caller's role is at least `role` (UNAUTHENTICATED without a token, FORBIDDEN below it). */
export function requireRole(ctx: GraphContext, role: Role): ApiToken {
  if (!ctx.caller) throw new UnauthenticatedError();
  if (ROLES.indexOf(ctx.caller.role) < ROLES.indexOf(role)) throw new ForbiddenError(`this needs the ${role} role or above; your token has ${ctx.caller.role}`);
  return ctx.caller;
}

/** The audit trail (who changed what, token names, before and after values) is for ANALYST and above. */
export const AUDIT_READER_ROLE: Role = 'ANALYST';

/** Returns `value` only to callers who may read the audit trail (UNAUTHENTICATED or FORBIDDEN otherwise). */
export function auditValue<T>(ctx: GraphContext, value: T): T {
  requireRole(ctx, AUDIT_READER_ROLE);
  return value;
}
