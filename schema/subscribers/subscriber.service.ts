import { In, MoreThan } from 'typeorm';
import type { RequestContext } from '../../tenants/request-context';
import type { TenantScope } from '../../tenants/tenant-scope';
import type { AddressHasher } from '../common/address-hash';
import type { Database } from '../common/database';
import { DataCategory } from '../common/data-category';
import { validCountry } from '../common/country';
import { MessageFormat, OptInMode, ProcessingPurpose, SubscriberStatus } from '../common/enums';
import { BadInputError, ConflictError, isUniqueViolation, uniqueIndex } from '../common/errors';
import { newId } from '../common/ids';
import type { ListService } from '../lists/list.service';
import type { MailingList } from '../lists/mailing-list.entity';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { ConfirmationMail } from './confirmation-mail';
import { ConsentRecord, ConsentSource } from './consent-record.entity';
import { countListEvents } from './list-counters';
import { SubscriberConsent } from './subscriber-consent';
import { nameSearchColumns } from './name-search';
import { SubscriberSearch } from './subscriber-search';
import { Subscriber } from './subscriber.entity';
import {
  subscriberDetails,
  type SubscriberDetails,
  type SubscriberInput,
  type SubscribersArgs,
  type UpdateSubscriberInput,
} from './subscriber.inputs';
import { PageInfo, SubscriberConnection } from './subscriber.types';
import { SubscriptionToken } from './subscription-token.entity';
import { issueToken, PREFERENCES_TTL_MS, redeemToken } from './subscription-tokens';
import { Suppression } from './suppression.entity';

// Kept here for the modules that read them from the subscriber service.
export { CONFIRM_TTL_MS, UNSUBSCRIBE_TTL_MS } from './subscription-tokens';
export { CONFIRMATION_INTERVAL_MS } from './confirmation-mail';

/** The one duplicate that means the address joined the list in a concurrent request; any other is a real failure. */
export const ADDRESS_ON_LIST = uniqueIndex(Subscriber, 'ux_subscribers_tenant_list_email');

export const CONFIRMATION_WORDING = 'confirmation-mail-v1';

/** subscribers per statement when a whole list is erased */
const ERASE_BATCH = 500;

/** What a subscription holds, as the processing log names it. */
export const SUBSCRIBER_CATEGORIES = [
  DataCategory.EMAIL_ADDRESS,
  DataCategory.NAME,
  DataCategory.COUNTRY,
  DataCategory.FORMAT_PREFERENCE,
  DataCategory.CONSENT_RECORD,
];

export type ErasureReason = 'unsubscribed' | 'removed' | 'erased' | 'objected';
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

/** At most this many ids in one `removeSubscribers`. */
export const REMOVE_MANY_MAX = 500;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/**
 * A tenant's subscribers: the tenant API (page, add, remove), the links in a mail (confirm,
 * unsubscribe) and a data subject's rights fulfilled by the controller (rectify, restrict, erase).
 * Public sign-up is SignupService, retention SubscriberRetention.
 */
export class SubscriberService {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly mail: MailService,
    private readonly confirmations: ConfirmationMail,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
  ) {
    this.search = new SubscriberSearch(db, lists, processingLog, hasher);
    this.consentLedger = new SubscriberConsent(db, lists);
  }

  /** `subscriberSearch` */
  readonly search: SubscriberSearch;
  /** `Subscriber.consent`, batched per request */
  readonly consentLedger: SubscriberConsent;

  private subscribers(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(Subscriber, 'Subscriber');
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
    return Object.assign(new SubscriberConnection(), {
      nodes,
      pageInfo,
      totalCount,
      totalCountCapped: false,
    });
  }

  /**
   * A customer adds an address. DOUBLE lists: PENDING and a confirmation mail. SINGLE lists:
   * CONFIRMED at once, the customer attesting consent, unless the address is suppressed (CONFLICT).
   * An address already on the list is returned as it is (a PENDING one gets its mail again, at
   * most once in ten minutes).
   */
  async add(ctx: RequestContext, listId: string, input: SubscriberInput): Promise<Subscriber> {
    const list = await this.lists.get(ctx, listId);
    const details = subscriberDetails(input);
    try {
      return await this.db.forTenant(ctx).transaction(async () => {
        const existing = await this.subscribers(ctx).findOne({ listId: list.id, email: details.email });
        if (existing) {
          if (existing.status === SubscriberStatus.PENDING)
            await this.confirmations.send(ctx, list, existing);
          return existing;
        }
        if (list.optIn === OptInMode.SINGLE) {
          if (await this.isSuppressed(ctx, details.email)) {
            throw new ConflictError(
              "This address left this customer's lists; only the person can subscribe it again, by confirming a sign-up",
            );
          }
          return this.create(ctx, list, details, SubscriberStatus.CONFIRMED, 'API', null, null);
        }
        const sub = await this.create(ctx, list, details, SubscriberStatus.PENDING, 'API', null, null);
        await this.confirmations.send(ctx, list, sub);
        return sub;
      });
    } catch (err) {
      if (isUniqueViolation(err, ADDRESS_ON_LIST))
        throw new ConflictError('This address was added to the list at the same moment; try again');
      throw err;
    }
  }

  /** The confirmation link: PENDING becomes CONFIRMED, the consent is recorded, a suppression lifted. */
  async confirm(ctx: RequestContext, token: string): Promise<boolean> {
    await this.confirmWithPreferences(ctx, token);
    return true;
  }

  /**
   * `confirm`, answering a new preferences link of the subscription (in clear) for the welcome
   * page: the person is shown where to change their details and lists from now on.
   */
  async confirmWithPreferences(ctx: RequestContext, token: string): Promise<string> {
    const door = this.db.crossTenant('public confirm link: the token names its subscriber and tenant');
    return door.transaction(async () => {
      const { tok, sub, scope } = await redeemToken(door, token, 'CONFIRM');
      if (sub.status === SubscriberStatus.PENDING) {
        await scope
          .repo(Subscriber)
          .update({ id: sub.id }, { status: SubscriberStatus.CONFIRMED, confirmedAt: new Date() });
        await this.consent(
          scope,
          sub,
          'CONFIRMED',
          'FORM',
          ctx.ip,
          ctx.userAgent,
          await this.requestedVersion(scope, sub),
        );
        await scope
          .repo(Suppression)
          .delete({ addressHash: In(this.hasher.suppressionKeys(sub.tenantId, sub.email)) });
        await countListEvents(scope, sub.listId, { confirmed: 1 });
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
      return issueToken(scope, sub.id, 'PREFERENCES', PREFERENCES_TTL_MS);
    });
  }

  /** Any unsubscribe link: deletes the person's data on that list; a suppression entry remains. */
  async unsubscribe(ctx: RequestContext, token: string): Promise<boolean> {
    const door = this.db.crossTenant('public unsubscribe link: the token names its subscriber and tenant');
    return door.transaction(async () => {
      const { tok, sub, scope } = await redeemToken(door, token, 'UNSUBSCRIBE');
      // A list message's link: the unsubscribe counts for that message (a raw statement, so that
      // this module does not depend on the deliveries module, which depends on it).
      if (tok.deliveryId)
        await scope.query(
          'UPDATE deliveries SET unsubscribes = unsubscribes + 1 WHERE tenant_id = ? AND id = ?',
          [tok.tenantId, tok.deliveryId],
        );
      await this.erase(ctx, scope, sub, 'unsubscribed');
      return true;
    });
  }

  /**
   * A tenant user corrects a subscriber's name, country or format, or withdraws its tracking
   * consent (only the person can give it). Every field is checked before anything is written; a
   * withdrawal is a WITHDRAWN entry of the consent ledger, a format change a CHANGED one.
   */
  async update(ctx: RequestContext, id: string, input: UpdateSubscriberInput): Promise<Subscriber> {
    const patch: Partial<Subscriber> = {};
    const said: string[] = [];
    const categories: DataCategory[] = [];
    if (input.name !== undefined) {
      const name = (input.name ?? '').trim();
      if (CONTROL.test(name))
        throw new BadInputError(
          'name must not contain control characters (such as line breaks or tabs) or invisible direction marks',
          'name',
        );
      if (name.length > 200) throw new BadInputError('name must be at most 200 characters', 'name');
      Object.assign(patch, { name: name || null }, nameSearchColumns(name || null));
    }
    if (input.country !== undefined) {
      if (typeof input.country === 'string' && CONTROL.test(input.country))
        throw new BadInputError('country must be an ISO 3166-1 alpha-2 code such as DE or FR', 'country');
      patch.country = validCountry(input.country);
    }
    if (input.format !== undefined && input.format !== null) {
      if (!Object.values(MessageFormat).includes(input.format))
        throw new BadInputError('format must be TEXT or HTML', 'format');
      patch.format = input.format;
    } else if (input.format === null) {
      throw new BadInputError('format must be TEXT or HTML', 'format');
    }
    if (input.trackingConsent === true)
      throw new BadInputError(
        'Tracking consent can only be given by the person, on the preferences page; staff may only withdraw it',
        'trackingConsent',
      );
    if (input.trackingConsent === null)
      throw new BadInputError('trackingConsent can only be withdrawn (false)', 'trackingConsent');
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const sub = await this.subscribers(ctx).get(id);
      const change: Partial<Subscriber> = {};
      if ('name' in patch && patch.name !== sub.name) {
        Object.assign(change, {
          name: patch.name,
          nameLower: patch.nameLower,
          nameLastLower: patch.nameLastLower,
        });
        said.push('name');
        categories.push(DataCategory.NAME);
      }
      if ('country' in patch && patch.country !== sub.country) {
        change.country = patch.country;
        said.push('country');
        categories.push(DataCategory.COUNTRY);
      }
      const formatChanged = patch.format !== undefined && patch.format !== sub.format;
      if (formatChanged) {
        change.format = patch.format;
        said.push('format');
        categories.push(DataCategory.FORMAT_PREFERENCE);
      }
      const withdrawn = input.trackingConsent === false && sub.trackingConsent;
      if (withdrawn) {
        change.trackingConsent = false;
        said.push('tracking consent withdrawn');
      }
      if (!said.length) return sub;
      await this.subscribers(ctx).update({ id: sub.id }, change);
      if (withdrawn)
        await this.consent(
          scope,
          sub,
          'WITHDRAWN',
          'STAFF',
          null,
          null,
          'tracking consent withdrawn by the customer',
        );
      if (formatChanged)
        await this.consent(
          scope,
          sub,
          'CHANGED',
          'STAFF',
          null,
          null,
          `format changed to ${change.format} by the customer`,
        );
      if (withdrawn || formatChanged) categories.push(DataCategory.CONSENT_RECORD);
      await this.processingLog.append(ctx, {
        tenantId: sub.tenantId,
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'subscriber.update',
        subjects: 1,
        dataCategories: categories,
        description: `Subscriber's details changed by the customer: ${said.join(', ')}`,
        subjectRef: this.hasher.forTenant(sub.tenantId, sub.email),
      });
      return Object.assign(sub, change);
    });
  }

  /**
   * A tenant user removes several subscribers at once: each exactly as `remove` does, all in one
   * transaction. Ids that are unknown or another tenant's are not counted. Answers how many went.
   */
  async removeMany(ctx: RequestContext, ids: string[]): Promise<number> {
    if (!Array.isArray(ids)) throw new BadInputError('ids must be a list of subscriber ids', 'ids');
    if (ids.length > REMOVE_MANY_MAX)
      throw new BadInputError(`at most ${REMOVE_MANY_MAX} subscribers can be removed at once`, 'ids');
    const wanted = [...new Set(ids.filter((id) => typeof id === 'string' && id.length <= 36))];
    if (!wanted.length) return 0;
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const subs = await this.subscribers(ctx).find({ id: In(wanted) });
      let removed = 0;
      for (const sub of subs) if (await this.erase(ctx, scope, sub, 'removed')) removed++;
      return removed;
    });
  }

  /** A customer removes a subscriber: the same deletion as an unsubscribe. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const scope = this.db.forTenant(ctx);
    await scope.transaction(async () => {
      const sub = await this.subscribers(ctx).get(id);
      await this.erase(ctx, scope, sub, 'removed');
    });
    return true;
  }

  /**
   * A new subscriber of the context's tenant on `list`, with its first consent record, today's
   * counters and the processing-log entry. Joins the caller's transaction.
   */
  async create(
    ctx: RequestContext,
    list: MailingList,
    d: SubscriberDetails,
    status: SubscriberStatus,
    source: ConsentSource,
    ip: string | null,
    userAgent: string | null,
    /** the wording version the form showed; recorded when it is one the list has had */
    shownVersion?: number | null,
  ): Promise<Subscriber> {
    const scope = this.db.forTenant(ctx);
    // Locked against a concurrent deleteList (NOT_FOUND once it is gone), and its current wording.
    const current = await this.lists.lock(ctx, list.id, 'share');
    const now = new Date();
    const sub = await scope.repo(Subscriber).insert({
      id: newId(),
      listId: list.id,
      email: d.email,
      addressHash: this.hasher.platform(d.email),
      name: d.name,
      ...nameSearchColumns(d.name),
      country: d.country,
      language: d.language ?? null,
      format: d.format,
      trackingConsent: d.trackingConsent,
      status,
      restricted: false,
      requestedAt: now,
      confirmedAt: status === SubscriberStatus.CONFIRMED ? now : null,
    });
    const attested = status === SubscriberStatus.CONFIRMED && source === 'API';
    await this.consent(
      scope,
      sub,
      attested ? 'ATTESTED' : status === SubscriberStatus.CONFIRMED ? 'CONFIRMED' : 'REQUESTED',
      source,
      ip,
      userAgent,
      // the number of the list's consent wording the person saw: the one the hosted form showed
      // (it may have changed since the page was opened), else the one in force (form or API)
      String(
        shownVersion && shownVersion >= 1 && shownVersion <= current.consentVersion
          ? shownVersion
          : current.consentVersion,
      ),
    );
    await countListEvents(scope, list.id, {
      requested: 1,
      confirmed: status === SubscriberStatus.CONFIRMED ? 1 : 0,
    });
    await this.processingLog.append(ctx, {
      tenantId: sub.tenantId,
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'subscriber.create',
      subjects: 1,
      dataCategories: SUBSCRIBER_CATEGORIES.concat(ip ? [DataCategory.IP_ADDRESS] : []),
      description:
        status === SubscriberStatus.CONFIRMED
          ? `Subscriber added to a single opt-in list (${source === 'API' ? 'consent attested by the customer' : source === 'PREFERENCES' ? 'joined on the preferences page' : 'sign-up form'})`
          : `Subscription requested on a double opt-in list (${source === 'API' ? 'by the customer' : source === 'PREFERENCES' ? 'on the preferences page' : 'sign-up form'}); pending confirmation`,
      subjectRef: this.hasher.forTenant(sub.tenantId, sub.email),
    });
    return sub;
  }

  /** Whether the context's tenant keeps the address suppressed (under any key it may have had). */
  isSuppressed(ctx: RequestContext, email: string): Promise<boolean> {
    return this.suppressed(this.db.forTenant(ctx), email);
  }

  private async suppressed(scope: TenantScope, email: string): Promise<boolean> {
    const keys = this.hasher.suppressionKeys(scope.tenantId, email);
    return (await scope.repo(Suppression).count({ addressHash: In(keys) })) > 0;
  }

  /** One entry of a subscriber's consent ledger, in the scope's tenant (the preferences page writes them too). */
  async consent(
    scope: TenantScope,
    sub: Subscriber,
    event: ConsentRecord['event'],
    source: ConsentSource,
    ip: string | null,
    userAgent: string | null,
    wordingVersion: string,
  ): Promise<void> {
    await scope.repo(ConsentRecord).insert({
      id: newId(),
      subscriberId: sub.id,
      event,
      source,
      at: new Date(),
      ip: ip?.slice(0, 45) ?? null,
      userAgent: userAgent?.slice(0, 300) ?? null,
      wordingVersion,
    });
  }

  /**
   * What a confirmation confirms: the wording version the person signed up under (their REQUESTED
   * record's, when it names a list version), else the confirmation mail's own wording.
   */
  private async requestedVersion(scope: TenantScope, sub: Subscriber): Promise<string> {
    const requested = await scope
      .repo(ConsentRecord)
      .find({ subscriberId: sub.id, event: 'REQUESTED' }, { order: { at: 'DESC' }, take: 1 });
    const version = requested[0]?.wordingVersion;
    return version && /^[1-9][0-9]*$/.test(version) ? version : CONFIRMATION_WORDING;
  }

  /**
   * Every subscriber of a list deleted as a removal deletes one (personal data, consent records,
   * tokens, outbox mail to addresses on no other list of the tenant; a suppression entry kept), in
   * the caller's transaction, with the anonymous counters and one processing-log entry. For
   * deleting the list; answers how many.
   */
  async eraseList(ctx: RequestContext, listId: string): Promise<number> {
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const subs = await scope
        .repo(Subscriber)
        .find({ listId }, { select: { id: true, email: true }, order: { id: 'ASC' } });
      if (!subs.length) return 0;
      for (let i = 0; i < subs.length; i += ERASE_BATCH) {
        const ids = subs.slice(i, i + ERASE_BATCH).map((s) => s.id);
        await scope.repo(ConsentRecord).delete({ subscriberId: In(ids) });
        await scope.repo(SubscriptionToken).delete({ subscriberId: In(ids) });
        await scope.repo(Subscriber).delete({ id: In(ids) });
      }
      const emails = [...new Set(subs.map((s) => s.email))];
      const forget: string[] = [];
      const suppress: string[] = [];
      for (let i = 0; i < emails.length; i += ERASE_BATCH) {
        const batch = emails.slice(i, i + ERASE_BATCH);
        const elsewhere = new Set(
          (await scope.repo(Subscriber).find({ email: In(batch) }, { select: { email: true } })).map(
            (s) => s.email,
          ),
        );
        forget.push(...batch.filter((e) => !elsewhere.has(e)));
        const keys = new Map(batch.map((e) => [e, this.hasher.suppressionKeys(scope.tenantId, e)]));
        const found = new Set(
          (
            await scope
              .repo(Suppression)
              .find({ addressHash: In([...keys.values()].flat()) }, { select: { addressHash: true } })
          ).map((s) => s.addressHash),
        );
        suppress.push(...batch.filter((e) => !keys.get(e)!.some((k) => found.has(k))));
      }
      await this.mail.forgetAddresses(scope.tenantId, forget);
      const now = new Date();
      await scope.repo(Suppression).bulkInsert(
        ['addressHash', 'createdAt'],
        [...new Set(suppress.map((e) => this.hasher.forTenant(scope.tenantId, e)))].map((h) => [h, now]),
      );
      await countListEvents(scope, listId, { removed: subs.length });
      await this.processingLog.append(ctx, {
        tenantId: scope.tenantId,
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'subscriber.removeList',
        subjects: subs.length,
        dataCategories: SUBSCRIBER_CATEGORIES,
        description: `List deleted by the customer: its ${subs.length} subscriber(s) removed; personal data, consent records and link tokens deleted, suppression kept`,
      });
      return subs.length;
    });
  }

  /**
   * Deletes a subscriber's personal data: the row, its consent ledger, its tokens and its mail.
   * False when a concurrent request deleted the row first (then it did the rest). The unsubscribe
   * link and the preferences page's "leave" both end here.
   */
  async erase(
    ctx: RequestContext,
    scope: TenantScope,
    sub: Subscriber,
    reason: ErasureReason,
  ): Promise<boolean> {
    await scope.repo(ConsentRecord).delete({ subscriberId: sub.id });
    await scope.repo(SubscriptionToken).delete({ subscriberId: sub.id });
    if ((await scope.repo(Subscriber).delete({ id: sub.id })) === 0) return false;
    // Outbox copies carry the address too (a queued one is then simply not sent), unless the
    // address is still on another of this tenant's lists.
    if ((await scope.repo(Subscriber).count({ email: sub.email })) === 0) {
      await this.mail.forgetAddress(sub.tenantId, sub.email);
    }
    const addressHash = this.hasher.forTenant(sub.tenantId, sub.email);
    if (!(await this.suppressed(scope, sub.email))) {
      await scope.repo(Suppression).insert({ addressHash, createdAt: new Date() });
    }
    const how = ERASURES[reason];
    await countListEvents(scope, sub.listId, { [how.counter]: 1 });
    await this.processingLog.append(ctx, {
      tenantId: sub.tenantId,
      purpose: how.purpose,
      action: how.action,
      subjects: 1,
      dataCategories: SUBSCRIBER_CATEGORIES,
      description: how.description,
      subjectRef: addressHash,
    });
    return true;
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
    if ('name' in patch) Object.assign(change, nameSearchColumns(patch.name ?? null));
    const subscribers = this.subscribers(ctx);
    return this.db.forTenant(ctx).transaction(async () => {
      const subs = await subscribers.find({ addressHash: this.hasher.platform(email) });
      if (patch.email && patch.email !== email) {
        const taken = await subscribers.find({
          email: patch.email,
          listId: In(subs.map((s) => s.listId)),
        });
        if (taken.length)
          throw new ConflictError(
            'The corrected address is already on one of the lists that hold the old one',
          );
      }
      if (subs.length) await subscribers.update({ id: In(subs.map((s) => s.id)) }, change);
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
  restrictAddress(ctx: RequestContext, email: string): Promise<number> {
    return this.subscribers(ctx).update({ addressHash: this.hasher.platform(email) }, { restricted: true });
  }

  /**
   * Every subscription of one address in the context's tenant, erased (a data subject's erasure
   * or objection, fulfilled by the controller). Joins the caller's transaction; returns how many.
   */
  async eraseAddress(ctx: RequestContext, email: string, reason: 'erased' | 'objected'): Promise<number> {
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const subs = await this.subscribers(ctx).find({ addressHash: this.hasher.platform(email) });
      for (const sub of subs) await this.erase(ctx, scope, sub, reason);
      return subs.length;
    });
  }
}
