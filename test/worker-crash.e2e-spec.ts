import { randomBytes } from 'node:crypto';
import { SEND_MAIL_QUEUE } from '../schema/mail/mail.service';
import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { RequestContext } from '../tenants/request-context';
import { Job } from '../workers/job.entity';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { whileAlive, workerFleet } from './support/worker-process';
import { until } from './support/wait';

const LEASE_MS = 1500;

describe('a worker process killed mid-send', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  const { start, killAll } = workerFleet(() => ({
    DATABASE_URL: s.database.url,
    SMTP_URL: smtp.url,
    JOB_LEASE_MS: String(LEASE_MS),
  }));

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await killAll();
    await s?.close();
    await smtp?.close();
  });

  it('is taken over by another worker after the lease expires and the mail is delivered once, complete', async () => {
    const t = randomBytes(4).toString('hex');
    // Long enough to span many TCP segments: the receiver must get all of it, not a torn copy.
    const text = Array.from(
      { length: 400 },
      (_, i) => `Line ${i} of the crash test ${t}: the quick brown fox jumps over the lazy dog.`,
    ).join('\n');
    const stall = smtp.stallNext();
    const mailId = await s.services.mail.send(RequestContext.system('crash-test'), {
      kind: 'test.crash',
      to: `crash-${t}@example.com`,
      subject: `Crash ${t}`,
      text,
    });
    const mail = (await s.services.db.read((em) => em.findOneBy(OutboundMail, { id: mailId })))!;
    const jobs = await s.services.db.read((em) => em.find(Job, { where: { queue: SEND_MAIL_QUEUE } }));
    const jobId = jobs.find((j) => JSON.parse(j.payload).mailId === mailId)!.id;

    // First worker claims the job and sends; the server holds the message unanswered.
    const first = start();
    await whileAlive(first, stall.received, 'the first worker sent the message');
    const claimed = (await s.services.queue.get(jobId))!;
    expect(claimed).toMatchObject({ state: 'running', attempts: 1 });
    expect(claimed.lockedBy).toContain(`:${first.child.pid}:`);

    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await stall.dropped; // the connection died before the 250: not accepted
    stall.release();
    expect(smtp.messages.filter((m) => m.subject === `Crash ${t}`)).toHaveLength(0);
    expect((await s.services.queue.get(jobId))!).toMatchObject({
      state: 'running',
      lockedBy: claimed.lockedBy,
    });

    // Second worker: reaps the expired lease and delivers.
    const second = start();
    await whileAlive(
      second,
      until(async () => (await s.services.queue.get(jobId))!.state === 'done', 'the job to finish'),
      'the second worker finished the job',
    );

    const done = (await s.services.queue.get(jobId))!;
    expect(done).toMatchObject({ state: 'done', attempts: 2, lockedBy: null, lastError: null });
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(claimed.leaseUntil!.getTime());
    const delivered = smtp.messages.filter((m) => m.subject === `Crash ${t}`);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ messageId: mail.messageId, to: [`crash-${t}@example.com`] });
    expect(delivered[0].text.trim()).toBe(text);
    expect((await s.services.db.read((em) => em.findOneBy(OutboundMail, { id: mailId })))!).toMatchObject({
      state: 'sent',
      lastError: null,
    });

    // A worker stops cleanly on SIGTERM.
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});
