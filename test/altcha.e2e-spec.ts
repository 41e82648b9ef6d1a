import { createChallenge, solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { ALTCHA_ASSETS } from '../schema/altcha/altcha-widget';
import { ALTCHA_PURGE_EVERY_MS, ALTCHA_PURGE_QUEUE } from '../schema/altcha/altcha.jobs';
import { ALTCHA_CHALLENGE_TTL_MS, ALTCHA_DIFFICULTY, AltchaError } from '../schema/altcha/altcha.service';
import { t } from '../schema/common/i18n';
import { ConfigError, loadConfig } from '../server/config';
import { MODULES } from '../server/modules';
import { TEST_AUDIT_SIGNING_KEY } from './support/keys';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

/**
 * ALTCHA on the public forms (issue 12), over real HTTP, a real database and a real SMTP sink: the
 * hosted sign-up form, the GraphQL `subscribe` and `submitDataSubjectRequest`, and /requests/new
 * refuse a missing, malformed, forged, expired or replayed solution with BAD_USER_INPUT (the form
 * again with the error) and store and send nothing; a solution solved here with altcha-lib's solver
 * is accepted once, also when two requests race with it. Without ALTCHA_HMAC_KEY nothing changes.
 */
const KEY = 'altcha-test-key-0123456789-abcdefghijklmnop';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted } }';
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';

let seq = 0;
const personOf = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');

/** The payload the widget posts for a solved challenge. */
async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('not solved');
  return Buffer.from(
    JSON.stringify({
      challenge: { parameters: challenge.parameters, signature: challenge.signature },
      solution,
    }),
  ).toString('base64');
}

describe('ALTCHA on the public forms (ALTCHA_HMAC_KEY set)', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let listId: string;

  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) => Number((await q(sql, params))[0].n);
  const fresh = async (): Promise<string> => {
    const res = await fetch(`${s.base}/altcha/challenge`);
    expect(res.status).toBe(200);
    return solve((await res.json()) as Challenge);
  };
  const path = () => `/subscribe/${tenant.slug}/news`;
  const postSignup = (fields: Record<string, string>) =>
    fetch(`${s.base}${path()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ consentVersion: '1', format: 'TEXT', ...fields }).toString(),
    });
  const postRequest = (fields: Record<string, string>) =>
    fetch(`${s.base}/requests/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ type: 'ACCESS', ...fields }).toString(),
    });
  /** Everything a refused form or mutation may not have changed. */
  const footprint = async () => ({
    subscribers: await count('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [listId]),
    signupJobs: await count(`SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request'`),
    requestJobs: await count(`SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit'`),
    requests: await count('SELECT COUNT(*) AS n FROM data_subject_requests'),
    mailsToRefused: smtp.messages.filter((m) => refused.some((r) => m.to.includes(r))).length,
  });
  /** Every address a refused form or mutation named: none may get a mail. */
  const refused: string[] = [];
  const person = (who: string) => {
    const email = personOf(who);
    if (!/valid|race/.test(who)) refused.push(email);
    return email;
  };
  const settled = () =>
    until(
      async () => (await count(`SELECT COUNT(*) AS n FROM jobs WHERE state NOT IN ('done', 'dead')`)) === 0,
      'jobs settled',
    );

  /** The five bad payloads: none is accepted, each with its reason. */
  let bad: Record<'missing' | 'malformed' | 'garbage' | 'forged' | 'expired', string>;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_RATE_LIMIT: '0', ALTCHA_HMAC_KEY: KEY },
    });
    tenant = await createTenant(s, { name: 'Alpha Books' });
    const admin = await createUser(s, tenant, 'ADMIN');
    listId = (
      await s.gql(
        'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
        { i: { name: 'news', title: 'Alpha News' } },
        admin.token,
      )
    ).data.createList.id;
    const forged = await createChallenge({
      algorithm: ALTCHA_DIFFICULTY.algorithm,
      cost: ALTCHA_DIFFICULTY.cost,
      counter: 50,
      deriveKey,
      expiresAt: new Date(Date.now() + 60_000),
      hmacSignatureSecret: 'not-the-servers-key-0123456789abcdef',
      hmacKeySignatureSecret: 'not-the-servers-key-0123456789abcdef',
    });
    bad = {
      missing: '',
      malformed: 'not a payload!',
      garbage: Buffer.from(JSON.stringify({ challenge: { parameters: {} }, solution: 1 })).toString('base64'),
      forged: await solve(forged),
      // signed by this server, but 11 minutes ago: expired a minute ago
      expired: await solve(await s.services.altcha.challenge(Date.now() - ALTCHA_CHALLENGE_TTL_MS - 60_000)),
    };
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('hands out signed challenges with an expiry and keeps nothing for them', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM altcha_spent');
    const res = await fetch(`${s.base}/altcha/challenge`, { headers: { origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const c = (await res.json()) as Challenge;
    expect(c.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: ALTCHA_DIFFICULTY.cost });
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(c.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(c.parameters.expiresAt! * 1000 - Date.now()).toBeGreaterThan(ALTCHA_CHALLENGE_TTL_MS - 5_000);
    expect(c.parameters.expiresAt! * 1000 - Date.now()).toBeLessThanOrEqual(ALTCHA_CHALLENGE_TTL_MS);
    expect(await count('SELECT COUNT(*) AS n FROM altcha_spent')).toBe(before);
  });

  it('puts the widget, served from here and cached for a year, into the hosted form under a strict CSP', async () => {
    const res = await fetch(`${s.base}${path()}`, { headers: { 'accept-language': 'de' } });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|blob:|script-src[^;]*unsafe-inline/);
    const html = await res.text();
    expect(html).toContain(`<script type="module" src="${ALTCHA_ASSETS}/steward-altcha.js"></script>`);
    expect(html).toMatch(/<altcha-widget challenge="\/altcha\/challenge" name="altcha" language="de"/);
    // the widget's own strings in the page's language, from the catalogue
    expect(decode(html)).toContain(`"label":"${t('de', 'altcha.label')}"`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
    for (const [file, type] of [
      ['steward-altcha.js', /javascript/],
      ['altcha.min.js', /javascript/],
      ['pbkdf2.js', /javascript/],
      ['altcha.css', /css/],
    ] as const) {
      const a = await fetch(`${s.base}${ALTCHA_ASSETS}/${file}`);
      expect([file, a.status]).toEqual([file, 200]);
      expect(a.headers.get('content-type')).toMatch(type);
      expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(a.headers.get('access-control-allow-origin')).toBe('*');
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    expect((await fetch(`${s.base}/assets/altcha/0000/altcha.min.js`)).status).toBe(404);
    expect((await fetch(`${s.base}${ALTCHA_ASSETS}/../../package.json`)).status).toBe(404);
  });

  it('refuses a sign-up form without a valid solution: the form again with the error, nothing kept or sent', async () => {
    await settled();
    const before = await footprint();
    for (const [kind, altcha] of Object.entries(bad)) {
      const email = person(`refused-${kind}`);
      const res = await postSignup({ email, altcha });
      const html = await res.text();
      expect([kind, res.status]).toEqual([kind, 400]);
      expect(textOf(html)).toContain(
        t('en', kind === 'missing' ? 'altcha.errorMissing' : 'altcha.errorInvalid'),
      );
      expect(html).toContain('role="alert"');
      expect(html).toContain(`value="${email}"`); // what the person typed is kept
      expect(html).toContain('<altcha-widget'); // and a new widget to solve
    }
    // in the person's language
    const de = await fetch(`${s.base}${path()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'de' },
      body: new URLSearchParams({ email: person('de'), format: 'TEXT' }).toString(),
    });
    expect(de.status).toBe(400);
    expect(textOf(await de.text())).toContain(t('de', 'altcha.errorMissing'));
    await sleep(300);
    await settled();
    expect(await footprint()).toEqual(before);
  });

  it('accepts a solved challenge once; the replay is refused and sends nothing', async () => {
    const altcha = await fresh();
    const email = person('valid');
    const ok = await postSignup({ email, altcha });
    expect(ok.status).toBe(200);
    expect(textOf(await ok.text())).toContain(t('en', 'signup.sentTitle'));
    await until(async () => smtp.messages.some((m) => m.to.includes(email)), 'confirmation mail');
    await settled();

    const before = await footprint();
    const other = person('replay');
    const replay = await postSignup({ email: other, altcha });
    expect(replay.status).toBe(400);
    expect(textOf(await replay.text())).toContain(t('en', 'altcha.errorInvalid'));
    // the same solution is no good for the other form or for GraphQL either
    const viaForm = await postRequest({ email: person('replay-request'), altcha });
    expect(viaForm.status).toBe(400);
    const viaApi = await s.gql(SUBSCRIBE, { i: { tenant: tenant.slug, list: 'news', email: other, altcha } });
    expect(viaApi.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await sleep(300);
    await settled();
    expect(await footprint()).toEqual(before);
    expect(smtp.messages.some((m) => m.to.includes(other))).toBe(false);
    // only its hash is kept, until the challenge expires
    const rows = await q('SELECT hash FROM altcha_spent');
    expect(rows.every((r: { hash: string }) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(altcha.slice(0, 20));
  });

  it('lets exactly one of two racing uses of one solution through', async () => {
    for (let round = 0; round < 3; round++) {
      const altcha = await fresh();
      const emails = [person('race-a'), person('race-b')];
      const results = await Promise.all(emails.map((email) => postSignup({ email, altcha })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
      const viaApi = await Promise.all(
        [person('race-c'), person('race-d')].map((email) =>
          s.gql(SUBSCRIBE, { i: { tenant: tenant.slug, list: 'news', email, altcha: '' } }),
        ),
      );
      for (const r of viaApi) expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const api = await fresh();
      const both = await Promise.all(
        [person('race-e'), person('race-f')].map((email) =>
          s.gql(SUBSCRIBE, { i: { tenant: tenant.slug, list: 'news', email, altcha: api } }),
        ),
      );
      expect(both.filter((r) => r.data?.subscribe?.accepted === true)).toHaveLength(1);
      expect(both.filter((r) => r.errors?.[0].extensions?.code === 'BAD_USER_INPUT')).toHaveLength(1);
    }
  });

  it('guards the GraphQL subscribe mutation the same way', async () => {
    await settled();
    const before = await footprint();
    for (const [kind, altcha] of Object.entries(bad)) {
      const r = await s.gql(SUBSCRIBE, {
        i: { tenant: tenant.slug, list: 'news', email: person(`api-${kind}`), ...(altcha ? { altcha } : {}) },
      });
      expect([kind, r.errors?.[0].extensions?.code]).toEqual([kind, 'BAD_USER_INPUT']);
      expect(r.errors?.[0].extensions?.field).toBe('altcha');
    }
    await sleep(300);
    await settled();
    expect(await footprint()).toEqual(before);
    const email = person('api-valid');
    const ok = await s.gql(SUBSCRIBE, {
      i: { tenant: tenant.slug, list: 'news', email, altcha: await fresh() },
    });
    expect(ok.data?.subscribe?.accepted).toBe(true);
    await until(async () => smtp.messages.some((m) => m.to.includes(email)), 'confirmation mail');
  });

  it('guards the request form and submitDataSubjectRequest', async () => {
    await settled();
    const before = await footprint();
    for (const [kind, altcha] of Object.entries(bad)) {
      const email = person(`dsr-${kind}`);
      const res = await postRequest({ email, altcha, details: 'Please tell me what you hold.' });
      const html = await res.text();
      expect([kind, res.status]).toEqual([kind, 400]);
      expect(textOf(html)).toContain(
        t('en', kind === 'missing' ? 'altcha.errorMissing' : 'altcha.errorInvalid'),
      );
      expect(html).toContain('Please tell me what you hold.');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const r = await s.gql(SUBMIT, { i: { email, type: 'ACCESS', ...(altcha ? { altcha } : {}) } });
      expect([kind, r.errors?.[0].extensions?.code]).toEqual([kind, 'BAD_USER_INPUT']);
    }
    await sleep(300);
    await settled();
    expect(await footprint()).toEqual(before);

    const email = person('dsr-valid');
    const altcha = await fresh();
    const ok = await postRequest({ email, altcha });
    expect(ok.status).toBe(200);
    expect(textOf(await ok.text())).toMatch(/DSR-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    const again = await postRequest({ email, altcha });
    expect(again.status).toBe(400);
    const api = await s.gql(SUBMIT, {
      i: { email: person('dsr-api-valid'), type: 'ERASURE', altcha: await fresh() },
    });
    expect(api.data?.submitDataSubjectRequest?.reference).toMatch(/^DSR-/);
    await settled();
    expect((await footprint()).requests).toBe(before.requests + 2);
  });

  it('says why, in the service: expired, forged (invalid), malformed, replayed', async () => {
    const reason = (p: string) =>
      s.services.altcha.verify(p).then(
        () => 'accepted',
        (e: unknown) => (e instanceof AltchaError ? e.reason : String(e)),
      );
    expect(await reason(bad.missing)).toBe('missing');
    expect(await reason(bad.malformed)).toBe('malformed');
    expect(await reason(bad.garbage)).toBe('malformed');
    expect(await reason(bad.forged)).toBe('invalid');
    expect(await reason(bad.expired)).toBe('expired');
    const good = await fresh();
    expect(await reason(good)).toBe('accepted');
    expect(await reason(good)).toBe('replayed');
    // a tampered solution of a real challenge
    const p = JSON.parse(Buffer.from(await fresh(), 'base64').toString());
    p.solution.derivedKey = p.solution.derivedKey.replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    expect(await reason(Buffer.from(JSON.stringify(p)).toString('base64'))).toBe('invalid');
  });

  it('purges spent solutions once their challenges expired, on its schedule', async () => {
    const past = new Date(Date.now() - 60_000);
    await s.services.db.transaction((em) =>
      em.query('INSERT INTO altcha_spent (hash, expires_at) VALUES (?, ?)', [
        'f'.repeat(64),
        s.services.db.param(past),
      ]),
    );
    const live = await count('SELECT COUNT(*) AS n FROM altcha_spent WHERE hash <> ?', ['f'.repeat(64)]);
    expect(live).toBeGreaterThan(0);
    // the module's timer names the purge, and its handler runs it
    expect(MODULES.flatMap((m) => m.schedules(s.services))).toContainEqual({
      queue: ALTCHA_PURGE_QUEUE,
      everyMs: ALTCHA_PURGE_EVERY_MS,
    });
    const job = s.services.handlers.find((h) => h.queue === ALTCHA_PURGE_QUEUE)!;
    expect(await job.run({} as never)).toEqual({ purged: 1 });
    expect(await count('SELECT COUNT(*) AS n FROM altcha_spent WHERE hash = ?', ['f'.repeat(64)])).toBe(0);
    // the unexpired ones stay: they still refuse their replays
    expect(await count('SELECT COUNT(*) AS n FROM altcha_spent')).toBe(live);
  });
});

describe('ALTCHA off (no ALTCHA_HMAC_KEY)', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  beforeAll(async () => {
    s = await startTestServer({ env: { PUBLIC_RATE_LIMIT: '0' } });
    tenant = await createTenant(s, { name: 'Beta' });
    const admin = await createUser(s, tenant, 'ADMIN');
    await s.gql(
      'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
      { i: { name: 'news', title: 'Beta News' } },
      admin.token,
    );
  });
  afterAll(() => s?.close());

  it('shows no widget, needs no field, and has no challenge endpoint', async () => {
    const html = await (await fetch(`${s.base}/subscribe/${tenant.slug}/news`)).text();
    expect(html).not.toContain('altcha');
    expect(html).not.toContain('<script');
    expect(await (await fetch(`${s.base}/requests/new`)).text()).not.toContain('altcha');
    expect((await fetch(`${s.base}/altcha/challenge`)).status).toBe(404);
    expect((await fetch(`${s.base}${ALTCHA_ASSETS}/altcha.min.js`)).status).toBe(404);
    const res = await fetch(`${s.base}/subscribe/${tenant.slug}/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: personOf('off'), format: 'TEXT' }).toString(),
    });
    expect(res.status).toBe(200);
    const r = await s.gql(SUBSCRIBE, {
      i: { tenant: tenant.slug, list: 'news', email: personOf('off-api') },
    });
    expect(r.data?.subscribe?.accepted).toBe(true);
  });

  it('refuses a short ALTCHA_HMAC_KEY at start', () => {
    const env = {
      DATABASE_URL: 'sqlite::memory:',
      JWT_SECRET: 'x'.repeat(40),
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    };
    expect(() => loadConfig({ ...env, ALTCHA_HMAC_KEY: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, ALTCHA_HMAC_KEY: 'short' })).toThrow(
      /ALTCHA_HMAC_KEY must be at least 32 bytes/,
    );
    expect(loadConfig({ ...env, ALTCHA_HMAC_KEY: KEY }).altchaHmacKey).toBe(KEY);
    expect(loadConfig(env).altchaHmacKey).toBeUndefined();
  });
});
