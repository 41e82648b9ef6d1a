import type { ImportPayload, ImportService } from '../schema/subscribers/import.service';
import { IMPORT_QUEUE } from '../schema/subscribers/import.service';
import type { JobHandler, JobRun } from './job-handler';

/** A CSV import of subscribers, with progress per batch. */
export class ImportJob implements JobHandler<ImportPayload> {
  readonly queue = IMPORT_QUEUE;
  constructor(private readonly imports: ImportService) {}
  run(job: JobRun<ImportPayload>): Promise<unknown> {
    return this.imports.run(job);
  }
}
