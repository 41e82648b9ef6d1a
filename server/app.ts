/** The process's parts: the service container, the worker pool and the HTTP server. */
export { createServices, createWorkerPool, type Services } from './container';
export { createHttpApp, listen, type RunningServer } from './http/app';
