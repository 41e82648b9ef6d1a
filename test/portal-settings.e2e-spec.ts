import { readFile } from 'node:fs/promises';
import { expect as playwrightExpect } from '@playwright/test';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { field, portalBrowsers, signIn } from './support/portal';
import { codeOf, startTestServer, TestServer } from './support/test-server';

/**
 * The portal's /settings page in Debian's Chromium: an OWNER changes the organisation's name, its
 * DPO address and the two-factor policy; a bad address is refused on its field and changes nothing;
 * an ADMIN reads, a VIEWER sees no settings (updateTenant is for owners). axe-core, the 375 px
 * width and the request and CSP checks on every page.
 */
jest.setTimeout(180_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });

describe('portal: organisation settings', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  const { open } = portalBrowsers(() => s.base);

  const saved = async () =>
    (
      await s.gql(
        'query($id: ID!) { tenant(id: $id) { name dpoEmail requireTwoFactor } }',
        { id: tenant.id },
        await s.operatorToken(),
      )
    ).data.tenant as { name: string; dpoEmail: string; requireTwoFactor: boolean };

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    tenant = await createTenant(s, { name: 'Acme Publishing', dpoEmail: 'dpo@acme.example' });
    [owner, admin, viewer] = await Promise.all([
      createUser(s, tenant, 'OWNER'),
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'VIEWER'),
    ]);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('an owner changes the name and the DPO address, and they are kept after a reload', async () => {
    const pb = await open('settings-owner');
    const { page } = pb;
    await signIn(pb, owner);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    const name = page.getByLabel(field('Organisation name'));
    const dpo = page.getByLabel(field('DPO email'));
    await expect(name).toHaveValue('Acme Publishing');
    await expect(dpo).toHaveValue('dpo@acme.example');
    await expect(page.getByLabel('Require two-factor authentication')).not.toBeChecked();
    // The policy explains what happens to people without two-factor authentication.
    await expect(
      page.getByText(/have not set up two-factor authentication yet are sent to set it up/),
    ).toBeVisible();
    // Sending domains: a sentence, no controls yet.
    await expect(page.getByRole('heading', { name: 'Sending domains' })).toBeVisible();
    await pb.check('settings');

    await name.fill('Acme Publishing GmbH');
    await dpo.fill('  Privacy@Acme.example ');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The settings were saved.')).toBeVisible();
    // The API keeps the address as it normalises it, and the form shows that.
    await expect(dpo).toHaveValue('privacy@acme.example');
    // The header names the organisation by its new name.
    await expect(page.getByRole('banner').getByText('Acme Publishing GmbH')).toBeVisible();
    expect(await saved()).toEqual({
      name: 'Acme Publishing GmbH',
      dpoEmail: 'privacy@acme.example',
      requireTwoFactor: false,
    });

    await page.reload();
    await expect(page.getByLabel(field('Organisation name'))).toHaveValue('Acme Publishing GmbH');
    await expect(page.getByLabel(field('DPO email'))).toHaveValue('privacy@acme.example');

    // The record of processing, from the server's /audit route.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download record of processing' }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    expect(file.suggestedFilename()).toMatch(new RegExp(`^record-of-processing-${tenant.slug}-.*\\.md$`));
    expect(await readFile((await file.path())!, 'utf8')).toContain('Acme Publishing GmbH');
  });

  it('a bad DPO address shows the API’s error on its field and changes nothing', async () => {
    const before = await saved();
    const pb = await open('settings-bad-dpo');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto('/settings');
    const name = page.getByLabel(field('Organisation name'));
    const dpo = page.getByLabel(field('DPO email'));
    await expect(name).toHaveValue(before.name);
    await name.fill('Renamed with a bad address');
    await dpo.fill('not an address');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(dpo).toHaveAttribute('aria-invalid', 'true');
    await expect(dpo).toHaveAccessibleDescription(/is not a valid email address/);
    await pb.check('settings-bad-dpo');
    expect(await saved()).toEqual(before);

    // An empty name is refused before anything is sent.
    await name.fill('   ');
    await dpo.fill(before.dpoEmail);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveAccessibleDescription(/Enter the organisation name/);
    expect(await saved()).toEqual(before);

    await page.reload();
    await expect(page.getByLabel(field('Organisation name'))).toHaveValue(before.name);
    await expect(page.getByLabel(field('DPO email'))).toHaveValue(before.dpoEmail);
  });

  it('an admin reads the settings without controls to change them, as the API allows only owners', async () => {
    const pb = await open('settings-admin');
    const { page } = pb;
    await signIn(pb, admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings');
    const current = await saved();
    await expect(page.getByLabel(field('Organisation name'))).toHaveValue(current.name);
    await expect(page.getByLabel(field('Organisation name'))).toBeDisabled();
    await expect(page.getByLabel(field('DPO email'))).toBeDisabled();
    await expect(page.getByLabel('Require two-factor authentication')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(page.getByText('only an owner changes them')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download record of processing' })).toBeVisible();
    await pb.check('settings-admin');

    // The rule the page follows: updateTenant refuses ADMIN and VIEWER.
    for (const user of [admin, viewer]) {
      const r = await s.gql(
        'mutation($id: ID!) { updateTenant(id: $id, input: { name: "Taken over" }) { id } }',
        { id: tenant.id },
        user.token,
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    expect(await saved()).toEqual(current);
  });

  it('a viewer has no Settings link and no settings form', async () => {
    const pb = await open('settings-viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Lists' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByText('The organisation’s settings are for its owners and admins.')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await pb.check('settings-viewer');
  });

  it('an owner turns on the two-factor policy, warned first that it applies to them too', async () => {
    const pb = await open('settings-2fa');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto('/settings');
    const policy = page.getByLabel('Require two-factor authentication');
    const warning = page.getByText(/You have not set up two-factor authentication yourself/);
    await expect(warning).toHaveCount(0);
    await policy.check();
    await expect(warning).toBeVisible();
    await pb.check('settings-2fa');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The settings were saved.')).toBeVisible();
    await expect.poll(async () => (await saved()).requireTwoFactor).toBe(true);
    // The API now holds this owner to the policy until it sets up two-factor authentication.
    const r = await s.gql('query($id: ID!) { tenant(id: $id) { id } }', { id: tenant.id }, owner.token);
    expect(r.errors?.[0]?.extensions?.twoFactorSetupRequired).toBe(true);
  });
});
