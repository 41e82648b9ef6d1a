import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../tenants/request-context';
import type { Database } from '../common/database';
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
 * The wording a ledger entry names. Today a record keeps either a version number of the list's
 * consent wording (a number, whose text lives with the list) or the text it was given under
 * itself (an import's customer statement, a form's description). The one place that turns a
 * record into its version and text: once the list's wording versions are stored, a numbered
 * version's text is looked up here.
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

/** Subscribers' consent ledgers, oldest first, one query for all the subscribers of a response. */
export class SubscriberConsent {
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, ConsentRecordView[]>>();

  constructor(private readonly db: Database) {}

  of(ctx: RequestContext, subscriberId: string): Promise<ConsentRecordView[]> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(
        async (ids: readonly string[]) => {
          const rows = await this.db
            .forTenant(ctx)
            .repo(ConsentRecord)
            .find({ subscriberId: In([...ids]) }, { order: { at: 'ASC', id: 'ASC' } });
          const by = new Map<string, ConsentRecordView[]>(ids.map((id) => [id, []]));
          for (const r of rows) by.get(r.subscriberId)?.push(consentView(r));
          return ids.map((id) => by.get(id)!);
        },
        { maxBatchSize: 500 },
      );
      this.loaders.set(ctx, loader);
    }
    return loader.load(subscriberId);
  }
}
