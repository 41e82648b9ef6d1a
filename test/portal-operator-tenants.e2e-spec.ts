import { expect as playwrightExpect } from '@playwright/test';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { field, portalBrowsers, signIn, signInOperator } from './support/portal';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, ConsoleOperator, OPERATOR_EMAIL, startTestServer, TestServer } from './support/test-server';

/**
 * The operator console's tenants in Debian's Chromium: an operator signs in on /operator/tenants,
 * creates a tenant (a bad slug shows the API's field error), suspends one with a reason (its
 * user's session is refused meanwhile), reactivates it, and offboards another after typing its
 * slug, following the export and deletion to their end. Each account kind is told when a page is
 * not for it. axe-core, the 375 px width, keyboard use and the request and CSP checks on every page.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 20_000 });
const ME = '{ me { id email } }';

describe('portal: operator tenants', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let acme: TenantFixture;
  let owner: UserFixture;
  let leaving: TenantFixture;
  /** an operator with 2FA (the console is closed to one without: test/portal-operator-gate) */
  let OPERATOR: ConsoleOperator;

  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    acme = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, acme, 'OWNER');
    leaving = await createTenant(s, { name: 'Leaving Ltd' });
    await createUser(s, leaving, 'ADMIN');
    OPERATOR = await s.consoleOperator();
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('an operator lands on the tenants and creates one from the keyboard, a bad slug shown at its field', async () => {
    const pb = await open('operator-tenants');
    const { page } = pb;
    await signInOperator(pb, OPERATOR);
    await expect(page.getByRole('heading', { name: 'Tenants', level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link')).toHaveText(['Tenants', 'Requests', 'Operators', 'Account']);
    const table = page.getByRole('table', { name: 'Tenants' });
    const acmeRow = table.getByRole('row', { name: /Acme Publishing/ });
    await expect(acmeRow).toContainText(acme.slug);
    await expect(acmeRow).toContainText('ListPlex');
    await expect(acmeRow).toContainText('Active');
    await pb.check('tenants');

    // New tenant, by keyboard: the button takes the focus, Enter opens the form, Enter submits it.
    const newTenant = page.getByRole('button', { name: 'New tenant' });
    await newTenant.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New tenant' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(field('Slug'))).toBeFocused();
    await expect(dialog.getByLabel('Service').locator('option')).toHaveText(['ListPlex', 'EASE']);
    await page.keyboard.type('Bad Slug!');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Globex Corporation');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Service: EASE
    await dialog.getByLabel(field('DPO email')).fill('dpo@globex.example');
    await pb.check('tenants-new');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('slug must be 2-40 characters of a-z, 0-9 and -')).toBeVisible();
    await expect(dialog.getByLabel(field('Slug'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('tenants-new-bad-slug');
    const op = await s.operatorToken();
    const names = async () =>
      (
        (await s.gql('{ tenants { name slug service } }', {}, op)).data.tenants as Array<{ name: string }>
      ).map((x) => x.name);
    expect(await names()).not.toContain('Globex Corporation');

    const slug = `globex-${Date.now().toString(36)}`;
    await dialog.getByLabel(field('Slug')).fill(slug);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    // The new tenant's page opens.
    await page.waitForURL(/\/operator\/tenants\/[^/]+$/);
    await expect(page.getByRole('heading', { name: 'Globex Corporation', level: 1 })).toBeVisible();
    await expect(page.getByText(slug, { exact: true })).toBeVisible();
    await expect(page.getByText('EASE', { exact: true })).toBeVisible();
    await expect(page.getByText('This tenant has no users yet.')).toBeVisible();
    const made = (await s.gql('{ tenants { name slug service dpoEmail status } }', {}, op)).data.tenants.find(
      (x: { slug: string }) => x.slug === slug,
    );
    expect(made).toEqual({
      name: 'Globex Corporation',
      slug,
      service: 'EASE',
      dpoEmail: 'dpo@globex.example',
      status: 'ACTIVE',
    });
    await pb.check('tenant-new');

    // Back to the list: the new tenant is a row of it.
    await page.getByRole('link', { name: 'All tenants' }).click();
    await expect(table.getByRole('row', { name: new RegExp(slug) })).toContainText('Active');

    // Tenant users' pages are not for operators, and say so.
    await page.goto('/lists');
    await expect(page.getByRole('heading', { name: 'Not for your account', level: 1 })).toBeVisible();
    await pb.check('operator-on-lists');
    await page.getByRole('link', { name: 'Go to your start page' }).click();
    await page.waitForURL('**/operator/tenants');
  });

  it('an operator sees the operators and invites one (a bad address shown at its field)', async () => {
    const pb = await open('operators');
    const { page } = pb;
    await signInOperator(pb, OPERATOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Operators' }).click();
    await page.waitForURL('**/operator/operators');
    await expect(page.getByRole('heading', { name: 'Operators', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Platform operators' });
    // the signed-in operator (2FA on), and the bootstrap one (password only: its console stays closed)
    const mine = table.getByRole('row').filter({ hasText: OPERATOR.email });
    await expect(mine).toContainText('Active');
    await expect(mine).toContainText('On');
    const bootstrap = table.getByRole('row').filter({ hasText: new RegExp(`^${OPERATOR_EMAIL}`) });
    await expect(bootstrap).toContainText('Active');
    await expect(bootstrap).toContainText('Off');
    await pb.check('operators');

    await page.getByRole('button', { name: 'Invite operator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite an operator' });
    await dialog.getByLabel(field('Email')).fill('not-an-address');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog.getByLabel(field('Email'))).toHaveAttribute('aria-invalid', 'true');
    await pb.check('operators-invite-bad');
    const invitee = `op-${Date.now().toString(36)}@steward.test`;
    await dialog.getByLabel(field('Email')).fill(invitee);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('row', { name: new RegExp(invitee) })).toContainText('Invited');
    const toInvitee = () => smtp.messages.filter((m) => m.to.includes(invitee));
    await expect.poll(() => toInvitee().length, { timeout: 30_000 }).toBe(1);
    expect(toInvitee()[0].text).toMatch(/\/invitation\?token=/);
  });

  it('a tenant user is told that /operator/ pages are not for it', async () => {
    const pb = await open('tenant-on-operator');
    const { page } = pb;
    await signIn(pb, owner);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Tenants' })).toHaveCount(0);
    await page.goto('/operator/tenants');
    await expect(page.getByRole('heading', { name: 'Not for your account', level: 1 })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await pb.check('tenant-on-operator');
    await page.goto(`/operator/tenants/${acme.id}`);
    await expect(page.getByRole('heading', { name: 'Not for your account', level: 1 })).toBeVisible();
  });

  it('an operator suspends a tenant with a reason (its user is refused meanwhile) and reactivates it', async () => {
    const user = await open('suspended-user');
    await signIn(user, owner);
    const pb = await open('operator-suspend');
    const { page } = pb;
    await signInOperator(pb, OPERATOR);
    await page.getByRole('table', { name: 'Tenants' }).getByRole('link', { name: 'Acme Publishing' }).click();
    await expect(page.getByRole('heading', { name: 'Acme Publishing', level: 1 })).toBeVisible();
    await expect(page.getByText(acme.dpoEmail)).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Users of this tenant' })
        .getByRole('row', { name: new RegExp(owner.email) }),
    ).toContainText('Owner');
    const record = page.getByRole('link', { name: 'Download record of processing' });
    await expect(record).toHaveAttribute('href', `/audit/record-of-processing/${acme.id}`);
    await pb.check('tenant');

    // The record downloads with the operator's session: a Markdown document for this tenant.
    const [download] = await Promise.all([page.waitForEvent('download'), record.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^record-of-processing-${acme.slug}-.*\\.md$`));

    // Suspend asks for a reason; without one nothing happens.
    await page.getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend this tenant' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await expect(dialog.getByText('Enter the reason')).toBeVisible();
    const op = await s.operatorToken();
    const status = async (id: string) =>
      (await s.gql('query($id: ID!) { tenant(id: $id) { status suspensionReason } }', { id }, op)).data
        .tenant;
    expect((await status(acme.id)).status).toBe('ACTIVE');
    await pb.check('tenant-suspend');
    // Cancel keeps it active.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await status(acme.id)).status).toBe('ACTIVE');

    await page.getByRole('button', { name: 'Suspend' }).click();
    await dialog.getByLabel(field('Reason')).fill('Unpaid invoices since October');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Reason: Unpaid invoices since October')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Suspend' })).toHaveCount(0);
    expect(await status(acme.id)).toEqual({
      status: 'SUSPENDED',
      suspensionReason: 'Unpaid invoices since October',
    });
    await pb.check('tenant-suspended');

    // Meanwhile the tenant's user is refused: its token, and its browser session (back to sign-in).
    expect(codeOf(await s.gql(ME, {}, owner.token))).toBe('UNAUTHENTICATED');
    await user.page.getByRole('navigation').getByRole('link', { name: 'Team' }).click();
    await user.page.waitForURL('**/login');

    // The list shows it suspended.
    await page.getByRole('link', { name: 'All tenants' }).click();
    await expect(
      page.getByRole('table', { name: 'Tenants' }).getByRole('row', { name: /Acme Publishing/ }),
    ).toContainText('Suspended');
    await page.getByRole('link', { name: 'Acme Publishing' }).click();

    // Reactivate: active again, and the same token works again.
    await page.getByRole('button', { name: 'Reactivate' }).click();
    await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
    await expect(page.getByText('Reason: Unpaid invoices since October')).toHaveCount(0);
    expect(await status(acme.id)).toEqual({ status: 'ACTIVE', suspensionReason: null });
    expect((await s.gql(ME, {}, owner.token)).data?.me.email).toBe(owner.email);
    // The user's browser session was refused, not ended: it works again too.
    await user.page.goto('/team');
    await expect(user.page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  });

  it('an operator offboards a tenant after typing its slug and follows it to its end', async () => {
    const pb = await open('operator-offboard');
    const { page } = pb;
    await signInOperator(pb, OPERATOR);
    await page.goto(`/operator/tenants/${leaving.id}`);
    await expect(page.getByRole('heading', { name: 'Leaving Ltd', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Offboard' }).click();
    const dialog = page.getByRole('dialog', { name: 'Offboard this tenant' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(`Type ${leaving.slug} to confirm.`)).toBeVisible();
    // Another tenant's slug: refused, nothing changes.
    await dialog.getByLabel(field('Slug')).fill(acme.slug);
    await dialog.getByRole('button', { name: 'Offboard' }).click();
    await expect(dialog.getByText('The slug does not match this tenant')).toBeVisible();
    await pb.check('tenant-offboard');
    const op = await s.operatorToken();
    const state = async () =>
      (
        await s.gql(
          'query($id: ID!) { tenant(id: $id) { status offboardedAt dataDeletedAt } }',
          { id: leaving.id },
          op,
        )
      ).data.tenant;
    expect((await state()).status).toBe('ACTIVE');

    await dialog.getByLabel(field('Slug')).fill(leaving.slug);
    await dialog.getByRole('button', { name: 'Offboard' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Offboarded /)).toBeVisible();
    // The page follows the export and deletion until they end.
    await expect(page.getByText(/^Data exported to the DPO and deleted /)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Suspend|Reactivate|Offboard)$/ })).toHaveCount(0);
    const done = await state();
    expect(done.status).toBe('OFFBOARDED');
    expect(done.dataDeletedAt).not.toBeNull();
    expect(smtp.messages.some((m) => m.to.includes(leaving.dpoEmail.toLowerCase()))).toBe(true);
    await pb.check('tenant-offboarded');

    await page.getByRole('link', { name: 'All tenants' }).click();
    await expect(
      page.getByRole('table', { name: 'Tenants' }).getByRole('row', { name: /Leaving Ltd/ }),
    ).toContainText('Offboarded');
  });
});
