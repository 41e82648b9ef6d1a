import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../tenants/request-context';
import type { Database } from '../common/database';
import type { ListService } from '../lists/list.service';
import { ConsentRecord } from './consent-record.entity';

export enum ConsentEventKind {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  ATTESTED = 'ATTESTED',
  CHANGED = 'CHANGED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentEventKind, { name: 'ConsentEvent' });

/** One entry of a subscriber's consent ledger, as the API shows it. */
@ObjectType('ConsentRecord')
export class ConsentRecordView {
  @Field(() => Date)
  at: Date;

  @Field(() => ConsentEventKind)
  event: ConsentEventKind;

  @Field(() => String, { description: 'e.g. form, api, import, staff' })
  source: string;

  @Field(() => Int, { nullable: true })
  wordingVersion: number | null;

  @Field(() => String, { nullable: true, description: 'the text of that version' })
  wording: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;
}

/**
 * The wording a ledger entry names. A record keeps either the number of the list's consent wording
 * version in force (its text is kept with the list, in `list_consent_wordings`) or the text it was
 * given under itself (an import's customer statement, the confirmation mail's wording, a staff
 * change). The one place that turns a record into its version and (for a text) its wording; the
 * text of a numbered version is filled in by `SubscriberConsent`.
 */
export function consentWording(record: Pick<ConsentRecord, 'wordingVersion'>): {
  wordingVersion: number | null;
  wording: string | null;
} {
  const held = record.wordingVersion ?? '';
  if (/^[0-9]{1,9}$/.test(held)) return { wordingVersion: Number(held), wording: null };
  const statement = /^import statement [0-9a-f]{12}: ([\s\S]*)$/.exec(held);
  if (statement) return { wordingVersion: null, wording: statement[1] || null };
  return { wordingVersion: null, wording: held || null };
}

export function consentView(r: ConsentRecord): ConsentRecordView {
  return Object.assign(new ConsentRecordView(), {
    at: r.at,
    event: r.event as ConsentEventKind,
    source: r.source.toLowerCase(),
    ...consentWording(r),
    ip: r.ip,
    userAgent: r.userAgent,
  });
}

/**
 * Subscribers' consent ledgers, oldest first, with the text of each numbered wording version: one
 * query for the records of all the subscribers of a response, and one per list among them for the
 * wordings (a page is one list's), so the statements do not grow with the page.
 */
export class SubscriberConsent {
  private readonly loaders = new WeakMap<
    RequestContext,
    DataLoader<Subscribed, ConsentRecordView[], string>
  >();

  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
  ) {}

  of(ctx: RequestContext, subscriber: Subscribed): Promise<ConsentRecordView[]> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((subs: readonly Subscribed[]) => this.load(ctx, subs), {
        maxBatchSize: 500,
        cacheKeyFn: (s) => s.id,
      });
      this.loaders.set(ctx, loader);
    }
    return loader.load(subscriber);
  }

  private async load(ctx: RequestContext, subs: readonly Subscribed[]): Promise<ConsentRecordView[][]> {
    const rows = await this.db
      .forTenant(ctx)
      .repo(ConsentRecord)
      .find({ subscriberId: In(subs.map((s) => s.id)) }, { order: { at: 'ASC', id: 'ASC' } });
    const listOf = new Map(subs.map((s) => [s.id, s.listId]));
    const views = rows.map((r) => ({
      listId: listOf.get(r.subscriberId)!,
      subscriberId: r.subscriberId,
      view: consentView(r),
    }));
    // the numbered versions each list's records name, their texts in one query per list
    const versions = new Map<string, number[]>();
    for (const { listId, view } of views)
      if (view.wordingVersion !== null)
        versions.set(listId, [...(versions.get(listId) ?? []), view.wordingVersion]);
    const texts = new Map<string, Map<number, string>>();
    for (const [listId, wanted] of versions)
      texts.set(listId, await this.lists.consentWordings(ctx, listId, wanted));
    const by = new Map<string, ConsentRecordView[]>(subs.map((s) => [s.id, []]));
    for (const { listId, subscriberId, view } of views) {
      if (view.wordingVersion !== null) view.wording = texts.get(listId)?.get(view.wordingVersion) ?? null;
      by.get(subscriberId)?.push(view);
    }
    return subs.map((s) => by.get(s.id)!);
  }
}

type Subscribed = { id: string; listId: string };
