import { expect as playwrightExpect, type Browser, type Page, type Response } from '@playwright/test';
import { t } from '../schema/common/i18n';
import { launchChromium, PortalBrowser } from './support/browser';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * The preferences page in Debian's Chromium with JavaScript off, as a person whose browser asks
 * for German: sign up on the hosted form, confirm from the mail, reach the preferences page from
 * the welcome page and from the confirmation mail, change the name and the format, join a SINGLE
 * list, then leave it and join a DOUBLE one; the consent ledger and the processing log record it
 * all. axe-core and the 375 px check on every page.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';

let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('the preferences page in a browser without JavaScript', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let tenant: TenantFixture;
  const lists: Record<string, string> = {};
  const opened: PortalBrowser[] = [];
  let checker: PortalBrowser;
  const shown = new Map<Page, Response>();

  const open = async (name: string) => {
    const pb = await PortalBrowser.open(browser, s.base, name, { javaScriptEnabled: false, locale: 'de-DE' });
    opened.push(pb);
    pb.page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() === pb.page.mainFrame()) shown.set(pb.page, r);
    });
    return pb;
  };
  /** As in portal-signup: the document last shown, checked in a second browser with scripts on. */
  const check = async (page: Page, name: string) => {
    const response = shown.get(page)!;
    const body = await response.body();
    const url = page.url();
    await checker.page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: response.headers()['content-type'], body }),
    );
    try {
      await checker.page.goto(url);
      await checker.check(name);
    } finally {
      await checker.page.unroute(url);
    }
  };
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const mailTo = async (email: string, n = 1): Promise<ReceivedMail> => {
    await until(async () => mailsTo(email).length >= n, `mail ${n} to ${email}`, 30_000);
    return mailsTo(email)[n - 1];
  };
  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      ownOrigin: true,
      env: { SMTP_URL: smtp.url, PUBLIC_RATE_LIMIT: '0' },
    });
    tenant = await createTenant(s, { name: 'Alpha Books' });
    const admin = await createUser(s, tenant, 'ADMIN');
    for (const [name, title, optIn] of [
      ['news', 'Alpha News', 'DOUBLE'],
      ['club', 'Leseclub', 'SINGLE'],
      ['events', 'Lesungen', 'DOUBLE'],
    ])
      lists[name] = (await s.gql(CREATE_LIST, { i: { name, title, optIn } }, admin.token)).data.createList.id;
    browser = await launchChromium();
    checker = await PortalBrowser.open(browser, s.base, 'preferences-checker', { locale: 'de-DE' });
    opened.push(checker);
  });
  afterAll(async () => {
    for (const pb of opened) await pb.close();
    await browser?.close();
    await s?.close();
    await smtp?.close();
  });

  it('signs up, confirms, and changes the details and lists on the preferences page', async () => {
    const pb = await open('preferences');
    const { page } = pb;
    await page.goto(`/subscribe/${tenant.slug}/news`);
    const email = person('greta');
    await page.getByLabel(t('de', 'signup.email')).fill(email);
    await page.getByLabel(t('de', 'signup.name')).fill('Greta');
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'signup.sentTitle') })).toBeVisible();

    const mail = await mailTo(email);
    expect(mail.text).toContain(t('de', 'prefs.link'));
    const mailPreferences = /https?:\/\/\S+\/preferences\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await page.goto(/https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0]);
    await page.getByRole('button', { name: t('de', 'confirm.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'welcome.title') })).toBeVisible();
    await check(page, 'preferences-welcome');

    // From the welcome page to the preferences page.
    await page.getByRole('link', { name: t('de', 'prefs.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'prefs.title') })).toBeVisible();
    await expect(
      page.getByText(
        t('de', 'prefs.intro', {
          list: 'Alpha News',
          organisation: 'Alpha Books',
          email: `${email[0]}***@people.example`,
        }),
      ),
    ).toBeVisible();
    await expect(page.getByLabel(t('de', 'signup.name'))).toHaveValue('Greta');
    await expect(page.getByLabel(t('de', 'signup.formatText'))).toBeChecked();
    await check(page, 'preferences-page');

    // A refused name: the form again, the error announced and tied to the field, nothing changed.
    await page.getByLabel(t('de', 'signup.name')).fill('Greta <b>');
    await page.getByRole('button', { name: t('de', 'prefs.save') }).click();
    await expect(page.getByRole('alert')).toContainText(t('de', 'signup.errorName'));
    await expect(page.getByLabel(t('de', 'signup.name'))).toHaveAttribute('aria-invalid', 'true');
    await check(page, 'preferences-error');

    // Name and format, and joining the SINGLE list.
    await page.getByLabel(t('de', 'signup.name')).fill('Greta Gärtner');
    await page.getByLabel(t('de', 'signup.formatHtml')).check();
    await page.getByLabel('Leseclub').check();
    await page.getByRole('button', { name: t('de', 'prefs.save') }).click();
    await expect(page.getByRole('status')).toHaveText(t('de', 'prefs.saved'));
    await expect(page.getByLabel('Leseclub')).toBeChecked();
    await check(page, 'preferences-saved');

    // The confirmation mail's link opens the same page again, with the changes.
    await page.goto(mailPreferences);
    await expect(page.getByLabel(t('de', 'signup.name'))).toHaveValue('Greta Gärtner');
    await expect(page.getByLabel(t('de', 'signup.formatHtml'))).toBeChecked();

    // Leave the SINGLE list, join the DOUBLE one (its confirmation mail comes first).
    await page.getByLabel('Leseclub').uncheck();
    await page.getByLabel('Lesungen').check();
    await page.getByRole('button', { name: t('de', 'prefs.save') }).click();
    await expect(page.getByRole('status')).toHaveText(t('de', 'prefs.saved'));
    await expect(page.getByText(t('de', 'prefs.pending'))).toBeVisible();
    await check(page, 'preferences-pending');
    const confirmation = await mailTo(email, 2);
    expect(confirmation.subject).toBe(t('de', 'confirmMail.subject', { list: 'Lesungen' }));
    pb.expectClean();
    checker.expectClean();

    const subs = await q(
      'SELECT id, list_id, status, name, format, language FROM subscribers WHERE email = ?',
      [email],
    );
    const on = (name: string) => subs.find((x: { list_id: string }) => x.list_id === lists[name]);
    expect(on('news')).toMatchObject({
      status: 'CONFIRMED',
      name: 'Greta Gärtner',
      format: 'HTML',
      language: 'de',
    });
    expect(on('club')).toBeUndefined();
    expect(on('events')).toMatchObject({ status: 'PENDING', name: 'Greta Gärtner', format: 'HTML' });
    const ledger = await q(
      'SELECT event, source, wording_version FROM consent_records WHERE subscriber_id = ? ORDER BY at, id',
      [on('news').id],
    );
    const byPage = ledger.filter((e: { source: string }) => e.source === 'PREFERENCES');
    expect(byPage.map((e: { wording_version: string }) => e.wording_version)).toEqual([
      'name changed by the person',
      'format changed to HTML by the person',
      `asked to join list ${lists.club} on the preferences page (subscribed)`,
      `asked to join list ${lists.events} on the preferences page (confirmation sent)`,
      `left list ${lists.club} on the preferences page`,
    ]);
    const log = await q(
      "SELECT action, purpose, description FROM processing_log WHERE tenant_id = ? AND action IN ('subscriber.preferences', 'subscriber.unsubscribe', 'subscriber.create') ORDER BY seq",
      [tenant.id],
    );
    expect(log.map((l: { action: string }) => l.action)).toEqual([
      'subscriber.create', // the sign-up
      'subscriber.create', // the club, joined
      'subscriber.preferences',
      'subscriber.create', // the events, asked for
      'subscriber.unsubscribe', // the club, left
      'subscriber.preferences',
    ]);
    expect(log.every((l: { purpose: string }) => l.purpose === 'SERVICE_DELIVERY')).toBe(true);
    expect(JSON.stringify(log)).not.toMatch(/greta|Gärtner|@/i);
  });
});
