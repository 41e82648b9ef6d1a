import type { RequestContext } from '../../tenants/request-context';
import type { Database } from '../common/database';
import { isLang } from '../common/i18n';
import type { RateLimiter } from '../common/rate-limiter';
import type { MailingList } from '../lists/mailing-list.entity';
import type { MailMessage, MailService } from '../mail/mail.service';
import { Tenant } from '../tenants/tenant.entity';
import type { Subscriber } from './subscriber.entity';
import { confirmationMail } from './subscription.mails';
import { CONFIRM_TTL_MS, issueToken, issueTokens, PREFERENCES_TTL_MS } from './subscription-tokens';

/** At most one confirmation mail per address and list in this window: a form cannot flood an inbox. */
export const CONFIRMATION_INTERVAL_MS = 10 * 60 * 1000;

/**
 * The double opt-in confirmation mail, with a new confirm, a refuse and a preferences link, for a PENDING
 * subscriber: sent on `addSubscriber`, on a public sign-up and after an import. Works in the
 * context's tenant and joins the caller's transaction (tokens and outbox commit with it).
 */
export class ConfirmationMail {
  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly publicUrl: string,
  ) {}

  /** One mail, unless one went out to this address for this list in the last ten minutes. */
  async send(ctx: RequestContext, list: MailingList, sub: Subscriber): Promise<void> {
    const { hits } = await this.limiter.hit(
      'confirmation-mail',
      `${list.id}\u0000${sub.addressHash}`,
      CONFIRMATION_INTERVAL_MS,
    );
    if (hits > 1) return;
    const tenant = await this.tenantOf(list);
    const scope = this.db.forTenant(ctx);
    const confirm = await issueToken(scope, sub.id, 'CONFIRM', CONFIRM_TTL_MS);
    const refuse = await issueToken(scope, sub.id, 'UNSUBSCRIBE', CONFIRM_TTL_MS);
    const preferences = await issueToken(scope, sub.id, 'PREFERENCES', PREFERENCES_TTL_MS);
    await this.mail.send(ctx, this.message(list, tenant, sub, confirm, refuse, preferences, false));
  }

  /** One mail to each imported person, tokens and outbox rows in multi-row inserts. */
  async sendImported(ctx: RequestContext, list: MailingList, subs: Subscriber[]): Promise<void> {
    if (!subs.length) return;
    const tenant = await this.tenantOf(list);
    const tokens = await issueTokens(
      this.db.forTenant(ctx),
      subs.flatMap((s) => [
        { subscriberId: s.id, purpose: 'CONFIRM' as const },
        { subscriberId: s.id, purpose: 'UNSUBSCRIBE' as const },
        { subscriberId: s.id, purpose: 'PREFERENCES' as const, ttlMs: PREFERENCES_TTL_MS },
      ]),
      CONFIRM_TTL_MS,
    );
    await this.mail.sendMany(
      ctx,
      subs.map((s, i) =>
        this.message(list, tenant, s, tokens[3 * i], tokens[3 * i + 1], tokens[3 * i + 2], true),
      ),
    );
  }

  private tenantOf(list: MailingList): Promise<Tenant> {
    return this.db.read((em) => em.findOneByOrFail(Tenant, { id: list.tenantId }));
  }

  private message(
    list: MailingList,
    tenant: Tenant,
    sub: Subscriber,
    confirm: string,
    refuse: string,
    preferences: string,
    imported: boolean,
  ): MailMessage {
    return {
      kind: 'subscription.confirm',
      tenantId: sub.tenantId,
      to: sub.email,
      ...confirmationMail(
        {
          listTitle: list.title,
          listName: list.name,
          tenantName: tenant.name,
          confirmUrl: `${this.publicUrl}/confirm?token=${confirm}`,
          refuseUrl: `${this.publicUrl}/unsubscribe?token=${refuse}`,
          preferencesUrl: `${this.publicUrl}/preferences?token=${preferences}`,
          imported,
        },
        isLang(sub.language) ? sub.language : undefined,
      ),
    };
  }
}
