import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect as playwrightExpect, type Browser, type Page } from '@playwright/test';
import { t } from '../schema/common/i18n';
import { launchChromium, PortalBrowser } from './support/browser';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

/**
 * ALTCHA in Debian's Chromium, with ALTCHA_HMAC_KEY set and scripts on, as a person whose browser
 * asks for German: the hosted sign-up form, the embed pasted into another site's page, and the
 * request form, each with the proof of work solved by the real widget (its worker, its challenge
 * from this server), then confirmed from the mail. axe-core and the 375 px check on the forms; no
 * CSP violation, script error or request to another host on this site's pages.
 */
jest.setTimeout(240_000);

const expect = playwrightExpect.configure({ timeout: 20_000 });
let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('ALTCHA widget in a browser', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let tenant: TenantFixture;
  let otherSite: Server;
  let otherBase: string;
  let snippet = '';
  const opened: PortalBrowser[] = [];

  const open = async (name: string) => {
    const pb = await PortalBrowser.open(browser, s.base, name, { locale: 'de-DE' });
    opened.push(pb);
    return pb;
  };
  const mailTo = async (email: string): Promise<ReceivedMail> => {
    const find = () => smtp.messages.find((m) => m.to.includes(email));
    await until(async () => !!find(), `mail to ${email}`, 30_000);
    return find()!;
  };
  /** The widget solved its challenge: its label says so, and the hidden field holds the payload. */
  const solved = async (page: Page) => {
    await expect(page.locator('altcha-widget')).toContainText(t('de', 'altcha.verified'));
    await expect(page.locator('input[name="altcha"]')).toHaveValue(/^[A-Za-z0-9+/=]{100,}$/);
  };
  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      ownOrigin: true,
      env: {
        SMTP_URL: smtp.url,
        PUBLIC_RATE_LIMIT: '0',
        ALTCHA_HMAC_KEY: 'browser-test-altcha-key-0123456789abcdef',
      },
    });
    tenant = await createTenant(s, { name: 'Alpha Books' });
    const admin = await createUser(s, tenant, 'ADMIN');
    await s.gql(
      'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
      { i: { name: 'news', title: 'Alpha News' } },
      admin.token,
    );
    browser = await launchChromium();
    otherSite = createServer((_req, res) => {
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

  it('signs up through the hosted form with the proof of work solved by the widget', async () => {
    const pb = await open('altcha-signup');
    const { page } = pb;
    await page.goto(`/subscribe/${tenant.slug}/news`);
    // the widget speaks the page's language, with the catalogue's words
    await expect(page.locator('altcha-widget')).toContainText(t('de', 'altcha.label'));
    await pb.check('altcha-signup-form');

    const email = person('greta');
    await page.getByLabel(t('de', 'signup.email')).fill(email); // focus starts the work
    await solved(page);
    await pb.check('altcha-signup-verified');
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'signup.sentTitle') })).toBeVisible();

    const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+/.exec((await mailTo(email)).text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: t('de', 'confirm.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'welcome.title') })).toBeVisible();
    expect((await q('SELECT status FROM subscribers WHERE email = ?', [email]))[0].status).toBe('CONFIRMED');
    pb.expectClean();
  });

  it('refuses the form posted without the widget (as a bot would), with the error in German', async () => {
    const pb = await open('altcha-signup-unsolved');
    const { page } = pb;
    await page.goto(`/subscribe/${tenant.slug}/news`);
    // a script-less POST (as a bot would send it) is refused with the form again
    const email = person('bot');
    const res = await page.request.post(`/subscribe/${tenant.slug}/news`, {
      form: { email, format: 'TEXT', consentVersion: '1' },
      headers: { 'accept-language': 'de', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain(t('de', 'altcha.errorMissing').replace(/"/g, '&quot;'));
    expect(Number((await q('SELECT COUNT(*) AS n FROM subscribers WHERE email = ?', [email]))[0].n)).toBe(0);
    pb.expectClean();
  });

  it("signs up through the embed pasted into another site's page, the widget solving there", async () => {
    const res = await fetch(`${s.base}/subscribe/${tenant.slug}/news/embed`, {
      headers: { 'accept-language': 'de' },
    });
    snippet = await res.text();
    expect(snippet).toContain(`challenge="${s.base}/altcha/challenge"`);
    const pb = await open('altcha-embed');
    const { page } = pb;
    await page.goto(otherBase);
    const email = person('emil');
    await page.getByLabel(t('de', 'signup.email')).fill(email);
    await solved(page);
    await pb.check('altcha-embed-verified');
    await page.getByRole('button', { name: t('de', 'signup.button') }).click();
    await page.waitForURL(`${s.base}/subscribe/**`);
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'signup.sentTitle') })).toBeVisible();
    const link = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+/.exec((await mailTo(email)).text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: t('de', 'confirm.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'welcome.title') })).toBeVisible();
    expect((await q('SELECT status FROM subscribers WHERE email = ?', [email]))[0].status).toBe('CONFIRMED');
    // on the other site the widget's files and challenge came from Steward, and nothing else did
    expect(pb.problems).toEqual([]);
    expect(pb.foreignRequests.every((u) => u.startsWith(otherBase))).toBe(true);
  });

  it('submits the request form with the widget', async () => {
    const pb = await open('altcha-request');
    const { page } = pb;
    await page.goto('/requests/new');
    await expect(page.locator('altcha-widget')).toContainText(t('de', 'altcha.label'));
    const email = person('rita');
    await page.getByLabel(t('de', 'form.email')).fill(email);
    await page.getByLabel(t('de', 'right.ACCESS')).check();
    await solved(page);
    await pb.check('altcha-request-verified');
    await page.getByRole('button', { name: t('de', 'form.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'form.sentTitle') })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/DSR-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    await mailTo(email);
    pb.expectClean();
  });
});
