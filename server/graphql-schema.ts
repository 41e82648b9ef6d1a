import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, ResolverData } from 'type-graphql';
import { BreachResolver } from '../schema/breaches/breach.resolver';
import { DeliveryResolver } from '../schema/deliveries/delivery.resolver';
import { ListResolver } from '../schema/lists/list.resolver';
import { RequestResolver } from '../schema/requests/request.resolver';
import { ImportResolver } from '../schema/subscribers/import.resolver';
import { SubscriberResolver } from '../schema/subscribers/subscriber.resolver';
import { TenantResolver } from '../schema/tenants/tenant.resolver';
import { UserResolver } from '../schema/users/user.resolver';
import { AuditResolver } from '../schema/processing/audit.resolver';
import { ProcessingLogResolver } from '../schema/processing/processing-log.resolver';
import { RetentionResolver } from '../schema/processing/retention.resolver';
import { WebLogResolver } from '../schema/web-log/web-log.resolver';

/** Every resolver class of the API. */
export const RESOLVERS = [
  UserResolver,
  TenantResolver,
  ListResolver,
  SubscriberResolver,
  DeliveryResolver,
  ImportResolver,
  RequestResolver,
  ProcessingLogResolver,
  AuditResolver,
  RetentionResolver,
  WebLogResolver,
  BreachResolver,
] as const;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
type ResolverClass = Function;

/**
 * Builds the executable schema from the resolver classes; `instances` supplies their constructed
 * objects (with services). Without instances the schema is only for printing the SDL.
 */
export function buildGraphQLSchema(instances: object[] = []): GraphQLSchema {
  const byClass = new Map<ResolverClass, object>(instances.map((i) => [i.constructor, i]));
  return buildSchemaSync({
    resolvers: [...RESOLVERS] as unknown as [ResolverClass, ...ResolverClass[]],
    container: {
      get: (cls: ResolverClass, _data: ResolverData<object>) => {
        const instance = byClass.get(cls);
        if (!instance) throw new Error(`no instance for resolver ${cls.name}`);
        return instance;
      },
    },
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
}
