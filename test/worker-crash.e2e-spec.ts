import { randomBytes } from 'node:crypto';
import { SEND_MAIL_QUEUE } from '../schema/mail/mail.service';
import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { RequestContext } from '../tenants/request-context';
import { Job } from '../workers/job.entity';
import { crashSuite, killMidJob, stopWorker, untilWhileAlive } from './support/crash';

describe('a worker process killed mid-send', () => {
  const crash = crashSuite({ smtp: true });

  it('is taken over by another worker after the lease expires and the mail is delivered once, complete', async () => {
    const { s, smtp } = crash;
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

    // First worker claims the job and sends; the server holds the message unanswered. Killed there.
    const first = crash.start();
    const { inspected: claimed, exit } = await killMidJob(
      first,
      stall.received,
      'the first worker sent the message',
      { inspect: async () => (await s.services.queue.get(jobId))! },
    );
    expect(claimed).toMatchObject({ state: 'running', attempts: 1 });
    expect(claimed.lockedBy).toContain(`:${first.child.pid}:`);
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    await stall.dropped; // the connection died before the 250: not accepted
    stall.release();
    expect(smtp.messages.filter((m) => m.subject === `Crash ${t}`)).toHaveLength(0);
    expect((await s.services.queue.get(jobId))!).toMatchObject({
      state: 'running',
      lockedBy: claimed.lockedBy,
    });

    // Second worker: reaps the expired lease and delivers.
    const second = crash.start();
    await untilWhileAlive(
      second,
      async () => (await s.services.queue.get(jobId))!.state === 'done',
      'the second worker to finish the job',
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
    expect(await stopWorker(second)).toEqual({ code: 0, signal: null });
  });
});
