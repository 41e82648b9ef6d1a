import { createHash, randomBytes } from 'node:crypto';
import { IsNull, LessThanOrEqual, MoreThan, Not, type FindOptionsWhere } from 'typeorm';
import type { Database } from '../common/database';
import { newId } from '../common/ids';
import { sessionAgent } from './session-agent';
import { isSessionToken, sessionCookie } from './session-cookie';
import { Session, type SessionKind } from './session.entity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A session's lifetime: a working day, or 30 days with "Keep me signed in". Never extended. */
export const SESSION_TTL_MS = 8 * HOUR;
export const REMEMBERED_SESSION_TTL_MS = 30 * 24 * HOUR;
/** `last_seen_at` moves at most this often: a session's requests do not each write a row. */
export const LAST_SEEN_EVERY_MS = MINUTE;

/** The account a session belongs to. */
export interface SessionOwner {
  kind: SessionKind;
  userId: string;
  /** the tenant user's tenant; null for an operator */
  tenantId: string | null;
}

/** The stored form of a token: hex SHA-256 (the token is 256 random bits, so no salt or slow hash is needed). */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The sessions table and its rules, owned by the users module: every read and write of a session
 * row goes through here (authentication, the account's list of sessions, sign-out, revocation,
 * password changes, suspension, and the hourly deletion of expired ones). A session ends by losing
 * its row; one whose account's session version moved on is refused by the sign-in check as well.
 */
export class SessionService {
  constructor(
    private readonly db: Database,
    /** PUBLIC_URL is https: the cookie is Secure */
    private readonly secureCookie: boolean,
  ) {}

  private static where(owner: SessionOwner): FindOptionsWhere<Session> {
    return { kind: owner.kind, userId: owner.userId, tenantId: owner.tenantId ?? IsNull() };
  }

  /** A new session for an account that just proved its credentials; the token exists only in the cookie. */
  async start(
    owner: SessionOwner,
    sessionVersion: number,
    lifetimeMs: number,
    userAgent: string | null,
    now = new Date(),
  ): Promise<{ session: Session; cookie: string }> {
    const token = randomBytes(32).toString('base64url');
    const session = Object.assign(new Session(), {
      id: newId(),
      tokenHash: sessionTokenHash(token),
      kind: owner.kind,
      userId: owner.userId,
      tenantId: owner.tenantId,
      sessionVersion,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
      userAgent: sessionAgent(userAgent),
    });
    await this.db.transaction((em) => em.insert(Session, session));
    return { session, cookie: sessionCookie(token, lifetimeMs / 1000, this.secureCookie) };
  }

  /** The Set-Cookie value that removes the cookie from the browser. */
  clearCookie(): string {
    return sessionCookie('', 0, this.secureCookie);
  }

  /** The unexpired session a token opens, or null (unknown, forged, ended or expired). */
  async find(token: string, now = new Date()): Promise<Session | null> {
    if (!isSessionToken(token)) return null;
    return this.db.read((em) =>
      em.findOneBy(Session, { tokenHash: sessionTokenHash(token), expiresAt: MoreThan(now) }),
    );
  }

  /** Records that the session is in use, at most once a minute. */
  async touch(session: Session, now = new Date()): Promise<void> {
    if (now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
    await this.db.transaction((em) =>
      em.update(
        Session,
        { id: session.id, lastSeenAt: LessThanOrEqual(new Date(now.getTime() - LAST_SEEN_EVERY_MS)) },
        { lastSeenAt: now },
      ),
    );
  }

  /** The account's live sessions (unexpired, of its current session version), most recently used first. */
  list(owner: SessionOwner, sessionVersion: number, now = new Date()): Promise<Session[]> {
    return this.db.read((em) =>
      em.find(Session, {
        where: { ...SessionService.where(owner), sessionVersion, expiresAt: MoreThan(now) },
        order: { lastSeenAt: 'DESC', createdAt: 'DESC', id: 'ASC' },
        take: 1000,
      }),
    );
  }

  /** Ends one session (sign-out). */
  async end(id: string): Promise<boolean> {
    const r = await this.db.transaction((em) => em.delete(Session, { id }));
    return (r.affected ?? 0) > 0;
  }

  /** Ends one of the account's own sessions; false when it has none with this id (someone else's included). */
  async revoke(owner: SessionOwner, id: string): Promise<boolean> {
    const r = await this.db.transaction((em) => em.delete(Session, { ...SessionService.where(owner), id }));
    return (r.affected ?? 0) > 0;
  }

  /**
   * After a password change: every session of the account ends but `keepId` (the one that changed
   * it, if the change came from a session), which is re-stamped with the account's new session
   * version so it keeps working.
   */
  async endOthers(owner: SessionOwner, keepId: string | null, sessionVersion: number): Promise<void> {
    if (!keepId) return this.endAll(owner);
    await this.db.transaction(async (em) => {
      const mine = SessionService.where(owner);
      await em.update(Session, { ...mine, id: keepId }, { sessionVersion });
      await em.delete(Session, { ...mine, id: Not(keepId) });
    });
  }

  /** Every session of the account ends (its access is withdrawn, e.g. the user is removed). */
  async endAll(owner: SessionOwner): Promise<void> {
    await this.db.transaction((em) => em.delete(Session, SessionService.where(owner)));
  }

  /** Every session of a tenant's users ends (the tenant is suspended or offboarded). */
  async endForTenant(tenantId: string): Promise<void> {
    await this.db.transaction((em) => em.delete(Session, { kind: 'tenant_user', tenantId }));
  }

  /** Hourly: deletes the sessions that expired; answers how many per tenant (null: operators'). */
  async deleteExpired(now = new Date()): Promise<Array<{ tenantId: string | null; count: number }>> {
    return this.db.transaction(async (em) => {
      const cutoff = this.db.param(now);
      // expired password-reset links go with them (they name an account, nothing else)
      await em.query('DELETE FROM password_reset_tokens WHERE expires_at <= ?', [cutoff]);
      const counts: Array<{ tenant_id: string | null; n: number | string }> = await em.query(
        `SELECT tenant_id, COUNT(*) AS n FROM sessions WHERE expires_at <= ? GROUP BY tenant_id`,
        [cutoff],
      );
      if (!counts.length) return [];
      await em.delete(Session, { expiresAt: LessThanOrEqual(now) });
      return counts.map((c) => ({ tenantId: c.tenant_id ?? null, count: Number(c.n) }));
    });
  }
}
