import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const IMPORT =
  'mutation($l: ID!, $csv: String!, $c: String) { importSubscribers(listId: $l, csv: $csv, consentStatement: $c) { id status } }';
const STATUS =
  'query($id: ID!) { subscriberImport(id: $id) { id status progress { processed total } report { rows added alreadyPresent suppressed invalid invalidLines { line reason } } } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

describe('subscriber import', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let outsider: UserFixture;
  let n = 0;

  const finished = async (id: string, token = admin.token) => {
    await until(
      async () =>
        ['DONE', 'FAILED'].includes((await s.gql(STATUS, { id }, token)).data?.subscriberImport?.status),
      'the import',
    );
    return (await s.gql(STATUS, { id }, token)).data.subscriberImport;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 2, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s);
    const other = await createTenant(s);
    [admin, viewer, outsider] = await Promise.all([
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'ADMIN'),
    ]);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('imports into a DOUBLE list: PENDING, one confirmation each, and a report with line numbers', async () => {
    const list = (await s.gql(CREATE_LIST, { i: { name: `IMP${n++}`, title: 'Imported' } }, admin.token)).data
      .createList;
    await s.gql(ADD, { l: list.id, i: { email: 'already@import.example' } }, admin.token);
    const csv = [
      'Email,Name,Country,Format',
      'ann@import.example,Ann,de,html',
      ' ANN@Import.Example ,Ann again,,', // the same address again: counted as present
      'not-an-address,Bad,,', // line 4
      'ben@import.example,Ben,ZZ,', // line 5: unknown country
      'already@import.example,Old,,',
      'cleo@import.example,,,text',
      'dan@import.example,Dan,,PDF', // line 8: unknown format
    ].join('\n');
    const started = await s.gql(IMPORT, { l: list.id, csv }, admin.token);
    expect(started.data.importSubscribers.status).toMatch(/QUEUED|RUNNING|DONE/);
    const done = await finished(started.data.importSubscribers.id);
    expect(done.status).toBe('DONE');
    expect(done.report).toMatchObject({ rows: 7, added: 2, alreadyPresent: 2, suppressed: 0, invalid: 3 });
    expect(done.report.invalidLines.map((l: { line: number }) => l.line)).toEqual([4, 5, 8]);
    expect(done.progress).toEqual({ processed: 3, total: 3 });

    const rows = await s.services.db.query(
      'SELECT email, name, country, format, status FROM subscribers WHERE list_id = ? ORDER BY email',
      [list.id],
    );
    expect(rows).toEqual([
      { email: 'already@import.example', name: null, country: null, format: 'TEXT', status: 'PENDING' },
      { email: 'ann@import.example', name: 'Ann', country: 'DE', format: 'HTML', status: 'PENDING' },
      { email: 'cleo@import.example', name: null, country: null, format: 'TEXT', status: 'PENDING' },
    ]);
    for (const email of ['ann@import.example', 'cleo@import.example']) {
      await until(async () => smtp.messages.some((m) => m.to.includes(email)), `confirmation to ${email}`);
    }
    expect(smtp.messages.filter((m) => m.to.includes('ann@import.example'))).toHaveLength(1);
    const token = /confirm\?token=([A-Za-z0-9_-]+)/.exec(
      smtp.messages.find((m) => m.to.includes('ann@import.example'))!.text,
    )![1];
    expect(
      (await s.gql('mutation($t: String!) { confirmSubscription(token: $t) }', { t: token })).data
        .confirmSubscription,
    ).toBe(true);
    const ledger = await s.services.db.query(
      `SELECT c.event, c.source FROM consent_records c JOIN subscribers s ON s.id = c.subscriber_id WHERE s.email = 'ann@import.example' ORDER BY c.at`,
    );
    expect(ledger).toEqual([
      { event: 'REQUESTED', source: 'IMPORT' },
      { event: 'CONFIRMED', source: 'FORM' },
    ]);
    // The import job's payload (the CSV) is blanked once done, and the log names nobody.
    const [job] = await s.services.db.query('SELECT payload FROM jobs WHERE id = ?', [done.id]);
    expect(job.payload).toBe('{}');
    const log = await s.services.db.query(
      `SELECT description FROM processing_log WHERE action = 'subscriber.import'`,
    );
    expect(JSON.stringify(log)).not.toMatch(/@/);
  });

  it("needs the customer's consent statement for a SINGLE list, then adds CONFIRMED and refuses suppressed addresses", async () => {
    const list = (
      await s.gql(CREATE_LIST, { i: { name: `SIN${n++}`, title: 'Single', optIn: 'SINGLE' } }, admin.token)
    ).data.createList;
    const csv = 'email\neve@import.example\nfay@import.example\n';
    expect(codeOf(await s.gql(IMPORT, { l: list.id, csv }, admin.token))).toBe('BAD_USER_INPUT');
    // fay unsubscribed from this tenant before
    const fay = (await s.gql(ADD, { l: list.id, i: { email: 'fay@import.example' } }, admin.token)).data
      .addSubscriber;
    await s.gql('mutation($id: ID!) { removeSubscriber(id: $id) }', { id: fay.id }, admin.token);

    const started = await s.gql(
      IMPORT,
      { l: list.id, csv, c: 'Signed up on paper at the 2026 member meeting' },
      admin.token,
    );
    const done = await finished(started.data.importSubscribers.id);
    expect(done.report).toMatchObject({ rows: 2, added: 1, suppressed: 1, alreadyPresent: 0, invalid: 0 });
    const [eve] = await s.services.db.query(
      `SELECT id, status FROM subscribers WHERE email = 'eve@import.example'`,
    );
    expect(eve.status).toBe('CONFIRMED');
    const [consent] = await s.services.db.query(
      'SELECT event, source, wording_version FROM consent_records WHERE subscriber_id = ?',
      [eve.id],
    );
    expect(consent).toMatchObject({ event: 'ATTESTED', source: 'IMPORT' });
    expect(consent.wording_version).toContain('Signed up on paper');
    expect(
      await s.services.db.query(`SELECT id FROM subscribers WHERE email = 'fay@import.example'`),
    ).toHaveLength(0);
    expect(smtp.messages.some((m) => m.to.includes('eve@import.example'))).toBe(false);
  });

  it('is for OWNER/ADMIN of the tenant only', async () => {
    const list = (await s.gql(CREATE_LIST, { i: { name: `ROLE${n++}`, title: 'Roles' } }, admin.token)).data
      .createList;
    expect(codeOf(await s.gql(IMPORT, { l: list.id, csv: 'email\nx@import.example' }, viewer.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await s.gql(IMPORT, { l: list.id, csv: 'email\nx@import.example' }, outsider.token))).toBe(
      'NOT_FOUND',
    );
    const mine = await s.gql(IMPORT, { l: list.id, csv: 'email\nx@import.example' }, admin.token);
    expect(
      (await s.gql(STATUS, { id: mine.data.importSubscribers.id }, outsider.token)).data.subscriberImport,
    ).toBeNull();
    expect(codeOf(await s.gql(IMPORT, { l: list.id, csv: '   ' }, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('runs from the command line with a progress bar', async () => {
    const list = (
      await s.gql(CREATE_LIST, { i: { name: `CLI${n++}`, title: 'CLI', optIn: 'SINGLE' } }, admin.token)
    ).data.createList;
    const dir = mkdtempSync(join(tmpdir(), 'steward-import-'));
    const file = join(dir, 'people.csv');
    writeFileSync(
      file,
      [
        'email,name',
        ...Array.from({ length: 2500 }, (_, i) => `cli-${i}@import.example,Person ${i}`),
        'broken',
      ].join('\n'),
    );
    try {
      const result = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            'dist/server/import-cli.js',
            '--tenant',
            tenant.slug,
            '--list',
            list.name,
            '--consent',
            'Members who opted in on our site',
            file,
          ],
          {
            cwd: join(__dirname, '..'),
            env: {
              PATH: process.env.PATH,
              DATABASE_URL: s.database.url,
              JWT_SECRET: TEST_JWT_SECRET,
              LOG_LEVEL: 'silent',
            },
          },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => resolve({ code, out, err }));
      });
      expect(result.code).toBe(0);
      expect(result.err).toMatch(/\[#+\] 100% 2,500\/2,500 rows/);
      expect(result.out).toMatch(
        /2501 rows in [\d.]+ s: 2500 added, 0 already present, 0 suppressed, 1 invalid/,
      );
      expect(result.out).toMatch(/line 2502: email is not a valid email address/);
      const [{ c }] = await s.services.db.query('SELECT COUNT(*) AS c FROM subscribers WHERE list_id = ?', [
        list.id,
      ]);
      expect(Number(c)).toBe(2500);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
