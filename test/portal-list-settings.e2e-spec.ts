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
import { startTestServer, TestServer } from './support/test-server';

/**
 * A list's page in Debian's Chromium: its counts and 90-day chart (with the text alternative), the
 * Settings form, and deleting the list through its confirming dialog; axe-core, the 375 px width
 * and the request and CSP checks on every state.
 */
jest.setTimeout(300_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });

const LIST_FIELDS =
  'title description optIn consentWording consentVersion fromName fromAddress replyTo footer';

describe('portal: list settings, chart and deletion', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;

  const { open } = portalBrowsers(() => s.base);
  const newList = async (name: string, title: string) => {
    const id = await createList(s, owner, { name, title, optIn: 'SINGLE' });
    for (const email of [`ana-${name.toLowerCase()}@example.org`, `bo-${name.toLowerCase()}@example.org`])
      await addSubscriber(s, owner, id, { email });
    // an earlier day in the chart: anonymous counts only
    const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await s.services.db.query(
      'INSERT INTO list_daily_counts (tenant_id, list_id, day, requested, confirmed, unsubscribed, removed, purged) VALUES (?, ?, ?, 7, 5, 3, 0, 0)',
      [tenant.id, id, day],
    );
    return id;
  };

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, tenant, 'OWNER');
    viewer = await createUser(s, tenant, 'VIEWER');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the counts and the chart, edits the settings, and deletes the list through its dialog', async () => {
    const listId = await newList('NEWS-L', 'Monthly news');
    const pb = await open('owner');
    const { page } = pb;
    await signIn(pb, owner);
    await page.getByRole('link', { name: 'Monthly news' }).click();
    await page.waitForURL(`**/lists/${listId}`);

    // The counts and the 90 days: a summary anyone reads, the numbers per day in a table.
    await expect(page.getByText('2 confirmed, 0 waiting for confirmation')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Last 90 days' })).toBeVisible();
    await expect(
      page.getByText('In the last 90 days: 9 sign-ups, 7 confirmations, 3 unsubscribes.'),
    ).toBeVisible();
    const days = page.getByRole('table', { name: /per day, last 90 days/ });
    await expect(days.getByRole('row')).toHaveCount(3); // the header, 10 days ago and today
    const today = new Date().toISOString().slice(0, 10);
    await expect(days.getByRole('row', { name: new RegExp(`^${today}`) })).toHaveText(
      new RegExp(`${today}\\s*2\\s*2\\s*0`),
    );
    await expect(page.locator('.recharts-wrapper')).toBeVisible();
    await pb.check('list-chart');

    // Settings: every field, the wording's version.
    await page.getByRole('tab', { name: 'Settings' }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByLabel(field('Consent wording'))).toHaveValue(/unsubscribe/);
    await expect(panel.getByText(/now version 1\./)).toBeVisible();
    await expect(panel.getByLabel('Opt-in').locator('option')).toHaveText(['Double', 'Single']);
    await pb.check('settings');

    // A reply-to that is no address: the API's message next to the field, and nothing saved.
    await panel.getByLabel(field('Reply-to')).fill('not an address');
    await panel.getByLabel(field('Title')).fill('Changed but not saved');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByText('replyTo is not a valid email address')).toBeVisible();
    await expect(panel.getByLabel(field('Reply-to'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('settings-invalid');
    const unchanged = await s.gql(
      `query($id: ID!) { list(id: $id) { ${LIST_FIELDS} } }`,
      { id: listId },
      owner.token,
    );
    expect(unchanged.data.list.title).toBe('Monthly news');

    await panel.getByLabel(field('Title')).fill('Monthly news and notes');
    await panel.getByLabel(field('Description')).fill('News from Acme, once a month.');
    await panel.getByLabel('Opt-in').selectOption({ label: 'Double' });
    await panel.getByLabel(field('Consent wording')).fill('Yes, send me the monthly news from Acme.');
    await panel.getByLabel(field('From name')).fill('Acme News');
    await panel.getByLabel(field('Reply-to')).fill('editors@example.org');
    await panel.getByLabel(field('Footer')).fill('Acme Publishing, 1 Main Street');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The settings were saved.')).toBeVisible();
    await expect(panel.getByText(/now version 2\./)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Monthly news and notes', level: 1 })).toBeVisible();
    const saved = await s.gql(
      `query($id: ID!) { list(id: $id) { ${LIST_FIELDS} } }`,
      { id: listId },
      owner.token,
    );
    expect(saved.data.list).toEqual({
      title: 'Monthly news and notes',
      description: 'News from Acme, once a month.',
      optIn: 'DOUBLE',
      consentWording: 'Yes, send me the monthly news from Acme.',
      consentVersion: 2,
      fromName: 'Acme News',
      fromAddress: null,
      replyTo: 'editors@example.org',
      footer: 'Acme Publishing, 1 Main Street',
    });
    await pb.check('settings-saved');

    // Delete list asks in a dialog whose confirming button repeats the action's name.
    await panel.getByRole('button', { name: 'Delete list' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Monthly news and notes');
    await pb.check('delete-list');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(
      (await s.gql('query($id: ID!) { list(id: $id) { id } }', { id: listId }, owner.token)).data.list,
    ).not.toBeNull();

    await panel.getByRole('button', { name: 'Delete list' }).click();
    await dialog.getByRole('button', { name: 'Delete list' }).click();
    await page.waitForURL('**/lists');
    await expect(page.getByRole('heading', { name: 'Lists', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Monthly news and notes' })).toHaveCount(0);
    await pb.check('list-deleted');
    expect(
      (await s.gql('query($id: ID!) { list(id: $id) { id } }', { id: listId }, owner.token)).data.list,
    ).toBeNull();
    expect(await s.services.db.query('SELECT id FROM subscribers WHERE list_id = ?', [listId])).toEqual([]);
  });

  it('shows a VIEWER the settings and the chart, without Save or Delete list', async () => {
    const listId = await newList('READ-L', 'Read only');
    const pb = await open('viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await page.goto(`/lists/${listId}?tab=settings`);
    await expect(page.getByRole('heading', { name: 'Last 90 days' })).toBeVisible();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByLabel(field('Title'))).toBeDisabled();
    await expect(panel.getByLabel(field('Title'))).toHaveValue('Read only');
    await expect(panel.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Delete list' })).toHaveCount(0);
    await pb.check('settings-viewer');
  });
});
