import { newId } from '../common/ids';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, ConflictError, isUniqueViolation, uniqueIndex } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import { OptInMode, SubscriberStatus } from '../common/enums';
import { requiredText } from '../common/email';
import { Subscriber } from '../subscribers/subscriber.entity';
import type { CreateListInput } from './list.inputs';
import { MailingList } from './mailing-list.entity';

/** The one duplicate that means another list of this tenant took the name; any other is a real failure. */
const LIST_NAME_TAKEN = uniqueIndex(MailingList, 'ux_mailing_lists_tenant_name');

const LIST_NAME = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;

export class ListService {
  constructor(private readonly db: Database) {}

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
        return lists.insert({ id: newId(), name, title, optIn, createdAt: new Date() });
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
