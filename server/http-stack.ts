import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import type { Metrics } from './metrics';

/** Largest accepted request body. */
export const BODY_LIMIT = '1mb';
/** Largest body of a request signed by an operator (a breach report's leaked-address list). */
export const OPERATOR_BODY_LIMIT = '16mb';

const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/confirm', '/unsubscribe']);
const isBreachExport = (path: string) => /^\/breaches\/[^/]+\/impacts\.csv$/.test(path);

/**
 * The HTTP stack every request passes before any route: request id and JSON request log, HTTP
 * metrics, security headers. Shared with the graphql benchmark's baseline server, so that
 * benchmark compares the GraphQL layers alone.
 */
export function httpStack(opts: {
  log: Logger;
  metrics?: Metrics;
  trustProxy: boolean | number | string;
  production: boolean;
}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', opts.trustProxy);
  app.use(
    pinoHttp({
      logger: opts.log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // The path only: query strings carry tokens, and client addresses are personal data.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  const metrics = opts.metrics;
  if (metrics) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        // originalUrl: by now a mounted route (app.use('/graphql', ...)) has left req.path at '/'.
        const path = req.originalUrl.split('?')[0];
        const route = ROUTES.has(path)
          ? path
          : path.startsWith('/o/')
            ? '/o/:token.gif'
            : isBreachExport(path)
              ? '/breaches/:id/impacts.csv'
              : 'other';
        metrics.httpDuration.observe(
          { method: req.method, route, status: String(res.statusCode) },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
      });
      next();
    });
  }
  app.use(helmet({ contentSecurityPolicy: opts.production ? undefined : false }));
  return app;
}

/** The CORS allow-list: browsers on other origins than these may not call the API or the downloads. */
export function corsAllowList(corsOrigins: string[]): express.RequestHandler {
  const allowed = new Set(corsOrigins);
  return cors({
    origin: (origin, cb) => cb(null, !origin || allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['content-disposition'],
    maxAge: 600,
  });
}

/**
 * CORS allow-list and JSON body parsing with a size limit, for the API route. `largeBody` tells
 * requests that may send up to OPERATOR_BODY_LIMIT (an operator's verified token) from the rest.
 */
export function graphqlBodyStack(
  corsOrigins: string[],
  largeBody: (req: Request) => boolean = () => false,
): express.RequestHandler[] {
  const small = express.json({ limit: BODY_LIMIT });
  const large = express.json({ limit: OPERATOR_BODY_LIMIT });
  return [corsAllowList(corsOrigins), (req, res, next) => (largeBody(req) ? large : small)(req, res, next)];
}

/** Malformed JSON and oversized bodies get a contract code, never a stack trace. */
export function httpErrorHandler(log: Logger): express.ErrorRequestHandler {
  return (
    err: { type?: string; status?: number; limit?: number },
    _req: Request,
    res: Response,
    next: NextFunction,
  ) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.too.large'
        ? `Request body larger than ${err.limit ? `${err.limit / 1048576} MiB` : BODY_LIMIT}`
        : status < 500
          ? 'Malformed request'
          : 'Internal server error';
    if (status >= 500) log.error({ err }, 'http error');
    res.status(status).json({
      errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
