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
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * The portal's `/requests` in Debian's Chromium: the data-subject tasks of the signed-in tenant,
 * seeded through the public submitDataSubjectRequest and its emailed verification, answered in the
 * task panel (fulfil ACCESS, ERASURE and RECTIFICATION, extend, reject, an empty Reason refused),
 * filtered by status, and read by a VIEWER who cannot answer; axe-core on every state.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });

const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { status } }';
const TASKS =
  'query($s: TaskStatus) { dataSubjectTasks(status: $s) { id reference type status dueAt reason records lists } }';
const RESPOND =
  'mutation($i: TaskResponseInput!) { respondToDataSubjectTask(input: $i) { id status reason } }';
const SUBSCRIBERS = 'query($l: ID!) { subscribers(listId: $l) { nodes { email name country } } }';

let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('portal: data-subject requests', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let other: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;
  let otherAdmin: UserFixture;
  let listId: string;
  const who: Record<string, string> = {};
  const ref: Record<string, string> = {};

  const { open } = portalBrowsers(() => s.base);
  const mailTo = async (email: string, match: RegExp): Promise<ReceivedMail> => {
    const find = () => smtp.messages.find((m) => m.to.includes(email.toLowerCase()) && match.test(m.subject));
    await until(async () => !!find(), `mail ${match} to ${email}`, 30_000);
    return find()!;
  };
  /** Submits a request as the person, verifies it through the emailed link; routing makes the tasks. */
  const request = async (email: string, type: string, details?: string): Promise<string> => {
    const r = await s.gql(SUBMIT, { i: { email, type, details } });
    const reference = r.data.submitDataSubjectRequest.reference as string;
    const mail = await mailTo(email, new RegExp(reference));
    const token = /\/requests\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    const v = await s.gql(VERIFY, { t: token });
    expect(v.data.verifyDataSubjectRequest.status).toBe('ROUTING');
    return reference;
  };
  const tasks = async (user = owner) =>
    (await s.gql(TASKS, {}, user.token)).data.dataSubjectTasks as Array<Record<string, any>>;
  const task = async (reference: string) => (await tasks()).find((x) => x.reference === reference)!;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    [tenant, other] = await Promise.all([
      createTenant(s, { name: 'Acme Publishing' }),
      createTenant(s, { name: 'Other Org' }),
    ]);
    [owner, viewer, otherAdmin] = await Promise.all([
      createUser(s, tenant, 'OWNER'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'ADMIN'),
    ]);
    listId = await createList(s, owner, { name: 'NEWS-L', title: 'Monthly news', optIn: 'SINGLE' });
    const otherList = await createList(s, otherAdmin, { name: 'OTHER-L', title: 'Other', optIn: 'SINGLE' });
    const add = (user: UserFixture, l: string, email: string, name?: string) =>
      addSubscriber(s, user, l, { email, name });
    for (const k of ['access', 'erase', 'rect', 'extend', 'reject', 'late']) {
      who[k] = person(k);
      await add(owner, listId, who[k], k === 'rect' ? 'Wrong Name' : 'Some Person');
    }
    who.elsewhere = person('elsewhere');
    await add(otherAdmin, otherList, who.elsewhere);

    ref.access = await request(who.access, 'ACCESS', 'Please send me what you hold.');
    ref.erase = await request(who.erase, 'ERASURE');
    ref.rect = await request(who.rect, 'RECTIFICATION', 'My name is Right Name, and I live in Germany.');
    ref.extend = await request(who.extend, 'ACCESS');
    ref.reject = await request(who.reject, 'OBJECTION');
    ref.late = await request(who.late, 'RESTRICTION');
    ref.elsewhere = await request(who.elsewhere, 'ERASURE');
    await until(async () => (await tasks()).length === 6, 'the six tasks of the tenant', 60_000);
    await until(async () => (await tasks(otherAdmin)).length === 1, "the other tenant's task", 60_000);
    // One task past its due date: overdue, and too late to extend.
    const late = await task(ref.late);
    const past = s.services.db.param(new Date(Date.now() - 86_400_000));
    await s.services.db.query('UPDATE data_subject_tasks SET due_at = ? WHERE id = ?', [past, late.id]);
    await s.services.db.query('UPDATE data_subject_requests SET due_at = ? WHERE reference = ?', [
      past,
      ref.late,
    ]);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('lists the tenant’s tasks, nearest due first with the overdue one marked in words, and answers each kind', async () => {
    const pb = await open('requests-owner');
    const { page } = pb;
    await signIn(pb, owner);
    const nav = page.getByRole('navigation');
    for (const name of ['Lists', 'Requests', 'Breach notices', 'Processing log'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    await nav.getByRole('link', { name: 'Requests' }).click();
    await page.waitForURL('**/requests');
    await expect(page.getByRole('heading', { name: 'Data-subject requests', level: 1 })).toBeVisible();

    const table = page.getByRole('table', { name: 'Data-subject tasks' });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(7); // the header and six
    // The nearest due date first: the overdue one, marked in words.
    await expect(rows.nth(1)).toContainText(ref.late);
    await expect(rows.nth(1)).toContainText('Overdue');
    await expect(rows.nth(1)).toContainText('Restriction');
    await expect(table.getByText('Overdue', { exact: true })).toHaveCount(1);
    // Another tenant's task is not here.
    await expect(table.getByText(ref.elsewhere)).toHaveCount(0);
    await pb.check('requests');

    const row = (reference: string) => table.getByRole('row', { name: new RegExp(reference) });
    const dialog = page.getByRole('dialog');

    // ACCESS, opened by keyboard: the panel shows the reference, the right, the due date, lists and records.
    await table.getByRole('button', { name: ref.access }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: `Request ${ref.access}` })).toBeVisible();
    for (const text of ['Access', 'NEWS-L', who.access, 'Please send me what you hold.', 'Art. 15'])
      await expect(dialog).toContainText(text);
    await expect(dialog.getByRole('definition').filter({ hasText: /^1$/ })).toHaveCount(1); // one record
    const accessTask = await task(ref.access);
    await expect(dialog).toContainText(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(accessTask.dueAt),
      ),
    );
    for (const name of ['Fulfil', 'Extend', 'Reject'])
      await expect(dialog.getByRole('button', { name, exact: true })).toBeEnabled();
    await pb.check('task-access');

    // Extend and Reject with an empty Reason: an error, nothing sent, nothing changed.
    await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(dialog.getByText('Enter a reason to extend the deadline')).toBeVisible();
    await expect(dialog.getByLabel(field('Reason'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('task-reason-missing');
    await dialog.getByLabel(field('Reason')).fill('   ');
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(dialog.getByText('Enter a reason to reject the request')).toBeVisible();
    expect(await task(ref.access)).toMatchObject({
      status: 'PENDING',
      reason: null,
      dueAt: accessTask.dueAt,
    });

    // Fulfil: the person gets their data; the row says Fulfilled.
    await dialog.getByRole('button', { name: 'Fulfil', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(ref.access)).toContainText('Fulfilled');
    expect((await task(ref.access)).status).toBe('FULFILLED');
    const data = await mailTo(who.access, new RegExp(`your data \\(${ref.access}\\)`));
    expect(data.attachments.map((a) => a.filename)).toEqual([`${ref.access}-${tenant.slug}.json`]);

    // ERASURE: the address leaves the list.
    await table.getByRole('button', { name: ref.erase }).click();
    await expect(dialog).toContainText('Erasure');
    await expect(dialog).toContainText('Art. 17');
    await dialog.getByRole('button', { name: 'Fulfil', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(ref.erase)).toContainText('Fulfilled');
    const emails = async () =>
      (await s.gql(SUBSCRIBERS, { l: listId }, owner.token)).data.subscribers.nodes as Array<{
        email: string;
        name: string | null;
        country: string | null;
      }>;
    expect((await emails()).map((x) => x.email)).not.toContain(who.erase);

    // RECTIFICATION: Fulfil asks for the corrections; without any it refuses and changes nothing.
    await table.getByRole('button', { name: ref.rect }).click();
    await expect(dialog).toContainText('Rectification');
    await expect(dialog).toContainText('My name is Right Name');
    await dialog.getByRole('button', { name: 'Fulfil', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Enter at least one correction');
    expect((await task(ref.rect)).status).toBe('PENDING');
    await dialog.getByLabel(field('Corrected name')).fill('Right Name');
    await dialog.getByLabel(field('Corrected country')).fill('Germany');
    await pb.check('task-rectification');
    await dialog.getByRole('button', { name: 'Fulfil', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(ref.rect)).toContainText('Fulfilled');
    expect((await emails()).find((x) => x.email === who.rect)).toMatchObject({
      name: 'Right Name',
      country: 'DE',
    });

    // Extend, with a reason: once; the panel then says so and offers no second extension.
    await table.getByRole('button', { name: ref.extend }).click();
    await dialog.getByLabel(field('Reason')).fill('Many requests this month');
    await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(ref.extend)).toContainText('Extended');
    const extended = await task(ref.extend);
    expect(extended).toMatchObject({ status: 'EXTENDED', reason: 'Many requests this month' });
    await mailTo(who.extend, /needs more time/);
    await table.getByRole('button', { name: ref.extend }).click();
    await expect(dialog).toContainText('extended once');
    await expect(dialog).toContainText('Many requests this month');
    await expect(dialog.getByRole('button', { name: 'Extend', exact: true })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Fulfil', exact: true })).toBeEnabled();
    await pb.check('task-extended');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // Reject, with a reason the person is told.
    await table.getByRole('button', { name: ref.reject }).click();
    await expect(dialog).toContainText('Objection');
    await dialog.getByLabel(field('Reason')).fill('We send only what you asked for; nothing to object to.');
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(ref.reject)).toContainText('Rejected');
    expect((await task(ref.reject)).status).toBe('REJECTED');
    await mailTo(who.reject, /declined your request/);

    // The overdue task: too late to extend; the API's refusal shows, and nothing changes.
    await table.getByRole('button', { name: ref.late }).click();
    await expect(dialog).toContainText('Overdue');
    await dialog.getByLabel(field('Reason')).fill('We need more time');
    await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('only be extended before the first due date');
    expect((await task(ref.late)).status).toBe('PENDING');
    await pb.check('task-overdue');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // An answered task's panel says so and offers no answer.
    await table.getByRole('button', { name: ref.access }).click();
    await expect(dialog).toContainText('This request is answered');
    await expect(dialog.getByRole('button', { name: 'Fulfil', exact: true })).toHaveCount(0);
    await page.keyboard.press('Escape');

    // Filter by status.
    const status = page.getByLabel('Status', { exact: true });
    await expect(status.locator('option')).toHaveText([
      'All',
      'Pending',
      'Extended',
      'Fulfilled',
      'Rejected',
    ]);
    await status.selectOption({ label: 'Fulfilled' });
    await expect(rows).toHaveCount(4);
    for (const r of [ref.access, ref.erase, ref.rect]) await expect(row(r)).toBeVisible();
    await status.selectOption({ label: 'Pending' });
    await expect(rows).toHaveCount(2);
    await expect(row(ref.late)).toBeVisible();
    await status.selectOption({ label: 'Extended' });
    await expect(rows).toHaveCount(2);
    await expect(row(ref.extend)).toBeVisible();
    await status.selectOption({ label: 'Rejected' });
    await expect(rows).toHaveCount(2);
    await expect(row(ref.reject)).toBeVisible();
    await pb.check('requests-filtered');

    // The other tenant's task was untouched.
    expect((await tasks(otherAdmin)).map((x) => x.status)).toEqual(['PENDING']);
  });

  it('shows a VIEWER the tasks and the panel with the answers disabled, and a note why', async () => {
    const pb = await open('requests-viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await page.getByRole('navigation').getByRole('link', { name: 'Requests' }).click();
    const table = page.getByRole('table', { name: 'Data-subject tasks' });
    await expect(table.getByRole('row')).toHaveCount(7);
    await table.getByRole('button', { name: ref.late }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('only an Owner or Admin can answer them');
    for (const name of ['Fulfil', 'Extend', 'Reject'])
      await expect(dialog.getByRole('button', { name, exact: true })).toBeDisabled();
    await expect(dialog.getByLabel(field('Reason'))).toBeDisabled();
    await pb.check('task-viewer');
    expect((await task(ref.late)).status).toBe('PENDING');
  });

  it('refuses through the API what the panel never sends: control characters in a reason, another tenant’s task, a VIEWER', async () => {
    const late = await task(ref.late);
    expect(late.status).toBe('PENDING');
    for (const reason of ['Nothing\u0000held', 'Bell\u0007', 'Escape\u001b[31m', 'C1\u0085']) {
      const r = await s.gql(RESPOND, { i: { taskId: late.id, decision: 'REJECT', reason } }, owner.token);
      expect({ reason, code: codeOf(r), field: r.errors?.[0].extensions?.field }).toEqual({
        reason,
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
    }
    const [theirs] = await tasks(otherAdmin);
    expect(codeOf(await s.gql(RESPOND, { i: { taskId: theirs.id, decision: 'FULFILL' } }, owner.token))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(
        await s.gql(RESPOND, { i: { taskId: late.id, decision: 'REJECT', reason: 'No.' } }, viewer.token),
      ),
    ).toBe('FORBIDDEN');
    expect(await task(ref.late)).toMatchObject({ status: 'PENDING', reason: null });
    expect((await tasks(otherAdmin)).map((x) => x.status)).toEqual(['PENDING']);
    // Line breaks are text: a reason over two lines is taken as written.
    const ok = await s.gql(
      RESPOND,
      {
        i: { taskId: late.id, decision: 'REJECT', reason: 'We restrict nothing:\nthe address gets no mail.' },
      },
      owner.token,
    );
    expect(ok.data.respondToDataSubjectTask).toMatchObject({
      status: 'REJECTED',
      reason: 'We restrict nothing:\nthe address gets no mail.',
    });
  });
});
