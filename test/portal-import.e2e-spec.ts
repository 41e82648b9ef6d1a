import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as playwrightExpect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
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
 * The portal's CSV import and export in Debian's Chromium against the real server: a 10,000-row
 * file uploaded from the `Import CSV` dialog, the progress bar from the upload's start until the
 * report, the report's counts and invalid lines, and the `Export CSV` download; axe on each state.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 30_000 });
const ROWS = 10_000;

describe('portal: import and export a CSV file', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let viewer: UserFixture;
  let dir: string;

  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true, workers: 1 });
    tenant = await createTenant(s, { name: 'Acme Imports' });
    owner = await createUser(s, tenant, 'OWNER');
    viewer = await createUser(s, tenant, 'VIEWER');
    dir = mkdtempSync(join(tmpdir(), 'steward-portal-import-'));
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a 10,000-row file with a progress bar from the upload until the report, and exports the list', async () => {
    const list = {
      id: await createList(s, owner, { name: 'IMPORTS-L', title: 'Imported readers', optIn: 'SINGLE' }),
    };
    await addSubscriber(s, owner, list.id, { email: 'existing@portal.example' });
    const lines = Array.from({ length: ROWS }, (_, i) => `imp${i}@portal.example,Reader ${i},DE,TEXT`);
    lines[1] = 'existing@portal.example,,,'; // already on the list
    lines[500] = 'not-an-address,Broken,,'; // line 502
    lines[7000] = 'imp7000@portal.example,Seven,ZZ,'; // line 7002: no such country
    lines[ROWS - 1] = 'imp0@portal.example,Again,,'; // repeated in the file
    const file = join(dir, 'readers.csv');
    writeFileSync(file, ['email,name,country,format', ...lines].join('\n'));

    const pb = await open('import');
    const { page } = pb;
    await signIn(pb, owner);
    await page.goto(`/lists/${list.id}`);
    await expect(page.getByRole('link', { name: 'Export CSV' })).toBeVisible();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(field('CSV file'))).toBeVisible();
    await pb.check('import-dialog');

    // Without a statement, a SINGLE list's import does not start.
    await dialog.getByLabel(field('CSV file')).setInputFiles(file);
    await dialog.getByRole('button', { name: 'Start import' }).click();
    await expect(dialog.getByText('Say how these people agreed to be on the list')).toBeVisible();
    await dialog.getByLabel(field('Consent statement')).fill('Readers who asked at our book fair stand');

    // Every state the dialog goes through, recorded in the page, so a fast import cannot hide the bar.
    await page.evaluate(`(() => {
      window.__seen = [];
      const note = () => {
        const bar = document.querySelector('[role="dialog"] [role="progressbar"]');
        const report = document.querySelector('[role="dialog"] [role="status"]');
        const state = (bar ? 'bar:' + bar.getAttribute('aria-label') : '') + (report ? '|report' : '');
        if (state && window.__seen[window.__seen.length - 1] !== state) window.__seen.push(state);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    await dialog.getByRole('button', { name: 'Start import' }).click();
    const report = dialog.getByRole('status');
    await expect(report).toBeVisible({ timeout: 120_000 });
    await expect(dialog.getByRole('progressbar')).toHaveCount(0);
    await expect(report).toContainText(`Import finished: ${ROWS.toLocaleString('en')} rows read`);
    await expect(report).toContainText(`Added: ${(ROWS - 4).toLocaleString('en')}`);
    await expect(report).toContainText('Already present: 2');
    await expect(report).toContainText('Suppressed (left before): 0');
    await expect(report).toContainText('Invalid: 2');
    await expect(report).toContainText('Invalid lines: 502, 7002');
    const seen = (await page.evaluate('window.__seen')) as string[];
    // The bar was there from the upload on (then the rows, if a poll caught the job running) and left only for the report.
    expect(seen[0]).toMatch(/^bar:(Uploading the file|Waiting|Importing)/);
    expect(seen[seen.length - 1]).toBe('|report');
    expect(seen.slice(0, -1).every((x) => x.startsWith('bar:') && !x.includes('|report'))).toBe(true);
    await pb.check('import-report');
    const [{ n }] = await s.services.db.query('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [
      list.id,
    ]);
    expect(Number(n)).toBe(ROWS - 4 + 1);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);

    // Export CSV: a plain link; the browser sends the cookie with its own headers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toHaveLength(ROWS - 4 + 1);
    expect(rows.find((r) => r.email === 'imp42@portal.example')).toMatchObject({
      name: 'Reader 42',
      status: 'CONFIRMED',
      consent_source: 'IMPORT',
      consent_wording_version: expect.stringMatching(/book fair stand/),
    });
  });

  it('shows a VIEWER the export link and no import', async () => {
    const list = { id: await createList(s, owner, { name: 'VIEW-L', title: 'Read only' }) };
    const pb = await open('import-viewer');
    const { page } = pb;
    await signIn(pb, viewer);
    await page.goto(`/lists/${list.id}`);
    await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      `/exports/lists/${list.id}/subscribers.csv`,
    );
    await expect(page.getByRole('button', { name: 'Import CSV' })).toHaveCount(0);
  });
});
