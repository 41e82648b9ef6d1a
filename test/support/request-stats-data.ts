import { randomUUID } from 'node:crypto';
import { RequestStatus } from '../../schema/common/enums';
import { addCalendarMonths } from '../../schema/requests/calendar';
import type { TestServer } from './test-server';

const DAY = 24 * 60 * 60 * 1000;

export interface SeededRequest {
  reference: string;
  status: RequestStatus;
  receivedAt: Date;
  endedAt: Date | null;
  /** the task's status and due date; none: no controller holds the address */
  task?: { status: 'PENDING' | 'EXTENDED' | 'FULFILLED'; dueAt: Date };
}

/** A name and an address stored on every seeded request: they must never appear in an operator's answer. */
export const SUBJECT_EMAIL = 'jane.subject@example.org';
export const SUBJECT_NAME = 'Jane Subjectname';

/**
 * Requests with known dates, written straight into the tables (a test's own fixture, as the other
 * request tests age their rows): answered in 7 days, answered late (45 days, one month due), answered
 * in 78 days after an extension (three months due), answered NO_DATA_HELD the same day, one overdue,
 * one open and in time, one EXPIRED unverified, and one answered 390 days ago.
 */
export async function seedRequestStats(s: TestServer, tenantId: string, now = new Date()) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const seeds: SeededRequest[] = [];
  const add = (
    tag: string,
    status: RequestStatus,
    received: number,
    ended: number | null,
    task?: SeededRequest['task'] | ((receivedAt: Date) => SeededRequest['task']),
  ) => {
    const receivedAt = ago(received);
    seeds.push({
      reference: `DSR-TEST-${tag}`,
      status,
      receivedAt,
      endedAt: ended === null ? null : ago(ended),
      task: typeof task === 'function' ? task(receivedAt) : task,
    });
  };
  const oneMonth = (r: Date) => ({ status: 'FULFILLED' as const, dueAt: addCalendarMonths(r, 1) });
  add('QUCK', RequestStatus.COMPLETED, 10, 3, oneMonth);
  add('LATE', RequestStatus.COMPLETED, 50, 5, oneMonth);
  add('XTND', RequestStatus.COMPLETED, 80, 2, (r) => ({
    status: 'FULFILLED',
    dueAt: addCalendarMonths(r, 3),
  }));
  add('NONE', RequestStatus.NO_DATA_HELD, 1, 1);
  add('OVER', RequestStatus.ROUTED, 40, null, { status: 'PENDING', dueAt: ago(10) });
  add('OPEN', RequestStatus.ROUTED, 2, null, {
    status: 'PENDING',
    dueAt: new Date(now.getTime() + 28 * DAY),
  });
  add('EXPD', RequestStatus.EXPIRED, 20, 13);
  add('OLDD', RequestStatus.COMPLETED, 400, 390, oneMonth);

  const db = s.services.db;
  const p = (d: Date | null) => (d ? db.param(d) : null);
  for (const r of seeds) {
    const id = randomUUID();
    await db.query(
      `INSERT INTO data_subject_requests (id, reference, type, status, email, address_hash, details, country,
         received_at, due_at, verify_expires_at, verified_at, routed_at, ended_at)
       VALUES (?, ?, 'ACCESS', ?, ?, ?, ?, 'DE', ?, ?, ?, ?, ?, ?)`,
      [
        id,
        r.reference,
        r.status,
        SUBJECT_EMAIL,
        randomUUID().replace(/-/g, ''),
        `My name is ${SUBJECT_NAME}`,
        p(r.receivedAt),
        p(addCalendarMonths(r.receivedAt, 1)),
        p(new Date(r.receivedAt.getTime() + DAY)),
        p(r.receivedAt),
        p(r.task ? r.receivedAt : null),
        p(r.endedAt),
      ],
    );
    if (r.task)
      await db.query(
        `INSERT INTO data_subject_tasks (id, tenant_id, request_id, status, due_at, responded_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), tenantId, id, r.task.status, p(r.task.dueAt), p(r.endedAt), p(r.receivedAt)],
      );
  }
  return seeds;
}
