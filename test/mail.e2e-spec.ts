import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { SEND_MAIL_QUEUE } from '../schema/mail/mail.service';
import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { RequestContext } from '../tenants/request-context';
import { Job } from '../workers/job.entity';
import { WorkerPool } from '../workers/worker-pool';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

describe('mail outbox', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  const ctx = RequestContext.system('mail-test');
  const pools: WorkerPool[] = [];
  const tag = () => randomBytes(4).toString('hex');

  /** Real SendMailJob (from the server's own handlers) on real SMTP, in a pool of its own. */
  const startMailPool = (loops = 4): WorkerPool => {
    const handlers = s.services.handlers.filter((h) => h.queue === SEND_MAIL_QUEUE);
    expect(handlers).toHaveLength(1);
    const pool = new WorkerPool(
      s.services.queue,
      handlers,
      { loops, leaseMs: 10_000, pollMs: 50 },
      s.services.log,
    );
    pools.push(pool);
    pool.start();
    return pool;
  };

  const mails = (ids: string[]) =>
    s.services.db.read((em) => em.find(OutboundMail, { where: { id: In(ids) } }));
  /** The mail.send job of each outbox row, by mail id. */
  const sendJobs = async (mailIds: string[]): Promise<Map<string, Job>> => {
    const jobs = await s.services.db.read((em) => em.find(Job, { where: { queue: SEND_MAIL_QUEUE } }));
    const wanted = new Set(mailIds);
    return new Map(
      jobs.map((j) => [JSON.parse(j.payload).mailId as string, j] as const).filter(([m]) => wanted.has(m)),
    );
  };
  const count = async (table: 'jobs' | 'outbound_mail') =>
    Number(
      (await s.services.db.query<Array<{ n: number | string }>>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n,
    );

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Steward <no-reply@steward.test>' } });
  });
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.stop(1000)));
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('delivers each of 30 mails exactly once, with its own Message-ID, headers and bodies', async () => {
    const t = tag();
    const M = 30;
    const ids = await Promise.all(
      Array.from({ length: M }, (_, i) =>
        s.services.mail.send(ctx.forTenant(`tenant-${i % 3}`), {
          kind: 'test.bulk',
          to: `person-${t}-${i}@example.com`,
          subject: `Bulk ${t} #${i}`,
          text: `Hello ${i}\nConfirm: http://localhost:4000/confirm?token=tok${i}`,
          html: `<p>Hello ${i}</p>`,
          headers: { 'List-Unsubscribe': `<http://localhost:4000/unsubscribe?token=u${i}>` },
        }),
      ),
    );
    const rows = await mails(ids);
    expect(rows).toHaveLength(M);
    expect(rows.every((r) => r.state === 'queued')).toBe(true);
    expect(rows.map((r) => r.tenantId).sort()).toEqual(
      Array.from({ length: M }, (_, i) => `tenant-${i % 3}`).sort(),
    );

    startMailPool(4);
    await until(
      async () => [...(await sendJobs(ids)).values()].every((j) => j.state === 'done'),
      'every mail job done',
    );
    await Promise.all(pools.splice(0).map((p) => p.stop(1000)));

    const sent = await mails(ids);
    const received = smtp.messages.filter((m) => m.subject.startsWith(`Bulk ${t} `));
    expect(received).toHaveLength(M);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(M);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set(sent.map((m) => m.messageId)));
    for (const row of sent) {
      const i = ids.indexOf(row.id);
      const msg = received.find((m) => m.messageId === row.messageId)!;
      expect(msg.to).toEqual([row.toAddress]);
      expect(msg.headerTo).toEqual([`person-${t}-${i}@example.com`]);
      expect(msg.from).toBe('no-reply@steward.test');
      expect(msg.subject).toBe(`Bulk ${t} #${i}`);
      expect(msg.text.trim()).toBe(`Hello ${i}\nConfirm: http://localhost:4000/confirm?token=tok${i}`);
      expect(msg.html).toContain(`<p>Hello ${i}</p>`);
      expect(msg.headers['list-unsubscribe']).toBe(`<http://localhost:4000/unsubscribe?token=u${i}>`);
      expect(msg.headers['message-id']).toBe(row.messageId);
      // Once delivered, the outbox keeps no body (and so no token): what it needs, not what it said.
      expect(row).toMatchObject({
        state: 'sent',
        kind: 'test.bulk',
        tenantId: `tenant-${i % 3}`,
        subject: '',
        text: '',
        html: null,
        headers: '{}',
        attachments: null,
        lastError: null,
      });
      expect(row.sentAt).toBeInstanceOf(Date);
    }
    const jobs = await sendJobs(ids);
    expect(jobs.size).toBe(M);
    for (const j of jobs.values()) expect(j).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('writes neither mail nor job, and delivers nothing, when the transaction rolls back', async () => {
    const t = tag();
    const before = { jobs: await count('jobs'), mail: await count('outbound_mail') };
    await expect(
      s.services.db.transaction(async () => {
        await s.services.mail.send(ctx, {
          kind: 'test.rollback',
          to: `ghost-${t}@example.com`,
          subject: `Ghost ${t}`,
          text: 'never',
        });
        await s.services.queue.enqueue(ctx, `test.rollback.${t}`, { t });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count('jobs')).toBe(before.jobs);
    expect(await count('outbound_mail')).toBe(before.mail);
    const ghosts = await s.services.db.read((em) =>
      em.find(OutboundMail, { where: { subject: `Ghost ${t}` } }),
    );
    expect(ghosts).toHaveLength(0);

    // A mail committed afterwards goes out; by then the rolled-back one would have too.
    const sentinel = await s.services.mail.send(ctx, {
      kind: 'test.rollback',
      to: `real-${t}@example.com`,
      subject: `Real ${t}`,
      text: 'yes',
    });
    startMailPool(2);
    await until(async () => (await mails([sentinel]))[0].state === 'sent', 'the committed mail');
    expect(smtp.messages.filter((m) => m.subject === `Real ${t}`)).toHaveLength(1);
    expect(
      smtp.messages.filter((m) => m.subject === `Ghost ${t}` || m.to.includes(`ghost-${t}@example.com`)),
    ).toHaveLength(0);
  });

  it('retries a transient SMTP failure (451) and delivers the mail once', async () => {
    const t = tag();
    const rejectedBefore = smtp.rejected;
    smtp.failNext(1);
    const id = await s.services.mail.send(ctx, {
      kind: 'test.transient',
      to: `retry-${t}@example.com`,
      subject: `Retry ${t}`,
      text: 'try twice',
    });
    startMailPool(1);
    // The row is marked sent just before its job completes: wait for the job.
    await until(async () => (await sendJobs([id])).get(id)?.state === 'done', 'the retried mail', 30_000);

    expect(smtp.rejected).toBe(rejectedBefore + 1);
    const [row] = await mails([id]);
    const received = smtp.messages.filter((m) => m.messageId === row.messageId);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ subject: `Retry ${t}`, to: [`retry-${t}@example.com`] });
    expect(received[0].text.trim()).toBe('try twice'); // the retry still had the body
    expect(row).toMatchObject({ state: 'sent', lastError: null, text: '', subject: '' });
    const job = (await sendJobs([id])).get(id)!;
    expect(job).toMatchObject({ state: 'done', attempts: 2, lastError: null });
  });

  it('does not retry a permanent SMTP refusal (550): the mail is marked failed and the job ends', async () => {
    const t = tag();
    smtp.failNext(1, 550);
    const id = await s.services.mail.send(ctx, {
      kind: 'test.permanent',
      to: `gone-${t}@example.com`,
      subject: `Gone ${t}`,
      text: `no: http://localhost:4000/confirm?token=secret${t}`,
    });
    startMailPool(1);
    await until(async () => (await sendJobs([id])).get(id)?.state === 'done', 'the refused mail');
    const [row] = await mails([id]);
    expect(row.state).toBe('failed');
    expect(row.lastError).toMatch(/Mailbox unavailable/);
    // Never retried, so its body goes with the refusal; the address stays for bounce handling.
    expect(row).toMatchObject({ toAddress: `gone-${t}@example.com`, subject: '', text: '', html: null });
    expect(JSON.stringify(row)).not.toContain(`secret${t}`);
    expect((await sendJobs([id])).get(id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(smtp.messages.filter((m) => m.subject === `Gone ${t}`)).toHaveLength(0);
  });

  it('does not send a mail twice when its job runs again after the mail went out', async () => {
    const t = tag();
    const id = await s.services.mail.send(ctx, {
      kind: 'test.again',
      to: `again-${t}@example.com`,
      subject: `Again ${t}`,
      text: 'once',
    });
    startMailPool(1);
    await until(async () => (await mails([id]))[0].state === 'sent', 'the first delivery');
    // At-least-once delivery: a second job for the same row (as after a crash past the send) is a no-op.
    const again = await s.services.queue.enqueue(ctx, SEND_MAIL_QUEUE, { mailId: id });
    await until(async () => (await s.services.queue.get(again))!.state === 'done', 'the repeated job');
    expect(JSON.parse((await s.services.queue.get(again))!.result!)).toEqual({ skipped: 'sent' });
    expect(smtp.messages.filter((m) => m.subject === `Again ${t}`)).toHaveLength(1);
  });
});

describe('mail without SMTP_URL', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 1 });
  });
  afterAll(() => s.close());

  it('keeps the mail in the outbox and logs its links, never the address', async () => {
    const id = await s.services.mail.send(RequestContext.system('mail-test'), {
      kind: 'test.kept',
      to: 'kept-person@example.com',
      subject: 'Please confirm',
      text: 'Confirm: http://localhost:4000/confirm?token=abc123\nLeave: http://localhost:4000/unsubscribe?token=def456',
    });
    await until(
      async () => (await s.services.db.read((em) => em.findOneBy(OutboundMail, { id })))?.state === 'kept',
      'the kept mail',
    );
    const line = s.logs.find((l) => l.includes(id));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      kind: 'test.kept',
      links: ['http://localhost:4000/confirm?token=abc123', 'http://localhost:4000/unsubscribe?token=def456'],
    });
    expect(s.logs.join('\n')).not.toContain('kept-person@example.com');
  });
});

describe('mail without SMTP_URL in production', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 1, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => s.close());

  it('keeps the mail in the outbox but logs no link: a link carries a token', async () => {
    const id = await s.services.mail.send(RequestContext.system('mail-test'), {
      kind: 'test.kept',
      to: 'kept-person@example.com',
      subject: 'Please confirm',
      text: 'Confirm: http://localhost:4000/confirm?token=abc123secret',
    });
    await until(
      async () => (await s.services.db.read((em) => em.findOneBy(OutboundMail, { id })))?.state === 'kept',
      'the kept mail',
    );
    const line = s.logs.find((l) => l.includes(id));
    expect(JSON.parse(line!)).toMatchObject({ kind: 'test.kept', mailId: id });
    expect(s.logs.join('\n')).not.toContain('abc123secret');
    expect(s.logs.join('\n')).not.toContain('kept-person@example.com');
  });
});
