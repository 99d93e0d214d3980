import { timingSafeEqual, createHash } from 'node:crypto';
import { ROLES, type ApiToken, type Config, type Role } from '../config';
import { jwtVerifier, looksLikeJwt } from './jwt';
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
  const found = staticToken(match[1], tokens);
  if (!found) throw new UnauthenticatedError('unknown token');
  return found;
}

/** Who a request's Authorization header names: null without one; a static token or a verified JWT; refused otherwise. */
export type Authenticator = (header: string | undefined) => Promise<ApiToken | null>;

/**
 * The service's authenticator: the static API_TOKENS first (constant time), then, when JWT_ISSUER is set and the
 * bearer credential is shaped like a JWT, the identity provider's JWT (auth/jwt.ts).
 */
export function createAuthenticator(config: Pick<Config, 'apiTokens' | 'jwt'>): Authenticator {
  const verify = config.jwt ? jwtVerifier(config.jwt) : null;
  return async (header) => {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    if (verify && looksLikeJwt(match[1])) {
      const fixed = staticToken(match[1], config.apiTokens);
      return fixed ?? verify(match[1]);
    }
    return authenticate(header, config.apiTokens);
  };
}

function staticToken(presentedText: string, tokens: readonly ApiToken[]): ApiToken | null {
  const presented = digest(presentedText);
  let found: ApiToken | null = null;
  for (const token of tokens) if (timingSafeEqual(presented, digest(token.token))) found = token;
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
