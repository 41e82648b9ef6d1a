import { expect as playwrightExpect } from '@playwright/test';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { field, portalBrowsers, signIn } from './support/portal';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';

/**
 * The portal's Team page and the server-rendered /invitation page in Debian's Chromium: an owner
 * invites a user, the invitation arrives by SMTP, its link sets the password, the new user signs
 * in; roles change and users are removed; VIEWERs only read. axe-core, the 375 px width and the
 * request and CSP checks on every page.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 20_000 });
const NEW_PASSWORD = 'invited-user-password-77';

describe('portal: team and invitations', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;

  const { open } = portalBrowsers(() => s.base);

  const usersRow = async (email: string) =>
    (await s.gql('{ tenantUsers { id email role status } }', {}, owner.token)).data.tenantUsers.find(
      (u: { email: string }) => u.email === email,
    );

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, tenant, 'OWNER');
    viewer = await createUser(s, tenant, 'VIEWER');
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('an owner invites a user, who sets a password from the mailed link and signs in', async () => {
    const pb = await open('team-owner');
    const { page } = pb;
    await signIn(pb, owner);
    await page.getByRole('navigation').getByRole('link', { name: 'Team' }).click();
    await page.waitForURL('**/team');
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Team members' });
    await expect(table.getByRole('row', { name: new RegExp(viewer.email) })).toBeVisible();
    await pb.check('team');

    // Invite user: Email, Role (Owner, Admin, Viewer), Send invitation.
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const role = dialog.getByLabel('Role');
    await expect(role.locator('option')).toHaveText(['Owner', 'Admin', 'Viewer']);
    const invitee = `new-${Date.now()}@example.com`;
    await dialog.getByLabel(field('Email')).fill(invitee);
    await role.selectOption({ label: 'Admin' });
    await pb.check('team-invite');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog).toBeHidden();
    const row = table.getByRole('row', { name: new RegExp(invitee) });
    await expect(row).toContainText('Invited');
    await expect(row).toContainText('Never');

    // The same address again while it is ACTIVE elsewhere in the team: the API's CONFLICT, shown.
    await page.getByRole('button', { name: 'Invite user' }).click();
    await dialog.getByLabel(field('Email')).fill(viewer.email);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog.getByText('A user with this email already exists in this tenant')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The mail, through SMTP, with its single-use link.
    const [mail] = (await smtp.waitFor(1, 30_000)).filter((m) => m.to.includes(invitee));
    expect(mail.subject).toContain('Acme Publishing');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/invitation\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(new URL(link).origin).toBe(new URL(s.base).origin);

    // The invitation page: server-rendered, New password, Confirm password, Set password.
    const guest = await open('invitation');
    const g = guest.page;
    await g.goto(link);
    await expect(g.getByRole('heading', { name: 'Accept your invitation', level: 1 })).toBeVisible();
    await guest.check('invitation');
    await g.getByLabel('New password').fill(NEW_PASSWORD);
    await g.getByLabel('Confirm password').fill('something-else-entirely');
    await g.getByRole('button', { name: 'Set password' }).click();
    await expect(g.getByRole('alert')).toHaveText('The two passwords do not match');
    await guest.check('invitation-mismatch');
    expect((await usersRow(invitee)).status).toBe('INVITED');
    await g.getByLabel('New password').fill(NEW_PASSWORD);
    await g.getByLabel('Confirm password').fill(NEW_PASSWORD);
    await g.getByRole('button', { name: 'Set password' }).click();
    await expect(g.getByRole('heading', { name: 'Your account is ready' })).toBeVisible();
    await guest.check('invitation-done');
    await g.getByRole('link', { name: 'Sign in' }).click();
    await g.waitForURL('**/login');

    // The link is used up.
    await g.goto(link);
    await g.getByLabel('New password').fill('another-password-123');
    await g.getByLabel('Confirm password').fill('another-password-123');
    await g.getByRole('button', { name: 'Set password' }).click();
    await expect(
      g.getByText('This invitation link is invalid, was already used, or has expired'),
    ).toBeVisible();

    // The new user signs in, as an ADMIN: the team reads only.
    await signIn(guest, { email: invitee, password: NEW_PASSWORD, tenant });
    await g.goto('/team');
    await expect(g.getByRole('table', { name: 'Team members' })).toBeVisible();
    await expect(g.getByRole('button', { name: 'Invite user' })).toHaveCount(0);
    await expect(g.getByRole('combobox', { name: 'Role' })).toHaveCount(0);
    await expect(g.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await guest.check('team-admin');

    // The owner's page now shows the user as active.
    await page.reload();
    await expect(table.getByRole('row', { name: new RegExp(invitee) })).toContainText('Active');
  });

  it('an owner changes a role, cannot demote the last owner, and removes a user after confirming', async () => {
    const pb = await open('team-roles');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto('/team');
    const table = page.getByRole('table', { name: 'Team members' });
    const viewerRow = table.getByRole('row', { name: new RegExp(viewer.email) });
    await viewerRow.getByLabel('Role').selectOption({ label: 'Admin' });
    await expect(page.getByText(`${viewer.email} is now Admin.`)).toBeVisible();
    await expect.poll(async () => (await usersRow(viewer.email)).role).toBe('ADMIN');

    // The last owner: the API's CONFLICT, shown, and the select back on Owner.
    const ownerRow = table.getByRole('row', { name: new RegExp(owner.email) });
    await ownerRow.getByLabel('Role').selectOption({ label: 'Viewer' });
    await expect(page.getByText(/last owner/)).toBeVisible();
    await expect(ownerRow.getByLabel('Role')).toHaveValue('OWNER');
    expect((await usersRow(owner.email)).role).toBe('OWNER');

    // Remove asks first; Cancel keeps the user, the dialog's Remove removes it.
    await viewerRow.getByRole('button', { name: `Remove ${viewer.email}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await pb.check('team-remove');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await usersRow(viewer.email)).toBeDefined();
    await viewerRow.getByRole('button', { name: `Remove ${viewer.email}` }).click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('row', { name: new RegExp(viewer.email) })).toHaveCount(0);
    expect(await usersRow(viewer.email)).toBeUndefined();
    // Its token stopped working at once.
    const me = await s.gql('{ me { id } }', {}, viewer.token);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
