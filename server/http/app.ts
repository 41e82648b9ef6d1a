import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import type express from 'express';
import { Role } from '../../schema/common/enums';
import { clientNetwork } from '../../schema/common/rate-limiter';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { guardRootFields } from '../../tenants/permissions';
import { createApollo } from '../apollo';
import type { Services } from '../container';
import { buildGraphQLSchema } from '../graphql-schema';
import { corsAllowList, graphqlBodyStack, httpErrorHandler, httpStack } from '../http-stack';
import { MODULES } from '../modules';
import { opsRoutes } from './ops-routes';

/** The HTTP application: security middleware, the GraphQL endpoint and the operations endpoints. */
export async function createHttpApp(
  s: Services,
): Promise<{ app: express.Express; stopApollo: () => Promise<void> }> {
  const resolvers = MODULES.flatMap((m) => m.resolvers.map((r) => r.create(s)));
  const schema = guardRootFields(buildGraphQLSchema(resolvers), {
    beforePublicMutation: (ctx) =>
      s.limiter.consume('public', clientNetwork(ctx.ip), s.config.publicRateLimit, 60_000),
  });
  const apollo = createApollo(schema, { production: s.config.production, log: s.log, metrics: s.metrics });
  await apollo.start();

  const app = httpStack({
    log: s.log,
    metrics: s.metrics,
    trustProxy: s.config.trustProxy,
    production: s.config.production,
  });
  // Every request, in the web access log (buffered: written off the request path).
  app.use(s.webLogRecorder.middleware());
  s.webLogRecorder.start();

  app.use(opsRoutes(s.db, s.metrics));
  for (const route of MODULES.flatMap((m) => m.routes(s))) {
    const stack = route.crossOrigin ? [corsAllowList(s.config.corsOrigins), route.handler] : [route.handler];
    if (route.path) app.use(route.path, ...stack);
    else app.use(...stack);
  }

  // Only an operator's verified token may send a large body (a breach report's leaked addresses).
  const operatorBody = (req: express.Request) => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) return false;
    try {
      return s.tokens.verify(m[1]).role === Role.OPERATOR;
    } catch {
      return false;
    }
  };

  app.use(
    '/graphql',
    ...graphqlBodyStack(s.config.corsOrigins, operatorBody),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => ({
        ...(await s.authenticate(req, { jsonBody: true })),
        res,
      }),
    }),
  );

  app.use(httpErrorHandler(s.log));

  return {
    app,
    stopApollo: async () => {
      await apollo.stop();
      await s.webLogRecorder.stop();
    },
  };
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(
  s: Services,
  port = s.config.port,
  host = s.config.host,
): Promise<RunningServer> {
  const { app, stopApollo } = await createHttpApp(s);
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${addr.port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await stopApollo();
    },
  };
}
