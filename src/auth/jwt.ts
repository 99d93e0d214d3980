import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ROLES, type ApiToken, type JwtSettings, type Role } from '../config';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../errors';

/** A bearer credential shaped like a JWS (three base64url parts, a JSON header): only these are tried as JWTs. */
export const looksLikeJwt = (token: string) => /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(token) && token.length <= 16_384;

/** A claim by its dotted path (`realm_access.roles`); a claim whose own name has a dot is found first. */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The highest role the claim's values grant, or null when it grants none. */
export function roleFromClaim(value: unknown, roleMap: ReadonlyMap<string, Role> | null): Role | null {
  const values = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  let best = -1;
  for (const v of values) {
    const role = roleMap ? roleMap.get(v) : (ROLES as readonly string[]).includes(v) ? (v as Role) : undefined;
    if (role) best = Math.max(best, ROLES.indexOf(role));
  }
  return best >= 0 ? ROLES[best] : null;
}

/**
 * Verifies bearer JWTs from the bureau's identity provider: the signature against the issuer's JWKS (fetched once,
 * kept, fetched again for an unknown key id at most every 30 s), the algorithm from JWT_ALGORITHMS, iss, aud, exp
 * (required: tokens expire) and nbf with JWT_CLOCK_TOLERANCE_S. The caller is named by the name claim (the audit
 * trail's `by`) and gets the highest role its roles claim grants. UNAUTHENTICATED for a token that does not verify,
 * each with what was wrong; FORBIDDEN for a valid token that grants no role; SERVICE_UNAVAILABLE when the keys
 * cannot be fetched.
 */
export function jwtVerifier(settings: JwtSettings): (token: string) => Promise<ApiToken> {
  const keys = createRemoteJWKSet(settings.jwksUrl, { timeoutDuration: 3_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: settings.clockToleranceS,
        requiredClaims: ['exp', settings.nameClaim],
      }));
    } catch (error) {
      throw verificationError(error);
    }
    const name = claimAt(payload, settings.nameClaim);
    if (typeof name !== 'string' || !name || name.length > 200) throw new UnauthenticatedError(`the token's ${settings.nameClaim} claim must name the caller`);
    const claim = claimAt(payload, settings.rolesClaim);
    if (claim === undefined) throw new ForbiddenError(`the token has no ${settings.rolesClaim} claim, so it grants no role here`);
    const role = roleFromClaim(claim, settings.roleMap);
    if (!role) throw new ForbiddenError(`the token's ${settings.rolesClaim} claim grants no PlanGraph role`);
    return { token: '', role, name };
  };
}

/** What a failed verification tells the caller (never the key material or the token). */
function verificationError(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new UnauthenticatedError('the token was issued by another issuer');
    if (error.claim === 'aud') return new UnauthenticatedError('the token was made for another audience');
    if (error.claim === 'exp' && error.reason === 'missing') return new UnauthenticatedError('the token has no exp: tokens must expire');
    return new UnauthenticatedError(`the token's ${error.claim} claim is not acceptable (${error.reason})`);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return new UnauthenticatedError('the token is signed by a key the issuer does not publish');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return new ServiceUnavailableError("the identity provider's keys could not be fetched; try again shortly");
  if (error instanceof errors.JOSEAlgNotAllowed) return new UnauthenticatedError("the token's signing algorithm is not accepted");
  if (error instanceof errors.JWSSignatureVerificationFailed) return new UnauthenticatedError("the token's signature does not verify");
  if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_JOSE_GENERIC') return new ServiceUnavailableError("the identity provider's keys could not be fetched; try again shortly");
  return new UnauthenticatedError('the token is not a valid JWT');
}
