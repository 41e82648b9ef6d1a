import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { createWorkerPool } from '../server/app';
import { newId } from '../schema/common/ids';
import { RateLimitBucket } from '../schema/common/rate-limiter';
import { Session } from '../schema/users/session.entity';
import { DataSubjectRequest } from '../schema/requests/data-subject-request.entity';
import { DataSubjectVerifyMail } from '../schema/requests/verify-mail.entity';
import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { ConsentRecord } from '../schema/subscribers/consent-record.entity';
import { Subscriber } from '../schema/subscribers/subscriber.entity';
import { SubscriptionToken } from '../schema/subscribers/subscription-token.entity';
import { WebAccess } from '../schema/web-log/web-access.entity';
import { WebLogSalt } from '../schema/web-log/web-log-salt.entity';
import { Job } from '../workers/job.entity';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const OVERVIEW = '{ retentionOverview { kind data rule keepDays rows pastRule } }';
const DAY = 86_400_000;

interface Status {
  kind: string;
  data: string;
  rule: string;
  keepDays: number | null;
  rows: number;
  pastRule: number;
}

describe('retention overview', () => {
  let s: TestServer;
  let op: string;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let listId: string;

  const overview = async (): Promise<Record<string, Status>> => {
    const r = await s.gql(OVERVIEW, {}, op);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return Object.fromEntries((r.data.retentionOverview as Status[]).map((x) => [x.kind, x]));
  };
  const ago = (ms: number) => new Date(Date.now() - ms);
  const insert = (entity: EntityTarget<ObjectLiteral>, row: object) =>
    s.services.db.transaction((em) => em.insert(entity, row as never));
  const subscriber = (over: Partial<Subscriber> = {}) => ({
    id: newId(),
    tenantId: tenant.id,
    listId,
    email: `r-${randomUUID()}@example.org`,
    addressHash: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    name: null,
    country: null,
    format: 'TEXT',
    trackingConsent: false,
    status: 'CONFIRMED',
    restricted: false,
    requestedAt: new Date(),
    confirmedAt: new Date(),
    ...over,
  });
  const job = (over: Partial<Job>) => ({
    id: newId(),
    queue: 'test.retention',
    state: 'done',
    tenantId: null,
    payload: '{}',
    context: '{}',
    uniqueKey: null,
    attempts: 1,
    maxAttempts: 1,
    runAt: new Date(),
    progress: 0,
    progressTotal: 0,
    chunksTotal: 0,
    chunksDone: 0,
    personalData: false,
    createdAt: new Date(),
    finishedAt: new Date(),
    ...over,
  });
  const mail = (over: Partial<OutboundMail>) => ({
    id: newId(),
    tenantId: tenant.id,
    kind: 'test',
    toAddress: 'someone@example.org',
    subject: 's',
    text: 't',
    html: null,
    headers: '{}',
    attachments: null,
    state: 'sent',
    messageId: `<${randomUUID()}@test>`,
    createdAt: new Date(),
    sentAt: new Date(),
    lastError: null,
    ...over,
  });
  const request = (over: Partial<DataSubjectRequest>) => ({
    id: newId(),
    reference: `DSR-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
    type: 'ACCESS',
    status: 'AWAITING_VERIFICATION',
    email: 'asker@example.org',
    addressHash: 'c'.repeat(64),
    details: null,
    country: null,
    receivedAt: ago(8 * DAY),
    dueAt: new Date(),
    verifyTokenHash: randomUUID(),
    verifyExpiresAt: ago(DAY),
    verifiedAt: null,
    statusTokenHash: null,
    routedAt: null,
    endedAt: null,
    purgedAt: null,
    ...over,
  });
  const web = (at: Date, truncated = false) => ({
    id: newId(),
    at,
    day: at.toISOString().slice(0, 10),
    ip: truncated ? '192.0.2.0' : '192.0.2.1',
    ipTruncated: truncated,
    visitor: 'a'.repeat(32),
    method: 'GET',
    path: '/',
    status: 200,
    userAgent: 'x',
    browser: 'Other',
  });

  beforeAll(async () => {
    s = await startTestServer();
    op = await s.operatorToken();
    tenant = await createTenant(s);
    admin = await createUser(s, tenant, 'OWNER');
    listId = (
      await s.gql('mutation { createList(input: { name: "RET-L", title: "R" }) { id } }', {}, admin.token)
    ).data.createList.id;
    // Fresh data of every kind, none past its rule.
    await s.gql(
      'mutation($l: ID!) { addSubscriber(listId: $l, input: { email: "fresh@example.org" }) { id } }',
      { l: listId },
      admin.token,
    );
    await s.gql('{ me { id } }', {}, op);
    await s.services.webLogRecorder.flush();
  });
  afterAll(() => s?.close());

  it('lists every kind of personal data kept, with its rule, and none past it on a healthy system', async () => {
    const o = await overview();
    expect(Object.keys(o).sort()).toEqual(
      [
        'consent_records',
        'data_subject_requests.ended',
        'data_subject_requests.unverified',
        'data_subject_verify_mails',
        'jobs.finished',
        'jobs.personal_payload',
        'outbound_mail.sent',
        'outbound_mail.unsent',
        'processing_log',
        'rate_limits',
        'sessions',
        'subscribers.offboarded',
        'subscribers.pending',
        'subscription_tokens',
        'suppressions',
        'web_access_log.ip',
        'web_access_log.rows',
        'web_log_salts',
      ].sort(),
    );
    for (const x of Object.values(o)) {
      expect([x.kind, x.pastRule]).toEqual([x.kind, 0]);
      expect(x.rule.length).toBeGreaterThan(10);
    }
    expect(o['subscribers.pending']).toMatchObject({ keepDays: 7, rows: 1 });
    expect(o['subscription_tokens'].rows).toBe(3); // the pending sign-up's confirm, refuse and preferences links
    expect(o['web_access_log.ip'].rows).toBeGreaterThan(0);
    expect(o['web_access_log.rows'].keepDays).toBe(90);
    expect(o['sessions']).toMatchObject({ keepDays: 30, rows: 0 });
  });

  it('counts the rows past each rule, and the scheduled jobs bring them back to zero', async () => {
    const stale = subscriber({ status: 'PENDING' as never, requestedAt: ago(8 * DAY), confirmedAt: null });
    await insert(Subscriber, stale);
    await insert(SubscriptionToken, {
      id: newId(),
      tenantId: tenant.id,
      subscriberId: stale.id,
      purpose: 'CONFIRM',
      tokenHash: randomUUID(),
      expiresAt: ago(2 * 3_600_000),
      usedAt: null,
    });
    await insert(DataSubjectRequest, request({}));
    await insert(
      DataSubjectRequest,
      request({
        status: 'COMPLETED' as never,
        verifyTokenHash: null,
        endedAt: ago(31 * DAY),
        verifyExpiresAt: ago(40 * DAY),
      }),
    );
    await insert(DataSubjectVerifyMail, {
      addressHash: 'e'.repeat(64),
      mailedAt: ago(2 * 3_600_000),
      nextMailAt: null,
    });
    await insert(OutboundMail, mail({ createdAt: ago(31 * DAY) }));
    await insert(OutboundMail, mail({ state: 'failed', createdAt: ago(31 * DAY), sentAt: null }));
    await insert(Job, job({ finishedAt: ago(8 * DAY) }));
    await insert(WebAccess, web(ago(8 * DAY)));
    await insert(WebAccess, web(ago(91 * DAY), true));
    await insert(WebLogSalt, {
      day: ago(9 * DAY)
        .toISOString()
        .slice(0, 10),
      salt: 'f'.repeat(64),
      createdAt: ago(9 * DAY),
    });
    await insert(RateLimitBucket, { bucket: 'd'.repeat(64), windowStart: Date.now() - 3 * DAY, hits: 1 });
    await insert(Session, {
      id: newId(),
      tokenHash: 'a'.repeat(64),
      kind: 'tenant_user',
      userId: admin.id,
      tenantId: tenant.id,
      sessionVersion: 0,
      createdAt: ago(8 * 3_600_000 + 2 * 3_600_000),
      lastSeenAt: ago(8 * 3_600_000 + 2 * 3_600_000),
      expiresAt: ago(2 * 3_600_000),
      userAgent: 'Firefox on Linux',
    });
    // Rows no job removes: reported all the same (a queued mail is still owed; see its rule).
    await insert(OutboundMail, mail({ state: 'queued', createdAt: ago(31 * DAY), sentAt: null }));
    await insert(ConsentRecord, {
      id: newId(),
      tenantId: tenant.id,
      subscriberId: randomUUID(),
      event: 'REQUESTED',
      source: 'API',
      at: new Date(),
      ip: null,
      userAgent: null,
      wordingVersion: 'x',
    });
    await insert(Job, job({ personalData: true, payload: '{"email":"left@example.org"}' }));

    const o = await overview();
    const past = Object.fromEntries(Object.values(o).map((x) => [x.kind, x.pastRule]));
    expect(past).toEqual({
      'subscribers.pending': 1,
      'subscribers.offboarded': 0,
      subscription_tokens: 1,
      consent_records: 1,
      'data_subject_requests.unverified': 1,
      'data_subject_requests.ended': 1,
      data_subject_verify_mails: 1,
      'outbound_mail.sent': 2,
      'outbound_mail.unsent': 1,
      'jobs.personal_payload': 1,
      'jobs.finished': 1,
      'web_access_log.ip': 1,
      'web_access_log.rows': 1,
      web_log_salts: 1,
      rate_limits: 1,
      sessions: 1,
      suppressions: 0,
      processing_log: 0,
    });

    const pool = createWorkerPool(s.services, 2);
    pool.start();
    const applied = [
      'subscribers.pending',
      'subscription_tokens',
      'data_subject_requests.unverified',
      'data_subject_requests.ended',
      'data_subject_verify_mails',
      'outbound_mail.sent',
      'jobs.finished',
      'web_access_log.ip',
      'web_access_log.rows',
      'web_log_salts',
      'rate_limits',
      'sessions',
    ];
    try {
      await until(async () => {
        const now = await overview();
        return applied.every((k) => now[k].pastRule === 0);
      }, 'the retention jobs');
    } finally {
      await pool.stop(2000);
    }
    const after = await overview();
    expect(after['outbound_mail.unsent'].pastRule).toBe(1);
    expect(after['consent_records'].pastRule).toBe(1);
  });

  it('is for operators only', async () => {
    expect(codeOf(await s.gql(OVERVIEW, {}, admin.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(OVERVIEW, {}))).toBe('UNAUTHENTICATED');
  });
});
