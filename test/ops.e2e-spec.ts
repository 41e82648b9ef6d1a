import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SEND_MAIL_QUEUE } from '../schema/mail/mail.service';
import { RequestContext } from '../tenants/request-context';
import { HOUSEKEEPING_QUEUE } from '../schema/processing/housekeeping.jobs';
import { createTenant, createUser } from './support/fixtures';
import {
  codeOf,
  CONSOLE_OPERATOR_PASSWORD,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TestServer,
} from './support/test-server';
import { until } from './support/wait';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A TCP port nothing listens on (taken and given back), so SMTP to it fails at once. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** The value of one sample in Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('operations endpoints and metrics', () => {
  let s: TestServer;
  const metrics = async () => {
    const res = await fetch(`${s.base}/metrics`);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    // One worker loop, and an SMTP server that refuses connections: mail jobs fail and retry.
    s = await startTestServer({ workers: 1, env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` } });
  });
  afterAll(() => s.close());

  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${s.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 while the database answers', async () => {
    const res = await fetch(`${s.base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('GET /metrics is Prometheus text format', async () => {
    const res = await fetch(`${s.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await res.text();
    for (const line of text.split('\n').filter(Boolean)) {
      expect(line).toMatch(
        /^(# (HELP|TYPE) [a-zA-Z_:][\w:]* .*|[a-zA-Z_:][\w:]*(\{.*\})? [-+]?(\d[\d.e+-]*|NaN|Inf))$/,
      );
    }
    for (const type of [
      'steward_http_request_duration_seconds histogram',
      'steward_graphql_operation_duration_seconds histogram',
      'steward_job_queue_depth gauge',
      'steward_job_duration_seconds histogram',
      'steward_job_failures_total counter',
    ]) {
      expect(text).toContain(`# TYPE ${type}`);
    }
  });

  it('counts HTTP requests by route and GraphQL operations by root field once they happen', async () => {
    const before = await metrics();
    expect(
      sample(before, 'steward_graphql_operation_duration_seconds_count', { type: 'query', field: 'tenants' }),
    ).toBeUndefined();
    const httpBefore =
      sample(before, 'steward_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }) ?? 0;

    const r = await s.gql('{ tenants { id } }', {}, await s.operatorToken());
    expect(r.errors).toBeUndefined();
    await s.gql('{ me { id } }'); // not signed in: an error outcome

    const after = await metrics();
    expect(
      sample(after, 'steward_graphql_operation_duration_seconds_count', {
        type: 'query',
        field: 'tenants',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      sample(after, 'steward_graphql_operation_duration_seconds_count', {
        type: 'query',
        field: 'me',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      sample(after, 'steward_graphql_operation_duration_seconds_bucket', {
        type: 'query',
        field: 'tenants',
        outcome: 'ok',
        le: '+Inf',
      }),
    ).toBe(1);
    // the login behind operatorToken() and the two queries (at least: other tests may run before)
    expect(
      sample(after, 'steward_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(httpBefore + 3);
    expect(
      sample(after, 'steward_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/metrics',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('reports job durations, failures and the queue depth', async () => {
    await s.services.mail.send(RequestContext.system('ops-test'), {
      kind: 'test.ops',
      to: 'metrics@example.com',
      subject: 'metrics',
      text: 'hello',
    });
    let text = '';
    await until(async () => {
      text = await metrics();
      return (
        (sample(text, 'steward_job_failures_total', { queue: SEND_MAIL_QUEUE, outcome: 'retry' }) ?? 0) >=
          1 &&
        (sample(text, 'steward_job_duration_seconds_count', { queue: HOUSEKEEPING_QUEUE, outcome: 'done' }) ??
          0) >= 1
      );
    }, 'a failed mail job and a finished housekeeping job in /metrics');
    expect(
      sample(text, 'steward_job_duration_seconds_count', { queue: SEND_MAIL_QUEUE, outcome: 'retry' }),
    ).toBeGreaterThanOrEqual(1);
    // waiting for its retry after the backoff (or being retried): still in the shared queue
    const depthOf = (state: string) =>
      sample(text, 'steward_job_queue_depth', { queue: SEND_MAIL_QUEUE, state }) ?? 0;
    expect(depthOf('pending') + depthOf('running')).toBe(1);
    // finished jobs are not part of the depth
    expect(
      sample(text, 'steward_job_queue_depth', { queue: HOUSEKEEPING_QUEUE, state: 'pending' }),
    ).toBeUndefined();
  });

  it('reports how long jobs waited to start, and process figures', async () => {
    let text = '';
    await until(async () => {
      text = await metrics();
      return (
        (sample(text, 'steward_job_start_lag_seconds_count', { queue: HOUSEKEEPING_QUEUE }) ?? 0) >= 1 &&
        (sample(text, 'steward_job_start_lag_seconds_count', { queue: SEND_MAIL_QUEUE }) ?? 0) >= 1
      );
    }, 'job start lags in /metrics');
    expect(text).toContain('# TYPE steward_job_start_lag_seconds histogram');
    expect(sample(text, 'steward_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('labels link pages by their route, never by their token', async () => {
    await fetch(`${s.base}/confirm?token=abc`);
    await fetch(`${s.base}/o/some-token-value-here-1234.gif`);
    const text = await metrics();
    expect(
      sample(text, 'steward_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/confirm',
        status: '200',
      }),
    ).toBe(1);
    expect(text).toMatch(/route="\/o\/:token\.gif"/);
    expect(text).not.toContain('some-token-value');
  });

  describe('request ids', () => {
    it('puts a fresh x-request-id on every response, whatever the route or outcome', async () => {
      const responses = [
        await fetch(`${s.base}/healthz`),
        await fetch(`${s.base}/readyz`),
        await fetch(`${s.base}/metrics`),
        await fetch(`${s.base}/no-such-page`),
        await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": "{ __typename }"}',
        }),
        await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": ',
        }),
        await fetch(`${s.url}?query=${encodeURIComponent('{ __typename }')}`), // refused by CSRF prevention
        await fetch(s.url, {
          method: 'OPTIONS',
          headers: { origin: 'http://localhost:4000', 'access-control-request-method': 'POST' },
        }),
      ];
      const ids = responses.map((r) => r.headers.get('x-request-id'));
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('echoes a well-formed incoming x-request-id and logs the request under it', async () => {
      const r = await s.gql('{ __typename }', {}, undefined, { 'x-request-id': 'trace-abc.123_X' });
      expect(r.headers.get('x-request-id')).toBe('trace-abc.123_X');
      const line = s.logs.map((l) => JSON.parse(l)).find((l) => l.req?.id === 'trace-abc.123_X');
      expect(line).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    });

    it.each([
      ['spaces and markup', 'bad id <script>'],
      ['too long', 'a'.repeat(65)],
      ['a slash', 'a/b'],
      ['a quote', 'a"b'],
    ])('replaces an incoming x-request-id with %s', async (_what, id) => {
      const r = await s.gql('{ __typename }', {}, undefined, { 'x-request-id': id });
      const replaced = r.headers.get('x-request-id');
      expect(replaced).toMatch(UUID);
      const ids = s.logs.map((l) => JSON.parse(l).req?.id);
      expect(ids).toContain(replaced);
      expect(ids).not.toContain(id);
    });
  });
});

describe('logs', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 1 });
  });
  afterAll(() => s.close());

  it('are JSON lines with request ids, and hold no address, client IP, token or password after a busy session', async () => {
    const loginAs = (e: string, p: string, t?: string) =>
      s.gql(
        'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }',
        { e, p, t: t ?? null },
      );
    const op = await s.operatorToken();
    const tenant = await createTenant(s, { dpoEmail: 'privacy.officer@customer-one.example' });
    const owner = await createUser(s, tenant, 'OWNER');
    const addUser = (email: string, password: string) =>
      s.gql(
        'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id } }',
        { i: { tenantId: tenant.id, email, password, role: 'ADMIN' } },
        owner.token,
      );
    const attempts = {
      unknownUser: await loginAs('someone.unknown@elsewhere.example', 'guessed-password-1'),
      wrongPassword: await loginAs(owner.email, 'wrong-password-22', tenant.slug),
      wrongTenant: await loginAs(owner.email, owner.password, 'no-such-tenant'),
      duplicate: await addUser(owner.email, 'another-long-password-3'),
      badAddress: await addUser('not-an-address-but-secret-4', 'another-long-password-4'),
      shortPassword: await addUser('short.password@customer-one.example', 'short-5'),
      added: await addUser('new.admin@customer-one.example', 'the-new-admin-password-6'),
      badDpo: await s.gql(
        'mutation { createTenant(input: {slug: "bad-dpo", name: "x", service: EASE, dpoEmail: "" }) { id } }',
        {},
        op,
      ),
    };
    expect(
      Object.fromEntries(Object.entries(attempts).map(([k, r]) => [k, r.errors ? codeOf(r) : 'ok'])),
    ).toEqual({
      unknownUser: 'UNAUTHENTICATED',
      wrongPassword: 'UNAUTHENTICATED',
      wrongTenant: 'UNAUTHENTICATED',
      duplicate: 'CONFLICT',
      badAddress: 'BAD_USER_INPUT',
      shortPassword: 'BAD_USER_INPUT',
      added: 'ok',
      badDpo: 'BAD_USER_INPUT',
    });
    const admin = await s.login('new.admin@customer-one.example', 'the-new-admin-password-6', tenant.slug);
    await s.gql('{ me { email tenant { dpoEmail } } }', {}, admin, { 'x-request-id': 'ops-log-session' });
    await s.gql('{ me { email } }', {}, `${admin}tampered`);
    // a browser session: its cookie's token stays out of the log as well
    const started = await s.gql(
      'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t, remember: true) { id } }',
      { e: 'new.admin@customer-one.example', p: 'the-new-admin-password-6', t: tenant.slug },
    );
    const sessionToken = /steward_session=([^;]+)/.exec(started.headers.get('set-cookie') ?? '')![1];
    expect(
      (await s.gql('{ me { email } }', {}, undefined, { cookie: `steward_session=${sessionToken}` })).data.me,
    ).toEqual({ email: 'new.admin@customer-one.example' });
    await s.gql('mutation { endSession }', {}, undefined, { cookie: `steward_session=${sessionToken}` });
    // tokens in query strings (email links) stay out of the log too
    await fetch(`${s.base}/unsubscribe?token=link-token-that-must-not-be-logged`);

    const lines = s.logs.map(
      (l) => JSON.parse(l) as { req?: { id?: unknown }; reqId?: unknown; msg?: string },
    );
    const requestLines = lines.filter((l) => l.req);
    expect(requestLines.length).toBeGreaterThanOrEqual(15);
    for (const l of requestLines) expect(l.req!.id).toEqual(expect.any(String));
    expect(requestLines.some((l) => l.req!.id === 'ops-log-session')).toBe(true);

    const all = s.logs.join('\n');
    const secrets = [
      OPERATOR_EMAIL,
      'operator@',
      'privacy.officer',
      owner.email,
      'someone.unknown',
      'new.admin',
      'short.password',
      'not-an-address-but-secret-4',
      OPERATOR_PASSWORD,
      CONSOLE_OPERATOR_PASSWORD,
      owner.password,
      'guessed-password-1',
      'wrong-password-22',
      'another-long-password',
      'short-5',
      'the-new-admin-password-6',
      op,
      owner.token,
      admin,
      sessionToken,
      'link-token-that-must-not-be-logged',
      '127.0.0.1',
      '::1',
      '::ffff:',
    ];
    for (const secret of secrets) expect([secret, all.includes(secret)]).toEqual([secret, false]);
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/); // no address at all
    expect(all).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]*/); // no JWT at all
    expect(all).not.toMatch(/remoteAddress|remotePort|user-agent|authorization|cookie/i);
  });
});

describe('readiness without a database', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('GET /readyz turns 503 once the database is closed, while /healthz stays 200', async () => {
    expect((await fetch(`${s.base}/readyz`)).status).toBe(200);
    await s.services.db.close();
    const res = await fetch(`${s.base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'database unavailable' });
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
  });
});
