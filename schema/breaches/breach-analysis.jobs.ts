import type {
  BreachAnalysisService,
  BreachChunkPayload,
  BreachFinishPayload,
} from './breach-analysis.service';
import { BREACH_CHUNK_QUEUE, BREACH_FINISH_QUEUE } from './breach-analysis.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** Counts one chunk of a breach's impact (a tenant group or an address batch); any worker may take any chunk. */
export class BreachChunkJob implements JobHandler<BreachChunkPayload> {
  readonly queue = BREACH_CHUNK_QUEUE;
  constructor(private readonly analysis: BreachAnalysisService) {}
  run(job: JobRun<BreachChunkPayload>): Promise<unknown> {
    return this.analysis.runChunk(job);
  }
}

/** Finishes a breach analysis once every chunk is done: platform-wide count, remaining notices, status. */
export class BreachFinishJob implements JobHandler<BreachFinishPayload> {
  readonly queue = BREACH_FINISH_QUEUE;
  constructor(private readonly analysis: BreachAnalysisService) {}
  run(job: JobRun<BreachFinishPayload>): Promise<unknown> {
    return this.analysis.finish(job);
  }
}
