import type { DeliveryJobPayload, DeliveryService } from './delivery.service';
import { DELIVERY_CHUNK_QUEUE, DELIVERY_FINISH_QUEUE, DELIVERY_PREPARE_QUEUE } from './delivery.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** Snapshots a delivery's recipients and splits them into chunks. */
export class DeliveryPrepareJob implements JobHandler<DeliveryJobPayload> {
  readonly queue = DELIVERY_PREPARE_QUEUE;
  constructor(private readonly deliveries: DeliveryService) {}
  run(job: JobRun<DeliveryJobPayload>): Promise<unknown> {
    return this.deliveries.prepare(job);
  }
}

/** Sends one chunk of a delivery; any worker may take any chunk. */
export class DeliveryChunkJob implements JobHandler<DeliveryJobPayload> {
  readonly queue = DELIVERY_CHUNK_QUEUE;
  constructor(private readonly deliveries: DeliveryService) {}
  run(job: JobRun<DeliveryJobPayload>): Promise<unknown> {
    return this.deliveries.sendChunk(job);
  }
}

/** Closes a delivery once every chunk is done. */
export class DeliveryFinishJob implements JobHandler<DeliveryJobPayload> {
  readonly queue = DELIVERY_FINISH_QUEUE;
  constructor(private readonly deliveries: DeliveryService) {}
  run(job: JobRun<DeliveryJobPayload>): Promise<unknown> {
    return this.deliveries.finish(job);
  }
}
