import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import type { CrossTenant } from '../../tenants/cross-tenant';
import type { TenantScope } from '../../tenants/tenant-scope';
import { BadInputError } from '../common/errors';
import { newId } from '../common/ids';
import { RETENTION } from '../common/retention';
import { Subscriber } from './subscriber.entity';
import { SubscriptionToken, type TokenPurpose } from './subscription-token.entity';

export const CONFIRM_TTL_MS = RETENTION.confirmLinkMs;
export const UNSUBSCRIBE_TTL_MS = RETENTION.unsubscribeLinkMs;
/** A preferences link lives as long as the unsubscribe link next to it (it can unsubscribe too). */
export const PREFERENCES_TTL_MS = RETENTION.unsubscribeLinkMs;

/** The one answer to a link that cannot be used, whatever the reason (nothing is revealed). */
export const INVALID_LINK = 'This link is invalid, was already used, or has expired';

/** What a link token is stored as: its SHA-256, never the token itself. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh random link token (URL-safe). */
export const newLinkToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * Issues a single-use link token for a subscriber of the scope's tenant and returns it in clear
 * (it goes into a mail); only its hash is stored. Joins the ambient transaction.
 */
export async function issueToken(
  scope: TenantScope,
  subscriberId: string,
  purpose: TokenPurpose,
  ttlMs: number,
  /** the delivery whose message carries the link (its unsubscribes count there) */
  deliveryId: string | null = null,
): Promise<string> {
  const token = newLinkToken();
  await scope.repo(SubscriptionToken).insert({
    id: newId(),
    subscriberId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ttlMs),
    deliveryId,
    usedAt: null,
  });
  return token;
}

/**
 * Many tokens at once (bulk work such as an import's confirmations), in multi-row inserts;
 * returns them in clear, in the order asked for.
 */
export async function issueTokens(
  scope: TenantScope,
  wanted: { subscriberId: string; purpose: TokenPurpose; ttlMs?: number; deliveryId?: string | null }[],
  ttlMs: number,
): Promise<string[]> {
  if (!wanted.length) return [];
  const now = Date.now();
  const tokens = wanted.map(() => newLinkToken());
  await scope.repo(SubscriptionToken).bulkInsert(
    ['id', 'subscriberId', 'purpose', 'tokenHash', 'expiresAt', 'deliveryId', 'usedAt'],
    wanted.map((w, i) => [
      newId(),
      w.subscriberId,
      w.purpose,
      hashToken(tokens[i]),
      new Date(now + (w.ttlMs ?? ttlMs)),
      w.deliveryId ?? null,
      null,
    ]),
  );
  return tokens;
}

/**
 * A PREFERENCES link: looked up, not used up (the person may come back to the page until the link
 * expires). Unknown, expired, forged and other-purpose tokens get the one INVALID_LINK answer; a
 * subscriber that is gone (unsubscribed) took its tokens with it. As with `redeemToken`, only the
 * lookup crosses tenants: the scope returned is the tenant the token's row names, and everything
 * after runs in it.
 */
export async function lookupPreferencesToken(
  door: CrossTenant,
  token: string,
): Promise<{ tok: SubscriptionToken; sub: Subscriber; scope: TenantScope }> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new BadInputError(INVALID_LINK, 'token');
  const tok = await door.read((em) =>
    em.findOneBy(SubscriptionToken, { tokenHash: hashToken(token), purpose: 'PREFERENCES' }),
  );
  if (!tok || tok.usedAt || tok.expiresAt.getTime() <= Date.now())
    throw new BadInputError(INVALID_LINK, 'token');
  const scope = door.forTenant(tok.tenantId);
  const sub = await scope.repo(Subscriber).findOne({ id: tok.subscriberId });
  if (!sub) throw new BadInputError(INVALID_LINK, 'token');
  return { tok, sub, scope };
}

/**
 * Uses a token once: unknown, used, expired or wrong-purpose tokens all get the same answer. The
 * token is the capability, so it is looked up across tenants (`door`); everything after that runs
 * in the scope of the tenant its row names, which is returned. Call it inside a transaction.
 */
export async function redeemToken(
  door: CrossTenant,
  token: string,
  purpose: TokenPurpose,
): Promise<{ tok: SubscriptionToken; sub: Subscriber; scope: TenantScope }> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw new BadInputError(INVALID_LINK, 'token');
  const tok = await door.read((em) =>
    em.findOneBy(SubscriptionToken, { tokenHash: hashToken(token), purpose, usedAt: IsNull() }),
  );
  if (!tok || tok.expiresAt.getTime() <= Date.now()) throw new BadInputError(INVALID_LINK, 'token');
  const scope = door.forTenant(tok.tenantId);
  // Guarded: of two requests racing with one token, one wins.
  const used = await scope
    .repo(SubscriptionToken)
    .update({ id: tok.id, usedAt: IsNull() }, { usedAt: new Date() });
  if (!used) throw new BadInputError(INVALID_LINK, 'token');
  const sub = await scope.repo(Subscriber).findOne({ id: tok.subscriberId });
  if (!sub) throw new BadInputError(INVALID_LINK, 'token');
  return { tok, sub, scope };
}
