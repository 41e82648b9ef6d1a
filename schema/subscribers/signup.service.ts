import type { RequestContext } from '../../tenants/request-context';
import type { AltchaService } from '../altcha/altcha.service';
import type { JobQueue } from '../../workers/job-queue';
import type { Database } from '../common/database';
import { MessageFormat, OptInMode, SubscriberStatus, TenantStatus } from '../common/enums';
import { isUniqueViolation, NotFoundError } from '../common/errors';
import { MailingList } from '../lists/mailing-list.entity';
import { Tenant } from '../tenants/tenant.entity';
import type { ConfirmationMail } from './confirmation-mail';
import { Subscriber } from './subscriber.entity';
import type { Lang } from '../common/i18n';
import {
  personLanguage,
  subscriberDetails,
  type PublicSubscribeInput,
  type SubscriberDetails,
} from './subscriber.inputs';
import { ADDRESS_ON_LIST, type SubscriberService } from './subscriber.service';
import { Receipt } from './subscriber.types';

export const SUBSCRIBE_QUEUE = 'subscription.request';

const PUBLIC_RECEIPT =
  'Thank you. If this list exists and accepts sign-ups, a confirmation email is on its way to the address: nothing happens until its link is used.';

/** What a public sign-up leaves in its job until the job is done (then the payload is blanked). */
export interface SubscribeRequest {
  tenant: string;
  list: string;
  email: string;
  name: string | null;
  country: string | null;
  format: MessageFormat;
  trackingConsent: boolean;
  /** the person's language, one of the catalogue's, or null (English); absent in older jobs */
  language?: Lang | null;
  /** the consent wording's version the form showed (the hosted form says it), else absent */
  shownVersion?: number | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The public sign-up form. The answer is the same, and costs the same, whether or not the tenant,
 * the list or the address exist: the work happens in a job, which finds the tenant by its slug.
 */
export class SignupService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly subscribers: SubscriberService,
    private readonly confirmations: ConfirmationMail,
    private readonly altcha: Pick<AltchaService, 'verify'>,
  ) {}

  /**
   * `subscribe` and the hosted form's POST. `shownVersion` is the consent wording's version the
   * hosted form showed: the ledger records it when the list still has it (an older one if the
   * wording changed while the form was open), else the current one. With ALTCHA_HMAC_KEY set,
   * `input.altcha` must be a solved challenge not used before (else BAD_USER_INPUT, nothing kept).
   */
  async requestPublic(
    ctx: RequestContext,
    input: PublicSubscribeInput,
    opts: { shownVersion?: number | null } = {},
  ): Promise<Receipt> {
    const details = subscriberDetails(input);
    const request: SubscribeRequest = {
      tenant: String(input.tenant ?? '')
        .trim()
        .toLowerCase()
        .slice(0, 40),
      list: String(input.list ?? '')
        .trim()
        .toUpperCase()
        .slice(0, 64),
      ...details,
      language: personLanguage(input.language),
      shownVersion:
        Number.isSafeInteger(opts.shownVersion) && opts.shownVersion! >= 1 ? opts.shownVersion : null,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    };
    // With ALTCHA on: the solved challenge, checked and spent once the fields are valid.
    await this.altcha.verify(input.altcha);
    await this.queue.enqueue(ctx, SUBSCRIBE_QUEUE, request, { personalData: true, maxAttempts: 5 });
    return Object.assign(new Receipt(), { accepted: true, message: PUBLIC_RECEIPT });
  }

  /**
   * The list a public sign-up form names (an active tenant's slug, a list name in any case), or
   * null: every list of an active tenant takes sign-ups.
   */
  findList(tenantSlug: string, listName: string): Promise<{ tenant: Tenant; list: MailingList } | null> {
    const slug = String(tenantSlug ?? '')
      .trim()
      .toLowerCase();
    const name = String(listName ?? '')
      .trim()
      .toUpperCase();
    if (!slug || slug.length > 40 || !name || name.length > 64) return Promise.resolve(null);
    return this.db
      .crossTenant('public sign-up: the form names the tenant by its slug and the list by its name')
      .read(async (em) => {
        const tenant = await em.findOneBy(Tenant, { slug, status: TenantStatus.ACTIVE });
        const list = tenant && (await em.findOneBy(MailingList, { tenantId: tenant.id, name }));
        return tenant && list ? { tenant, list } : null;
      });
  }

  /**
   * An address joins a list of the context's tenant as a sign-up does: an address already on it is
   * left as it is (a PENDING one gets its confirmation mail again, at most once in ten minutes); a
   * SINGLE list takes it at once, unless the address once left (then the person proves control of
   * it through the confirmation link first); a DOUBLE list makes it PENDING and sends the
   * confirmation. The public sign-up and the preferences page (`source` PREFERENCES) both join
   * through here. Joins the caller's transaction; a concurrent join of the same address is the
   * unique violation ADDRESS_ON_LIST.
   */
  async join(
    ctx: RequestContext,
    list: MailingList,
    details: SubscriberDetails,
    source: 'FORM' | 'PREFERENCES',
    ip: string | null,
    userAgent: string | null,
    shownVersion?: number | null,
  ): Promise<'already confirmed' | 'confirmation sent again' | 'subscribed' | 'confirmation sent'> {
    const scope = this.db.forTenant(ctx);
    const existing = await scope.repo(Subscriber).findOne({ listId: list.id, email: details.email });
    if (existing?.status === SubscriberStatus.CONFIRMED) return 'already confirmed';
    if (existing) {
      await this.confirmations.send(ctx, list, existing);
      return 'confirmation sent again';
    }
    if (list.optIn === OptInMode.SINGLE && !(await this.subscribers.isSuppressed(ctx, details.email))) {
      await this.subscribers.create(
        ctx,
        list,
        details,
        SubscriberStatus.CONFIRMED,
        source,
        ip,
        userAgent,
        shownVersion,
      );
      return 'subscribed';
    }
    const sub = await this.subscribers.create(
      ctx,
      list,
      details,
      SubscriberStatus.PENDING,
      source,
      ip,
      userAgent,
      shownVersion,
    );
    await this.confirmations.send(ctx, list, sub);
    return 'confirmation sent';
  }

  /** The job behind `subscribe`. Quietly does nothing for an unknown tenant or list. */
  async processPublicRequest(jobCtx: RequestContext, r: SubscribeRequest): Promise<string> {
    const found = await this.findList(r.tenant, r.list);
    if (!found) return 'no such list';
    const ctx = jobCtx.forTenant(found.tenant.id);
    const details: SubscriberDetails = {
      email: r.email,
      name: r.name,
      country: r.country,
      format: r.format,
      trackingConsent: r.trackingConsent,
      language: personLanguage(r.language),
    };
    const scope = this.db.forTenant(ctx);
    try {
      return await scope.transaction(() =>
        this.join(ctx, found.list, details, 'FORM', r.ip, r.userAgent, r.shownVersion),
      );
    } catch (err) {
      if (isUniqueViolation(err, ADDRESS_ON_LIST)) return 'raced with another sign-up';
      if (err instanceof NotFoundError) return 'no such list';
      throw err;
    }
  }
}
