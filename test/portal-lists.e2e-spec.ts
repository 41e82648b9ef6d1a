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
 * The portal in Debian's Chromium against the real server and its real build (dist/portal, built by
 * the global setup): signing in and out, lists, a list's subscribers, what a VIEWER may not do,
 * with axe-core, the 375 px width and the request and CSP checks on every page.
 */
jest.setTimeout(180_000);

// Playwright's expect (its web-first matchers wait for the page), patient on a shared machine.
const expect = playwrightExpect.configure({ timeout: 15_000 });

describe('portal: sign in, lists and subscribers', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;

  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, tenant, 'OWNER');
    viewer = await createUser(s, tenant, 'VIEWER');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sends / to /login without a session, and shows the API message in an alert for a wrong password', async () => {
    const pb = await open('login');
    const { page } = pb;
    const res = await page.goto('/');
    await page.waitForURL('**/login');
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();

    // The page's own headers: the strict CSP, no inline script allowed.
    const csp = res!.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await pb.check('login');

    await page.getByLabel(field('Email')).fill(owner.email);
    await page.getByLabel(field('Password')).fill('not-the-password-at-all');
    await page.getByLabel(field('Organisation')).fill(tenant.slug);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Invalid email or password' });
    await expect(alert).toBeVisible();
    expect(page.url()).toMatch(/\/login$/);
    await pb.check('login-failed');

    // An empty form names what is missing, next to the fields, and sends nothing.
    await page.getByLabel(field('Email')).fill('');
    await page.getByLabel(field('Password')).fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your email address')).toBeVisible();
    await expect(page.getByLabel(field('Email'))).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets an owner create a list, add and remove subscribers, and sign out', async () => {
    const pb = await open('owner');
    const { page } = pb;
    await signIn(pb, owner, { remember: true });

    // Keep me signed in: the session cookie lasts 30 days, and it is HttpOnly and SameSite=Strict.
    const cookie = (await pb.context.cookies()).find((c) => c.name === 'steward_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);

    // With a session, / goes to the lists.
    await page.goto('/');
    await page.waitForURL('**/lists');

    // The signed-in layout: navigation, the organisation and the address, Sign out.
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Lists' })).toBeVisible();
    await expect(page.getByText('Acme Publishing')).toBeVisible();
    await expect(page.getByText(owner.email)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lists', level: 1 })).toBeVisible();
    await pb.check('lists-empty');

    // Create list: Name, Title, Opt-in (Double, Single), Create.
    await page.getByRole('button', { name: 'Create list' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const optIn = dialog.getByLabel('Opt-in');
    await expect(optIn.locator('option')).toHaveText(['Double', 'Single']);
    await dialog.getByLabel(field('Name')).fill('news-l');
    await dialog.getByLabel(field('Title')).fill('Monthly news');
    await optIn.selectOption({ label: 'Single' });
    await pb.check('create-list');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    const link = page.getByRole('link', { name: 'Monthly news' });
    await expect(link).toBeVisible();
    await expect(page.getByRole('row', { name: /Monthly news/ })).toContainText('NEWS-L');

    // The same name again: the API's CONFLICT, next to the Name field; nothing is created.
    await page.getByRole('button', { name: 'Create list' }).click();
    await dialog.getByLabel(field('Name')).fill('NEWS-L');
    await dialog.getByLabel(field('Title')).fill('Another');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('A list named NEWS-L already exists')).toBeVisible();
    await expect(dialog.getByLabel(field('Name'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('create-list-conflict');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('link', { name: 'Another' })).toHaveCount(0);

    // The list's page: its title and the three tabs.
    await link.click();
    await page.waitForURL(/\/lists\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Monthly news', level: 1 })).toBeVisible();
    for (const name of ['Subscribers', 'Messages', 'Settings'])
      await expect(page.getByRole('tab', { name })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Subscribers' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Nobody is on this list yet.')).toBeVisible();
    await pb.check('list-empty');

    // Add subscriber: Email, Name, Country (a name works too), Format (Text, HTML), Add.
    await page.getByRole('button', { name: 'Add subscriber' }).click();
    const add = page.getByRole('dialog');
    await expect(add.getByLabel('Format').locator('option')).toHaveText(['Text', 'HTML']);
    await add.getByLabel(field('Email')).fill('not-an-address');
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add.getByLabel(field('Email'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('add-subscriber-invalid');
    await add.getByLabel(field('Email')).fill('Ana@Example.com');
    await add.getByLabel(field('Name')).fill('Ana Lima');
    await add.getByLabel(field('Country')).fill('Germany');
    await add.getByLabel('Format').selectOption({ label: 'HTML' });
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add).toBeHidden();
    const table = page.getByRole('table', { name: 'Subscribers' });
    const ana = table.getByRole('row', { name: /ana@example\.com/ });
    await expect(ana).toBeVisible();
    for (const cell of ['Ana Lima', 'DE', 'HTML', 'Confirmed']) await expect(ana).toContainText(cell);
    await expect(page.getByText('1 subscriber', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Add subscriber' }).click();
    await add.getByLabel(field('Email')).fill('bo@example.com');
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(table.getByRole('row', { name: /bo@example\.com/ })).toBeVisible();
    await pb.check('list-subscribers');

    // Remove asks in a dialog whose button repeats the action's name; the row goes.
    await table.getByRole('button', { name: 'Remove bo@example.com' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('bo@example.com');
    await pb.check('remove-subscriber');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(table.getByRole('row', { name: /bo@example\.com/ })).toHaveCount(0);
    await expect(ana).toBeVisible();
    const subs = await s.gql(
      'query($l: ID!) { subscribers(listId: $l) { nodes { email } } }',
      { l: page.url().split('/').pop() },
      owner.token,
    );
    expect(subs.data.subscribers.nodes).toEqual([{ email: 'ana@example.com' }]);

    // The other tabs, by keyboard: arrows move between tabs.
    await page.getByRole('tab', { name: 'Subscribers' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('No message has been sent to this list yet.')).toBeVisible();
    await pb.check('list-messages');

    // New message: Subject, Text, HTML, Send; the delivery shows in the table (no worker runs here: Queued).
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = page.getByRole('dialog');
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(compose.getByText('Enter a subject')).toBeVisible();
    await compose.getByLabel(field('Subject')).fill('December news');
    await compose.getByLabel(field('Text')).fill('Hello, this is the December issue.');
    await compose.getByLabel(field('HTML')).fill('<p>Hello, this is the <b>December</b> issue.</p>');
    await pb.check('new-message');
    await compose.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(compose).toBeHidden();
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    await expect(deliveries.getByRole('row')).toHaveCount(2);
    await expect(deliveries.getByRole('row').nth(1)).toContainText('Queued');
    await pb.check('list-messages-sent');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('NEWS-L');
    await pb.check('list-settings');

    // Back on the lists, the counts show the one confirmed subscriber.
    await nav.getByRole('link', { name: 'Lists' }).click();
    await expect(page.getByRole('row', { name: /Monthly news/ })).toContainText('1');

    // Sign out: back on /login, and the signed-in pages send there again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.goto('/lists');
    await page.waitForURL('**/login');
    const me = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return (await r.json()) as { errors?: Array<{ extensions: { code: string } }> };
    });
    expect(me.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a VIEWER the lists and subscribers, page by page, without the buttons that change them', async () => {
    const listId = await createList(s, owner, { name: 'BIG-L', title: 'Big list', optIn: 'SINGLE' });
    for (let i = 0; i < 55; i++)
      await addSubscriber(s, owner, listId, { email: `reader-${String(i).padStart(2, '0')}@example.org` });
    const pb = await open('viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await expect(page.getByRole('link', { name: 'Big list' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create list' })).toHaveCount(0);
    await pb.check('lists-viewer');

    await page.getByRole('link', { name: 'Big list' }).click();
    const table = page.getByRole('table', { name: 'Subscribers' });
    await expect(page.getByText('55 subscribers')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(51); // the header and 50
    await expect(page.getByRole('button', { name: 'Add subscriber' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await pb.check('list-viewer');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(table.getByRole('row')).toHaveCount(6);
    await expect(page.getByText('Page 2')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(table.getByRole('row')).toHaveCount(51);

    await page.getByRole('tab', { name: 'Messages' }).click();
    await expect(page.getByRole('button', { name: 'New message' })).toHaveCount(0);

    // A session that ends under an open page: the next request sends the person to /login.
    await page.getByRole('tab', { name: 'Subscribers' }).click();
    await expect(table.getByRole('row')).toHaveCount(51);
    await pb.context.clearCookies();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL('**/login');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  it('shows the not-found page for an unknown path, and for a list that is not there', async () => {
    const pb = await open('not-found');
    const { page } = pb;
    const res = await page.goto('/no/such/page');
    expect(res!.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await pb.check('not-found');

    await signIn(pb, owner);
    await page.goto('/lists/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await pb.check('list-not-found');
  });
});
