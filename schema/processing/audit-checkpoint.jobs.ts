import { AUDIT_CHECKPOINT_QUEUE, CheckpointService } from './checkpoint.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/**
 * On a schedule (AUDIT_CHECKPOINT_MINUTES): verifies the processing log since the last checkpoint
 * and signs its head. A chain that does not verify is never signed: the job fails (and is retried,
 * then dead-lettered), which shows in steward_job_failures_total and the log.
 */
export class AuditCheckpointJob implements JobHandler {
  readonly queue = AUDIT_CHECKPOINT_QUEUE;

  constructor(private readonly checkpoints: CheckpointService) {}

  async run(_job: JobRun): Promise<unknown> {
    const cp = await this.checkpoints.create();
    return cp ? { seq: cp.seq, keyId: cp.keyId } : { seq: null };
  }
}
