import { createHash } from 'node:crypto';
import { newId } from '../schema/common/ids';
import { hashPassword } from '../schema/users/password';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, GqlResult, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const REQUEST =
  'mutation($e: String!, $t: String) { requestPasswordReset(email: $e, tenant: $t) { accepted message } }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const START =
  'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }';
const ME = '{ me { id } }';
const PUBLIC_ORIGIN = 'http://localhost:4000';
const SAME_ORIGIN = { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' };
const HOUR = 3_600_000;

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
let ipSeq = 10;
/** A client address of its own (TRUST_PROXY=loopback): each test its own rate-limit budget. */
const freshIp = () => ({ 'x-forwarded-for': `198.51.100.${ipSeq++}` });

// Many scrypt checks (sign-ins, password changes) on a shared, busy machine: more than the default minute.
jest.setTimeout(240_000);

describe('password reset', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let other: TenantFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 1, env: { SMTP_URL: smtp.url, TRUST_PROXY: 'loopback' } });
    tenant = await createTenant(s);
    other = await createTenant(s);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const request = (email: string, t: string | null, ip = freshIp()) =>
    s.gql(REQUEST, { e: email, t }, undefined, ip);
  const reset = (token: string, password: string) => s.gql(RESET, { t: token, p: password });
  const tokenOf = (m: ReceivedMail) => {
    const match = /http:\/\/localhost:4000\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(m.text);
    if (!match) throw new Error(`no reset link in: ${m.text}`);
    return match[1];
  };
  /** Every reset job and mail job done (the mutation answers before its job ran). */
  const settled = () =>
    until(
      async () =>
        Number(
          (
            await q(
              `SELECT COUNT(*) AS n FROM jobs WHERE queue IN ('account.passwordReset', 'mail.send') AND state NOT IN ('done', 'dead')`,
            )
          )[0].n,
        ) === 0,
      'the reset jobs',
    );
  /** The mails to `to` received so far. */
  const mailsTo = (to: string) => smtp.messages.filter((m) => m.to.includes(to));
  const nextMail = async (to: string, before: number) => {
    await until(async () => mailsTo(to).length > before, `a mail to ${to}`);
    return mailsTo(to)[before];
  };
  const session = async (email: string, password: string, slug: string | null) => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
      body: JSON.stringify({ query: START, variables: { e: email, p: password, t: slug } }),
    });
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
    if (!cookie) throw new Error(`startSession failed: ${await res.text()}`);
    return cookie;
  };
  const meWithCookie = async (cookie: string): Promise<GqlResult> =>
    s.gql(ME, {}, undefined, { cookie, ...SAME_ORIGIN });

  it('mails a single-use link valid 1 hour whose token is stored only hashed; using it sets the password and ends every session and token', async () => {
    const user = await createUser(s, tenant, 'ADMIN');
    const cookie = await session(user.email, user.password, tenant.slug);
    expect((await meWithCookie(cookie)).data?.me?.id).toBe(user.id);

    const before = mailsTo(user.email).length;
    const r = await request(`  ${user.email.toUpperCase()} `, tenant.slug.toUpperCase());
    expect(r.errors).toBeUndefined();
    expect(r.data.requestPasswordReset.accepted).toBe(true);
    const mail = await nextMail(user.email, before);
    expect(mail.subject).toBe('Set a new password for Steward');
    expect(mail.text).toContain(tenant.name);
    expect(mail.text).toMatch(/within 1 hour/);
    const token = tokenOf(mail);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const rows = await q('SELECT * FROM password_reset_tokens WHERE user_id = ?', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const lifetime =
      s.services.db.date(rows[0].expires_at)!.getTime() - s.services.db.date(rows[0].created_at)!.getTime();
    expect(lifetime).toBe(HOUR);

    // The job's payload held the address; it is blanked once done.
    await settled();
    const jobs = await q(`SELECT payload FROM jobs WHERE queue = 'account.passwordReset'`);
    expect(JSON.stringify(jobs)).not.toContain(user.email);

    const ok = await reset(token, 'a-brand-new-password');
    expect(ok.errors).toBeUndefined();
    expect(ok.data.resetPassword).toBe(true);
    // every session and Bearer token of the account ended
    expect(codeOf(await meWithCookie(cookie))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(await q('SELECT id FROM sessions WHERE user_id = ?', [user.id])).toEqual([]);
    // the old password no longer signs in, the new one does
    await expect(s.login(user.email, user.password, tenant.slug)).rejects.toThrow(/login failed/);
    const fresh = await s.login(user.email, 'a-brand-new-password', tenant.slug);
    expect((await s.gql(ME, {}, fresh)).data.me.id).toBe(user.id);

    // single use
    const again = await reset(token, 'yet-another-password');
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/invalid, has expired or was already used/);
    await expect(s.login(user.email, 'yet-another-password', tenant.slug)).rejects.toThrow(/login failed/);

    // the processing log: SECURITY entries that name no address
    const log = await q(
      `SELECT tenant_id, purpose, action, description FROM processing_log WHERE action IN ('account.passwordResetRequested', 'account.passwordReset') AND tenant_id = ?`,
      [tenant.id],
    );
    expect(log.map((l: any) => l.action).sort()).toEqual([
      'account.passwordReset',
      'account.passwordResetRequested',
    ]);
    for (const l of log) {
      expect(l.purpose).toBe('SECURITY');
      expect(l.description).not.toContain(user.email);
      expect(l.description).not.toContain('@');
    }
  });

  it('answers the same, in about the same time, for an account that does not exist, and mails nobody', async () => {
    const user = await createUser(s, tenant, 'VIEWER');
    const known = await request(user.email, tenant.slug);
    const cases: Array<[string, string | null]> = [
      [`nobody-${newId()}@example.com`, tenant.slug],
      [user.email, other.slug], // a real address, in a tenant it is not a user of
      [user.email, 'no-such-tenant'],
      [user.email, null], // not an operator
    ];
    for (const [email, slug] of cases) {
      const r = await request(email, slug);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual(known.data);
    }
    await settled();
    expect(mailsTo(user.email)).toHaveLength(1);
    for (const [email] of cases.slice(0, 1)) expect(mailsTo(email)).toHaveLength(0);
    const unknownLog = await q(
      `SELECT subjects, description FROM processing_log WHERE action = 'account.passwordResetRequested' AND subjects = 0`,
    );
    expect(unknownLog.length).toBeGreaterThanOrEqual(cases.length);
    expect(JSON.stringify(unknownLog)).not.toContain('@');

    // Timing: the mutation only checks and enqueues; the lookup happens in the job.
    const time = async (email: string) => {
      const t0 = performance.now();
      await request(email, tenant.slug);
      return performance.now() - t0;
    };
    const existing: number[] = [];
    const missing: number[] = [];
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(s, tenant, 'VIEWER')));
    for (const p of people) {
      existing.push(await time(p.email));
      missing.push(await time(`missing-${newId()}@example.com`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(Math.abs(median(existing) - median(missing))).toBeLessThan(100);
  });

  it('refuses an expired link, a forged one, and an older link once a newer one was asked for', async () => {
    const user = await createUser(s, tenant, 'OWNER');
    const n = mailsTo(user.email).length;
    await request(user.email, tenant.slug);
    const first = tokenOf(await nextMail(user.email, n));
    await request(user.email, tenant.slug);
    const second = tokenOf(await nextMail(user.email, n + 1));
    expect(second).not.toBe(first);
    // the first link stopped working when the second was mailed
    const stale = await reset(first, 'password-from-first-link');
    expect(codeOf(stale)).toBe('BAD_USER_INPUT');
    expect(await q('SELECT token_hash FROM password_reset_tokens WHERE user_id = ?', [user.id])).toEqual([
      { token_hash: sha256(second) },
    ]);

    // an hour later the link is dead (the clock is moved by moving the row's expiry into the past)
    await s.services.db.transaction((em) =>
      em.query('UPDATE password_reset_tokens SET expires_at = ? WHERE token_hash = ?', [
        s.services.db.param(new Date(Date.now() - 1000)),
        sha256(second),
      ]),
    );
    const expired = await reset(second, 'password-from-second-link');
    expect(codeOf(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0].message).toBe(stale.errors![0].message);

    for (const forged of [
      '',
      'x',
      'A'.repeat(43),
      second.slice(0, -1) + (second.endsWith('A') ? 'B' : 'A'),
      'a'.repeat(5000),
    ]) {
      const r = await reset(forged, 'password-from-forged-link');
      expect([forged.slice(0, 8), codeOf(r)]).toEqual([forged.slice(0, 8), 'BAD_USER_INPUT']);
    }
    // the password is unchanged throughout
    expect(await s.login(user.email, user.password, tenant.slug)).toBeTruthy();
  });

  it('applies the password policy and keeps the link usable after a refused password', async () => {
    const user = await createUser(s, tenant, 'ADMIN');
    const n = mailsTo(user.email).length;
    await request(user.email, tenant.slug);
    const token = tokenOf(await nextMail(user.email, n));
    for (const bad of ['short', ' '.repeat(20), 'x'.repeat(201)]) {
      const r = await reset(token, bad);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions?.field).toBe('newPassword');
    }
    expect(await s.login(user.email, user.password, tenant.slug)).toBeTruthy();
    expect((await reset(token, 'a-good-long-password')).data.resetPassword).toBe(true);
  });

  it('refuses bad input without mailing anything', async () => {
    for (const [email, t] of [
      ['not-an-address', tenant.slug],
      ['a\nb@example.com', tenant.slug],
      [`${'a'.repeat(250)}@example.com`, tenant.slug],
      ['ok@example.com', 'x'.repeat(41)],
      ['ok@example.com', 'bad\u0000slug'],
    ] as Array<[string, string]>) {
      expect(codeOf(await request(email, t))).toBe('BAD_USER_INPUT');
    }
  });

  it('is rate limited per account and per client network, with the same answer for an unknown account', async () => {
    const user = await createUser(s, tenant, 'VIEWER');
    // per account: 3 an hour, whichever network asks
    for (let i = 0; i < 3; i++) expect((await request(user.email, tenant.slug)).errors).toBeUndefined();
    const limited = await request(user.email, tenant.slug);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    const ghost = `ghost-${newId()}@example.com`;
    for (let i = 0; i < 3; i++) expect((await request(ghost, tenant.slug)).errors).toBeUndefined();
    const ghostLimited = await request(ghost, tenant.slug);
    expect(codeOf(ghostLimited)).toBe('RATE_LIMITED');
    expect(ghostLimited.errors![0].message.replace(/\d+/g, 'N')).toBe(
      limited.errors![0].message.replace(/\d+/g, 'N'),
    );
    // per network: 10 an hour over all accounts
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const r = await request(`many-${i}-${newId()}@example.com`, tenant.slug, ip);
      expect(r.errors).toBeUndefined();
    }
    expect(codeOf(await request(`many-x-${newId()}@example.com`, tenant.slug, ip))).toBe('RATE_LIMITED');
    await settled();
    expect(mailsTo(user.email)).toHaveLength(3);
  });

  it('works for operators (no tenant)', async () => {
    // A second operator, so the fixtures' operator keeps its password.
    const email = `second-${newId().slice(0, 8)}@steward.test`;
    const id = newId();
    await s.services.db.transaction(async (em) =>
      em.query(
        'INSERT INTO operators (id, email, password_hash, must_change_password, session_version, created_at) VALUES (?, ?, ?, 1, 0, ?)',
        [id, email, await hashPassword('old-operator-password'), s.services.db.param(new Date())],
      ),
    );
    const cookie = await session(email, 'old-operator-password', null);
    const n = mailsTo(email).length;
    expect((await request(email, null)).errors).toBeUndefined();
    const mail = await nextMail(email, n);
    expect(mail.text).toContain('operator account');
    // a tenant named with an operator's address finds no account
    await request(email, tenant.slug);
    await settled();
    expect(mailsTo(email)).toHaveLength(n + 1);

    expect((await reset(tokenOf(mail), 'new-operator-password')).data.resetPassword).toBe(true);
    expect(codeOf(await meWithCookie(cookie))).toBe('UNAUTHENTICATED');
    const token = await s.login(email, 'new-operator-password');
    // a reset replaces a one-time password too
    const op = await q('SELECT must_change_password AS m FROM operators WHERE id = ?', [id]);
    expect(Number(op[0].m)).toBe(0);
    expect((await s.gql('{ me { email } }', {}, token)).data.me.email).toBe(email);
    // no longer held back by the one-time password: only by the 2FA every operator must set up
    const gated = await s.gql('{ tenants { id } }', {}, token);
    expect(codeOf(gated)).toBe('FORBIDDEN');
    expect(gated.errors![0].message).not.toMatch(/one-time password/);
    expect(gated.errors![0].extensions?.twoFactorSetupRequired).toBe(true);
  });

  describe('GET /reset-password (a page that works without JavaScript)', () => {
    let user: UserFixture;
    let token: string;

    beforeAll(async () => {
      user = await createUser(s, tenant, 'ADMIN');
      const n = mailsTo(user.email).length;
      await request(user.email, tenant.slug);
      token = tokenOf(await nextMail(user.email, n));
    });

    const post = (fields: Record<string, string>) =>
      fetch(`${s.base}/reset-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });

    it('shows the form with the fields New password and Confirm password and the button Set password; a GET changes nothing', async () => {
      const r = await fetch(`${s.base}/reset-password?token=${token}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await r.text();
      expect(html).toMatch(/<label for="newPassword"[^>]*>New password<\/label>/);
      expect(html).toMatch(/<label for="confirmPassword"[^>]*>Confirm password<\/label>/);
      expect(html).toMatch(/<button type="submit"[^>]*>Set password<\/button>/);
      expect(html).toContain(`value="${token}"`);
      expect(html).not.toMatch(/<script/i);
      expect(
        await q('SELECT token_hash FROM password_reset_tokens WHERE user_id = ?', [user.id]),
      ).toHaveLength(1);
    });

    it('shows the form again with the error when the passwords differ or break the policy', async () => {
      const differ = await post({
        token,
        newPassword: 'first-long-password',
        confirmPassword: 'other-long-password',
      });
      expect(differ.status).toBe(400);
      const html = await differ.text();
      expect(html).toContain('role="alert"');
      expect(html).toContain('The two passwords do not match');
      expect(html).toContain('Set password');
      const weak = await post({ token, newPassword: 'short', confirmPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(await weak.text()).toContain('12 to 200 characters');
      expect(await s.login(user.email, user.password, tenant.slug)).toBeTruthy();
    });

    it('sets the password and links to /login; the same link then shows that it cannot be used', async () => {
      const ok = await post({
        token,
        newPassword: 'page-set-password',
        confirmPassword: 'page-set-password',
      });
      expect(ok.status).toBe(200);
      const html = await ok.text();
      expect(html).toContain('Password set');
      expect(html).toContain('href="/login"');
      expect(await s.login(user.email, 'page-set-password', tenant.slug)).toBeTruthy();
      const again = await post({
        token,
        newPassword: 'page-set-password2',
        confirmPassword: 'page-set-password2',
      });
      expect(again.status).toBe(400);
      const text = await again.text();
      expect(text).toContain('invalid, has expired or was already used');
      expect(text).toContain('href="/forgot-password"');
    });
  });
});
