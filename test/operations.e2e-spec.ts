import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser } from './support/fixtures';
import { OPERATOR_PASSWORD, startTestServer, TestServer } from './support/test-server';

describe('operations surface', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 1 });
  });
  afterAll(() => s.close());

  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${s.base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('GET /readyz answers 200 while the database answers', async () => {
    const res = await fetch(`${s.base}/readyz`);
    expect(res.status).toBe(200);
  });

  it('GET /metrics serves Prometheus text with HTTP, GraphQL and queue figures', async () => {
    await s.gql('{ me { id } }', {}, await s.operatorToken());
    await s.services.mail.send(RequestContext.system('test'), {
      kind: 'test.metrics',
      to: 'metrics@example.com',
      subject: 'metrics',
      text: 'hello',
    });
    // wait for the in-process worker to take the mail job, so job figures exist
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await s.services.db.query(
        `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'mail.send' AND state = 'done'`,
      );
      if (Number(n) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await fetch(`${s.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    for (const name of [
      'steward_http_request_duration_seconds_bucket',
      'type="query",field="me",outcome="ok"',
      'steward_job_queue_depth',
      'steward_job_duration_seconds_count{queue="mail.send",outcome="done"}',
      'steward_job_start_lag_seconds',
      'steward_job_failures_total',
      'steward_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(
      /steward_graphql_operation_duration_seconds_bucket\{le="[^"]+",type="query",field="me",outcome="ok"\}/,
    );
    // GraphQL requests are labelled with their route, not lumped in with unknown paths.
    expect(text).toMatch(
      /steward_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/,
    );
    // Link pages are labelled too (the token is not part of the label).
    await fetch(`${s.base}/confirm?token=abc`);
    await fetch(`${s.base}/o/some-token-value-here-1234.gif`);
    const again = await (await fetch(`${s.base}/metrics`)).text();
    expect(again).toMatch(
      /steward_http_request_duration_seconds_count\{method="GET",route="\/confirm",status="200"\} 1/,
    );
    expect(again).toMatch(/route="\/o\/:token\.gif"/);
    expect(again).not.toContain('some-token-value');
  });

  it('gives every response a request id, echoing a well-formed incoming one and replacing a bad one', async () => {
    const plain = await fetch(`${s.base}/healthz`);
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await s.gql('{ __typename }', {}, undefined, { 'x-request-id': 'trace-abc.123' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123');
    const replaced = await s.gql('{ __typename }', {}, undefined, {
      'x-request-id': 'bad id with spaces <script>',
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes JSON logs with request ids and no address, client IP, token or password', async () => {
    const tenant = await createTenant(s, { dpoEmail: 'privacy-officer@customer.example' });
    const user = await createUser(s, tenant, 'OWNER');
    await s.gql(
      'mutation { login(email: "someone.unknown@example.org", password: "wrong-password-1") { token } }',
    );
    await s.gql('{ me { email } }', {}, user.token);
    const lines = s.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requestLines = lines.filter((l) => l.req);
    expect(requestLines.length).toBeGreaterThan(3);
    for (const l of requestLines) expect((l.req as { id?: string }).id).toEqual(expect.any(String));
    const all = s.logs.join('\n');
    for (const secret of [
      'privacy-officer@customer.example',
      user.email,
      'someone.unknown@example.org',
      user.token,
      user.password,
      OPERATOR_PASSWORD,
      '127.0.0.1',
      '::ffff:127.0.0.1',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});

describe('readiness without a database', () => {
  it('GET /readyz answers 503 once the database is gone, while /healthz still answers 200', async () => {
    const s = await startTestServer();
    try {
      await s.services.db.dataSource.destroy();
      expect((await fetch(`${s.base}/readyz`)).status).toBe(503);
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
