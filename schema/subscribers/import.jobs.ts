import type { ImportConfirmations, ImportPayload, ImportService } from './import.service';
import { IMPORT_CONFIRM_QUEUE, IMPORT_QUEUE, IMPORT_SWEEP_QUEUE } from './import.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** A CSV import of subscribers, with progress per batch. */
export class ImportJob implements JobHandler<ImportPayload> {
  readonly queue = IMPORT_QUEUE;
  constructor(private readonly imports: ImportService) {}
  run(job: JobRun<ImportPayload>): Promise<unknown> {
    return this.imports.run(job);
  }
}

/** The confirmation mails of 100 imported people on a DOUBLE list. */
export class ImportConfirmationsJob implements JobHandler<ImportConfirmations> {
  readonly queue = IMPORT_CONFIRM_QUEUE;
  constructor(private readonly imports: ImportService) {}
  run(job: JobRun<ImportConfirmations>): Promise<unknown> {
    return this.imports.sendConfirmations(job);
  }
}

/** Hourly: the stored pieces of uploads that stopped half-way, or whose import died, are deleted. */
export class ImportSweepJob implements JobHandler {
  readonly queue = IMPORT_SWEEP_QUEUE;
  constructor(private readonly imports: ImportService) {}
  async run(): Promise<unknown> {
    return { deleted: await this.imports.sweepChunks() };
  }
}
