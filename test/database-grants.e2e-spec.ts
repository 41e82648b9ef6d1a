import { randomBytes } from 'node:crypto';
import { ProcessingPurpose } from '../schema/common/enums';
import { grantStatements } from '../server/grants';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser } from './support/fixtures';
import { testDialect } from './support/test-db';
import { startTestServer, TestServer } from './support/test-server';

describe('database grants for the application account', () => {
  // Runs on MySQL only (jest.config leaves it out of the SQLite project: SQLite has no accounts).
  describe('on MySQL, applied to a real account', () => {
    if (testDialect() !== 'mysql') throw new Error('database-grants runs on MySQL only (see jest.config.js)');
    let root: TestServer;
    let app: TestServer;
    const tag = randomBytes(4).toString('hex');
    const user = `stw_app_${tag}`;
    const migrator = `stw_mig_${tag}`;
    const password = randomBytes(12).toString('hex');
    let database: string;

    const denied = async (sql: string) => {
      const err = await app.services.db.query(sql).then(
        () => null,
        (e: { driverError?: { code?: string } }) => e,
      );
      expect([sql, err?.driverError?.code]).toEqual([
        sql,
        expect.stringMatching(
          /^ER_(TABLEACCESS_DENIED_ERROR|DBACCESS_DENIED_ERROR|SPECIFIC_ACCESS_DENIED_ERROR)$/,
        ),
      ]);
    };

    beforeAll(async () => {
      root = await startTestServer();
      database = new URL(root.database.url).pathname.slice(1);
      for (const statement of grantStatements(database, user, '%', migrator)) {
        if (statement.startsWith('--')) continue;
        await root.services.db.query(
          statement.replace('CHANGE-ME-application', password).replace('CHANGE-ME-migrations', password),
        );
      }
      const url = new URL(root.database.url);
      url.username = user;
      url.password = password;
      // The schema exists (migrated by the administrator's server); this server runs as the application.
      app = await startTestServer({
        database: { url: url.toString(), dialect: 'mysql', drop: async () => undefined },
      });
    });
    afterAll(async () => {
      await app?.close();
      await root?.services.db.query(`DROP USER IF EXISTS '${user}'@'%'`).catch(() => undefined);
      await root?.services.db.query(`DROP USER IF EXISTS '${migrator}'@'%'`).catch(() => undefined);
      await root?.close();
    });

    it('runs Steward: sign-in, tenants, subscribers, log appends, checkpoints, verification, web log and its retention', async () => {
      const [{ u }] = await app.services.db.query('SELECT CURRENT_USER() AS u');
      expect(u).toMatch(new RegExp(`^${user}@`));
      const token = await app.operatorToken();
      const tenant = await createTenant(app);
      const owner = await createUser(app, tenant, 'OWNER');
      const list = (
        await app.gql(
          'mutation { createList(input: { name: "GRANT-L", title: "G", optIn: SINGLE }) { id } }',
          {},
          owner.token,
        )
      ).data.createList.id;
      const added = await app.gql(
        'mutation($l: ID!) { addSubscriber(listId: $l, input: { email: "granted@example.org" }) { id } }',
        { l: list },
        owner.token,
      );
      expect(added.errors).toBeUndefined();
      await app.services.processingLog.append(RequestContext.system('grants-test'), {
        purpose: ProcessingPurpose.SECURITY,
        action: 'test.grants',
        subjects: 0,
        dataCategories: [],
        description: 'Written by the application account',
      });
      expect(await app.services.checkpoints.create()).not.toBeNull();
      const v = await app.gql('{ verifyProcessingLog { valid checkpointsChecked } }', {}, token);
      expect(v.data.verifyProcessingLog).toEqual({ valid: true, checkpointsChecked: 1 });
      await app.services.webLogRecorder.flush();
      await app.services.webLog.maintain(
        RequestContext.system('grants-test'),
        new Date(Date.now() + 400 * 86_400_000),
      );
      const removed = await app.gql(
        'mutation($id: ID!) { removeSubscriber(id: $id) }',
        { id: added.data.addSubscriber.id },
        owner.token,
      );
      expect(removed.data.removeSubscriber).toBe(true);
    });

    it('cannot change or delete processing-log entries or checkpoints, move the head back by deleting it, or change the schema', async () => {
      await denied("UPDATE processing_log SET description = 'rewritten' WHERE seq = 1");
      await denied('DELETE FROM processing_log WHERE seq = 1');
      await denied('TRUNCATE TABLE processing_log');
      await denied("UPDATE processing_log_checkpoints SET hash = 'x'");
      await denied('DELETE FROM processing_log_checkpoints');
      await denied('DELETE FROM processing_log_head');
      await denied("INSERT INTO processing_log_head (id, seq, hash) VALUES (2, 0, 'x')");
      await denied('DROP TABLE processing_log');
      await denied('ALTER TABLE processing_log ADD COLUMN evil INT');
      await denied('CREATE TABLE evil (id INT)');
      await denied("DELETE FROM migrations WHERE name LIKE 'Audit%'");
      expect(
        Number((await root.services.db.query('SELECT COUNT(*) AS n FROM processing_log WHERE seq = 1'))[0].n),
      ).toBe(1);
    });
  });
});
