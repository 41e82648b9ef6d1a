import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { buildGraphQLSchema } from './graphql-schema';

/** Writes the SDL the code defines to schema/schema.graphql (committed, so API changes show in review). */
export const SCHEMA_FILE = resolve(process.cwd(), 'schema', 'schema.graphql');

export function currentSdl(): string {
  return printSchema(buildGraphQLSchema()) + '\n';
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, currentSdl());
  console.log(`wrote ${SCHEMA_FILE}`);
}
