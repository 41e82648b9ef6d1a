import { expect as playwrightExpect } from '@playwright/test';
import { createTenant } from './support/fixtures';
import { portalBrowsers, signInOperator } from './support/portal';
import { seedRequestStats, SUBJECT_EMAIL, SUBJECT_NAME } from './support/request-stats-data';
import { startTestServer, TestServer } from './support/test-server';

/**
 * The operator console's SLA board in Debian's Chromium, over requests with known dates: the
 * operator opens Requests from the navigation by keyboard, sees the counts by status and the
 * overdue one, the overdue request first in the table, both charts (received and answered per
 * week; answer times with the one-month deadline marked) and their text alternatives, and filters
 * by status with the keyboard. No address or name on the page. axe-core, 375 px, request and CSP
 * checks on every state.
 */
jest.setTimeout(180_000);

const expect = playwrightExpect.configure({ timeout: 20_000 });

describe('portal: operator requests (SLA board)', () => {
  let s: TestServer;
  // the console needs an operator with 2FA: the test server's, signed in with its codes
  let OPERATOR: Awaited<ReturnType<TestServer['consoleOperator']>>;
  const { open } = portalBrowsers(() => s.base);

  beforeAll(async () => {
    s = await startTestServer({ ownOrigin: true });
    const t = await createTenant(s, { name: 'Holder Ltd' });
    await seedRequestStats(s, t.id);
    OPERATOR = await s.consoleOperator();
  });
  afterAll(() => s?.close());

  it('shows counts, overdue first, both charts with their tables, and filters by status', async () => {
    const pb = await open('operator-requests');
    const { page } = pb;
    await signInOperator(pb, OPERATOR);
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link')).toHaveText(['Tenants', 'Requests', 'Operators', 'Account']);
    await nav.getByRole('link', { name: 'Requests' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/operator/requests');
    await expect(page.getByRole('heading', { name: 'Data-subject requests', level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Data-subject requests/);

    // the counts by status, the overdue ones first
    const counts = page.getByTestId('request-count');
    await expect(counts).toHaveText([
      /^Overdue\s*1$/,
      /^Awaiting verification\s*0$/,
      /^Routing\s*0$/,
      /^With the controllers\s*2$/,
      /^Completed\s*4$/,
      /^No data held\s*1$/,
      /^Expired\s*1$/,
    ]);

    // the table: every request, the overdue one first (it is neither the newest nor the oldest)
    const table = page.getByRole('table', { name: 'Data-subject requests, overdue first' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(8);
    await expect(rows.first()).toContainText('DSR-TEST-OVER');
    await expect(rows.first()).toContainText('Overdue');
    await expect(rows.first()).toContainText('With the controllers');
    await expect(rows.first()).toContainText('Access');
    await expect(rows.nth(1)).toContainText('DSR-TEST-NONE'); // then newest first
    await expect(rows.last()).toContainText('DSR-TEST-OLDD');

    // the weeks chart and its text alternative
    const weeks = page.getByTestId('weeks-chart');
    await expect(weeks.locator('svg').first()).toBeVisible();
    await expect(weeks.locator('.recharts-bar-rectangle').first()).toBeAttached();
    await expect(page.getByText('In the last 26 weeks: 7 received, 4 answered.')).toBeVisible();
    const weeksTable = page.getByRole('table', { name: 'Requests received and answered per week' });
    await expect(weeksTable).toBeAttached();
    const weekRows = weeksTable.locator('tbody tr');
    expect(await weekRows.count()).toBeGreaterThanOrEqual(4);
    await expect(weekRows.first()).toHaveText(/^\d{4}-W\d\d\d+\d+$/);

    // the answer-times chart, the deadline marked, and its text alternative
    const answers = page.getByTestId('answers-chart');
    await expect(answers.locator('svg').first()).toBeVisible();
    await expect(answers.locator('.recharts-reference-line')).toHaveCount(1);
    await expect(answers.getByText('One-month deadline')).toBeAttached();
    await expect(
      page.getByText('4 answered in this period; 1 after their due date; 1 extended by a controller.'),
    ).toBeVisible();
    const answerTable = page.getByRole('table', { name: 'Answered requests by days from receipt to answer' });
    await expect(answerTable.locator('tbody tr')).toHaveText([
      /^0-7 days\s*2$/,
      /^8-14 days\s*0$/,
      /^15-21 days\s*0$/,
      /^22-30 days\s*0$/,
      /^31-60 days \(After one month\)\s*1$/,
      /^61-90 days \(After one month\)\s*1$/,
      /^>90 days \(After one month\)\s*0$/,
    ]);

    // no personal data anywhere on the page
    const html = await page.content();
    expect(html).not.toContain(SUBJECT_EMAIL);
    expect(html).not.toContain(SUBJECT_NAME);
    await pb.check('requests');

    // filter by status from the keyboard: All → Awaiting verification → Routing → With the controllers
    const filter = page.getByLabel('Status', { exact: true });
    await filter.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText('No requests with this status.')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(filter).toHaveValue('ROUTED');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('DSR-TEST-OVER');
    await expect(rows.last()).toContainText('DSR-TEST-OPEN');
    await pb.check('requests-routed');
    await filter.selectOption('COMPLETED');
    await expect(rows).toHaveCount(4);
    await expect(table).not.toContainText('DSR-TEST-OVER');
  });
});
