import { createTenant, createUser, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import {
  codeOf,
  CONSOLE_OPERATOR_EMAIL,
  OPERATOR_EMAIL,
  startTestServer,
  TestServer,
} from './support/test-server';
import { until } from './support/wait';

const OPERATORS = '{ operators { id email status twoFactorEnabled lastSignInAt } }';
const INVITE =
  'mutation($e: String!) { inviteOperator(email: $e) { id email status twoFactorEnabled lastSignInAt } }';
const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) { accepted } }';
const PASSWORD = 'a-long-operator-password-42';

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@platform.example`;

describe('operators: the list and invitations', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let op: string;
  let owner: UserFixture;

  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const lastSeq = async () => Number((await q('SELECT MAX(seq) AS m FROM processing_log'))[0].m ?? 0);
  const logSince = (n: number): Promise<Array<Record<string, any>>> =>
    q('SELECT * FROM processing_log WHERE seq > ? ORDER BY seq', [n]);
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const linkIn = async (email: string, n = 1) => {
    await until(async () => mailsTo(email).length >= n, `invitation mail ${n} to ${email}`);
    const mail = mailsTo(email)[n - 1];
    return { mail, token: /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1] };
  };
  const operatorCount = async () => Number((await q('SELECT COUNT(*) AS n FROM operators'))[0].n);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 1,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://steward.example' },
    });
    op = await s.operatorToken();
    owner = await createUser(s, await createTenant(s), 'OWNER');
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('lists the operators with status, 2FA and last sign-in, for operators only', async () => {
    const r = await s.gql(OPERATORS, {}, op);
    expect(r.errors).toBeUndefined();
    const me = r.data.operators.find((o: { email: string }) => o.email === CONSOLE_OPERATOR_EMAIL);
    expect(me).toMatchObject({ status: 'ACTIVE', twoFactorEnabled: true });
    expect(Date.now() - new Date(me.lastSignInAt).getTime()).toBeLessThan(10 * 60_000);
    // the bootstrap operator of this server never signed in and has no 2FA
    const bootstrap = r.data.operators.find((o: { email: string }) => o.email === OPERATOR_EMAIL);
    expect(bootstrap).toMatchObject({ status: 'ACTIVE', twoFactorEnabled: false, lastSignInAt: null });
    expect(codeOf(await s.gql(OPERATORS, {}, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(OPERATORS, {}))).toBe('UNAUTHENTICATED');
  });

  it('invites: an INVITED operator without a password, a mailed single-use link, then an active operator who signs in', async () => {
    const email = address('new-op');
    const before = await lastSeq();
    const r = await s.gql(INVITE, { e: `  ${email.toUpperCase()} ` }, op);
    expect(r.errors).toBeUndefined();
    expect(r.data.inviteOperator).toMatchObject({
      email,
      status: 'INVITED',
      twoFactorEnabled: false,
      lastSignInAt: null,
    });
    const { mail, token } = await linkIn(email);
    expect(mail.subject).toMatch(/invited/i);
    expect(mail.text).toContain('https://steward.example/invitation?token=');
    expect(mail.text).toMatch(/two-factor/);
    expect(
      (await s.gql(OPERATORS, {}, op)).data.operators.find((o: { email: string }) => o.email === email),
    ).toMatchObject({ status: 'INVITED' });
    const row = (await q('SELECT password_hash, status FROM operators WHERE email = ?', [email]))[0];
    expect(row).toMatchObject({ password_hash: '', status: 'INVITED' });
    // no password yet: neither a sign-in nor a reset link
    expect(codeOf(await s.gql(LOGIN, { e: email, p: '' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(LOGIN, { e: email, p: PASSWORD }))).toBe('UNAUTHENTICATED');
    await s.gql(RESET, { e: email });

    expect((await s.gql(ACCEPT, { t: token, p: PASSWORD })).data.acceptInvitation).toBe(true);
    expect(codeOf(await s.gql(ACCEPT, { t: token, p: PASSWORD }))).toBe('BAD_USER_INPUT');
    const token2 = await s.login(email, PASSWORD);
    // signed in, but without 2FA the console stays closed until it is set up
    expect((await s.gql('{ me { email twoFactorEnabled } }', {}, token2)).data.me).toEqual({
      email,
      twoFactorEnabled: false,
    });
    const closed = await s.gql(OPERATORS, {}, token2);
    expect(codeOf(closed)).toBe('FORBIDDEN');
    expect(closed.errors![0].extensions?.twoFactorSetupRequired).toBe(true);
    const listed = (await s.gql(OPERATORS, {}, op)).data.operators.find(
      (o: { email: string }) => o.email === email,
    );
    expect(listed.status).toBe('ACTIVE');
    expect(listed.lastSignInAt).not.toBeNull();
    // the reset request for the invited account was done and mailed nothing
    await until(
      async () =>
        Number(
          (
            await q(
              `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'account.passwordReset' AND state IN ('pending', 'running')`,
            )
          )[0].n,
        ) === 0,
      'the reset request job',
    );
    expect(mailsTo(email)).toHaveLength(1);

    const entries = (await logSince(before)).filter((e) => e.action.startsWith('operator.'));
    expect(entries.map((e) => [e.action, e.purpose])).toEqual([
      ['operator.invite', 'SECURITY'],
      ['operator.acceptInvitation', 'SECURITY'],
    ]);
    for (const e of await logSince(before)) expect(e.description).not.toMatch(/[^\s@]+@[^\s@]+/);
  });

  it('refuses an address that is an operator in any spelling (CONFLICT), a bad address, and a tenant user; changes nothing', async () => {
    const n = await operatorCount();
    const [local, domain] = OPERATOR_EMAIL.split('@');
    for (const spelling of [
      OPERATOR_EMAIL,
      OPERATOR_EMAIL.toUpperCase(),
      ` ${local}@${domain.toUpperCase()}\n`,
    ]) {
      const r = await s.gql(INVITE, { e: spelling }, op);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/already exists/);
    }
    for (const bad of [
      '',
      'not-an-address',
      'a@b',
      `x\r\nBcc: y@example.com`,
      `${'a'.repeat(250)}@example.com`,
    ])
      expect(codeOf(await s.gql(INVITE, { e: bad }, op))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(INVITE, { e: address('sneaky') }, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(INVITE, { e: address('anon') }))).toBe('UNAUTHENTICATED');
    expect(await operatorCount()).toBe(n);
  });

  it('invites an INVITED address again: one operator, a new link, the old one no longer works', async () => {
    const email = address('again');
    const first = (await s.gql(INVITE, { e: email }, op)).data.inviteOperator;
    const { token: old } = await linkIn(email);
    const second = await s.gql(INVITE, { e: email.toUpperCase() }, op);
    expect(second.data.inviteOperator.id).toBe(first.id);
    const { token: fresh } = await linkIn(email, 2);
    expect(fresh).not.toBe(old);
    expect(codeOf(await s.gql(ACCEPT, { t: old, p: PASSWORD }))).toBe('BAD_USER_INPUT');
    expect((await s.gql(ACCEPT, { t: fresh, p: PASSWORD })).data.acceptInvitation).toBe(true);
    expect(Number((await q('SELECT COUNT(*) AS n FROM operators WHERE email = ?', [email]))[0].n)).toBe(1);
    expect(codeOf(await s.gql(INVITE, { e: email }, op))).toBe('CONFLICT');
  });
});
