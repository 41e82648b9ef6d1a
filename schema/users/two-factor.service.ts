import { createHash, randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { In, IsNull, Not } from 'typeorm';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { ProcessingPurpose, TenantRole } from '../common/enums';
import { BadInputError, ConflictError, RateLimitedError, UnauthenticatedError } from '../common/errors';
import { newId } from '../common/ids';
import type { RateLimiter } from '../common/rate-limiter';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { RequestContext } from '../../tenants/request-context';
import type { SessionKind } from './session.entity';
import type { SessionOwner } from './session.service';
import { base32Encode, newTotpSecret, otpauthUri, SecretBox, totpTimeStep } from './totp';
import { RecoveryCode, TwoFactorCredential } from './two-factor.entity';

export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes allowed per account in each window when confirming or turning off 2FA. */
export const TWO_FACTOR_FAILURES = 5;
export const TWO_FACTOR_WINDOW_MS = 15 * 60_000;
export const TOTP_ISSUER = 'Steward';

/** What a code offered at sign-in (or to turn 2FA off) proved. */
export type CodeCheck = 'none' | 'required' | 'totp' | 'recovery' | 'wrong';

export const accountOf = (ctx: RequestContext): SessionOwner => {
  const p = ctx.principal;
  if (p.kind === 'operator') return { kind: 'operator', userId: p.id, tenantId: null };
  if (p.kind === 'tenant_user') return { kind: 'tenant_user', userId: p.id, tenantId: p.tenantId };
  throw new UnauthenticatedError();
};

const who = (kind: SessionKind, role?: TenantRole | null) =>
  kind === 'operator' ? 'Operator' : `Customer staff member (${role})`;

/** The stored form of a recovery code: hex SHA-256 of its letters and digits, upper case, no dashes. */
export const recoveryHash = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** A recovery code: 10 base32 characters (50 bits) in two groups, e.g. `K3J7Q-2MZPA`. */
function newRecoveryCode(): string {
  const s = base32Encode(randomBytes(7)).slice(0, 10);
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/**
 * Two-factor authentication (TOTP, RFC 6238) of operators and tenant users: setup, confirmation
 * with recovery codes, turning it off, and the code check of the sign-in path. A code is accepted
 * once (the last time step used is kept), a recovery code once (it is deleted).
 */
export class TwoFactorService {
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, boolean>>();

  constructor(
    private readonly db: Database,
    private readonly limiter: RateLimiter,
    private readonly processingLog: ProcessingLogService,
    private readonly box: SecretBox,
  ) {}

  private static key(a: { kind: SessionKind; userId: string }) {
    return { kind: a.kind, userId: a.userId };
  }

  private credential(a: SessionOwner): Promise<TwoFactorCredential | null> {
    return this.db.read((em) => em.findOneBy(TwoFactorCredential, TwoFactorService.key(a)));
  }

  /** Whether tenant users have 2FA on, batched per request (TenantUser.twoFactorEnabled). */
  tenantUserEnabled(ctx: RequestContext, userId: string): Promise<boolean> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.db.read((em) =>
          em.find(TwoFactorCredential, {
            where: { kind: 'tenant_user', userId: In([...ids]), enabledAt: Not(IsNull()) },
            select: { userId: true },
          }),
        );
        const on = new Set(rows.map((r) => r.userId));
        return ids.map((id) => on.has(id));
      });
      this.loaders.set(ctx, loader);
    }
    return loader.load(userId);
  }

  /** Whether the caller's account has 2FA on. */
  async enabled(a: SessionOwner): Promise<boolean> {
    return !!(await this.credential(a))?.enabledAt;
  }

  /** Counts a wrong code; throws RATE_LIMITED once the account is over its allowance. */
  private async throttle(a: SessionOwner): Promise<string> {
    const key = `${a.kind}\u0000${a.userId}`;
    const c = await this.limiter.count('two-factor', key, TWO_FACTOR_WINDOW_MS);
    if (c.hits >= TWO_FACTOR_FAILURES) throw new RateLimitedError(c.retryAfter);
    return key;
  }

  private async wrongCode(key: string): Promise<never> {
    await this.limiter.hit('two-factor', key, TWO_FACTOR_WINDOW_MS);
    throw new BadInputError('The one-time code is not correct', 'code');
  }

  /** A new secret, pending until confirmed; replaces a pending one. CONFLICT when 2FA is already on. */
  async begin(ctx: RequestContext): Promise<{ secret: string; otpauthUri: string }> {
    const a = accountOf(ctx);
    const secret = newTotpSecret();
    await this.db.transaction(async (em) => {
      const existing = await em.findOneBy(TwoFactorCredential, TwoFactorService.key(a));
      if (existing?.enabledAt)
        throw new ConflictError(
          'Two-factor authentication is already on; turn it off first to set it up again',
        );
      if (existing) await em.delete(TwoFactorCredential, TwoFactorService.key(a));
      await em.insert(TwoFactorCredential, {
        ...TwoFactorService.key(a),
        secret: this.box.seal(secret),
        enabledAt: null,
        lastTimeStep: null,
        createdAt: new Date(),
      });
      await this.processingLog.append(ctx, {
        tenantId: a.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.twoFactorSetup',
        subjects: 1,
        dataCategories: [DataCategory.PASSWORD_HASH],
        description: `${who(a.kind, ctx.tenantRole)} began setting up two-factor authentication: a new secret waits for its first code`,
      });
    });
    return { secret, otpauthUri: otpauthUri(secret, TOTP_ISSUER, ctx.account?.email ?? a.userId) };
  }

  /** Turns 2FA on with a code of the pending secret; answers the recovery codes (only their hashes are kept). */
  async confirm(ctx: RequestContext, code: string): Promise<string[]> {
    const a = accountOf(ctx);
    const key = await this.throttle(a);
    const cred = await this.credential(a);
    if (!cred)
      throw new BadInputError('Set up two-factor authentication first (beginTwoFactorSetup)', 'code');
    if (cred.enabledAt) throw new ConflictError('Two-factor authentication is already on');
    const step = await totpTimeStep(this.box.open(cred.secret), String(code ?? '').trim(), null);
    if (step === null) return this.wrongCode(key);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.db.transaction(async (em) => {
      const r = await em.update(
        TwoFactorCredential,
        { ...TwoFactorService.key(a), enabledAt: IsNull(), secret: cred.secret },
        { enabledAt: new Date(), lastTimeStep: String(step) },
      );
      if (!r.affected) throw new ConflictError('Two-factor authentication changed meanwhile; try again');
      await em.delete(RecoveryCode, TwoFactorService.key(a));
      const now = new Date();
      await em.insert(
        RecoveryCode,
        codes.map((c) => ({
          id: newId(),
          ...TwoFactorService.key(a),
          tenantId: a.tenantId,
          codeHash: recoveryHash(c),
          createdAt: now,
        })),
      );
      await this.processingLog.append(ctx, {
        tenantId: a.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.twoFactorOn',
        subjects: 1,
        dataCategories: [DataCategory.PASSWORD_HASH],
        description: `${who(a.kind, ctx.tenantRole)} turned on two-factor authentication, with ${RECOVERY_CODE_COUNT} recovery codes`,
      });
    });
    return codes;
  }

  /** Turns 2FA off with a current code or a recovery code. */
  async disable(ctx: RequestContext, code: string): Promise<boolean> {
    const a = accountOf(ctx);
    const key = await this.throttle(a);
    if ((code ?? '').length > 64) return this.wrongCode(key);
    if (!(await this.enabled(a))) throw new ConflictError('Two-factor authentication is not on');
    const check = await this.check(a, code);
    if (check !== 'totp' && check !== 'recovery') return this.wrongCode(key);
    await this.db.transaction(async (em) => {
      await em.delete(TwoFactorCredential, TwoFactorService.key(a));
      await em.delete(RecoveryCode, TwoFactorService.key(a));
      await this.processingLog.append(ctx, {
        tenantId: a.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.twoFactorOff',
        subjects: 1,
        dataCategories: [DataCategory.PASSWORD_HASH],
        description: `${who(a.kind, ctx.tenantRole)} turned off two-factor authentication with ${check === 'totp' ? 'a one-time code' : 'a recovery code'}; its secret and recovery codes were deleted`,
      });
    });
    return true;
  }

  /**
   * Checks a code for an account: `none` when it has no 2FA, `required` when it has and no code was
   * given, `totp` or `recovery` when the code is right (and now used up), else `wrong`. A code of a
   * time step at or before the last one used is refused (a code works once), and a recovery code is
   * deleted by the statement that accepts it, so two requests cannot both use one.
   */
  async check(a: { kind: SessionKind; userId: string }, otp: string | null | undefined): Promise<CodeCheck> {
    const cred = await this.db.read((em) => em.findOneBy(TwoFactorCredential, TwoFactorService.key(a)));
    if (!cred?.enabledAt) return 'none';
    const code = String(otp ?? '').replace(/\s/g, '');
    if (!code) return 'required';
    if (/^\d{6}$/.test(code)) {
      const last = cred.lastTimeStep === null ? null : Number(cred.lastTimeStep);
      const step = await totpTimeStep(this.box.open(cred.secret), code, last);
      if (step === null) return 'wrong';
      const r = await this.db.transaction((em) =>
        em
          .createQueryBuilder()
          .update(TwoFactorCredential)
          .set({ lastTimeStep: String(step) })
          .where('principal_kind = :kind AND user_id = :userId', TwoFactorService.key(a))
          .andWhere('(last_time_step IS NULL OR last_time_step < :step)', { step })
          .execute(),
      );
      return r.affected ? 'totp' : 'wrong';
    }
    if (code.length > 64) return 'wrong';
    const r = await this.db.transaction((em) =>
      em.delete(RecoveryCode, { ...TwoFactorService.key(a), codeHash: recoveryHash(code) }),
    );
    return r.affected ? 'recovery' : 'wrong';
  }

  /** Deletes an account's 2FA (the account is deleted). */
  async forget(a: { kind: SessionKind; userId: string }): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.delete(TwoFactorCredential, TwoFactorService.key(a));
      await em.delete(RecoveryCode, TwoFactorService.key(a));
    });
  }
}
