import { readFile } from 'node:fs/promises';
import { expect as playwrightExpect, type Page } from '@playwright/test';
import {
  addSubscriber,
  createList,
  createTenant,
  createUser,
  TenantFixture,
  UserFixture,
} from './support/fixtures';
import { field, portalBrowsers, signIn } from './support/portal';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * The portal's `/breaches` and `/log` in Debian's Chromium: a breach reported by the operator and
 * analysed by the workers shows with its facts and is acknowledged by an OWNER (a VIEWER only reads
 * it); the processing log is filtered, paged and downloaded (CSV, JSON: the filtered view, all its
 * pages) with the record of processing; axe-core on every page.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });
const HOUR = 3_600_000;

const NOTICES = '{ breachNotices { id title affectedSubjects affectedRecords acknowledgedAt notifiedAt } }';
const LOG =
  'query($f: ProcessingLogFilter, $n: Int) { processingLog(filter: $f, first: $n) { totalCount nodes { seq action purpose } } }';

/** A `datetime-local` value for `d` in this machine's time zone (the browser's too). */
const local = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** Clicks a download link and answers the file's name and text. */
async function download(page: Page, name: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download ${name} failed: ${failure}`);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('portal: breach notices and the processing log', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let other: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;
  let otherAdmin: UserFixture;
  let breachTitle: string;
  const emails: string[] = [];

  const { open } = portalBrowsers(() => s.base);
  const log = async (filter: Record<string, unknown> = {}, user = owner) =>
    (await s.gql(LOG, { f: filter, n: 500 }, user.token)).data.processingLog as {
      totalCount: number;
      nodes: Array<{ seq: number; action: string; purpose: string }>;
    };

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true, workers: 1 });
    [tenant, other] = await Promise.all([
      createTenant(s, { name: 'Acme Publishing' }),
      createTenant(s, { name: 'Other Org' }),
    ]);
    [owner, viewer, otherAdmin] = await Promise.all([
      createUser(s, tenant, 'OWNER'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'ADMIN'),
    ]);
    const newList = (user: UserFixture, name: string) =>
      createList(s, user, { name, title: name, optIn: 'SINGLE' });
    const add = (user: UserFixture, l: string, email: string) =>
      addSubscriber(s, user, l, { email, name: 'Reader', country: 'DE' });
    const listId = await newList(owner, 'NEWS-L');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      emails.push(`reader-${String(i).padStart(2, '0')}@people.example`);
      ids.push(await add(owner, listId, emails[i]));
    }
    for (const id of ids.slice(0, 2))
      await s.gql('mutation($id: ID!) { removeSubscriber(id: $id) }', { id }, owner.token);
    const otherList = await newList(otherAdmin, 'OTHER-L');
    await add(otherAdmin, otherList, 'someone@people.example');

    // A breach of this tenant's data, reported by the operator and analysed by the worker.
    breachTitle = 'Backup bucket exposed';
    const r = await s.gql(
      'mutation($i: ReportBreachInput!) { reportBreach(input: $i) { id } }',
      {
        i: {
          title: breachTitle,
          description: 'A storage bucket with a database backup was publicly readable for two days.',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          occurredFrom: new Date(Date.now() - 50 * HOUR).toISOString(),
          dataCategories: ['EMAIL_ADDRESS', 'NAME'],
          encrypted: false,
          scope: { tenantIds: [tenant.id] },
        },
      },
      await s.operatorToken(),
    );
    if (!r.data?.reportBreach) throw new Error(JSON.stringify(r.errors));
    const incidentId = r.data.reportBreach.id as string;
    await until(
      async () =>
        (
          await s.gql(
            'query($id: ID!) { breachIncident(id: $id) { status } }',
            { id: incidentId },
            await s.operatorToken(),
          )
        ).data.breachIncident.status !== 'ANALYZING',
      'the breach analysis',
      60_000,
    );
    const inc = await s.gql(
      'query($id: ID!) { breachIncident(id: $id) { status noticesSent holdNotifications } }',
      { id: incidentId },
      await s.operatorToken(),
    );
    expect(inc.data.breachIncident).toMatchObject({ status: 'NOTIFIED', noticesSent: 1 });
    await until(
      async () => (await s.gql(NOTICES, {}, owner.token)).data.breachNotices.some((n: any) => n.notifiedAt),
      'the breach notice',
      60_000,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows a VIEWER the breach notice with its facts but no Acknowledge button', async () => {
    const pb = await open('breaches-viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await page.getByRole('navigation').getByRole('link', { name: 'Breach notices' }).click();
    await page.waitForURL('**/breaches');
    await expect(page.getByRole('heading', { name: 'Breach notices', level: 1 })).toBeVisible();
    const notice = page.getByRole('article', { name: breachTitle });
    await expect(notice).toContainText('Not acknowledged yet');
    await expect(page.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
    await expect(page.getByText('only an Owner or Admin can acknowledge')).toBeVisible();
    await pb.check('breaches-viewer');
  });

  it('lets an OWNER read the notice’s facts and acknowledge it, which then shows when', async () => {
    const [n] = (await s.gql(NOTICES, {}, owner.token)).data.breachNotices;
    expect(n.affectedSubjects).toBe(28);
    const pb = await open('breaches-owner');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto('/breaches');
    const notice = page.getByRole('article', { name: breachTitle });
    for (const text of [
      'A storage bucket with a database backup',
      'Email address, Name',
      'People affected',
      '28',
      'Likely consequences',
      'Measures taken or proposed',
      'Your deadline to notify the authority',
      'the end is not known yet',
      'Not acknowledged yet',
    ])
      await expect(notice).toContainText(text);
    await expect(notice.getByRole('definition').filter({ hasText: /^28$/ })).toHaveCount(3); // people, of them in the EU/EEA, records
    await pb.check('breaches');

    await notice.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect(notice).toContainText('Acknowledged on');
    await expect(notice.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
    const [after] = (await s.gql(NOTICES, {}, owner.token)).data.breachNotices;
    expect(after.acknowledgedAt).not.toBeNull();
    await expect(notice).toContainText(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(after.acknowledgedAt),
      ),
    );
    await pb.check('breaches-acknowledged');
    // The other tenant has no notice.
    expect((await s.gql(NOTICES, {}, otherAdmin.token)).data.breachNotices).toEqual([]);
  });

  it('filters and pages the tenant’s processing log and downloads the filtered view and the record of processing', async () => {
    const pb = await open('log');
    const { page } = pb;
    await signIn(pb, owner);
    // What the API says, after this sign-in (which is logged too).
    const all = await log();
    expect(all.totalCount).toBeGreaterThan(32); // 30 added, 2 removed, the breach analysis, sign-ins
    const breach = await log({ purpose: 'BREACH_RESPONSE' });
    expect(breach.nodes.map((e) => e.action)).toContain('breach.analyze');
    const entries = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);
    await page.getByRole('navigation').getByRole('link', { name: 'Processing log' }).click();
    await page.waitForURL('**/log');
    await expect(page.getByRole('heading', { name: 'Processing log', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Processing log entries' });
    const rows = table.getByRole('row');
    await expect(page.getByText(`${all.totalCount} entries`, { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(26); // the header and 25, oldest first
    await expect(rows.nth(1)).toContainText(String(all.nodes[0].seq));
    // No address of a subscriber appears anywhere in the log.
    await expect(page.getByText(/@people\.example/)).toHaveCount(0);
    await pb.check('log');

    // Paging.
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText('Page 2')).toBeVisible();
    await expect(rows).toHaveCount(Math.min(25, all.totalCount - 25) + 1);
    await expect(rows.nth(1)).toContainText(String(all.nodes[25].seq));
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByText('Page 1')).toBeVisible();
    await expect(rows.nth(1)).toContainText(String(all.nodes[0].seq));

    // Purpose: the breach analysis alone.
    const purpose = page.getByLabel('Purpose');
    await purpose.selectOption({ label: 'Breach response' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText(entries(breach.totalCount), { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(breach.totalCount + 1);
    await expect(table).toContainText('breach.analyze');
    await pb.check('log-filtered');

    // An action that is not one: said next to the field, the view unchanged.
    await purpose.selectOption({ label: 'Any purpose' });
    await page.getByLabel(field('Action')).fill('not an action');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('An action is a dotted word')).toBeVisible();
    await expect(page.getByLabel(field('Action'))).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(entries(breach.totalCount), { exact: true })).toBeVisible();

    // One action, and a time range that holds it.
    await page.getByLabel(field('Action')).fill('subscriber.remove');
    await page.getByLabel(field('From')).fill(local(new Date(Date.now() - 2 * HOUR)));
    await page.getByLabel(field('Until')).fill(local(new Date(Date.now() + 2 * HOUR)));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('2 entries', { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

    // The downloads hold the filtered view, every page of it.
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toMatch(new RegExp(`^processing-log-${tenant.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^seq,at,tenant_id,actor_type,actor_id,purpose,action,/);
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) {
      expect(line).toContain('subscriber.remove');
      expect(line).toContain(tenant.id);
    }
    expect(csv.text).not.toMatch(/@people\.example/);
    const json = await download(page, 'Download JSON');
    expect(json.name).toMatch(/\.json$/);
    const removed = JSON.parse(json.text) as Array<{ action: string; tenantId: string }>;
    expect(removed.map((e) => [e.action, e.tenantId])).toEqual([
      ['subscriber.remove', tenant.id],
      ['subscriber.remove', tenant.id],
    ]);

    // A time range with nothing in it.
    await page.getByLabel(field('Action')).fill('');
    await page.getByLabel(field('From')).fill(local(new Date(Date.now() + 24 * HOUR)));
    await page.getByLabel(field('Until')).fill(local(new Date(Date.now() + 48 * HOUR)));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No entry matches.')).toBeVisible();
    const none = await download(page, 'Download JSON');
    expect(JSON.parse(none.text)).toEqual([]);
    // From after Until: said, nothing asked.
    await page.getByLabel(field('From')).fill(local(new Date(Date.now() + 48 * HOUR)));
    await page.getByLabel(field('Until')).fill(local(new Date(Date.now() + 24 * HOUR)));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('“From” must not be after “Until”')).toBeVisible();

    // Clear filters: the whole log again, and the whole log in the download.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(`${all.totalCount} entries`, { exact: true })).toBeVisible();
    const full = JSON.parse((await download(page, 'Download JSON')).text) as Array<{ tenantId: string }>;
    expect(full).toHaveLength(all.totalCount);
    expect(full.every((e) => e.tenantId === tenant.id)).toBe(true);

    // The record of processing, for this tenant.
    const record = await download(page, 'Download record of processing');
    expect(record.name).toMatch(new RegExp(`^record-of-processing-${tenant.slug}-.*\\.md$`));
    expect(record.text).toContain('# Record of processing activities');
    expect(record.text).toContain('Acme Publishing');
    expect(record.text).toContain('BREACH_RESPONSE');
    expect(record.text).not.toContain('Other Org');
  });

  it('gives a VIEWER the same log and downloads, its own tenant’s only', async () => {
    const pb = await open('log-viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await page.goto('/log');
    const total = (await log({}, viewer)).totalCount;
    await expect(page.getByText(`${total} entries`, { exact: true })).toBeVisible();
    const csv = await download(page, 'Download CSV');
    expect(csv.text.trim().split(/\r?\n/)).toHaveLength(total + 1);
    const record = await download(page, 'Download record of processing');
    expect(record.text).toContain('Acme Publishing');
    await pb.check('log-viewer');
  });
});
