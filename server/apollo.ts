import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLFormattedError, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { AppError, ERROR_CODES, ErrorCode } from './errors';
import type { GraphQLContext } from './graphql-context';
import type { Metrics } from './metrics';

/** Query limits: deep nesting, alias fan-out and total cost are refused before execution. */
export const QUERY_LIMITS = { depth: 10, aliases: 20, cost: 5000 };

const CLIENT_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

function flatten(issues: ValidationIssue[], prefix = ''): Array<{ field: string; messages: string[] }> {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    const own = i.constraints ? [{ field, messages: Object.values(i.constraints) }] : [];
    return [...own, ...flatten(i.children ?? [], field)];
  });
}

/**
 * Masks every error to the contract's codes. Errors meant for the caller (AppError, input
 * validation, GraphQL syntax and validation) keep their message; anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message and is logged with the request id. Stack traces and
 * input values never reach the client.
 */
export function formatError(log: Logger, metrics?: Metrics) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: { validationErrors?: ValidationIssue[] } } & Error;
    const issues = original?.extensions?.validationErrors;
    const code = String(formatted.extensions?.code ?? '');
    let out: GraphQLFormattedError;
    if (original instanceof AppError) {
      const { code: c, ...extra } = original.extensions as { code: ErrorCode } & Record<string, unknown>;
      out = { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: c, ...extra } };
    } else if (Array.isArray(issues)) {
      const fields = flatten(issues);
      out = {
        message: 'Invalid input: ' + fields.map((f) => f.messages.join('; ')).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    } else if (CLIENT_INPUT_CODES.has(code)) {
      out = { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    } else if ((ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR') {
      out = { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    } else {
      log.error({ err: original instanceof Error ? { message: original.message, stack: original.stack } : String(original), path: formatted.path }, 'internal error');
      out = { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    metrics?.graphqlErrors.inc({ code: String(out.extensions?.code) });
    return out;
  };
}

function metricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const op = rc.operation as OperationDefinitionNode | undefined;
          const first = op?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
          const field = first && first.kind === Kind.FIELD ? first.name.value : 'unknown';
          const outcome = rc.errors?.length ? 'error' : 'ok';
          metrics.graphqlDuration.observe(
            { type: op?.operation ?? 'invalid', field: op ? field : 'invalid', outcome },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}

export function createApollo(schema: GraphQLSchema, opts: { production: boolean; log: Logger; metrics: Metrics }): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: opts.production,
    formatError: formatError(opts.log, opts.metrics),
    validationRules: [
      maxDepthRule({ n: QUERY_LIMITS.depth }),
      maxAliasesRule({ n: QUERY_LIMITS.aliases }),
      costLimitRule({ maxCost: QUERY_LIMITS.cost }),
    ],
    plugins: [metricsPlugin(opts.metrics), ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
}
