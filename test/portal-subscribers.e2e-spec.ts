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
 * A list's Subscribers tab in Debian's Chromium: `Search subscribers`, the edit dialog with the
 * consent history and withdrawing tracking consent, and `Remove selected` with its confirmation,
 * with axe-core, the 375 px width and the request and CSP checks.
 */
jest.setTimeout(180_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });

describe('portal: searching, editing and removing subscribers', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let listId: string;
  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    tenant = await createTenant(s, { name: 'Acme Publishing' });
    owner = await createUser(s, tenant, 'OWNER');
    listId = await createList(s, owner, { name: 'SUBS-L', title: 'Subscribers list', optIn: 'SINGLE' });
    for (const [email, name] of [
      ['maria@example.com', 'Maria Schmidt'],
      ['jonas@example.com', 'Jonas Weber'],
      ['lena@example.com', 'Lena Schmitz'],
      ['otto@example.com', 'Otto Braun'],
    ])
      await addSubscriber(s, owner, listId, { email, name });
    await s.services.db
      .crossTenant('test: a person gave tracking consent')
      .query('UPDATE subscribers SET tracking_consent = ? WHERE tenant_id = ? AND email = ?', [
        true,
        tenant.id,
        'maria@example.com',
      ]);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('searches, edits a subscriber (withdrawing tracking consent) and removes the selected ones', async () => {
    const pb = await open('subscribers');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto(`/lists/${listId}`);
    const table = page.getByRole('table', { name: 'Subscribers' });
    await expect(table.getByRole('row')).toHaveCount(5);

    // Search: part of a name; empty shows the whole list again.
    const searchBox = page.getByLabel('Search subscribers');
    await searchBox.fill('schm');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('maria@example.com');
    await expect(table).toContainText('lena@example.com');
    await expect(table).not.toContainText('jonas@example.com');
    await pb.check('subscribers-search');
    await searchBox.fill('');
    await expect(table.getByRole('row')).toHaveCount(5);

    // Edit: Name, Country, Format, withdraw tracking consent; the consent history shows.
    await page.getByRole('button', { name: 'Edit maria@example.com' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(field('Name'))).toHaveValue('Maria Schmidt');
    const history = dialog.getByRole('table', { name: 'Consent history' });
    await expect(history).toContainText('Attested');
    await pb.check('subscriber-edit');
    await dialog.getByLabel(field('Name')).fill('Maria Schmidt-Neu');
    await dialog.getByLabel(field('Country')).fill('Germany');
    await dialog.getByLabel('Format').selectOption({ label: 'HTML' });
    await dialog.getByLabel('Withdraw tracking consent').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const maria = table.getByRole('row', { name: /maria@example\.com/ });
    await expect(maria).toContainText('Maria Schmidt-Neu');
    await expect(maria).toContainText('DE');
    const [row] = await s.services.db
      .crossTenant('test')
      .query('SELECT tracking_consent, format FROM subscribers WHERE tenant_id = ? AND email = ?', [
        tenant.id,
        'maria@example.com',
      ]);
    expect(Boolean(Number(row.tracking_consent))).toBe(false);
    expect(row.format).toBe('HTML');
    await page.getByRole('button', { name: 'Edit maria@example.com' }).click();
    await expect(dialog.getByRole('table', { name: 'Consent history' })).toContainText('Withdrawn');
    await expect(dialog.getByRole('table', { name: 'Consent history' })).toContainText('Changed');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Remove selected: a confirmation whose button repeats the action.
    await page.getByRole('checkbox', { name: 'Select jonas@example.com' }).check();
    await page.getByRole('checkbox', { name: 'Select otto@example.com' }).check();
    await page.getByRole('button', { name: 'Remove selected' }).click();
    await expect(dialog).toContainText('2 subscribers are taken off the list');
    await pb.check('remove-selected');
    await dialog.getByRole('button', { name: 'Remove selected' }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).not.toContainText('jonas@example.com');
    await expect(table).not.toContainText('otto@example.com');
  });
});
