import { RETENTION } from '../common/retention';
import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, ConflictError, isUniqueViolation, uniqueIndex } from '../common/errors';
import type { RateLimiter } from '../common/rate-limiter';
import type { RequestContext } from '../../tenants/request-context';
import type { JobQueue } from '../../workers/job-queue';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import { validEmail } from '../common/email';
import { MessageFormat, OptInMode, ProcessingPurpose, SubscriberStatus, TenantStatus } from '../common/enums';
import { MailingList } from '../lists/mailing-list.entity';
import type { ListService } from '../lists/list.service';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { ConsentRecord, ConsentSource } from './consent-record.entity';
import { Subscriber } from './subscriber.entity';
import type { PublicSubscribeInput, SubscriberInput, SubscribersArgs } from './subscriber.inputs';
import { PageInfo, Receipt, SubscriberConnection } from './subscriber.types';
import { SubscriptionToken, TokenPurpose } from './subscription-token.entity';
import { Suppression } from './suppression.entity';

/** The one duplicate that means the address joined the list in a concurrent request; any other is a real failure. */
const ADDRESS_ON_LIST = uniqueIndex(Subscriber, 'ux_subscribers_tenant_list_email');

export const CONFIRM_TTL_MS = RETENTION.confirmLinkMs;
export const UNSUBSCRIBE_TTL_MS = RETENTION.unsubscribeLinkMs;
/** At most one confirmation mail per address and list in this window: a form cannot flood an inbox. */
export const CONFIRMATION_INTERVAL_MS = 10 * 60 * 1000;
export const CONFIRMATION_WORDING = 'confirmation-mail-v1';
export const SUBSCRIBE_QUEUE = 'subscription.request';
/** sign-ups purged per call of purgeExpired */
export const PURGE_BATCH = 1000;

const INVALID_LINK = 'This link is invalid, was already used, or has expired';
const PUBLIC_RECEIPT =
  'Thank you. If this list exists and accepts sign-ups, a confirmation email is on its way to the address: nothing happens until its link is used.';
const CATEGORIES = [
  DataCategory.EMAIL_ADDRESS,
  DataCategory.NAME,
  DataCategory.COUNTRY,
  DataCategory.FORMAT_PREFERENCE,
  DataCategory.CONSENT_RECORD,
];

type ErasureReason = 'unsubscribed' | 'removed' | 'erased' | 'objected';
const ERASURES: Record<
  ErasureReason,
  { counter: 'unsubscribed' | 'removed'; purpose: ProcessingPurpose; action: string; description: string }
> = {
  unsubscribed: {
    counter: 'unsubscribed',
    purpose: ProcessingPurpose.SERVICE_DELIVERY,
    action: 'subscriber.unsubscribe',
    description:
      'Subscriber unsubscribed through a link; personal data and consent records deleted, suppression kept',
  },
  removed: {
    counter: 'removed',
    purpose: ProcessingPurpose.SERVICE_DELIVERY,
    action: 'subscriber.remove',
    description:
      'Subscriber removed by the customer; personal data and consent records deleted, suppression kept',
  },
  erased: {
    counter: 'removed',
    purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
    action: 'subscriber.erase',
    description:
      "Subscriber erased on the person's request (Art. 17); personal data and consent records deleted, suppression kept",
  },
  objected: {
    counter: 'unsubscribed',
    purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
    action: 'subscriber.object',
    description:
      "Subscriber unsubscribed on the person's objection (Art. 21); personal data and consent records deleted, suppression kept",
  },
};

/** What a public sign-up leaves in its job until the job is done (then the payload is blanked). */
export interface SubscribeRequest {
  tenant: string;
  list: string;
  email: string;
  name: string | null;
  country: string | null;
  format: MessageFormat;
  trackingConsent: boolean;
  ip: string | null;
  userAgent: string | null;
}

interface Details {
  email: string;
  name: string | null;
  country: string | null;
  format: MessageFormat;
  trackingConsent: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const today = () => new Date().toISOString().slice(0, 10);

export class SubscriberService {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly mail: MailService,
    private readonly queue: JobQueue,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly limiter: RateLimiter,
    private readonly publicUrl: string,
  ) {}

  private subscribers(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(Subscriber, 'Subscriber');
  }

  private details(input: SubscriberInput): Details {
    const name = (input.name ?? '').trim();
    if (name.length > 200) throw new BadInputError('name must be at most 200 characters', 'name');
    if (!Object.values(MessageFormat).includes(input.format ?? MessageFormat.TEXT))
      throw new BadInputError('format must be TEXT or HTML', 'format');
    return {
      email: validEmail(input.email),
      name: name || null,
      country: validCountry(input.country),
      format: input.format ?? MessageFormat.TEXT,
      trackingConsent: input.trackingConsent === true,
    };
  }

  /** A page of a list's subscribers in a stable order, with the total; two queries per page. */
  async page(ctx: RequestContext, args: SubscribersArgs): Promise<SubscriberConnection> {
    const list = await this.lists.get(ctx, args.listId);
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 500)
      throw new BadInputError('first must be between 1 and 500', 'first');
    let afterId: string | null = null;
    if (args.after) {
      afterId = Buffer.from(args.after, 'base64url').toString('utf8');
      if (!/^[0-9a-f-]{36}$/.test(afterId))
        throw new BadInputError('after is not a cursor from this list', 'after');
    }
    const where = { listId: list.id, ...(args.status ? { status: args.status } : {}) };
    const repo = this.subscribers(ctx);
    const [rows, totalCount] = await Promise.all([
      repo.find(afterId ? { ...where, id: MoreThan(afterId) } : where, {
        order: { id: 'ASC' },
        take: first + 1,
      }),
      repo.count(where),
    ]);
    const nodes = rows.slice(0, first);
    const pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? Buffer.from(nodes[nodes.length - 1].id).toString('base64url') : null,
    });
    return Object.assign(new SubscriberConnection(), { nodes, pageInfo, totalCount });
  }

  /**
   * A customer adds an address. DOUBLE lists: PENDING and a confirmation mail. SINGLE lists:
   * CONFIRMED at once, the customer attesting consent, unless the address is suppressed (CONFLICT).
   * An address already on the list is returned as it is (a PENDING one gets its mail again, at
   * most once in ten minutes).
   */
  async add(ctx: RequestContext, listId: string, input: SubscriberInput): Promise<Subscriber> {
    const list = await this.lists.get(ctx, listId);
    const details = this.details(input);
    try {
      return await this.db.transaction(async (em) => {
        const existing = await this.subscribers(ctx).findOne({ listId: list.id, email: details.email });
        if (existing) {
          if (existing.status === SubscriberStatus.PENDING)
            await this.sendConfirmation(ctx, em, list, existing);
          return existing;
        }
        if (list.optIn === OptInMode.SINGLE) {
          if (await this.isSuppressed(em, list.tenantId, details.email)) {
            throw new ConflictError(
              "This address left this customer's lists; only the person can subscribe it again, by confirming a sign-up",
            );
          }
          return this.create(ctx, em, list, details, SubscriberStatus.CONFIRMED, 'API', null, null);
        }
        const sub = await this.create(ctx, em, list, details, SubscriberStatus.PENDING, 'API', null, null);
        await this.sendConfirmation(ctx, em, list, sub);
        return sub;
      });
    } catch (err) {
      if (isUniqueViolation(err, ADDRESS_ON_LIST))
        throw new ConflictError('This address was added to the list at the same moment; try again');
      throw err;
    }
  }

  /**
   * The public sign-up form. The answer is the same, and costs the same, whether or not the tenant,
   * the list or the address exist: the work happens in a job.
   */
  async requestPublic(ctx: RequestContext, input: PublicSubscribeInput): Promise<Receipt> {
    const details = this.details(input);
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
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    };
    await this.queue.enqueue(ctx, SUBSCRIBE_QUEUE, request, { personalData: true, maxAttempts: 5 });
    return Object.assign(new Receipt(), { accepted: true, message: PUBLIC_RECEIPT });
  }

  /** The job behind `subscribe`. Quietly does nothing for an unknown tenant or list. */
  async processPublicRequest(jobCtx: RequestContext, r: SubscribeRequest): Promise<string> {
    const found = await this.db.read(async (em) => {
      const tenant = await em.findOneBy(Tenant, { slug: r.tenant, status: TenantStatus.ACTIVE });
      const list = tenant && (await em.findOneBy(MailingList, { tenantId: tenant.id, name: r.list }));
      return tenant && list ? { tenant, list } : null;
    });
    if (!found) return 'no such list';
    const ctx = jobCtx.forTenant(found.tenant.id);
    const details: Details = {
      email: r.email,
      name: r.name,
      country: r.country,
      format: r.format,
      trackingConsent: r.trackingConsent,
    };
    try {
      return await this.db.transaction(async (em) => {
        const existing = await this.subscribers(ctx).findOne({ listId: found.list.id, email: r.email });
        if (existing?.status === SubscriberStatus.CONFIRMED) return 'already confirmed';
        if (existing) {
          await this.sendConfirmation(ctx, em, found.list, existing);
          return 'confirmation sent again';
        }
        // A SINGLE list takes a sign-up at once, unless the address once left: then the person
        // proves control of it through the confirmation link first.
        if (
          found.list.optIn === OptInMode.SINGLE &&
          !(await this.isSuppressed(em, found.tenant.id, r.email))
        ) {
          await this.create(
            ctx,
            em,
            found.list,
            details,
            SubscriberStatus.CONFIRMED,
            'FORM',
            r.ip,
            r.userAgent,
          );
          return 'subscribed';
        }
        const sub = await this.create(
          ctx,
          em,
          found.list,
          details,
          SubscriberStatus.PENDING,
          'FORM',
          r.ip,
          r.userAgent,
        );
        await this.sendConfirmation(ctx, em, found.list, sub);
        return 'confirmation sent';
      });
    } catch (err) {
      if (isUniqueViolation(err, ADDRESS_ON_LIST)) return 'raced with another sign-up';
      throw err;
    }
  }

  /** The confirmation link: PENDING becomes CONFIRMED, the consent is recorded, a suppression lifted. */
  async confirm(ctx: RequestContext, token: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const { tok, sub } = await this.redeem(em, token, 'CONFIRM');
      if (sub.status === SubscriberStatus.PENDING) {
        const now = new Date();
        await em.update(
          Subscriber,
          { id: sub.id, tenantId: sub.tenantId },
          { status: SubscriberStatus.CONFIRMED, confirmedAt: now },
        );
        await this.consent(em, sub, 'CONFIRMED', 'FORM', ctx.ip, ctx.userAgent, CONFIRMATION_WORDING);
        await em.delete(Suppression, {
          tenantId: sub.tenantId,
          addressHash: In(this.hasher.suppressionKeys(sub.tenantId, sub.email)),
        });
        await this.bump(em, sub.tenantId, sub.listId, 'confirmed');
        await this.processingLog.append(ctx, {
          tenantId: tok.tenantId,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'subscriber.confirm',
          subjects: 1,
          dataCategories: [DataCategory.CONSENT_RECORD, DataCategory.IP_ADDRESS],
          description: 'Subscription confirmed through the emailed link (double opt-in)',
          subjectRef: this.hasher.forTenant(sub.tenantId, sub.email),
        });
      }
      return true;
    });
  }

  /** Any unsubscribe link: deletes the person's data on that list; a suppression entry remains. */
  async unsubscribe(ctx: RequestContext, token: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const { sub } = await this.redeem(em, token, 'UNSUBSCRIBE');
      await this.erase(ctx, em, sub, 'unsubscribed');
      return true;
    });
  }

  /** A customer removes a subscriber: the same deletion as an unsubscribe. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const sub = await this.subscribers(ctx).get(id);
    await this.db.transaction((em) => this.erase(ctx, em, sub, 'removed'));
    return true;
  }

  // ---------------------------------------------------------------- building blocks

  private async create(
    ctx: RequestContext,
    em: EntityManager,
    list: MailingList,
    d: Details,
    status: SubscriberStatus,
    source: ConsentSource,
    ip: string | null,
    userAgent: string | null,
  ): Promise<Subscriber> {
    const now = new Date();
    const sub = await this.subscribers(ctx).insert({
      id: newId(),
      listId: list.id,
      email: d.email,
      addressHash: this.hasher.platform(d.email),
      name: d.name,
      country: d.country,
      format: d.format,
      trackingConsent: d.trackingConsent,
      status,
      requestedAt: now,
      confirmedAt: status === SubscriberStatus.CONFIRMED ? now : null,
    });
    const attested = status === SubscriberStatus.CONFIRMED && source === 'API';
    await this.consent(
      em,
      sub,
      attested ? 'ATTESTED' : status === SubscriberStatus.CONFIRMED ? 'CONFIRMED' : 'REQUESTED',
      source,
      ip,
      userAgent,
      attested
        ? 'customer attests consent (single opt-in)'
        : source === 'FORM'
          ? 'sign-up form'
          : 'added by the customer (double opt-in)',
    );
    await this.bump(em, sub.tenantId, list.id, 'requested');
    if (status === SubscriberStatus.CONFIRMED) await this.bump(em, sub.tenantId, list.id, 'confirmed');
    await this.processingLog.append(ctx, {
      tenantId: sub.tenantId,
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'subscriber.create',
      subjects: 1,
      dataCategories: CATEGORIES.concat(ip ? [DataCategory.IP_ADDRESS] : []),
      description:
        status === SubscriberStatus.CONFIRMED
          ? `Subscriber added to a single opt-in list (${source === 'API' ? 'consent attested by the customer' : 'sign-up form'})`
          : `Subscription requested on a double opt-in list (${source === 'API' ? 'by the customer' : 'sign-up form'}); pending confirmation`,
      subjectRef: this.hasher.forTenant(sub.tenantId, sub.email),
    });
    return sub;
  }

  private async consent(
    em: EntityManager,
    sub: Subscriber,
    event: ConsentRecord['event'],
    source: ConsentSource,
    ip: string | null,
    userAgent: string | null,
    wordingVersion: string,
  ): Promise<void> {
    await em.insert(ConsentRecord, {
      id: newId(),
      tenantId: sub.tenantId,
      subscriberId: sub.id,
      event,
      source,
      at: new Date(),
      ip: ip?.slice(0, 45) ?? null,
      userAgent: userAgent?.slice(0, 300) ?? null,
      wordingVersion,
    });
  }

  private async issueToken(
    em: EntityManager,
    sub: Subscriber,
    purpose: TokenPurpose,
    ttlMs: number,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await em.insert(SubscriptionToken, {
      id: newId(),
      tenantId: sub.tenantId,
      subscriberId: sub.id,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + ttlMs),
      usedAt: null,
    });
    return token;
  }

  /** Uses a token once: unknown, used, expired or wrong-purpose tokens all get the same answer. */
  private async redeem(
    em: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<{ tok: SubscriptionToken; sub: Subscriber }> {
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token))
      throw new BadInputError(INVALID_LINK, 'token');
    const tok = await em.findOneBy(SubscriptionToken, {
      tokenHash: sha256(token),
      purpose,
      usedAt: IsNull(),
    });
    if (!tok || tok.expiresAt.getTime() <= Date.now()) throw new BadInputError(INVALID_LINK, 'token');
    // Guarded: of two requests racing with one token, one wins.
    const used = await em.update(SubscriptionToken, { id: tok.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!used.affected) throw new BadInputError(INVALID_LINK, 'token');
    const sub = await em.findOneBy(Subscriber, { id: tok.subscriberId, tenantId: tok.tenantId });
    if (!sub) throw new BadInputError(INVALID_LINK, 'token');
    return { tok, sub };
  }

  private async isSuppressed(em: EntityManager, tenantId: string, email: string): Promise<boolean> {
    return (
      (await em.countBy(Suppression, {
        tenantId,
        addressHash: In(this.hasher.suppressionKeys(tenantId, email)),
      })) > 0
    );
  }

  /** One confirmation mail (with a new confirm and a refuse link), unless one went out in the last ten minutes. */
  private async sendConfirmation(
    ctx: RequestContext,
    em: EntityManager,
    list: MailingList,
    sub: Subscriber,
  ): Promise<void> {
    const { hits } = await this.limiter.hit(
      'confirmation-mail',
      `${list.id}\u0000${sub.addressHash}`,
      CONFIRMATION_INTERVAL_MS,
    );
    if (hits > 1) return;
    const tenant = await em.findOneByOrFail(Tenant, { id: list.tenantId });
    const confirm = await this.issueToken(em, sub, 'CONFIRM', CONFIRM_TTL_MS);
    const refuse = await this.issueToken(em, sub, 'UNSUBSCRIBE', CONFIRM_TTL_MS);
    await this.mail.send(ctx, {
      kind: 'subscription.confirm',
      tenantId: list.tenantId,
      to: sub.email,
      subject: `Please confirm your subscription to ${list.title}`,
      text: [
        `Someone, hopefully you, asked to subscribe this address to "${list.title}" (${list.name}), a list of ${tenant.name}.`,
        '',
        'To confirm, open this link and press the button on the page:',
        `${this.publicUrl}/confirm?token=${confirm}`,
        '',
        'If you did not ask for this, ignore this message: you will not be subscribed, and the request',
        'is deleted after 7 days. To refuse it now and delete it at once:',
        `${this.publicUrl}/unsubscribe?token=${refuse}`,
      ].join('\n'),
    });
  }

  /** Deletes a subscriber's personal data: the row, its consent ledger, its tokens and its mail. */
  private async erase(
    ctx: RequestContext,
    em: EntityManager,
    sub: Subscriber,
    reason: ErasureReason,
  ): Promise<void> {
    const scope = { tenantId: sub.tenantId, subscriberId: sub.id };
    await em.delete(ConsentRecord, scope);
    await em.delete(SubscriptionToken, scope);
    await em.delete(Subscriber, { id: sub.id, tenantId: sub.tenantId });
    // Outbox copies carry the address too (a queued one is then simply not sent), unless the
    // address is still on another of this tenant's lists.
    if ((await em.countBy(Subscriber, { tenantId: sub.tenantId, email: sub.email })) === 0) {
      await this.mail.forgetAddress(sub.tenantId, sub.email);
    }
    const addressHash = this.hasher.forTenant(sub.tenantId, sub.email);
    if (!(await this.isSuppressed(em, sub.tenantId, sub.email))) {
      await em.insert(Suppression, { tenantId: sub.tenantId, addressHash, createdAt: new Date() });
    }
    const how = ERASURES[reason];
    await this.bump(em, sub.tenantId, sub.listId, how.counter);
    await this.processingLog.append(ctx, {
      tenantId: sub.tenantId,
      purpose: how.purpose,
      action: how.action,
      subjects: 1,
      dataCategories: CATEGORIES,
      description: how.description,
      subjectRef: addressHash,
    });
  }

  /**
   * Corrects every subscription of one address in the context's tenant (a data subject's
   * rectification, fulfilled by the controller), and logs it; `said` describes the change for the
   * log. A corrected address already on one of those lists is a CONFLICT and changes nothing.
   * Returns how many subscriptions changed.
   */
  async rectifyAddress(
    ctx: RequestContext,
    email: string,
    patch: Partial<Pick<Subscriber, 'name' | 'country' | 'email'>>,
    said: string[],
  ): Promise<number> {
    const tenantId = ctx.requireTenantId();
    const change: Partial<Subscriber> = { ...patch };
    if (patch.email) change.addressHash = this.hasher.platform(patch.email);
    return this.db.transaction(async (em) => {
      const subs = await em.findBy(Subscriber, { tenantId, addressHash: this.hasher.platform(email) });
      if (patch.email && patch.email !== email) {
        const taken = await em.findBy(Subscriber, {
          tenantId,
          email: patch.email,
          listId: In(subs.map((s) => s.listId)),
        });
        if (taken.length)
          throw new ConflictError(
            'The corrected address is already on one of the lists that hold the old one',
          );
      }
      if (subs.length) await em.update(Subscriber, { tenantId, id: In(subs.map((s) => s.id)) }, change);
      await this.processingLog.append(ctx, {
        tenantId,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: 'subscriber.rectify',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.NAME, DataCategory.COUNTRY].filter((c) =>
          c === DataCategory.EMAIL_ADDRESS
            ? patch.email
            : c === DataCategory.NAME
              ? 'name' in patch
              : 'country' in patch,
        ),
        description: `Subscriber data rectified on the person's request (Art. 16) in ${subs.length} subscription(s): ${said.join(', ')}`,
        subjectRef: this.hasher.forTenant(tenantId, patch.email ?? email),
      });
      return subs.length;
    });
  }

  /**
   * Restricts every subscription of one address in the context's tenant (Art. 18): kept, but sent
   * nothing. Returns how many.
   */
  async restrictAddress(ctx: RequestContext, email: string): Promise<number> {
    const tenantId = ctx.requireTenantId();
    return this.db.transaction(
      async (em) =>
        (
          await em.update(
            Subscriber,
            { tenantId, addressHash: this.hasher.platform(email) },
            { restricted: true },
          )
        ).affected ?? 0,
    );
  }

  /**
   * Every subscription of one address in the context's tenant, erased (a data subject's erasure
   * or objection, fulfilled by the controller). Joins the caller's transaction; returns how many.
   */
  async eraseAddress(ctx: RequestContext, email: string, reason: 'erased' | 'objected'): Promise<number> {
    return this.db.transaction(async (em) => {
      const subs = await this.subscribers(ctx).find({ addressHash: this.hasher.platform(email) });
      for (const sub of subs) await this.erase(ctx, em, sub, reason);
      return subs.length;
    });
  }

  private async bump(
    em: EntityManager,
    tenantId: string,
    listId: string,
    field: 'requested' | 'confirmed' | 'unsubscribed' | 'removed' | 'purged',
  ): Promise<void> {
    const day = today();
    const sql =
      this.db.dialect === 'mysql'
        ? `INSERT INTO list_daily_counts (tenant_id, list_id, day, ${field}) VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE ${field} = ${field} + 1`
        : `INSERT INTO list_daily_counts (tenant_id, list_id, day, ${field}) VALUES (?, ?, ?, 1) ON CONFLICT (tenant_id, list_id, day) DO UPDATE SET ${field} = ${field} + 1`;
    await em.query(sql, [tenantId, listId, day]);
  }

  /**
   * Retention: sign-ups never confirmed within the confirmation window are deleted, with their
   * ledger and tokens, and expired tokens go too. Returns how many sign-ups were purged.
   */
  async purgeExpired(ctx: RequestContext, now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - CONFIRM_TTL_MS);
    const stale = await this.db.read((em) =>
      em.find(Subscriber, {
        where: { status: SubscriberStatus.PENDING, requestedAt: LessThanOrEqual(cutoff) },
        take: PURGE_BATCH,
      }),
    );
    const byTenant = new Map<string, Subscriber[]>();
    for (const s of stale) byTenant.set(s.tenantId, [...(byTenant.get(s.tenantId) ?? []), s]);
    for (const [tenantId, subs] of byTenant) {
      await this.db.transaction(async (em) => {
        const ids = subs.map((s) => s.id);
        await em.delete(ConsentRecord, { tenantId, subscriberId: In(ids) });
        await em.delete(SubscriptionToken, { tenantId, subscriberId: In(ids) });
        await em.delete(Subscriber, { tenantId, id: In(ids), status: SubscriberStatus.PENDING });
        for (const s of subs) await this.bump(em, tenantId, s.listId, 'purged');
        await this.processingLog.append(ctx, {
          tenantId,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'subscriber.purge',
          subjects: subs.length,
          dataCategories: CATEGORIES,
          description: 'Unconfirmed sign-ups older than the 7-day confirmation window deleted',
        });
      });
    }
    await this.db.transaction((em) => em.delete(SubscriptionToken, { expiresAt: LessThanOrEqual(now) }));
    return stale.length;
  }
}
