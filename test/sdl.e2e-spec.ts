import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { currentSdl, SCHEMA_FILE } from '../server/print-schema';

const CONTRACT = resolve(process.cwd(), '..', 'shared', 'contract', 'schema.graphql');

describe('the GraphQL SDL', () => {
  it('schema/schema.graphql is what the code generates (run `npm run schema:print` after an API change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(currentSdl());
  });

  it("every type, field, argument and enum value shared with the contract has the contract's shape", () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'), { assumeValidSDL: true });
    const ours: GraphQLSchema = buildSchema(currentSdl());
    const problems: string[] = [];
    for (const [name, mine] of Object.entries(ours.getTypeMap())) {
      const want = contract.getType(name);
      if (name.startsWith('__') || !want) continue;
      if (mine.constructor !== want.constructor) {
        problems.push(`${name} is a different kind of type`);
        continue;
      }
      if (isEnumType(want) && isEnumType(mine)) {
        const have = new Set(mine.getValues().map((v) => v.name));
        for (const v of want.getValues()) if (!have.has(v.name)) problems.push(`${name}.${v.name} missing`);
        continue;
      }
      if (!(isObjectType(want) || isInputObjectType(want) || isInterfaceType(want))) continue;
      const mineFields = (mine as typeof want).getFields() as Record<
        string,
        { type: unknown; args?: ReadonlyArray<{ name: string; type: unknown }> }
      >;
      for (const [fname, f] of Object.entries(want.getFields()) as Array<
        [string, { type: unknown; args?: ReadonlyArray<{ name: string; type: unknown }> }]
      >) {
        const g = mineFields[fname];
        if (!g) {
          // A contract field of a type we have: only root fields may still be missing (later issues add them).
          if (name !== 'Query' && name !== 'Mutation') problems.push(`${name}.${fname} missing`);
          continue;
        }
        if (String(g.type) !== String(f.type))
          problems.push(`${name}.${fname} is ${g.type}, contract says ${f.type}`);
        for (const a of f.args ?? []) {
          const ga = (g.args ?? []).find((x) => x.name === a.name);
          if (!ga) problems.push(`${name}.${fname}(${a.name}) missing`);
          else if (String(ga.type) !== String(a.type))
            problems.push(`${name}.${fname}(${a.name}) is ${ga.type}, contract says ${a.type}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
