import { newId } from '../common/ids';
import { In, MoreThanOrEqual } from 'typeorm';
import type { Database } from '../common/database';
import {
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  uniqueIndex,
} from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import { OptInMode, ProcessingPurpose, SubscriberStatus } from '../common/enums';
import { requiredText } from '../common/email';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { ListDailyCount } from '../subscribers/list-daily-count.entity';
import { Subscriber } from '../subscribers/subscriber.entity';
import { ListActivityDay } from './list-activity.types';
import { ListConsentWording } from './list-consent-wording.entity';
import type { CreateListInput, UpdateListInput } from './list.inputs';
import { DEFAULT_CONSENT_WORDING, listPatch } from './list-settings';
import { MailingList } from './mailing-list.entity';
import { NO_SENDING_DOMAINS, type SenderAddresses } from './sender-addresses';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The one duplicate that means another list of this tenant took the name; any other is a real failure. */
const LIST_NAME_TAKEN = uniqueIndex(MailingList, 'ux_mailing_lists_tenant_name');

const LIST_NAME = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;

export class ListService {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
    /** replaced by the sending-domains module's check once it exists */
    private readonly senders: SenderAddresses = NO_SENDING_DOMAINS,
  ) {}

  private lists(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(MailingList, 'List');
  }

  async create(ctx: RequestContext, input: CreateListInput): Promise<MailingList> {
    const name = (input.name ?? '').trim().toUpperCase();
    if (!LIST_NAME.test(name))
      throw new BadInputError(
        'name must be 1-64 letters, digits, -, _ or ., starting with a letter or digit',
        'name',
      );
    const title = requiredText(input.title, 'title', 200);
    const optIn = input.optIn ?? OptInMode.DOUBLE;
    const lists = this.lists(ctx);
    try {
      const list = await this.db.forTenant(ctx).transaction(async () => {
        if (await lists.findOne({ name })) throw new ConflictError(`A list named ${name} already exists`);
        const now = new Date();
        const created = await lists.insert({
          id: newId(),
          name,
          title,
          optIn,
          createdAt: now,
          description: null,
          consentWording: DEFAULT_CONSENT_WORDING,
          consentVersion: 1,
          fromName: null,
          fromAddress: null,
          replyTo: null,
          footer: null,
        });
        await this.wordings(ctx).insert({
          listId: created.id,
          version: 1,
          wording: DEFAULT_CONSENT_WORDING,
          createdAt: now,
        });
        return created;
      });
      return Object.assign(list, { confirmedCount: 0, pendingCount: 0 });
    } catch (err) {
      if (isUniqueViolation(err, LIST_NAME_TAKEN))
        throw new ConflictError(`A list named ${name} already exists`);
      throw err;
    }
  }

  /** The tenant's lists with their counts: two queries whatever the number of lists. */
  async all(ctx: RequestContext): Promise<MailingList[]> {
    const lists = await this.lists(ctx).find({}, { order: { name: 'ASC' } });
    return this.withCounts(ctx, lists);
  }

  /** A list of the context's tenant, or null (another tenant's list answers as absent). */
  async find(ctx: RequestContext, id: string): Promise<MailingList | null> {
    const list = await this.lists(ctx).findOne({ id });
    return list ? (await this.withCounts(ctx, [list]))[0] : null;
  }

  /** A list of the context's tenant, or NOT_FOUND. */
  get(ctx: RequestContext, id: string): Promise<MailingList> {
    return this.lists(ctx).get(id);
  }

  private wordings(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(ListConsentWording, 'Consent wording');
  }

  /**
   * Changes a list's settings, all or nothing. A changed consent wording becomes the next version
   * (older versions stay as they were, for the consent records that name them).
   */
  async update(ctx: RequestContext, id: string, input: UpdateListInput): Promise<MailingList> {
    const patch = listPatch(input ?? {});
    if (patch.fromAddress && !(await this.senders.isVerifiedSender(ctx, patch.fromAddress)))
      throw new BadInputError(
        "fromAddress must be an address on one of your organisation's verified sending domains (or empty, for the platform's sender)",
        'fromAddress',
      );
    const lists = this.lists(ctx);
    await this.db.forTenant(ctx).transaction(async () => {
      const list = await this.lock(ctx, id, 'update');
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== list[k]);
      if (!changed.length) return;
      const set: Partial<MailingList> = {};
      for (const k of changed) Object.assign(set, { [k]: patch[k] });
      if (changed.includes('consentWording')) {
        set.consentVersion = list.consentVersion + 1;
        await this.wordings(ctx).insert({
          listId: list.id,
          version: set.consentVersion,
          wording: patch.consentWording!,
          createdAt: new Date(),
        });
      }
      await lists.update({ id: list.id }, set);
      await this.processingLog.append(ctx, {
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'list.update',
        subjects: 0,
        dataCategories: [],
        description: `List settings changed by the customer: ${changed.join(', ')}${
          set.consentVersion ? ` (consent wording now version ${set.consentVersion})` : ''
        }`,
      });
    });
    return (await this.find(ctx, id))!;
  }

  /**
   * The list inside the caller's transaction, locked against deletion ('share', for work that adds
   * rows under it: a sign-up, an import batch, a delivery's window) or for a change or deletion
   * ('update'); NOT_FOUND once it is gone. SQLite has one writer at a time, so reading it there is
   * enough.
   */
  async lock(ctx: RequestContext, id: string, mode: 'share' | 'update'): Promise<MailingList> {
    if (!this.db.ambient) throw new Error('ListService.lock runs inside a transaction');
    if (this.db.dialect === 'mysql') {
      const scope = this.db.forTenant(ctx);
      await scope.query(
        `SELECT id FROM mailing_lists WHERE tenant_id = ? AND id = ?${mode === 'share' ? ' LOCK IN SHARE MODE' : ' FOR UPDATE'}`,
        [scope.tenantId, id],
      );
    }
    const list = await this.lists(ctx).findOne({ id });
    if (!list) throw new NotFoundError('List');
    return list;
  }

  /**
   * The texts of some versions of a list's consent wording (for consent records, which name their
   * version); versions the list never had are absent from the map. One query.
   */
  async consentWordings(
    ctx: RequestContext,
    listId: string,
    versions: number[],
  ): Promise<Map<number, string>> {
    const wanted = [...new Set(versions.filter((v) => Number.isInteger(v) && v > 0))];
    if (!wanted.length) return new Map();
    const rows = await this.wordings(ctx).find({ listId, version: In(wanted) });
    return new Map(rows.map((r) => [r.version, r.wording]));
  }

  /** The anonymous counters of a list's last `days` UTC days (today included), oldest first; one query. */
  async activity(ctx: RequestContext, listId: string, days: number): Promise<ListActivityDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > 366)
      throw new BadInputError('days must be between 1 and 366', 'days');
    const now = new Date();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const dates = Array.from({ length: days }, (_, i) =>
      new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
    );
    const rows = await this.db
      .forTenant(ctx)
      .repo(ListDailyCount, 'Counts')
      .find({ listId, day: MoreThanOrEqual(dates[0]) });
    const byDay = new Map(rows.map((r) => [r.day, r]));
    return dates.map((date) => {
      const r = byDay.get(date);
      return Object.assign(new ListActivityDay(), {
        date,
        signups: Number(r?.requested ?? 0),
        confirmations: Number(r?.confirmed ?? 0),
        unsubscribes: Number(r?.unsubscribed ?? 0),
        removals: Number(r?.removed ?? 0) + Number(r?.purged ?? 0),
      });
    });
  }

  private async withCounts(ctx: RequestContext, lists: MailingList[]): Promise<MailingList[]> {
    if (!lists.length) return lists;
    const rows = await this.db
      .forTenant(ctx)
      .repo(Subscriber, 'Subscriber')
      .query('s', (qb) =>
        qb
          .select('s.listId', 'listId')
          .addSelect('s.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .andWhere({ listId: In(lists.map((l) => l.id)) })
          .groupBy('s.listId')
          .addGroupBy('s.status')
          .getRawMany<{ listId: string; status: SubscriberStatus; n: string | number }>(),
      );
    for (const list of lists) {
      list.confirmedCount = 0;
      list.pendingCount = 0;
    }
    const byId = new Map(lists.map((l) => [l.id, l]));
    for (const r of rows) {
      const list = byId.get(r.listId)!;
      if (r.status === SubscriberStatus.CONFIRMED) list.confirmedCount = Number(r.n);
      else list.pendingCount = Number(r.n);
    }
    return lists;
  }
}
