import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { guardRootFields } from './permissions';
import { RequestContext } from './request-context';

describe('guardRootFields', () => {
  // A schema made with graphql-js directly, as a resolver class would if it forgot @Allow.
  function tinySchema(calls: string[]): GraphQLSchema {
    return guardRootFields(
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: {
            unruled: { type: GraphQLString, resolve: () => (calls.push('unruled'), 'leaked') },
            forOperators: {
              type: GraphQLString,
              extensions: { access: { operator: true } },
              resolve: () => (calls.push('forOperators'), 'fine'),
            },
          },
        }),
      }),
      { beforePublicMutation: async () => undefined },
    );
  }
  const operator = {
    ctx: RequestContext.forRequest({ kind: 'operator', id: 'op-1' }, 'req-1', null, null),
  };
  const anonymous = { ctx: RequestContext.forRequest({ kind: 'anonymous' }, 'req-2', null, null) };

  it('refuses a field with no rule with FORBIDDEN, even to an operator, without running its resolver', async () => {
    const calls: string[] = [];
    const r = await graphql({ schema: tinySchema(calls), source: '{ unruled }', contextValue: operator });
    expect(r.data).toEqual({ unruled: null });
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(calls).toEqual([]);
  });

  it('refuses a field with no rule to anonymous callers too', async () => {
    const calls: string[] = [];
    const r = await graphql({ schema: tinySchema(calls), source: '{ unruled }', contextValue: anonymous });
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(calls).toEqual([]);
  });

  it('runs a field whose rule the caller satisfies, and refuses it to an anonymous caller', async () => {
    const calls: string[] = [];
    const ok = await graphql({
      schema: tinySchema(calls),
      source: '{ forOperators }',
      contextValue: operator,
    });
    expect(ok).toEqual({ data: { forOperators: 'fine' } });
    const anon = await graphql({
      schema: tinySchema(calls),
      source: '{ forOperators }',
      contextValue: anonymous,
    });
    expect(anon.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(calls).toEqual(['forOperators']);
  });
});
