import 'reflect-metadata';
import { parseDatabaseUrl } from '../server/config';
import { Database, openDatabase } from '../server/database';
import { freshDatabase, TestDatabase } from './support/test-db';

/** Tables whose tenant_id only attributes platform work (the job queue), not tenant-owned data. */
const PLATFORM_TABLES = new Set(['jobs']);

describe('database schema', () => {
  let tdb: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    tdb = freshDatabase();
    db = await openDatabase(parseDatabaseUrl(tdb.url));
  });
  afterAll(async () => {
    await db.close();
    await tdb.drop();
  });

  // TypeORM's own schema diff reports type-alias noise on both engines (int/integer, MariaDB's
  // quoted defaults), so this compares what matters: tables, columns, nullability and indexes.
  it('the committed migrations build the tables, columns and indexes the entities describe', async () => {
    const runner = db.dataSource.createQueryRunner();
    const problems: string[] = [];
    try {
      for (const meta of db.dataSource.entityMetadatas) {
        const table = await runner.getTable(meta.tableName);
        if (!table) {
          problems.push(`${meta.tableName}: table missing`);
          continue;
        }
        const dbCols = new Map(table.columns.map((c) => [c.name, c]));
        for (const col of meta.columns) {
          const dbCol = dbCols.get(col.databaseName);
          if (!dbCol) problems.push(`${meta.tableName}.${col.databaseName}: column missing`);
          else if (dbCol.isNullable !== col.isNullable)
            problems.push(
              `${meta.tableName}.${col.databaseName}: nullable ${dbCol.isNullable}, entity says ${col.isNullable}`,
            );
          else if (dbCol.isPrimary !== col.isPrimary)
            problems.push(
              `${meta.tableName}.${col.databaseName}: primary ${dbCol.isPrimary}, entity says ${col.isPrimary}`,
            );
        }
        for (const name of dbCols.keys()) {
          if (!meta.columns.some((c) => c.databaseName === name))
            problems.push(`${meta.tableName}.${name}: column not in the entity`);
        }
        const dbIndexes = new Map(table.indices.map((i) => [i.name, i]));
        for (const idx of meta.indices) {
          const found = dbIndexes.get(idx.name);
          const cols = idx.columns.map((c) => c.databaseName);
          if (!found) problems.push(`${meta.tableName}: index ${idx.name} missing`);
          else if (found.columnNames.join(',') !== cols.join(',') || !!found.isUnique !== !!idx.isUnique) {
            problems.push(
              `${meta.tableName}: index ${idx.name} is (${found.columnNames}) unique=${found.isUnique}, entity says (${cols}) unique=${idx.isUnique}`,
            );
          }
        }
        for (const name of dbIndexes.keys()) {
          if (!meta.indices.some((i) => i.name === name))
            problems.push(`${meta.tableName}: index ${name} not declared in the entity`);
        }
      }
    } finally {
      await runner.release();
    }
    expect(problems).toEqual([]);
  });

  it('running the migrations again changes nothing', async () => {
    const again = await openDatabase(parseDatabaseUrl(tdb.url));
    try {
      expect(await again.dataSource.showMigrations()).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('every tenant-owned table has an index led by tenant_id, and every composite index starts with it', () => {
    const problems: string[] = [];
    for (const meta of db.dataSource.entityMetadatas) {
      if (!meta.columns.some((c) => c.databaseName === 'tenant_id') || PLATFORM_TABLES.has(meta.tableName))
        continue;
      // The primary key is an index too (a composite key is led by its first column).
      const indices = [
        meta.primaryColumns.map((c) => c.databaseName),
        ...meta.indices.map((i) => i.columns.map((c) => c.databaseName)),
      ];
      if (!indices.some((cols) => cols[0] === 'tenant_id'))
        problems.push(`${meta.tableName}: no index starts with tenant_id`);
      for (const cols of indices) {
        if (cols.length > 1 && cols[0] !== 'tenant_id')
          problems.push(`${meta.tableName}: index (${cols.join(', ')}) does not start with tenant_id`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ids are random UUIDs, never counters', () => {
    for (const meta of db.dataSource.entityMetadatas) {
      for (const col of meta.primaryColumns) {
        expect(col.isGenerated && col.generationStrategy === 'increment').toBe(false);
      }
    }
  });
});
