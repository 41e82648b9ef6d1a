import type { AddressInfo } from 'node:net';
import { simpleParser, AddressObject } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

/** One message the test SMTP server accepted (answered 250). */
export interface ReceivedMail {
  /** envelope recipients */
  to: string[];
  /** the To header's addresses */
  headerTo: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  /** raw header values (unfolded) by lower-cased name; a repeated header keeps its first value */
  headers: Record<string, string>;
  messageId: string;
  /** the raw message as received */
  raw: string;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/** A message whose DATA is held unanswered until `release()`. */
export interface Stall {
  /** resolves once the whole message has arrived and is being held */
  received: Promise<void>;
  /** resolves when the client's connection closed while the message was held (it is then not accepted) */
  dropped: Promise<void>;
  /** answers 250 and accepts the message (when the client is still there) */
  release(): void;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:PORT */
  url: string;
  port: number;
  /** accepted messages, in order of acceptance */
  messages: ReceivedMail[];
  /** how many messages were refused by failNext */
  rejected: number;
  /** refuses the next `n` messages after DATA: 451 (transient) by default, or the given code (e.g. 550) */
  failNext(n: number, code?: number): void;
  /** holds the next message's DATA answer until released */
  stallNext(): Stall;
  /** resolves with the messages once at least `n` were accepted; rejects after `timeoutMs` */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address ?? ''));

function rawHeaders(lines: ReadonlyArray<{ key: string; line: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of lines) {
    out[key] ??= line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
  }
  return out;
}

/** A real SMTP server on a free port of 127.0.0.1 that parses and keeps every message it accepts. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const closedSessions = new Set<string>();
  const stalls: Array<Stall & { hold(session: SMTPServerSession, accept: () => void): void }> = [];
  let failures = 0;
  let failCode = 451;

  const notify = () => {
    for (const w of [...waiters]) w();
  };

  const accept = async (raw: Buffer, session: SMTPServerSession): Promise<void> => {
    const parsed = await simpleParser(raw);
    messages.push({
      to: session.envelope.rcptTo.map((r) => r.address),
      headerTo: addresses(parsed.to),
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
      headers: rawHeaders(parsed.headerLines),
      messageId: parsed.messageId ?? '',
      raw: raw.toString('utf8'),
      attachments: parsed.attachments.map((a) => ({
        filename: a.filename ?? '',
        contentType: a.contentType,
        content: a.content,
      })),
    });
    notify();
  };

  const server = new SMTPServer({
    authOptional: true,
    // nodemailer would try STARTTLS against the built-in self-signed certificate and refuse it
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', () => undefined);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        if (failures > 0) {
          failures--;
          api.rejected++;
          const err = Object.assign(
            new Error(failCode >= 500 ? 'Mailbox unavailable (test)' : 'Try again later (test)'),
            { responseCode: failCode },
          );
          return callback(err);
        }
        const stall = stalls.shift();
        const done = () =>
          accept(raw, session).then(
            () => callback(),
            (err: Error) => callback(err),
          );
        if (stall) stall.hold(session, done);
        else void done();
      });
    },
    onClose(session: SMTPServerSession) {
      closedSessions.add(session.id);
      notify();
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  const api: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejected: 0,
    failNext(n, code = 451) {
      failures = n;
      failCode = code;
    },
    stallNext() {
      let onReceived!: () => void;
      let onDropped!: () => void;
      const received = new Promise<void>((r) => (onReceived = r));
      const dropped = new Promise<void>((r) => (onDropped = r));
      let held: { session: SMTPServerSession; accept: () => void } | null = null;
      let released = false;
      let watch: (() => void) | null = null;
      const stall = {
        received,
        dropped,
        hold(session: SMTPServerSession, acceptFn: () => void) {
          held = { session, accept: acceptFn };
          watch = () => {
            if (closedSessions.has(session.id)) {
              waiters.delete(watch!);
              onDropped();
            }
          };
          waiters.add(watch);
          onReceived();
          if (released) stall.release();
        },
        release() {
          released = true;
          if (!held) return;
          if (watch) waiters.delete(watch);
          // A client that went away never got the 250: the message was not accepted.
          if (!closedSessions.has(held.session.id)) held.accept();
          held = null;
        },
      };
      stalls.push(stall);
      return stall;
    },
    waitFor(n, timeoutMs = 15_000) {
      if (messages.length >= n) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`test SMTP: ${messages.length} of ${n} messages after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    close() {
      for (const s of stalls.splice(0)) s.release();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}
