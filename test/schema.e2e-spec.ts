import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  astFromValue,
  GraphQLInputType,
} from 'graphql';
import { currentSdl, SCHEMA_FILE } from '../server/print-schema';

/** The public API contract, checked out beside the project (CI always has ../shared). */
const CONTRACT_FILE = resolve(process.cwd(), '../shared/contract/schema.graphql');

const kindOf = (t: GraphQLNamedType) =>
  isObjectType(t)
    ? 'object'
    : isInputObjectType(t)
      ? 'input'
      : isEnumType(t)
        ? 'enum'
        : isScalarType(t)
          ? 'scalar'
          : isInterfaceType(t)
            ? 'interface'
            : isUnionType(t)
              ? 'union'
              : 'unknown';

/** A default value as GraphQL source text, so `50` and `DOUBLE` compare the same way on both sides. */
function defaultText(x: { defaultValue?: unknown; type: GraphQLInputType }): string | undefined {
  if (x.defaultValue === undefined) return undefined;
  const ast = astFromValue(x.defaultValue, x.type);
  return ast ? print(ast) : String(x.defaultValue);
}

/** Arguments or input fields: same type and default for every shared one; nothing newly required. */
function compareInputs(
  where: string,
  label: string,
  want: ReadonlyArray<GraphQLArgument | GraphQLInputField>,
  have: ReadonlyArray<GraphQLArgument | GraphQLInputField>,
  problems: string[],
  missingIsProblem: boolean,
): void {
  for (const w of want) {
    const h = have.find((x) => x.name === w.name);
    if (!h) {
      if (missingIsProblem) problems.push(`${where}: ${label} ${w.name} is missing`);
      continue;
    }
    if (String(h.type) !== String(w.type))
      problems.push(`${where}: ${label} ${w.name} is ${String(h.type)}, contract says ${String(w.type)}`);
    const wd = defaultText(w);
    if (wd !== undefined && defaultText(h) !== wd)
      problems.push(
        `${where}: ${label} ${w.name} defaults to ${defaultText(h) ?? 'nothing'}, contract says ${wd}`,
      );
  }
  // An extra argument or input field that callers must supply would break every contract-conforming call.
  for (const h of have) {
    if (!want.some((w) => w.name === h.name) && isNonNullType(h.type) && h.defaultValue === undefined) {
      problems.push(`${where}: ${label} ${h.name} is required but not in the contract`);
    }
  }
}

/**
 * Everything the code defines that the contract also names must match it. Contract parts the code does
 * not define yet (types, root fields of later issues) are not reported: they are not implemented, not wrong.
 */
function contractDifferences(ours: GraphQLSchema, contract: GraphQLSchema): string[] {
  const problems: string[] = [];
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  for (const [name, have] of Object.entries(ours.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const want = contract.getType(name);
    if (!want) continue;
    if (kindOf(have) !== kindOf(want)) {
      problems.push(`${name} is ${kindOf(have)}, contract says ${kindOf(want)}`);
      continue;
    }
    if (isEnumType(want) && isEnumType(have)) {
      for (const v of want.getValues())
        if (!have.getValue(v.name)) problems.push(`${name}.${v.name}: enum value is missing`);
    } else if (isInputObjectType(want) && isInputObjectType(have)) {
      compareInputs(
        name,
        'field',
        Object.values(want.getFields()),
        Object.values(have.getFields()),
        problems,
        true,
      );
    } else if (
      (isObjectType(want) && isObjectType(have)) ||
      (isInterfaceType(want) && isInterfaceType(have))
    ) {
      const haveFields = have.getFields() as Record<string, GraphQLField<unknown, unknown>>;
      for (const w of Object.values(want.getFields()) as GraphQLField<unknown, unknown>[]) {
        const h = haveFields[w.name];
        const where = `${name}.${w.name}`;
        if (!h) {
          // A root field of a later issue is simply not implemented yet; a field missing from a type we
          // do define would break clients that select it.
          if (!roots.has(name)) problems.push(`${where} is missing`);
          continue;
        }
        if (String(h.type) !== String(w.type))
          problems.push(`${where} is ${String(h.type)}, contract says ${String(w.type)}`);
        compareInputs(where, 'argument', w.args, h.args, problems, true);
      }
    } else if (isUnionType(want) && isUnionType(have)) {
      const members = new Set(have.getTypes().map((t) => t.name));
      for (const t of want.getTypes())
        if (!members.has(t.name)) problems.push(`${name}: union member ${t.name} is missing`);
    }
  }
  return problems;
}

describe('the GraphQL schema', () => {
  it('schema/schema.graphql is exactly the SDL the code generates (run `npm run schema:print` after an API change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(currentSdl());
  });

  describe('against the contract', () => {
    const contract = buildSchema(readFileSync(CONTRACT_FILE, 'utf8'));
    const ours = buildSchema(currentSdl());

    it("every type, field, argument and enum value the code shares with the contract has the contract's type", () => {
      expect(contractDifferences(ours, contract)).toEqual([]);
    });

    it('implements the contract operations this issue delivers', () => {
      // Guards the comparison above against passing vacuously (e.g. a schema that built nothing).
      const q = ours.getQueryType()!.getFields();
      const m = ours.getMutationType()!.getFields();
      for (const f of ['me', 'tenants', 'tenant']) expect(q[f]).toBeDefined();
      for (const f of ['login', 'createTenant', 'createTenantUser']) expect(m[f]).toBeDefined();
    });

    // The comparison itself must catch each kind of difference; fed a contract that disagrees with the
    // code on purpose, it has to name the field.
    it.each([
      ['a field type', 'type Tenant { slug: Int! }', 'Tenant.slug is String!, contract says Int!'],
      ['nullability', 'type Tenant { name: String }', 'Tenant.name is String!, contract says String'],
      [
        'an argument type',
        'type Tenant { id: ID! } type Query { tenant(id: String!): Tenant }',
        'Query.tenant: argument id is ID!, contract says String!',
      ],
      [
        'an input field type',
        'input CreateTenantInput { slug: String! name: String! service: HostingService! dpoEmail: Int! }',
        'CreateTenantInput: field dpoEmail is String!, contract says Int!',
      ],
      [
        'an enum value',
        'enum TenantRole { OWNER ADMIN VIEWER AUDITOR }',
        'TenantRole.AUDITOR: enum value is missing',
      ],
      ['a kind of type', 'input Tenant { id: ID! }', 'Tenant is object, contract says input'],
      [
        'a missing field of a defined type',
        'type Viewer { id: ID! avatar: String }',
        'Viewer.avatar is missing',
      ],
      [
        'a default value',
        'type Query { subscribers(listId: ID!, first: Int = 20): String }',
        'Query.subscribers: argument first defaults to 50, contract says 20',
      ],
    ])('reports %s that differs from the contract', (_what, contractSdl, message) => {
      const fake = buildSchema(`enum HostingService { LISTPLEX EASE } ${contractSdl}`, {
        assumeValidSDL: true,
      });
      expect(contractDifferences(ours, fake)).toContain(message);
    });

    it('does not report contract operations that are not implemented yet', () => {
      const fake = buildSchema(
        'type Query { me: String futureThing(id: ID!): Int } type Mutation { futureMutation: Boolean }',
        { assumeValidSDL: true },
      );
      expect(contractDifferences(ours, fake)).toEqual(['Query.me is Viewer!, contract says String']);
    });
  });
});
