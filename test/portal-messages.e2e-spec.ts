import { expect as playwrightExpect } from '@playwright/test';
import {
  addSubscriber,
  createList,
  createTenant,
  createUser,
  TenantFixture,
  UserFixture,
} from './support/fixtures';
import { field, portalBrowsers, signIn } from './support/portal';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * The Messages tab in Debian's Chromium against the real server: a test to oneself, the HTML
 * preview in a sandboxed frame, a scheduled message that is cancelled, the progress bar of a
 * message being sent and a delivery's figures, with axe-core, 375 px and the CSP checks.
 */
jest.setTimeout(180_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input takes it. */
const localInput = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

describe('portal: messages', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let listId: string;
  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, tenant, 'OWNER');
    listId = await createList(s, owner, { name: 'news', title: 'News', optIn: 'SINGLE' });
    await addSubscriber(s, owner, listId, { email: `reader-${Date.now()}@example.com` });
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('sends a test to me, schedules a message, shows it Scheduled and cancels it', async () => {
    const pb = await open('messages');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto(`/lists/${listId}?tab=messages`);
    await expect(page.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await pb.check('messages-empty');

    await page.getByRole('button', { name: 'New message' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(field('Subject')).fill('Spring issue');
    await dialog.getByLabel(field('Text')).fill('Hello readers');
    await dialog.getByLabel(field('HTML')).fill('<h1>Hello</h1><p>Spring is <b>here</b></p>');
    // The preview: a frame with no permissions at all (no script, no navigation, no forms).
    const frame = dialog.locator('iframe[title="HTML preview"]');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(page.frameLocator('iframe[title="HTML preview"]').locator('b')).toHaveText('here');
    await pb.check('messages-compose');

    await dialog.getByRole('button', { name: 'Send test to me' }).click();
    await until(
      async () => smtp.messages.some((m) => m.subject === '[Test] Spring issue'),
      'the test message',
      20_000,
    );
    const tests = smtp.messages.filter((m) => m.subject === '[Test] Spring issue');
    expect(tests.map((m) => m.to)).toEqual([[owner.email]]);

    // A time in the past is refused next to the field.
    await dialog.getByLabel(field('Send at')).fill(localInput(new Date(Date.now() - 3_600_000)));
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog.getByText('Choose a time later than now')).toBeVisible();

    const at = new Date(Date.now() + 2 * 3_600_000);
    await dialog.getByLabel(field('Send at')).fill(localInput(at));
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const table = page.getByRole('table', { name: 'Deliveries' });
    const row = table.getByRole('row').filter({ hasText: 'Spring issue' });
    await expect(row.getByRole('cell', { name: /^Scheduled/ })).toBeVisible();
    await pb.check('messages-scheduled');

    // The delivery's panel: its figures.
    await row.getByRole('button', { name: 'Details of Spring issue' }).click();
    const panel = page.getByRole('dialog', { name: 'Message' });
    const figures = panel.getByRole('table', { name: 'Figures' });
    for (const name of [
      'Opens (with consent)',
      'Anonymous opens',
      'Unsubscribes',
      'Bounces',
      'Complaints',
      'Scheduled for',
    ])
      await expect(figures.getByRole('rowheader', { name })).toBeVisible();
    await expect(figures.getByRole('row', { name: /Status/ })).toContainText('Scheduled');
    await pb.check('messages-details');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Cancel asks first.
    await row.getByRole('button', { name: 'Cancel Spring issue' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel this message?' });
    await expect(confirm).toBeVisible();
    await pb.check('messages-cancel');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(row.getByRole('cell', { name: 'Cancelled', exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Cancel Spring issue' })).toHaveCount(0);
    const [d] = (
      await s.gql('query($l: ID!) { deliveries(listId: $l) { status } }', { l: listId }, owner.token)
    ).data.deliveries;
    expect(d.status).toBe('CANCELLED');
  });

  it('shows a progress bar while a message is being sent', async () => {
    const pb = await open('messages-sending');
    const { page } = pb;
    await signIn(pb, owner);
    const stall = smtp.stallNext();
    const sent = await s.gql(
      'mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { id } }',
      { l: listId, i: { subject: 'Under way', text: 'x' } },
      owner.token,
    );
    try {
      await stall.received;
      await page.goto(`/lists/${listId}?tab=messages`);
      const row = page
        .getByRole('table', { name: 'Deliveries' })
        .getByRole('row')
        .filter({ hasText: 'Under way' });
      // At 0 % the bar's section has no width, but it is there for screen readers, with its value.
      await expect(row.getByRole('progressbar', { name: '0 of 1 sent' })).toHaveAttribute(
        'aria-valuenow',
        '0',
      );
      await expect(row).toContainText('Sending');
      await pb.check('messages-sending');
    } finally {
      stall.release();
    }
    // It polls: the row turns Sent without a reload.
    const row = page
      .getByRole('table', { name: 'Deliveries' })
      .getByRole('row')
      .filter({ hasText: 'Under way' });
    await expect(row.getByRole('cell', { name: 'Sent', exact: true })).toBeVisible();
    await expect(row.getByRole('progressbar')).toHaveCount(0);
    expect(sent.data.sendListMessage.id).toBeTruthy();
  });
});
