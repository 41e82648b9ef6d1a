import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  ArgumentNode,
  DocumentNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  validate,
  ValidationContext,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Logger } from 'pino';
import { AppError, ERROR_CODES, ErrorCode } from '../schema/common/errors';
import type { GraphQLContext } from '../tenants/graphql-context';
import { scrub } from '../schema/common/logger';
import type { Metrics } from './metrics';

/**
 * Query limits: deep nesting, alias fan-out and total cost are refused before execution. The cost
 * admits the largest page of any list field with every field selected (500 processing-log entries:
 * 20,500 by graphql-armor's weights; 500 subscribers: 17,125) and refuses two such pages.
 */
export const QUERY_LIMITS = { depth: 10, aliases: 20, cost: 25_000 };
/** The largest `first` any field serves; a larger one is refused by the field itself, with its own message. */
const LARGEST_PAGE = 1000;

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

/** The part of a variable coercion failure that names no input value (graphql-js quotes the value). */
function valueFreeReason(reason: string): string {
  const kept = [
    /^Expected type "[^"]+" to be an object\.$/,
    /^Expected type "[^"]+"\.$/,
    /^Field "\w{1,100}" of required type "[^"]+" was not provided\.$/,
    /^Field "\w{1,100}" is not defined by type "\w+"\.( Did you mean [^]*)?$/,
  ];
  if (kept.some((re) => re.test(reason))) return reason;
  const enumName = /in "(\w+)" enum\.|^Enum "(\w+)" cannot represent/.exec(reason);
  if (enumName)
    return `not a value of enum "${enumName[1] ?? enumName[2]}".${/( Did you mean the enum value [^]*)$/.exec(reason)?.[1] ?? ''}`;
  const scalar = /^(\w+) cannot represent/.exec(reason);
  return scalar ? `not a valid ${scalar[1]}.` : 'not a valid value.';
}

/**
 * graphql-js rejects a variable with 'Variable "$i" got invalid value <the value> at "i.password"; <reason>'.
 * The value is the caller's input (a password, an address, megabytes of text) and must not be echoed:
 * keep the variable, the path and a reason without it.
 */
function withoutInputValue(message: string, error: unknown): string {
  const head = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!head) return message;
  const reason = (error as { originalError?: { message?: string } })?.originalError?.message;
  if (!reason || !message.endsWith(`; ${reason}`)) return `Variable "$${head[1]}" got an invalid value.`;
  const at = / at "(\w+(?:\.\w+|\[\d+\])*)"$/.exec(message.slice(0, -(reason.length + 2)));
  return `Variable "$${head[1]}" got an invalid value${at ? ` at "${at[1]}"` : ''}: ${valueFreeReason(reason)}`;
}

/** True for errors whose message is meant for the caller; anything else is an internal error. */
function isClientError(error: unknown, code: string): boolean {
  const original = unwrapResolverError(error) as { extensions?: { validationErrors?: unknown } };
  return (
    original instanceof AppError ||
    Array.isArray(original?.extensions?.validationErrors) ||
    CLIENT_INPUT_CODES.has(code) ||
    ((ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR')
  );
}

/**
 * Masks every error to the contract's codes. Errors meant for the caller (AppError, input
 * validation, GraphQL syntax and validation) keep their message; anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message (errorLogPlugin logs it with the request id).
 * Stack traces and input values never reach the client.
 */
export function formatError(metrics?: Metrics, hideSuggestions = false) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as {
      extensions?: { validationErrors?: ValidationIssue[] };
    } & Error;
    const issues = original?.extensions?.validationErrors;
    const code = String(formatted.extensions?.code ?? '');
    // graphql-armor words its refusals as syntax errors; they are limits.
    formatted = {
      ...formatted,
      message: formatted.message.replace(/^Syntax Error: (?=(Query depth|Aliases|Query Cost) limit)/, ''),
    };
    let out: GraphQLFormattedError;
    if (original instanceof AppError) {
      // `http` tells Apollo the status code; it is not for the client.
      const {
        code: c,
        http: _http,
        ...extra
      } = original.extensions as { code: ErrorCode } & Record<string, unknown>;
      out = {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: c, ...extra },
      };
    } else if (Array.isArray(issues)) {
      const fields = flatten(issues);
      out = {
        message: 'Invalid input: ' + fields.map((f) => f.messages.join('; ')).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    } else if (isClientError(error, code)) {
      const mapped = CLIENT_INPUT_CODES.has(code) ? 'BAD_USER_INPUT' : code;
      out = {
        message: withoutInputValue(formatted.message, error),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped },
      };
    } else {
      out = {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    // Apollo strips suggestions from validation errors only; variable coercion errors carry them too.
    if (hideSuggestions) out = { ...out, message: out.message.replace(/ ?Did you mean(.+?)\?$/, '') };
    metrics?.graphqlErrors.inc({ code: String(out.extensions?.code) });
    return out;
  };
}

/** Logs every internal error once, with the request id, its text scrubbed of addresses. */
function errorLogPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          for (const e of rc.errors) {
            if (isClientError(e, String(e.extensions?.code ?? ''))) continue;
            const original = unwrapResolverError(e) as Error;
            log.error(
              {
                reqId: rc.contextValue.ctx?.requestId,
                path: e.path,
                err: {
                  message: scrub(original?.message ?? String(original)),
                  stack: scrub(original?.stack ?? ''),
                },
              },
              'internal error',
            );
          }
        },
      };
    },
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

/**
 * The document with every page size made literal: `first`/`last` given as a variable takes the
 * variable's value (or its default), and an omitted one the argument's default. graphql-armor's
 * cost rule multiplies by literal page sizes only, so without this `first: $n` would sidestep it.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const defaults = new Map<string, unknown>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? [])
      if (v.defaultValue?.kind === Kind.INT)
        defaults.set(v.variable.name.value, Number(v.defaultValue.value));
  }
  const sizeArg = (name: string, size: number): ArgumentNode => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(size) },
  });
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const argDef = typeInfo.getFieldDef()?.args.find((a) => a.name === 'first' || a.name === 'last');
        if (!argDef) return undefined;
        const given = node.arguments?.find((a) => a.name.value === argDef.name);
        let size: unknown = argDef.defaultValue;
        if (given?.value.kind === Kind.INT) size = Number(given.value.value);
        if (given?.value.kind === Kind.VARIABLE) {
          const name = given.value.name.value;
          size = variables[name] !== undefined ? variables[name] : defaults.get(name);
        }
        if (typeof size !== 'number' || !Number.isSafeInteger(size)) return undefined;
        return {
          ...node,
          arguments: [
            ...(node.arguments ?? []).filter((a) => a !== given),
            sizeArg(argDef.name, Math.min(LARGEST_PAGE, Math.max(0, size))),
          ],
        };
      },
    }),
  );
}

/** Refuses an operation over the cost limit, with the page sizes it will really run with. */
function costLimitPlugin(maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          let refused: GraphQLError | undefined;
          validate(schema, withPageSizes(schema, document, request.variables ?? {}), [
            costLimitRule({
              maxCost,
              exposeLimits: true,
              propagateOnRejection: false,
              onReject: [(_c, e) => (refused ??= e)],
            }),
          ]);
          if (refused)
            throw new AppError('BAD_USER_INPUT', refused.message.replace(/^Syntax Error: /, ''), {
              http: { status: 400 },
            });
        },
      };
    },
  };
}

const reportInsteadOfThrow = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function createApollo(
  schema: GraphQLSchema,
  opts: { production: boolean; log: Logger; metrics: Metrics },
): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts drains HTTP, then workers, then the database; Apollo must not exit on its own.
    stopOnTerminationSignals: false,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: opts.production,
    formatError: formatError(opts.metrics, opts.production),
    // Report a limit as a validation error (GRAPHQL_VALIDATION_FAILED -> BAD_USER_INPUT) instead of
    // letting the rule throw out of validation, which would surface as an internal error.
    validationRules: [
      maxDepthRule({ n: QUERY_LIMITS.depth, exposeLimits: true, ...reportInsteadOfThrow }),
      maxAliasesRule({ n: QUERY_LIMITS.aliases, exposeLimits: true, ...reportInsteadOfThrow }),
    ],
    plugins: [
      costLimitPlugin(QUERY_LIMITS.cost),
      metricsPlugin(opts.metrics),
      errorLogPlugin(opts.log),
      ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
