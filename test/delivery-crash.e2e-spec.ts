import { SEND_WINDOW } from '../schema/deliveries/delivery.service';
import { createTenant, createUser } from './support/fixtures';
import { crashSuite, killMidJob, stopWorker, untilWhileAlive } from './support/crash';

describe('a worker killed mid-delivery', () => {
  const crash = crashSuite({ smtp: true });

  it('never sends a recipient two messages, and another worker sends the rest', async () => {
    const { s, smtp } = crash;
    const tenant = await createTenant(s);
    const admin = await createUser(s, tenant, 'ADMIN');
    const list = (
      await s.gql(
        'mutation { createList(input: { name: "CRASH-L", title: "Crash", optIn: SINGLE }) { id } }',
        {},
        admin.token,
      )
    ).data.createList;
    const total = SEND_WINDOW + 15;
    const emails = Array.from({ length: total }, (_, i) => `reader-${i}@crash.example`);
    for (const email of emails)
      await s.gql(
        'mutation($l: ID!, $e: String!) { addSubscriber(listId: $l, input: { email: $e }) { id } }',
        { l: list.id, e: email },
        admin.token,
      );

    // Hold one message of the first window unanswered, then kill the worker while it waits.
    const stall = smtp.stallNext();
    const send = await s.gql(
      'mutation($l: ID!) { sendListMessage(listId: $l, input: { subject: "Crash issue", text: "hello" }) { id } }',
      { l: list.id },
      admin.token,
    );
    const deliveryId = send.data.sendListMessage.id;

    await killMidJob(crash.start(), stall.received, 'the first worker to be mid-send');
    const deliveredBefore = smtp.messages.filter((m) => m.subject === 'Crash issue').length;
    expect(deliveredBefore).toBeLessThan(total);

    const second = crash.start();
    await untilWhileAlive(
      second,
      async () =>
        (await s.services.db.query(`SELECT status FROM deliveries WHERE id = ?`, [deliveryId]))[0].status !==
        'SENDING',
      'the second worker to finish the delivery',
      30_000,
    );

    const received = smtp.messages.filter((m) => m.subject === 'Crash issue');
    const perAddress = new Map<string, number>();
    for (const m of received) for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    // At most once per recipient ...
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    const states: Array<{ state: string; n: number | string }> = await s.services.db.query(
      'SELECT state, COUNT(*) AS n FROM delivery_recipients WHERE delivery_id = ? GROUP BY state',
      [deliveryId],
    );
    const byState = Object.fromEntries(states.map((r) => [r.state, Number(r.n)]));
    // ... every recipient outside the window that was in flight is sent ...
    expect(byState.pending ?? 0).toBe(0);
    expect(byState.sending ?? 0).toBe(0);
    expect(byState.unknown).toBeGreaterThanOrEqual(1);
    expect(byState.unknown).toBeLessThanOrEqual(SEND_WINDOW);
    expect(byState.sent + byState.unknown).toBe(total);
    // ... and the message that was in flight when the worker died never went out.
    expect(received.length).toBeLessThan(total);
    await stopWorker(second);
  });
});
