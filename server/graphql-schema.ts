import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync, ResolverData } from 'type-graphql';
import { MODULES } from './modules';

/** Every resolver class of the API, from the modules. */
export const RESOLVERS = MODULES.flatMap((m) => m.resolvers.map((r) => r.type));

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
