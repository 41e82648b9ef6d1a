import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect as playwrightExpect, type Browser, type Page, type Response } from '@playwright/test';
import { t } from '../schema/common/i18n';
import { launchChromium, PortalBrowser } from './support/browser';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * The public sign-up in Debian's Chromium with JavaScript off, as a person whose browser asks for
 * German: the hosted form (a refused address first), the "check your inbox" page, the confirmation
 * mail's link and the welcome page; then the embed, pasted into a page of another site, posting
 * back. axe-core and the 375 px check on every page.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const UPDATE_LIST =
  'mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { consentVersion } }';

let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('public sign-up in a browser without JavaScript', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let tenant: TenantFixture;
  let otherSite: Server;
  let otherBase: string;
  let snippet = '';
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
  /**
   * axe-core and the 375 px check need scripts in the page, which this browser has off: the exact
   * document it was last sent (after a POST too) is shown at its own address in a second browser
   * with scripts on, and checked there. The pages have no script of their own either way.
   */
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
  const mailTo = async (email: string): Promise<ReceivedMail> => {
    const find = () => smtp.messages.find((m) => m.to.includes(email));
    await until(async () => !!find(), `mail to ${email}`, 30_000);
    return find()!;
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
    const id = (await s.gql(CREATE_LIST, { i: { name: 'news', title: 'Alpha News' } }, admin.token)).data
      .createList.id;
    await s.gql(
      UPDATE_LIST,
      {
        id,
        i: {
          description: 'Neue Bücher, einmal im Monat.',
          consentWording: 'Ja, schickt mir die monatlichen Neuigkeiten von Alpha Books.',
        },
      },
      admin.token,
    );
    browser = await launchChromium();
    checker = await PortalBrowser.open(browser, s.base, 'signup-checker', { locale: 'de-DE' });
    opened.push(checker);
    // another site, on another origin, that pasted the embed into one of its pages
    otherSite = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Alpha Books</title></head><body style="max-width: 34rem; margin: 0 auto; padding: 0 1rem"><main>${snippet}</main></body></html>`,
      );
    });
    await new Promise<void>((done) => otherSite.listen(0, '127.0.0.1', done));
    otherBase = `http://localhost:${(otherSite.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const pb of opened) await pb.close();
    await browser?.close();
    await new Promise((done) => otherSite?.close(done));
    await s?.close();
    await smtp?.close();
  });

  it('signs up through the hosted form and confirms from the mail', async () => {
    const pb = await open('signup');
    const { page } = pb;
    await page.goto(`/subscribe/${tenant.slug}/news`);
    await expect(page.getByRole('heading', { level: 1, name: 'Alpha News' })).toBeVisible();
    await expect(
      page.getByText('Ja, schickt mir die monatlichen Neuigkeiten von Alpha Books.'),
    ).toBeVisible();
    await expect(page.getByText(t('de', 'signup.consentVersion', { version: 2 }))).toBeVisible();
    await expect(page.getByLabel(t('de', 'signup.tracking'))).not.toBeChecked();
    await check(page, 'signup-form');

    // a refused address: the form again, the error announced and tied to the field
    await page.getByLabel(t('de', 'signup.email')).fill('greta@localhost'); // the browser takes it; Steward wants a domain with a TLD
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await expect(page.getByRole('alert')).toContainText(t('de', 'signup.errorEmail'));
    await expect(page.getByLabel(t('de', 'signup.email'))).toHaveAttribute('aria-invalid', 'true');
    await check(page, 'signup-error');

    const email = person('greta');
    await page.getByLabel(t('de', 'signup.email')).fill(email);
    await page.getByLabel(t('de', 'signup.name')).fill('Greta Gärtner');
    await page.getByLabel(t('de', 'signup.country')).selectOption('AT');
    await page.getByLabel(t('de', 'signup.formatHtml')).check();
    await page.getByLabel(t('de', 'signup.tracking')).check();
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'signup.sentTitle') })).toBeVisible();
    await check(page, 'signup-sent');

    const mail = await mailTo(email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihr Abonnement von Alpha News');
    const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: t('de', 'confirm.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'welcome.title') })).toBeVisible();
    await expect(page.getByText(t('de', 'welcome.leave'))).toBeVisible();
    await check(page, 'signup-welcome');
    pb.expectClean();
    checker.expectClean();

    const [sub] = await q('SELECT * FROM subscribers WHERE email = ?', [email]);
    expect(sub).toMatchObject({ status: 'CONFIRMED', language: 'de', country: 'AT', format: 'HTML' });
    expect(Boolean(sub.tracking_consent)).toBe(true);
  });

  it("signs up through the embed pasted into another site's page", async () => {
    const res = await fetch(`${s.base}/subscribe/${tenant.slug}/news/embed`, {
      headers: { 'accept-language': 'de' },
    });
    snippet = await res.text();
    const pb = await open('signup-embed');
    const { page } = pb;
    await page.goto(otherBase);
    await check(page, 'signup-embed');
    const email = person('emil');
    await page.getByLabel(t('de', 'signup.email')).fill(email);
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await page.waitForURL(`${s.base}/subscribe/**`);
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'signup.sentTitle') })).toBeVisible();
    const mail = await mailTo(email);
    const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: t('de', 'confirm.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'welcome.title') })).toBeVisible();
    expect((await q('SELECT status, language FROM subscribers WHERE email = ?', [email]))[0]).toEqual({
      status: 'CONFIRMED',
      language: 'de',
    });
  });
});
