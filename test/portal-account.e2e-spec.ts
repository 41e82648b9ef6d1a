import { generate } from '@otplib/totp';
import { readFile } from 'node:fs/promises';
import { expect as playwrightExpect, type Browser, type Page } from '@playwright/test';
import { base32Decode, nodeCrypto } from '../schema/users/totp';
import { launchChromium, PortalBrowser } from './support/browser';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { OPERATOR_EMAIL, OPERATOR_PASSWORD, startTestServer, TestServer } from './support/test-server';

/**
 * The portal's account pages in Debian's Chromium: sign-in with a one-time code or a recovery code
 * on the same form, two-factor setup from the secret the page shows, `Forgot password?` with the
 * mailed link to /reset-password, changing the password (the other sessions end), revoking a
 * session, and a tenant that requires 2FA sending its users to /account. axe-core, the 375 px
 * width and the request and CSP checks on every page.
 */
jest.setTimeout(300_000);

const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
const expect = playwrightExpect.configure({ timeout: 20_000 });

/** The code of `secret` for the time step `steps` away from now, computed with otplib (as the server checks it). */
const totp = (secret: string, steps = 0) =>
  generate({
    secret: base32Decode(secret),
    crypto: nodeCrypto,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(Date.now() / 1000) + steps * 30,
  });

describe('portal: account, two-factor authentication, password reset, sessions', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let tenant: TenantFixture;
  const opened: PortalBrowser[] = [];

  const open = async (name: string) => {
    const pb = await PortalBrowser.open(browser, s.base, name);
    opened.push(pb);
    return pb;
  };

  /** Fills the sign-in form and presses `Sign in` (once: a second step, if any, is the caller's). */
  const submitSignIn = async (page: Page, u: { email: string; password: string }, slug = tenant.slug) => {
    await page.goto('/login');
    await page.getByLabel(field('Email')).fill(u.email);
    await page.getByLabel(field('Password')).fill(u.password);
    await page.getByLabel(field('Organisation')).fill(slug);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  const signIn = async (page: Page, u: { email: string; password: string }, slug = tenant.slug) => {
    await submitSignIn(page, u, slug);
    // an operator (no organisation) starts on the tenants, a tenant user on the lists
    await page.waitForURL(slug ? '**/lists' : '**/operator/tenants');
  };
  const signOut = async (page: Page) => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
  };
  const toAccount = async (page: Page) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  };
  const sessionsTable = (page: Page) => page.getByRole('table', { name: 'Your sessions' });

  /** On /account: sets up 2FA with a code computed from the secret shown; answers the secret and the recovery codes. */
  const setUpTwoFactor = async (pb: PortalBrowser, shots?: string) => {
    const { page } = pb;
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    // The pressed button is gone: the keyboard continues at the instructions.
    await expect(page.getByText(/^Scan this QR code/)).toBeFocused();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    if (shots) await pb.check(`${shots}-setup`);
    // A wrong code first: said next to the field, nothing turned on.
    const code = await totp(secret);
    await page.getByLabel(field('One-time code')).fill(code === '123456' ? '654321' : '123456');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByText('The one-time code is not correct')).toBeVisible();
    await page.getByLabel(field('One-time code')).fill(code);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
    await expect(page.getByText(/shown only this once/)).toBeVisible();
    const items = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(items).toHaveCount(10);
    const recovery = (await items.allInnerTexts()).map((c) => c.trim());
    for (const c of recovery) expect(c).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    if (shots) await pb.check(`${shots}-recovery-codes`);
    return { secret, recovery };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
  });
  afterEach(async () => {
    const all = opened.splice(0);
    try {
      for (const pb of all) pb.expectClean();
    } finally {
      for (const pb of all) await pb.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await smtp?.close();
  });

  it('sets up two-factor authentication, then signs in with a one-time code (a wrong one is an alert) and with a recovery code', async () => {
    const user = await createUser(s, tenant, 'ADMIN');
    const pb = await open('account-2fa');
    const { page } = pb;

    // Without 2FA: password only; the form links to the reset page.
    await page.goto('/login');
    await expect(page.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    await expect(page.getByLabel(field('One-time code'))).toHaveCount(0);
    await signIn(page, user);
    await toAccount(page);
    await expect(page.getByText('Two-factor authentication is off.', { exact: false })).toBeVisible();
    await pb.check('account');

    const { secret, recovery } = await setUpTwoFactor(pb, 'account');
    // Download: a text file with the ten codes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download codes' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('steward-recovery-codes.txt');
    const saved = await readFile(await download.path(), 'utf8');
    for (const c of recovery) expect(saved).toContain(c);
    // Copy: the same lines on the clipboard.
    await pb.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy codes' }).click();
    await expect(page.getByText('The recovery codes were copied.')).toBeVisible();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(saved);
    await page.getByRole('button', { name: 'I have stored my codes' }).click();
    await expect(page.getByText(/Two-factor authentication is on/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Two-factor authentication', level: 2 })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Set up two-factor authentication' })).toHaveCount(0);
    expect((await s.gql('{ me { twoFactorEnabled } }', {}, user.token)).data.me.twoFactorEnabled).toBe(true);
    await signOut(page);

    // The password alone: the same form asks for the code, with no alert.
    await submitSignIn(page, user);
    const otp = page.getByLabel(field('One-time code'));
    await expect(otp).toBeVisible();
    await expect(otp).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Your password is right' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await pb.check('login-otp');
    // A wrong code: an alert, still on the sign-in page.
    const next = await totp(secret, 1);
    await otp.fill(next === '000000' ? '999999' : '000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The one-time code is not correct' }),
    ).toBeVisible();
    await pb.check('login-otp-wrong');
    expect(new URL(page.url()).pathname).toBe('/login');
    // The right code (of the next time step: the setup used the current one, and a code works once),
    // sent from the keyboard.
    await otp.fill(next);
    await otp.press('Enter');
    await page.waitForURL('**/lists');
    await signOut(page);

    // A recovery code in the same field; it works once.
    await submitSignIn(page, user);
    await page.getByLabel(field('One-time code')).fill(recovery[0]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/lists');
    await signOut(page);
    await submitSignIn(page, user);
    await page.getByLabel(field('One-time code')).fill(recovery[0]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The one-time code is not correct' }),
    ).toBeVisible();
    await page.getByLabel(field('One-time code')).fill(recovery[1]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/lists');

    // Turning it off takes a code: a recovery code here.
    await toAccount(page);
    await pb.check('account-2fa-on');
    await page.getByLabel(field('One-time code')).fill(recovery[2]);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByRole('button', { name: 'Set up two-factor authentication' })).toBeVisible();
    expect((await s.gql('{ me { twoFactorEnabled } }', {}, user.token)).data.me.twoFactorEnabled).toBe(false);
  });

  it('Forgot password?: the same message for any address, the rate limit said plainly, the mailed link sets a new password', async () => {
    const user = await createUser(s, tenant, 'VIEWER');
    const pb = await open('forgot-password');
    const { page } = pb;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL('**/forgot-password');
    await expect(page.getByRole('heading', { name: 'Forgot password', level: 1 })).toBeVisible();
    await pb.check('forgot-password');

    const ask = async (email: string) => {
      await page.goto('/forgot-password');
      await page.getByLabel(field('Email')).fill(email);
      await page.getByLabel(field('Organisation')).fill(tenant.slug);
      await page.getByRole('button', { name: 'Send reset link' }).click();
    };
    const SENT = /If an account with this address exists, a link to set a new password is on its way/;
    // The limit counts in fixed one-hour windows: four asks that straddle the top of the hour are
    // counted in two windows. Near it, wait for the next window to begin (at most four minutes).
    const toNextHour = 3_600_000 - (Date.now() % 3_600_000);
    if (toNextHour < 240_000) await new Promise((r) => setTimeout(r, toNextHour + 1_000));
    await ask(user.email);
    await expect(page.getByRole('status').filter({ hasText: SENT })).toBeVisible();
    await pb.check('forgot-password-sent');

    // An address with no account: the very same answer (three times: the limit per account).
    const nobody = `nobody-${Date.now()}@example.com`;
    for (let i = 0; i < 3; i++) {
      await ask(nobody);
      await expect(page.getByRole('status').filter({ hasText: SENT })).toBeVisible();
    }
    // The fourth within the hour: the rate limit, in plain words, on the form.
    await ask(nobody);
    await expect(
      page.getByRole('alert').filter({ hasText: /Too many attempts: try again in \d+ minutes/ }),
    ).toBeVisible();
    await pb.check('forgot-password-limited');

    // The mail (only for the real account), with its link to the server's /reset-password page.
    await smtp.waitFor(1, 30_000);
    const mail = smtp.messages.find((m) => m.to.includes(user.email))!;
    expect(smtp.messages.filter((m) => m.to.includes(nobody))).toHaveLength(0);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const NEW = 'a-brand-new-password-42';
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Set a new password', level: 1 })).toBeVisible();
    await page.getByLabel('New password').fill(NEW);
    await page.getByLabel('Confirm password').fill(NEW);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByRole('heading', { name: 'Password set' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/login');

    // The old password no longer works; the new one does.
    await submitSignIn(page, user);
    await expect(page.getByRole('alert').filter({ hasText: 'Invalid email or password' })).toBeVisible();
    await signIn(page, { email: user.email, password: NEW });
  }, 540_000); // up to four minutes of it may be the wait for the next window

  it('changing the password signs the other sessions out; a session is revoked from the list', async () => {
    const user = await createUser(s, tenant, 'OWNER');
    const a = await open('account-sessions');
    const b = await open('account-sessions-other');
    await signIn(a.page, user);
    await signIn(b.page, user);
    await toAccount(a.page);
    const table = sessionsTable(a.page);
    await expect(table.getByRole('row')).toHaveCount(3); // the header and two sessions
    await expect(table.getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
    await a.check('account-sessions');

    // Revoke the other one: its browser is signed out at its next request.
    const revoke = table.getByRole('button', { name: /^Revoke / });
    await expect(revoke).toHaveCount(1);
    await revoke.click();
    await expect(a.page.getByText('The session was revoked.')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await b.page.goto('/lists');
    await b.page.waitForURL('**/login');

    // Change password: a mismatch and a wrong current password are said; then it works and ends b's new session.
    await signIn(b.page, user);
    await a.page.reload();
    await expect(table.getByRole('row')).toHaveCount(3);
    const NEW = 'changed-password-for-owner-9';
    await a.page.getByLabel(field('Current password')).fill(user.password);
    await a.page.getByLabel(field('New password')).fill(NEW);
    await a.page.getByLabel(field('Confirm new password')).fill(`${NEW}x`);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await expect(a.page.getByText('The two passwords do not match')).toBeVisible();
    await a.page.getByLabel(field('Current password')).fill('not-the-password-at-all');
    await a.page.getByLabel(field('Confirm new password')).fill(NEW);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await expect(a.page.getByText('currentPassword is not correct')).toBeVisible();
    await a.page.getByLabel(field('Current password')).fill(user.password);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await expect(
      a.page.getByRole('status').filter({ hasText: 'Every other session of your account was signed out' }),
    ).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(a.page.getByLabel(field('Current password'))).toHaveValue('');
    await a.check('account-password-changed');
    await b.page.goto('/lists');
    await b.page.waitForURL('**/login');
    await signIn(b.page, { email: user.email, password: NEW });
    // This browser stayed signed in.
    await a.page.getByRole('navigation').getByRole('link', { name: 'Lists' }).click();
    await a.page.waitForURL('**/lists');
  });

  it('an operator has the same /account page: two-factor setup and its sessions', async () => {
    const pb = await open('account-operator');
    const { page } = pb;
    await signIn(page, { email: OPERATOR_EMAIL, password: OPERATOR_PASSWORD }, '');
    await toAccount(page);
    await expect(page.getByText('Platform operator')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up two-factor authentication' })).toBeVisible();
    await expect(sessionsTable(page).getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
    await pb.check('account-operator');
  });

  it("a tenant's requireTwoFactor sends its users without 2FA to /account until they set it up", async () => {
    const strict = await createTenant(s, { name: 'Strict Ltd' });
    const user = await createUser(s, strict, 'ADMIN');
    const pb = await open('account-required');
    const { page } = pb;
    await signIn(page, user, strict.slug);

    // The policy changes while the user is signed in: the next page's data is refused, and the
    // portal goes to /account with the reason instead.
    const set = await s.gql(
      'mutation($id: ID!, $i: UpdateTenantInput!) { updateTenant(id: $id, input: $i) { requireTwoFactor } }',
      { id: strict.id, i: { requireTwoFactor: true } },
      await s.operatorToken(),
    );
    expect(set.data?.updateTenant.requireTwoFactor).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Requests' }).click();
    await page.waitForURL('**/account');
    const why = page
      .getByRole('status')
      .filter({ hasText: 'Your organisation requires two-factor authentication' });
    await expect(why).toBeVisible();
    await pb.check('account-required');
    // Any other page: /account again, at once.
    await page.goto('/lists');
    await page.waitForURL('**/account');
    await expect(why).toBeVisible();
    // Signing in again lands there too.
    await signOut(page);
    await submitSignIn(page, user, strict.slug);
    await page.waitForURL('**/account');

    await setUpTwoFactor(pb);
    await page.getByRole('button', { name: 'I have stored my codes' }).click();
    await expect(why).toHaveCount(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Lists' }).click();
    await page.waitForURL('**/lists');
    await expect(page.getByRole('heading', { name: 'Lists', level: 1 })).toBeVisible();
  });
});
