import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

export type TestDialect = 'sqlite' | 'mysql';

export function testDialect(): TestDialect {
  return process.env.STEWARD_TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

export interface TestDatabase {
  url: string;
  dialect: TestDialect;
  drop(): Promise<void>;
}

/** A database nobody else uses: a new SQLite file, or a new MySQL database beside TEST_DATABASE_URL's. */
export function freshDatabase(): TestDatabase {
  const tag = randomBytes(6).toString('hex');
  if (testDialect() === 'sqlite') {
    const file = join(tmpdir(), `steward-test-${tag}.sqlite`);
    return {
      url: `sqlite:${file}`,
      dialect: 'sqlite',
      drop: async () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      },
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is required for the mysql project');
  const url = new URL(base);
  const name = `steward_t_${tag}`;
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'mysql',
    drop: async () => {
      const admin = new URL(base);
      admin.pathname = '/';
      const ds = new DataSource({ type: 'mysql', url: admin.toString() });
      await ds.initialize();
      try {
        await ds.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await ds.destroy();
      }
    },
  };
}
