import type { RequestContext } from '../../tenants/request-context';
import type { ScopedSelect } from '../../tenants/tenant-repository';
import type { AddressHasher } from '../common/address-hash';
import type { Database } from '../common/database';
import { DataCategory } from '../common/data-category';
import { validEmail } from '../common/email';
import { ProcessingPurpose } from '../common/enums';
import { BadInputError } from '../common/errors';
import type { ListService } from '../lists/list.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { searchForm } from './name-search';
import { Subscriber } from './subscriber.entity';
import { PageInfo, SEARCH_COUNT_CAP, SubscriberConnection } from './subscriber.types';

/** The columns a search looks in, each through an index led by (tenant_id, list_id). */
const STREAMS = [
  { column: 'email', property: 'email', index: 'ux_subscribers_tenant_list_email' },
  { column: 'name_lower', property: 'nameLower', index: 'ix_subscribers_tenant_list_name' },
  { column: 'name_last_lower', property: 'nameLastLower', index: 'ix_subscribers_tenant_list_name_last' },
] as const;
type Stream = 0 | 1 | 2;

/** What a search's text may not hold: control characters and the invisible direction marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
export const SEARCH_MIN = 3;
export const SEARCH_MAX = 254;
const UUID = /^[0-9a-f-]{36}$/;

interface Cursor {
  s: Stream;
  k: string;
  i: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.s, c.k, c.i])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  const bad = () => new BadInputError('after is not a cursor from this search', 'after');
  if (raw.length > 1200) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw bad();
  const [s, k, i] = parsed as unknown[];
  if (!(s === 0 || s === 1 || s === 2) || typeof k !== 'string' || typeof i !== 'string') throw bad();
  if (k.length > 260 || !UUID.test(i)) throw bad();
  return { s, k, i };
}

export interface SearchArgs {
  listId: string;
  query: string;
  first?: number | null;
  after?: string | null;
}

/**
 * `subscriberSearch`: an address exactly (by its keyed hash, so any spelling of it), else the
 * subscribers whose address, name or name's last word begins with the text. Each of the three is
 * one index range in the order of its column, and the result is the three one after the other
 * (a subscriber matching by address is not repeated for its name): a page is at most three range
 * reads of `first + 1` rows and one count, whatever the list's size and the page's.
 */
export class SubscriberSearch {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
  ) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<SubscriberConnection> {
    const raw = typeof args.query === 'string' ? args.query : '';
    if (FORBIDDEN.test(raw))
      throw new BadInputError(
        'query must not contain control characters (such as line breaks or tabs) or invisible direction marks',
        'query',
      );
    const text = searchForm(raw);
    if ([...text.replace(/ /g, '')].length < SEARCH_MIN)
      throw new BadInputError(`query must be at least ${SEARCH_MIN} characters`, 'query');
    if (text.length > SEARCH_MAX)
      throw new BadInputError(`query must be at most ${SEARCH_MAX} characters`, 'query');
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 500)
      throw new BadInputError('first must be between 1 and 500', 'first');
    const cursor = args.after ? decodeCursor(args.after) : null;
    const list = await this.lists.get(ctx, args.listId);
    const repo = this.db.forTenant(ctx).repo(Subscriber, 'Subscriber');

    let connection: SubscriberConnection | null = null;
    const exact = text.includes('@') && !cursor ? this.exactAddress(raw) : null;
    if (exact) {
      // An address is found by its keyed hash (any spelling of it); none found, it is a prefix.
      const rows = await repo.find(
        { listId: list.id, addressHash: this.hasher.platform(exact) },
        { take: 1 },
      );
      if (rows.length) connection = this.connection(rows, false, null, 1, false);
    }
    if (!connection) {
      const found: Array<{ row: Subscriber; stream: Stream }> = [];
      // Always the three ranges (one statement each, so a page costs the same wherever it starts);
      // those before the cursor's stream are empty.
      for (let s = 0; s < STREAMS.length; s++) {
        const stream = s as Stream;
        const rows = await repo.query('s', (qb) => {
          const q = this.streamQuery(qb, list.id, text, stream, cursor?.s === stream ? cursor : null);
          if (cursor && stream < cursor.s) q.andWhere('1 = 0');
          return q.take(first + 1).getMany();
        });
        if (found.length <= first) found.push(...rows.map((row) => ({ row, stream })));
      }
      // Each stream counted on its own range (an OR of the three would read the whole list), and
      // only up to the cap: a short prefix can match a large part of a big list. An earlier stream
      // that counted nothing needs no exclusion (any row it would exclude is excluded by the
      // stream that did count it), and without exclusions a count reads its index alone, not a
      // row per entry: the usual search matches in one stream only.
      let counted = 0;
      const matched: boolean[] = [];
      for (let s = 0; s < STREAMS.length && counted <= SEARCH_COUNT_CAP; s++) {
        const n = await repo.query(
          's',
          async (qb) =>
            (
              await this.streamQuery(qb, list.id, text, s as Stream, null, matched)
                .select('s.id', 'id')
                .orderBy()
                .limit(SEARCH_COUNT_CAP + 1 - counted)
                .getRawMany()
            ).length,
        );
        matched[s] = n > 0;
        counted += n;
      }
      const nodes = found.slice(0, first);
      const last = nodes[nodes.length - 1];
      connection = this.connection(
        nodes.map((n) => n.row),
        found.length > first,
        last
          ? encodeCursor({
              s: last.stream,
              k: (last.row[STREAMS[last.stream].property] as string | null | undefined) ?? '',
              i: last.row.id,
            })
          : null,
        Math.min(counted, SEARCH_COUNT_CAP),
        counted > SEARCH_COUNT_CAP,
      );
    }
    await this.processingLog.append(ctx, {
      tenantId: list.tenantId,
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'subscriber.search',
      subjects: connection.nodes.length,
      dataCategories: [
        DataCategory.EMAIL_ADDRESS,
        DataCategory.NAME,
        DataCategory.COUNTRY,
        DataCategory.FORMAT_PREFERENCE,
      ],
      description: `A list's subscribers searched by address or name by a tenant user; ${connection.nodes.length} shown`,
    });
    return connection;
  }

  /** The canonical address when the text is one, else null. */
  private exactAddress(raw: string): string | null {
    try {
      return validEmail(raw, 'query');
    } catch {
      return null;
    }
  }

  private connection(
    nodes: Subscriber[],
    hasNextPage: boolean,
    endCursor: string | null,
    totalCount: number,
    totalCountCapped: boolean,
  ): SubscriberConnection {
    const pageInfo = Object.assign(new PageInfo(), {
      hasNextPage,
      endCursor,
    });
    return Object.assign(new SubscriberConnection(), { nodes, pageInfo, totalCount, totalCountCapped });
  }

  /**
   * `column` begins with `text`, as an index range: on SQLite (binary comparison) the range up to
   * the text followed by the highest code point; on MariaDB (a case- and accent-insensitive
   * collation, in which that range would not be exact) LIKE with the text escaped, which it reads
   * as the same kind of range.
   */
  private prefix(column: string, text: string, key: string): [string, Record<string, string>] {
    if (this.db.dialect === 'mysql')
      return [`s.${column} LIKE :${key} ESCAPE '!'`, { [key]: `${text.replace(/[!%_]/g, '!$&')}%` }];
    return [
      `(s.${column} >= :${key}Lo AND s.${column} < :${key}Hi)`,
      { [`${key}Lo`]: text, [`${key}Hi`]: `${text}\u{10FFFF}` },
    ];
  }

  /**
   * The rows of one stream after the cursor, in the stream's index order, without those an earlier
   * stream shows (only the earlier streams `matched` marks, when given).
   */
  private streamQuery(
    qb: ScopedSelect<Subscriber>,
    listId: string,
    text: string,
    stream: Stream,
    after: Cursor | null,
    matched?: boolean[],
  ): ScopedSelect<Subscriber> {
    const { column, index } = STREAMS[stream];
    const [match, params] = this.prefix(column, text, 'p');
    // the column's range, also when MariaDB would rather walk the list in index order
    qb.forceIndex(index);
    qb.where('s.list_id = :listId', { listId }).andWhere(match, params);
    // Earlier streams' matches were shown there already (each condition reads the row itself).
    for (let e = 0; e < stream; e++) {
      if (matched && !matched[e]) continue;
      const [earlier, ep] = this.prefix(STREAMS[e].column, text, `e${e}`);
      qb.andWhere(`NOT (${earlier})`, ep);
    }
    if (stream === 0) {
      if (after) qb.andWhere('s.email > :afterKey', { afterKey: after.k });
      return qb.orderBy('s.email', 'ASC');
    }
    if (after) {
      // (column, id) > (key, id), written so that both databases read it as a range of the index
      qb.andWhere(`s.${column} >= :afterKey`, { afterKey: after.k }).andWhere(
        `(s.${column} > :afterKey OR s.id > :afterId)`,
        { afterId: after.i },
      );
    }
    return qb.orderBy(`s.${column}`, 'ASC').addOrderBy('s.id', 'ASC');
  }
}
