import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, PayloadTooLargeError } from '../common/errors';
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
import { ImportChunk } from './import-chunk.entity';
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
/** largest upload through `POST /imports` */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** an upload is stored in pieces of this size (the last one smaller), in order */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;
export const IMPORT_SWEEP_QUEUE = 'system.import-sweep';
export const IMPORT_SWEEP_EVERY_MS = 60 * 60 * 1000;
/** pieces of an upload that stopped, or whose job is dead or gone, are deleted this long after the last one */
export const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

export interface ImportPayload {
  listId: string;
  consentStatement: string | null;
  /** pieces of the CSV in import_chunks, under the job's id */
  chunks?: number;
  /** line breaks in the CSV: the progress total until the rows have all been read */
  lines?: number;
  /** the whole CSV: jobs enqueued before uploads were stored in pieces */
  csv?: string;
}

interface StoredUpload {
  chunks: number;
  bytes: number;
  lines: number;
  /** anything but white space was sent */
  content: boolean;
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
    const checked = await this.checkStart(ctx, listId, consentStatement);
    if (typeof csv !== 'string' || !csv.trim()) throw new BadInputError('csv must not be empty', 'csv');
    if (Buffer.byteLength(csv) > MAX_CSV_BYTES)
      throw new BadInputError(`csv must be at most ${MAX_CSV_BYTES} bytes`, 'csv');
    return this.enqueueUpload(ctx, checked, [Buffer.from(csv)], MAX_CSV_BYTES);
  }

  /**
   * Starts an import from a stream of CSV bytes (an HTTP upload): the list and the consent statement
   * are checked first, then the bytes are stored in pieces of IMPORT_CHUNK_BYTES as they arrive (never
   * the whole file in memory), then the job is enqueued. An upload over `maxBytes`, empty, or cut
   * short leaves nothing: its pieces are deleted and no job starts.
   */
  async startUpload(
    ctx: RequestContext,
    listId: string,
    body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    consentStatement?: string | null,
    maxBytes = MAX_UPLOAD_BYTES,
  ): Promise<SubscriberImport> {
    const checked = await this.checkStart(ctx, listId, consentStatement);
    return this.enqueueUpload(ctx, checked, body, maxBytes);
  }

  private async checkStart(
    ctx: RequestContext,
    listId: string,
    consentStatement?: string | null,
  ): Promise<{ list: MailingList; statement: string | null }> {
    const list = await this.lists.get(ctx, listId);
    const statement = (consentStatement ?? '').trim();
    if (list.optIn === OptInMode.SINGLE && !statement) {
      throw new BadInputError(
        'consentStatement is required for a SINGLE opt-in list: say how these people consented',
        'consentStatement',
      );
    }
    if (statement.length > 1000)
      throw new BadInputError('consentStatement must be at most 1000 characters', 'consentStatement');
    return { list, statement: statement || null };
  }

  private async enqueueUpload(
    ctx: RequestContext,
    { list, statement }: { list: MailingList; statement: string | null },
    body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    maxBytes: number,
  ): Promise<SubscriberImport> {
    const id = newId();
    try {
      const stored = await this.store(ctx, id, body, maxBytes);
      if (!stored.content) throw new BadInputError('csv must not be empty', 'csv');
      // With the list locked: a list deleted meanwhile leaves no job holding the upload (lock
      // answers NOT_FOUND, and the chunks go below).
      await this.db.forTenant(ctx).transaction(async () => {
        await this.lists.lock(ctx, list.id, 'share');
        await this.queue.enqueue(
          ctx,
          IMPORT_QUEUE,
          {
            listId: list.id,
            consentStatement: statement,
            chunks: stored.chunks,
            lines: stored.lines,
          } satisfies ImportPayload,
          { id, personalData: true, maxAttempts: 3 },
        );
      });
    } catch (err) {
      await this.db.forTenant(ctx).repo(ImportChunk).deleteInBatches({ importId: id }, 50);
      throw err;
    }
    return (await this.find(ctx, id))!;
  }

  /** Writes the bytes as they arrive, in pieces of IMPORT_CHUNK_BYTES, each in a transaction of its own. */
  private async store(
    ctx: RequestContext,
    id: string,
    body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    maxBytes: number,
  ): Promise<StoredUpload> {
    const chunks = this.db.forTenant(ctx).repo(ImportChunk);
    const out: StoredUpload = { chunks: 0, bytes: 0, lines: 0, content: false };
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const write = (data: Buffer) =>
      chunks.insert({ importId: id, seq: out.chunks++, data: Buffer.from(data), createdAt: new Date() });
    for await (const piece of body) {
      const buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
      out.bytes += buf.length;
      if (out.bytes > maxBytes) throw new PayloadTooLargeError(maxBytes, 'csv');
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) out.lines++;
      if (!out.content && /[^\s\u00ef\u00bb\u00bf]/.test(buf.toString('latin1'))) out.content = true;
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes >= IMPORT_CHUNK_BYTES) {
        let all = Buffer.concat(pending);
        while (all.length >= IMPORT_CHUNK_BYTES) {
          await write(all.subarray(0, IMPORT_CHUNK_BYTES));
          all = all.subarray(IMPORT_CHUNK_BYTES);
        }
        pending = all.length ? [Buffer.from(all)] : [];
        pendingBytes = all.length;
      }
    }
    if (pendingBytes) await write(Buffer.concat(pending));
    return out;
  }

  /**
   * Housekeeping: deletes the pieces of uploads that stopped half-way (no job was enqueued) and of
   * imports whose job is dead or gone, once their last piece is ABANDONED_UPLOAD_MS old.
   */
  async sweepChunks(now = new Date()): Promise<number> {
    const door = this.db.crossTenant(
      'housekeeping: pieces of CSV uploads that stopped, or whose import job is dead or gone, are deleted',
    );
    const cutoff = new Date(now.getTime() - ABANDONED_UPLOAD_MS);
    const stale: Array<{ import_id: string }> = await door.query(
      `SELECT c.import_id FROM import_chunks c LEFT JOIN jobs j ON j.id = c.import_id AND j.state IN ('pending', 'running', 'waiting')
       WHERE j.id IS NULL GROUP BY c.import_id HAVING MAX(c.created_at) < ?`,
      [this.db.param(cutoff)],
    );
    let n = 0;
    for (const { import_id } of stale) {
      n += await door.transaction(async (em) =>
        Number(
          (
            (await em.queryRunner!.query(
              'DELETE FROM import_chunks WHERE import_id = ?',
              [import_id],
              true,
            )) as {
              affected?: number;
            }
          ).affected ?? 0,
        ),
      );
    }
    return n;
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

  /**
   * The job. It reads the CSV piece by piece and its rows as they are parsed (never the whole file);
   * each batch of rows commits on its own, with a checkpoint. A re-run after a crash reads the file
   * again from the start, skips the rows its checkpoint says are done, and goes on from there.
   * Progress counts distinct valid rows; its total is the file's line count until the end.
   */
  async run(run: JobRun<ImportPayload>): Promise<ImportReport> {
    const ctx = run.ctx;
    const list = await this.lists.get(ctx, run.payload.listId);
    const invalid: InvalidLine[] = [];
    let invalidCount = 0;
    const reject = (line: number, reason: string) => {
      invalidCount++;
      if (invalid.length < MAX_LISTED_INVALID) invalid.push({ line, reason });
    };
    const report: ImportReport = {
      rows: 0,
      added: 0,
      alreadyPresent: 0,
      suppressed: 0,
      invalid: 0,
      invalidLines: [],
    };
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
    const lines = Math.max(0, (run.payload.lines ?? 0) - 1);
    let valid = 0;
    let unique = 0;
    const seen = new Set<string>();
    let batch: Row[] = [];
    await run.progress(next, Math.max(lines, next));
    const flush = async () => {
      if (run.signal.aborted) throw new Error('stopped before the import was done');
      const rows = batch;
      batch = [];
      const done = unique;
      const state = await run.checkpoint(
        async () => {
          const r = await this.importBatch(ctx, list, rows, run.payload.consentStatement);
          return {
            next: done,
            added: report.added + r.added,
            alreadyPresent: report.alreadyPresent + r.present,
            suppressed: report.suppressed + r.suppressed,
          };
        },
        { done, total: Math.max(lines, done) },
      );
      report.added = state.added;
      report.alreadyPresent = state.alreadyPresent;
      report.suppressed = state.suppressed;
    };
    for await (const row of this.rows(this.pieces(run), reject)) {
      valid++;
      if (seen.has(row.email)) {
        // a repeat before the checkpoint was counted in it
        if (unique >= next) report.alreadyPresent++;
        continue;
      }
      seen.add(row.email);
      if (unique++ < next) continue;
      batch.push(row);
      if (batch.length >= IMPORT_BATCH) await flush();
    }
    if (batch.length) await flush();
    report.rows = valid + invalidCount;
    report.invalid = invalidCount;
    report.invalidLines = invalid.sort((a, b) => a.line - b.line);
    await run.progress(unique, unique);
    // The log entry and the deletion of the file commit with the job's completion: once, however often it ran.
    await run.commit(async () => {
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
      await this.db.forTenant(ctx).repo(ImportChunk).delete({ importId: run.id });
    }, report);
    return report;
  }

  /**
   * Cancels a list's imports that have not finished, and deletes those that failed (a failed job
   * keeps its upload), with their uploaded pieces: for deleting the list. Joins the caller's
   * transaction; answers how many.
   */
  async cancelForList(ctx: RequestContext, listId: string): Promise<number> {
    const tenantId = ctx.requireTenantId();
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const ids = await this.queue.cancelMatchingIds(
        tenantId,
        [IMPORT_QUEUE, IMPORT_CONFIRM_QUEUE],
        'listId',
        [listId],
        ['pending', 'waiting', 'running', 'dead'],
      );
      for (const importId of ids) await scope.repo(ImportChunk).deleteInBatches({ importId }, 50);
      return ids.length;
    });
  }

  /** The CSV's bytes, piece by piece, in upload order. */
  private async *pieces(run: JobRun<ImportPayload>): AsyncGenerator<Buffer> {
    if (typeof run.payload.csv === 'string') {
      yield Buffer.from(run.payload.csv);
      return;
    }
    const chunks = this.db.forTenant(run.ctx).repo(ImportChunk);
    for (let seq = 0; seq < (run.payload.chunks ?? 0); seq++) {
      const piece = await chunks.findOne({ importId: run.id, seq });
      if (!piece) throw new Error(`the uploaded file is incomplete: piece ${seq} is missing`);
      yield Buffer.from(piece.data);
    }
  }

  /** The valid rows, as they are parsed; invalid ones go to `reject` with their line number. */
  private async *rows(
    pieces: AsyncIterable<Buffer>,
    reject: (line: number, reason: string) => void,
  ): AsyncGenerator<Row> {
    const parser = parse({
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
    });
    const input = Readable.from(pieces, { highWaterMark: 1 });
    input.once('error', (err) => parser.destroy(err));
    input.pipe(parser);
    let columns: [number, number, number, number] | null = null;
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: string[];
        info: { lines: number };
      }>) {
        if (!columns) {
          const header = record.map((h) => h.toLowerCase());
          const hasHeader = header.includes('email');
          const col = (name: string, fallback: number) => (hasHeader ? header.indexOf(name) : fallback);
          columns = [col('email', 0), col('name', 1), col('country', 2), col('format', 3)];
          if (hasHeader) continue;
        }
        const [ei, ni, ci, fi] = columns;
        const line = info.lines;
        let row: Row;
        try {
          const name = ni >= 0 ? (record[ni] ?? '').trim() : '';
          if (name.length > 200) throw new BadInputError('name is longer than 200 characters');
          const rawFormat = fi >= 0 ? (record[fi] ?? '').trim().toUpperCase() : '';
          if (rawFormat && rawFormat !== 'TEXT' && rawFormat !== 'HTML')
            throw new BadInputError('format must be TEXT or HTML');
          row = {
            line,
            email: validEmail(record[ei] ?? ''),
            name: name || null,
            country: ci >= 0 ? validCountry(record[ci]) : null,
            format: (rawFormat || 'TEXT') as MessageFormat,
          };
        } catch (err) {
          reject(line, (err as Error).message);
          continue;
        }
        yield row;
      }
    } catch (err) {
      if (err instanceof CsvError) throw new BadInputError(`csv could not be read: ${err.message}`, 'csv');
      throw err;
    } finally {
      input.destroy();
      parser.destroy();
    }
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
