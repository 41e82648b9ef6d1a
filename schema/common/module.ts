import type { RequestHandler } from 'express';
import type { JobHandler } from '../../workers/job-handler';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's and type-graphql's own type for classes
type Class = Function;

/** A queue that the worker pool enqueues on a timer. */
export interface Schedule {
  queue: string;
  everyMs: number;
}

/** A GraphQL resolver class and how to construct it from the services. */
export interface ResolverEntry<S> {
  type: Class;
  create(s: S): object;
}

/** An Express handler the HTTP app mounts, in module order, before the GraphQL endpoint. */
export interface RouteMount {
  /** mount path; the handler sees paths below it */
  path?: string;
  /** allow the configured CORS origins (CORS_ORIGINS) on these routes, as on /graphql */
  crossOrigin?: boolean;
  handler: RequestHandler;
}

/**
 * One domain of Steward (a folder under schema/) and everything it adds to a process: its tables,
 * its part of the GraphQL API, its job handlers and timers, its HTTP routes. `S` names the
 * services it needs; the composition root (server/) supplies them and builds every list from
 * `MODULES`, so adding a domain is one folder and one line there.
 */
export interface StewardModule<S> {
  name: string;
  entities: Class[];
  resolvers: ResolverEntry<S>[];
  handlers(s: S): JobHandler[];
  schedules(s: S): Schedule[];
  routes(s: S): RouteMount[];
}

/** Declares a module (typed against the services it needs). */
export function defineModule<S>(m: StewardModule<S>): StewardModule<S> {
  return m;
}
