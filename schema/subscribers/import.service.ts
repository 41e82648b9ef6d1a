import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import { validEmail } from '../common/email';
import { MessageFormat, OptInMode, ProcessingPurpose, SubscriberStatus } from '../common/enums';
import type { ListService } from '../lists/list.service';
import type { MailingList } from '../lists/mailing-list.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { ConfirmationMail } from './confirmation-mail';
import { ConsentRecord } from './consent-record.entity';
import { nameSearchColumns } from './name-search';
import { countListEvents } from './list-counters';
import { Subscriber } from './subscriber.entity';
import { Suppression } from './suppression.entity';
import { ImportReport, ImportStatus, InvalidLine, SubscriberImport } from './import.types';

export const IMPORT_QUEUE = 'subscribers.import';
export const IMPORT_CONFIRM_QUEUE = 'subscribers.import-confirmations';
/** imported people per confirmation job */
export const CONFIRM_BATCH = 500;
export const IMPORT_BATCH = 1000;
/** at most this many invalid lines are listed in a report (all are counted) */
export const MAX_LISTED_INVALID = 1000;
export const MAX_CSV_BYTES = 16 * 1024 * 1024;

export interface ImportPayload {
  listId: string;
  csv: string;
  consentStatement: string | null;
}

export interface ImportConfirmations {
  listId: string;
  subscriberIds: string[];
}

interface Row {
  line: number;
  email: string;
  name: string | null;
  country: string | null;
  format: MessageFormat;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * CSV imports (columns email, name, country, format; a header row names them). Runs as a job with
 * progress; the report counts added, already present, suppressed and invalid rows (with their line
 * numbers). DOUBLE lists: imported people are PENDING and each gets one confirmation mail. SINGLE
 * lists: CONFIRMED, with the customer's consent statement in each consent record.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly queue: JobQueue,
    private readonly confirmations: ConfirmationMail,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
  ) {}

  async start(
    ctx: RequestContext,
    listId: string,
    csv: string,
    consentStatement?: string | null,
  ): Promise<SubscriberImport> {
    const list = await this.lists.get(ctx, listId);
    if (typeof csv !== 'string' || !csv.trim()) throw new BadInputError('csv must not be empty', 'csv');
    if (Buffer.byteLength(csv) > MAX_CSV_BYTES)
      throw new BadInputError(`csv must be at most ${MAX_CSV_BYTES} bytes`, 'csv');
    const statement = (consentStatement ?? '').trim();
    if (list.optIn === OptInMode.SINGLE && !statement) {
      throw new BadInputError(
        'consentStatement is required for a SINGLE opt-in list: say how these people consented',
        'consentStatement',
      );
    }
    if (statement.length > 1000)
      throw new BadInputError('consentStatement must be at most 1000 characters', 'consentStatement');
    // With the list locked: a list deleted meanwhile leaves no job holding the upload.
    const id = await this.db.forTenant(ctx).transaction(async () => {
      await this.lists.lock(ctx, list.id, 'share');
      return this.queue.enqueue(
        ctx,
        IMPORT_QUEUE,
        { listId: list.id, csv, consentStatement: statement || null } satisfies ImportPayload,
        {
          personalData: true,
          maxAttempts: 3,
        },
      );
    });
    return (await this.find(ctx, id))!;
  }

  /** An import of the context's tenant, or null. */
  async find(ctx: RequestContext, id: string): Promise<SubscriberImport | null> {
    const tenantId = ctx.requireTenantId();
    // Not the payload: it holds the whole CSV, and clients poll this while the import runs.
    const job = await this.queue.tenantJob(tenantId, IMPORT_QUEUE, id);
    if (!job) return null;
    const status =
      job.state === 'done'
        ? ImportStatus.DONE
        : job.state === 'dead'
          ? ImportStatus.FAILED
          : job.state === 'running'
            ? ImportStatus.RUNNING
            : ImportStatus.QUEUED;
    return Object.assign(new SubscriberImport(), {
      id: job.id,
      status,
      progress: { processed: job.progress, total: job.progressTotal },
      report: job.state === 'done' && job.result ? (JSON.parse(job.result) as ImportReport) : null,
      error:
        job.state === 'dead' ? 'The import failed; nothing after the last finished batch was added' : null,
    });
  }

  /** The job. Each batch of rows commits on its own; a re-run treats rows already added as present. */
  async run(run: JobRun<ImportPayload>): Promise<ImportReport> {
    const ctx = run.ctx;
    const list = await this.lists.get(ctx, run.payload.listId);
    const invalid: InvalidLine[] = [];
    let invalidCount = 0;
    const reject = (line: number, reason: string) => {
      invalidCount++;
      if (invalid.length < MAX_LISTED_INVALID) invalid.push({ line, reason });
    };
    const rows = this.parse(run.payload.csv, reject);
    const report: ImportReport = {
      rows: rows.length + invalidCount,
      added: 0,
      alreadyPresent: 0,
      suppressed: 0,
      invalid: 0,
      invalidLines: [],
    };
    const seen = new Set<string>();
    const unique: Row[] = [];
    for (const r of rows) {
      if (seen.has(r.email)) report.alreadyPresent++;
      else {
        seen.add(r.email);
        unique.push(r);
      }
    }
    // Each batch commits with a checkpoint of the counts so far: a rerun after a crash resumes at
    // the next batch and reports what the whole import did, not the earlier batches as "present".
    const saved = run.saved as {
      next: number;
      added: number;
      alreadyPresent: number;
      suppressed: number;
    } | null;
    let next = 0;
    if (saved) {
      next = saved.next;
      report.added = saved.added;
      report.alreadyPresent = saved.alreadyPresent;
      report.suppressed = saved.suppressed;
    }
    await run.progress(next, unique.length);
    for (let i = next; i < unique.length; i += IMPORT_BATCH) {
      if (run.signal.aborted) throw new Error('stopped before the import was done');
      const batch = unique.slice(i, i + IMPORT_BATCH);
      const done = Math.min(unique.length, i + IMPORT_BATCH);
      const state = await run.checkpoint(
        async () => {
          const r = await this.importBatch(ctx, list, batch, run.payload.consentStatement);
          return {
            next: done,
            added: report.added + r.added,
            alreadyPresent: report.alreadyPresent + r.present,
            suppressed: report.suppressed + r.suppressed,
          };
        },
        { done, total: unique.length },
      );
      report.added = state.added;
      report.alreadyPresent = state.alreadyPresent;
      report.suppressed = state.suppressed;
    }
    report.invalid = invalidCount;
    report.invalidLines = invalid.sort((a, b) => a.line - b.line);
    await this.processingLog.append(ctx, {
      tenantId: list.tenantId,
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'subscriber.import',
      subjects: report.added,
      dataCategories: [
        DataCategory.EMAIL_ADDRESS,
        DataCategory.NAME,
        DataCategory.COUNTRY,
        DataCategory.FORMAT_PREFERENCE,
        DataCategory.CONSENT_RECORD,
      ],
      description:
        list.optIn === OptInMode.SINGLE
          ? `CSV import into a single opt-in list under the customer's consent statement: ${report.added} added, ${report.alreadyPresent} present, ${report.suppressed} suppressed, ${report.invalid} invalid`
          : `CSV import into a double opt-in list, confirmations queued: ${report.added} added, ${report.alreadyPresent} present, ${report.suppressed} suppressed, ${report.invalid} invalid`,
    });
    return report;
  }

  /**
   * Cancels a list's imports that have not finished, and deletes those that failed (a failed job
   * keeps its upload): for deleting the list. Joins the caller's transaction; answers how many.
   */
  async cancelForList(ctx: RequestContext, listId: string): Promise<number> {
    const tenantId = ctx.requireTenantId();
    return this.db
      .forTenant(ctx)
      .transaction(() =>
        this.queue.cancelMatching(
          tenantId,
          [IMPORT_QUEUE, IMPORT_CONFIRM_QUEUE],
          'listId',
          [listId],
          ['pending', 'waiting', 'running', 'dead'],
        ),
      );
  }

  private parse(csv: string, reject: (line: number, reason: string) => void): Row[] {
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
      records = parse(csv, {
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
        skip_records_with_error: true,
        on_skip: (err) => {
          reject((err as { lines?: number } | undefined)?.lines ?? 0, 'not valid CSV');
          return undefined;
        },
      }) as never;
    } catch (err) {
      throw new BadInputError(`csv could not be read: ${(err as Error).message}`, 'csv');
    }
    if (!records.length) return [];
    const header = records[0].record.map((h) => h.toLowerCase());
    const hasHeader = header.includes('email');
    const col = (name: string, fallback: number) => (hasHeader ? header.indexOf(name) : fallback);
    const [ei, ni, ci, fi] = [col('email', 0), col('name', 1), col('country', 2), col('format', 3)];
    const out: Row[] = [];
    for (const { record, info } of hasHeader ? records.slice(1) : records) {
      const line = info.lines;
      try {
        const name = ni >= 0 ? (record[ni] ?? '').trim() : '';
        if (name.length > 200) throw new BadInputError('name is longer than 200 characters');
        const rawFormat = fi >= 0 ? (record[fi] ?? '').trim().toUpperCase() : '';
        if (rawFormat && rawFormat !== 'TEXT' && rawFormat !== 'HTML')
          throw new BadInputError('format must be TEXT or HTML');
        out.push({
          line,
          email: validEmail(record[ei] ?? ''),
          name: name || null,
          country: ci >= 0 ? validCountry(record[ci]) : null,
          format: (rawFormat || 'TEXT') as MessageFormat,
        });
      } catch (err) {
        reject(line, (err as Error).message);
      }
    }
    return out;
  }

  /**
   * Job: one confirmation mail (with a new confirm and refuse link) for each imported person who is
   * still PENDING. The tokens and mail commit together with the job's completion, so a rerun after
   * a crash sends nobody a second mail.
   */
  async sendConfirmations(run: JobRun<ImportConfirmations>): Promise<unknown> {
    const ctx = run.ctx;
    const list = await this.lists.get(ctx, run.payload.listId);
    const subs = await this.db
      .forTenant(ctx)
      .repo(Subscriber)
      .find({ listId: list.id, id: In(run.payload.subscriberIds), status: SubscriberStatus.PENDING });
    await run.commit(
      async () => {
        await this.lists.lock(ctx, list.id, 'share');
        await this.confirmations.sendImported(ctx, list, subs);
      },
      { mailed: subs.length },
    );
    return undefined;
  }

  private async importBatch(
    ctx: RequestContext,
    list: MailingList,
    batch: Row[],
    statement: string | null,
  ): Promise<{ added: number; present: number; suppressed: number }> {
    const scope = this.db.forTenant(ctx);
    const tenantId = scope.tenantId;
    await this.lists.lock(ctx, list.id, 'share');
    const existing = new Set(
      (
        await scope
          .repo(Subscriber)
          .find({ listId: list.id, email: In(batch.map((r) => r.email)) }, { select: { email: true } })
      ).map((s) => s.email),
    );
    // every key an address may be suppressed under (its canonical one and older spellings)
    const keys = new Map(batch.map((r) => [r.email, this.hasher.suppressionKeys(tenantId, r.email)]));
    const found = new Set(
      (
        await scope
          .repo(Suppression)
          .find({ addressHash: In([...keys.values()].flat()) }, { select: { addressHash: true } })
      ).map((s) => s.addressHash),
    );
    const isSuppressed = (email: string) => keys.get(email)!.some((k) => found.has(k));
    const fresh = batch.filter((r) => !existing.has(r.email) && !isSuppressed(r.email));
    const suppressedCount = batch.filter((r) => !existing.has(r.email) && isSuppressed(r.email)).length;
    if (!fresh.length) return { added: 0, present: existing.size, suppressed: suppressedCount };

    const now = new Date();
    const single = list.optIn === OptInMode.SINGLE;
    const subs = fresh.map((r) => ({
      id: newId(),
      listId: list.id,
      email: r.email,
      addressHash: this.hasher.platform(r.email),
      name: r.name,
      country: r.country,
      format: r.format,
      trackingConsent: false,
      status: single ? SubscriberStatus.CONFIRMED : SubscriberStatus.PENDING,
      requestedAt: now,
      confirmedAt: single ? now : null,
    }));
    await scope.repo(Subscriber).bulkInsert(
      [
        'id',
        'listId',
        'email',
        'addressHash',
        'name',
        'nameLower',
        'nameLastLower',
        'country',
        'format',
        'trackingConsent',
        'status',
        'requestedAt',
        'confirmedAt',
      ],
      subs.map((x) => [
        x.id,
        x.listId,
        x.email,
        x.addressHash,
        x.name,
        nameSearchColumns(x.name).nameLower,
        nameSearchColumns(x.name).nameLastLower,
        x.country,
        x.format,
        x.trackingConsent,
        x.status,
        x.requestedAt,
        x.confirmedAt,
      ]),
      IMPORT_BATCH,
    );
    const wording = single
      ? `import statement ${sha256(statement ?? '').slice(0, 12)}: ${(statement ?? '').slice(0, 160)}`
      : 'imported by the customer (double opt-in)';
    await scope.repo(ConsentRecord).bulkInsert(
      ['id', 'subscriberId', 'event', 'source', 'at', 'ip', 'userAgent', 'wordingVersion'],
      subs.map((x) => [newId(), x.id, single ? 'ATTESTED' : 'REQUESTED', 'IMPORT', now, null, null, wording]),
      IMPORT_BATCH,
    );
    if (!single) {
      // The confirmations are made (tokens, outbox mail) by jobs of CONFIRM_BATCH people each, after the
      // import: the import itself writes only the subscribers and their ledger.
      const ids = subs.map((x) => x.id);
      const batches: ImportConfirmations[] = [];
      for (let i = 0; i < ids.length; i += CONFIRM_BATCH)
        batches.push({ listId: list.id, subscriberIds: ids.slice(i, i + CONFIRM_BATCH) });
      await this.queue.enqueueMany(ctx, IMPORT_CONFIRM_QUEUE, batches, { maxAttempts: 10 });
    }
    await countListEvents(scope, list.id, { requested: fresh.length, confirmed: single ? fresh.length : 0 });
    return { added: fresh.length, present: existing.size, suppressed: suppressedCount };
  }
}
