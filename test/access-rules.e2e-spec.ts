import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { buildGraphQLSchema } from '../server/graphql-schema';
import { ruleOf } from '../tenants/permissions';
import { startTestServer, TestServer } from './support/test-server';

type RootField = { root: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> };

const schema = buildGraphQLSchema();

function rootFields(s: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [root, type] of [
    ['Query', s.getQueryType()],
    ['Mutation', s.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ root, field });
  }
  return out;
}

const fields = rootFields(schema);
const nameOf = ({ root, field }: RootField) => `${root}.${field.name}`;

/**
 * A literal of `type` that passes GraphQL validation, so the call reaches the access check (which runs
 * before argument validation and the resolver). Only required input fields are filled in.
 */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return `[${dummy(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{${required.map((f) => ` ${f.name}: ${dummy(f.type)}`).join(',')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      case 'String':
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      case 'DateTimeISO':
        return '"2030-01-01T00:00:00.000Z"';
    }
  }
  // A new custom scalar needs a sample here; failing loudly beats a query that never reaches the guard.
  throw new Error(`no dummy value for input type ${String(type)}`);
}

/** A minimal valid operation calling one root field: dummy required arguments, one selection. */
function operationFor({ root, field }: RootField): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${dummy(a.type)}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${root === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${argText}${selection} }`;
}

/** Root fields the contract marks `# public`, plus login (which callers necessarily use before signing in). */
function contractPublicFields(): Set<string> {
  const sdl = readFileSync(resolve(__dirname, '../docs/api/contract.graphql'), 'utf8');
  const names = new Set(['Mutation.login']);
  let root: string | null = null;
  for (const line of sdl.split('\n')) {
    const open = /^(?:extend )?type (Query|Mutation) \{/.exec(line);
    if (open) root = open[1];
    else if (/^\}/.test(line)) root = null;
    else if (root) {
      const m = /^\s+(\w+)\b.*#\s*public\b/.exec(line);
      if (m) names.add(`${root}.${m[1]}`);
    }
  }
  return names;
}

describe('access rules: deny by default', () => {
  it('the schema has root fields to check', () => {
    // Keeps the walks below from passing over an empty schema.
    expect(fields.map(nameOf)).toEqual(
      expect.arrayContaining(['Query.me', 'Query.tenants', 'Mutation.createTenant', 'Mutation.login']),
    );
  });

  it.each(fields.map((f) => [nameOf(f), f] as const))('%s declares an access rule', (name, f) => {
    // Fails naming the field: every Query and Mutation field needs @Allow(...).
    expect({ field: name, rule: ruleOf(f.field) ?? 'MISSING' }).toEqual({
      field: name,
      rule: expect.any(Object),
    });
  });

  it('only fields the contract calls public are public', () => {
    const allowed = contractPublicFields();
    const unexpected = fields.filter((f) => ruleOf(f.field)?.public && !allowed.has(nameOf(f))).map(nameOf);
    expect(unexpected).toEqual([]);
    expect(fields.filter((f) => ruleOf(f.field)?.public).map(nameOf)).toContain('Mutation.login');
  });

  describe('over HTTP, anonymous callers', () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer();
    });
    afterAll(() => s.close());

    const guarded = fields.filter((f) => !ruleOf(f.field)?.public);

    it.each(guarded.map((f) => [nameOf(f), f] as const))('%s answers UNAUTHENTICATED', async (_name, f) => {
      const r = await s.gql(operationFor(f));
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(r.data === null || Object.values(r.data).every((v) => v === null)).toBe(true);
    });

    it('a garbage bearer token is no better than none', async () => {
      for (const f of guarded) {
        const r = await s.gql(operationFor(f), {}, 'not-a-jwt');
        expect({ field: nameOf(f), codes: r.errors?.map((e) => e.extensions?.code) }).toEqual({
          field: nameOf(f),
          codes: ['UNAUTHENTICATED'],
        });
      }
    });
  });
});
