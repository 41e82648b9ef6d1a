import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The project's copy of the public API contract; a fresh clone needs nothing beside it. */
const CONTRACT_FILE = resolve(__dirname, '../docs/api/contract.graphql');
/** Where the contract is published, beside the checkout in the team's workspace (absent in a bare clone). */
const PUBLISHED_CONTRACT = resolve(__dirname, '../../shared/contract/schema.graphql');
/**
 * Contract items the code does not implement yet, one per line: the map of what later work adds. The
 * test keeps it exact, so it only shrinks as the API grows (`UPDATE_CONTRACT_PENDING=1 npm test --
 * test/schema` rewrites it; review the diff).
 */
const PENDING_FILE = resolve(__dirname, '../docs/api/contract-pending.txt');
const isMissing = (problem: string) =>
  / is missing$|: enum value is missing$/.test(problem) &&
  !/ is required but not in the contract$/.test(problem);

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
          // A root field may be not implemented yet (contract-pending.txt lists it); a field missing
          // from a type we do define would break clients that select it.
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
      expect(contractDifferences(ours, contract).filter((p) => !isMissing(p))).toEqual([]);
    });

    it('misses exactly the contract items listed as pending in docs/api/contract-pending.txt', () => {
      const missing = contractDifferences(ours, contract).filter(isMissing).sort();
      if (process.env.UPDATE_CONTRACT_PENDING === '1') writeFileSync(PENDING_FILE, missing.join('\n') + '\n');
      const pending = readFileSync(PENDING_FILE, 'utf8').split('\n').filter(Boolean).sort();
      // Missing but not listed: a change dropped something clients rely on. Listed but present: it was
      // implemented, so take it off the list.
      expect({ missingButNotListed: missing.filter((m) => !pending.includes(m)) }).toEqual({
        missingButNotListed: [],
      });
      expect({ listedButImplemented: pending.filter((p) => !missing.includes(p)) }).toEqual({
        listedButImplemented: [],
      });
    });

    it('the copy in docs/api is the published contract, where the published one is beside the checkout', () => {
      // A bare clone has only its own copy, which the tests above use; in the team's workspace and CI the
      // published contract sits beside the checkout, and the copy must not drift from it.
      if (!existsSync(PUBLISHED_CONTRACT)) return;
      expect(readFileSync(CONTRACT_FILE, 'utf8')).toBe(readFileSync(PUBLISHED_CONTRACT, 'utf8'));
    });

    it('implements the core contract operations', () => {
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
