import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobQueue } from '../workers/job-queue';

/** Prometheus metrics of one process; `/metrics` serves `registry`. */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'steward_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'steward_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by type, root field and outcome',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'steward_graphql_errors_total',
    help: 'GraphQL errors returned, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'steward_job_duration_seconds',
    help: 'Time a worker spent on a job, by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });

  readonly jobLag = new Histogram({
    name: 'steward_job_start_lag_seconds',
    help: 'Time from a job being due to a worker starting it',
    labelNames: ['queue'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'steward_job_failures_total',
    help: 'Failed job attempts, by queue and what happened next (retry, dead, lost)',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webLogDropped = new Counter({
    name: 'steward_web_log_dropped_total',
    help: 'Web access log rows dropped because the database did not take them in time',
    registers: [this.registry],
  });

  constructor(queue?: JobQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: 'steward_' });
    if (queue) {
      // Read at scrape time from the database, so every process reports the shared queue's depth.
      new Gauge({
        name: 'steward_job_queue_depth',
        help: 'Jobs by queue and state (pending, running, waiting, dead)',
        labelNames: ['queue', 'state'] as const,
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const row of await queue.depth()) this.set({ queue: row.queue, state: row.state }, row.count);
        },
      });
    }
  }
}
