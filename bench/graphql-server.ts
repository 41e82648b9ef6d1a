import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { operatorToken } from './support';
import { graphqlBodyStack, httpStack } from '../server/http-stack';
import { createLogger } from '../schema/common/logger';
import { Metrics } from '../server/metrics';

/**
 * A server for the graphql benchmark, in its own process: `steward DATABASE_URL` (the real server)
 * or `bare` (graphql-js behind the same express + JSON body parsing). Reports its URL and a token
 * over IPC.
 */
async function main(): Promise<void> {
  process.on('SIGTERM', () => process.exit(0)); // a normal exit, so --cpu-prof can write its profile
  const [kind, databaseUrl] = process.argv.slice(2);
  if (kind === 'bare') {
    const schema = buildSchema(
      'type Viewer { id: ID! email: String! role: String! } type Query { me: Viewer! }',
    );
    const root = {
      me: () => ({
        id: '00000000-0000-4000-8000-000000000000',
        email: 'operator@steward.local',
        role: 'OPERATOR',
      }),
    };
    // The same HTTP stack as Steward (request log to the same sink, metrics, headers, CORS, body
    // limit), so the comparison is of the GraphQL layers: Apollo, type-graphql, auth, the database.
    const app = httpStack({
      log: createLogger(process.env.LOG_LEVEL ?? 'info'),
      metrics: new Metrics(),
      trustProxy: false,
      production: false,
    });
    app.post('/graphql', ...graphqlBodyStack(['http://localhost:4000']), async (req, res) => {
      res.json(
        await graphql({
          schema,
          source: req.body.query,
          variableValues: req.body.variables,
          rootValue: root,
        }),
      );
    });
    const server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    process.send!({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      token: 'none',
    });
    return;
  }
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    OPERATOR_EMAIL: 'bench-operator@steward.local',
    OPERATOR_PASSWORD: 'bench-operator-password',
    WORKERS: '0',
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  const s = await createServices(config);
  const token = await operatorToken(s, config.operatorEmail!, config.operatorPassword!);
  const http = await listen(s, 0, '127.0.0.1');
  process.send!({ url: http.url, token });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
