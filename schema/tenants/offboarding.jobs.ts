import { OFFBOARD_QUEUE, type OffboardingService } from './offboarding.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** An offboarded tenant: its data mailed to its DPO, then, once delivered, deleted. */
export class OffboardTenantJob implements JobHandler<{ tenantId: string }> {
  readonly queue = OFFBOARD_QUEUE;
  constructor(private readonly offboarding: OffboardingService) {}
  run(job: JobRun<{ tenantId: string }>): Promise<unknown> {
    return this.offboarding.run(job);
  }
}
