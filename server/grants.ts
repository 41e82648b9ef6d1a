import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from './entities';

/** Tables whose rows the application may add but never change or delete, and the head it moves. */
const APPEND_ONLY = new Set(['processing_log', 'processing_log_checkpoints']);
const UPDATE_ONLY = new Set(['processing_log_head']);

const quoteName = (s: string) => '`' + s.replace(/`/g, '``') + '`';
const quoteString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The MySQL GRANT statements for the application and migration accounts on `database`, table by
 * table from the entities: the application account gets SELECT and INSERT on the processing log and
 * its checkpoints, no UPDATE or DELETE; UPDATE on the head row it moves; the usual four elsewhere.
 */
export function grantStatements(database: string, user: string, host: string, migrator: string): string[] {
  const tables = new Set<string>(['processing_log_head', 'migrations']);
  const entities = new Set<unknown>(ENTITIES);
  for (const t of getMetadataArgsStorage().tables) if (entities.has(t.target) && t.name) tables.add(t.name);
  const account = `${quoteString(user)}@${quoteString(host)}`;
  const db = quoteName(database);
  const lines = [
    `-- Steward on ${database}: run as an administrator, after the migrations (npm run migrate with the migration account).`,
    `-- The application account may add processing-log entries and checkpoints, but never change or delete them.`,
    `CREATE USER IF NOT EXISTS ${quoteString(migrator)}@${quoteString(host)} IDENTIFIED BY 'CHANGE-ME-migrations';`,
    `GRANT ALL PRIVILEGES ON ${db}.* TO ${quoteString(migrator)}@${quoteString(host)};`,
    `CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY 'CHANGE-ME-application';`,
  ];
  for (const table of [...tables].sort()) {
    const privileges = APPEND_ONLY.has(table)
      ? 'SELECT, INSERT'
      : UPDATE_ONLY.has(table)
        ? 'SELECT, UPDATE'
        : table === 'migrations'
          ? 'SELECT'
          : 'SELECT, INSERT, UPDATE, DELETE';
    lines.push(`GRANT ${privileges} ON ${db}.${quoteName(table)} TO ${account};`);
  }
  return lines;
}
