import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildGraphQLSchema } from '../server/graphql-schema';
import { RequestContext } from '../tenants/request-context';
import { guardRootFields, ruleOf } from '../tenants/permissions';
import { startTestServer, TestServer } from './support/test-server';

const schema = buildGraphQLSchema();
const roots = (s: GraphQLSchema) =>
  [s.getQueryType(), s.getMutationType()]
    .filter((t): t is GraphQLObjectType => !!t)
    .flatMap((t) => Object.values(t.getFields()).map((f) => ({ type: t.name, field: f })));

/** A value of the right type for an argument: enough to pass validation and reach the access check. */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return `[${sample(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      case 'DateTimeISO':
        return '"2026-01-01T00:00:00.000Z"';
      default:
        return '"00000000-0000-4000-8000-000000000000"';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

function operationFor(rootType: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${sample(a.type)}`).join(', ')})` : '';
  return `${rootType === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${argText}${selection(field)} }`;
}

describe('deny by default', () => {
  it('every Query and Mutation field declares who may call it', () => {
    const missing = roots(schema)
      .filter(({ field }) => !ruleOf(field))
      .map(({ type, field }) => `${type}.${field.name}`);
    expect(missing).toEqual([]);
    expect(roots(schema).length).toBeGreaterThan(0);
  });

  it('a field without a rule is refused at run time with FORBIDDEN', async () => {
    const bare = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { secret: { type: GraphQLString, resolve: () => 'leaked' } },
      }),
    });
    guardRootFields(bare, { beforePublicMutation: async () => undefined });
    const field = bare.getQueryType()!.getFields().secret;
    const ctx = RequestContext.forRequest({ kind: 'operator', id: 'x' }, 'req', null, null);
    await expect(Promise.resolve(field.resolve!(undefined, {}, { ctx }, {} as never))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  describe('over HTTP, anonymous callers', () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer();
    });
    afterAll(() => s.close());

    const protectedFields = roots(schema).filter(({ field }) => !ruleOf(field)?.public);
    it.each(protectedFields.map(({ type, field }) => [`${type}.${field.name}`, type, field] as const))(
      '%s answers UNAUTHENTICATED',
      async (_name, type, field) => {
        const r = await s.gql(operationFor(type, field));
        expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      },
    );
  });
});
