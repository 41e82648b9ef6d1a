import { expect as playwrightExpect } from '@playwright/test';
import { createTenant, TenantFixture } from './support/fixtures';
import { field, portalBrowsers, signInOperator } from './support/portal';
import {
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TestServer,
  totpCodeOf,
} from './support/test-server';

/**
 * Operators must use 2FA, in Debian's Chromium: an operator without it signs in, and every
 * `/operator/` page shows only the 2FA setup (the same controls as on /account); it sets it up
 * with a code computed by otplib from the secret shown, and the console opens. axe-core, the
 * 375 px width and the request and CSP checks on the gate.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 20_000 });

describe('portal: the operator console opens only with 2FA', () => {
  let s: TestServer;
  let acme: TenantFixture;

  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    acme = await createTenant(s, { name: 'Acme Publishing' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('an operator without 2FA sees only its setup on every operator page, sets it up, and reaches the tenants', async () => {
    const pb = await open('operator-gate');
    const { page } = pb;
    await signInOperator(pb, { email: OPERATOR_EMAIL, password: OPERATOR_PASSWORD });
    const gate = page.getByRole('heading', { name: 'Two-factor authentication first', level: 1 });
    const setUp = page.getByRole('button', { name: 'Set up two-factor authentication' });
    for (const path of [
      '/operator/tenants',
      `/operator/tenants/${acme.id}`,
      '/operator/operators',
      '/operator/nowhere',
    ]) {
      if (!page.url().endsWith(path)) await page.goto(path);
      await expect(gate).toBeVisible();
      await expect(page.getByText('Platform operators must use two-factor authentication')).toBeVisible();
      await expect(setUp).toBeVisible();
      // only the setup: no console content, no other heading of the page
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByText(acme.slug)).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Create tenant|Invite operator/ })).toHaveCount(0);
      expect(page.url()).toBe(`${s.base}${path}`);
    }
    await page.goto('/operator/tenants');
    await expect(gate).toBeVisible();
    await pb.check('gate');

    await setUp.click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await pb.check('gate-setup');
    await page
      .getByLabel(field('One-time code'))
      .fill(await totpCodeOf(secret, Math.floor(Date.now() / 30_000)));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
    await page.getByRole('button', { name: 'I have stored my codes' }).click();

    // the console opens where the operator was
    await expect(page.getByRole('heading', { name: 'Tenants', level: 1 })).toBeVisible();
    await expect(gate).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: 'Tenants' }).getByRole('row', { name: /Acme Publishing/ }),
    ).toContainText(acme.slug);
    await pb.check('gate-open');
    const me = await s.gql('{ operators { email twoFactorEnabled } }', {}, await s.operatorToken());
    expect(
      me.data.operators.find((o: { email: string }) => o.email === OPERATOR_EMAIL).twoFactorEnabled,
    ).toBe(true);
  });
});
