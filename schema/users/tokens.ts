import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role, TenantRole } from '../common/enums';

export const JWT_ISSUER = 'steward';
export const JWT_AUDIENCE = 'steward-api';
export const TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface TokenClaims {
  sub: string;
  role: Role;
  tenant_id?: string;
  tenant_role?: TenantRole;
  /** the account's session version when the token was issued; a later change revokes the token */
  sv: number;
}

export interface VerifiedToken extends TokenClaims {
  jti: string;
  exp: number;
}

/** Signs and verifies session tokens: HS256 only, fixed issuer and audience, always an expiry. */
export class TokenService {
  // A KeyObject made once: given a string, jsonwebtoken builds one on every call, which measured as
  // the largest single cost of an authenticated request.
  private readonly secret: KeyObject;

  constructor(secret: string) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(claims: TokenClaims): { token: string; expiresAt: Date } {
    const token = jwt.sign(claims, this.secret, {
      algorithm: 'HS256',
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      expiresIn: TOKEN_TTL_SECONDS,
      jwtid: randomUUID(),
    });
    const { exp } = jwt.decode(token) as { exp: number };
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token; throws on a forged, expired, `alg: none` or mis-addressed one. */
  verify(token: string): VerifiedToken {
    const claims = jwt.verify(token, this.secret, {
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      clockTolerance: 5,
    });
    if (typeof claims === 'string') throw new Error('unexpected token payload');
    const c = claims as Partial<VerifiedToken>;
    if (
      !c.sub ||
      !c.jti ||
      !c.exp ||
      !Number.isInteger(c.sv) ||
      (c.role !== Role.OPERATOR && c.role !== Role.TENANT_USER)
    ) {
      throw new Error('token lacks required claims');
    }
    if (c.role === Role.TENANT_USER && (!c.tenant_id || !c.tenant_role))
      throw new Error('token lacks tenant claims');
    return c as VerifiedToken;
  }
}
