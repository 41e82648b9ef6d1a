import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect as playwrightExpect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { t } from '../schema/common/i18n';
import { launchChromium, NARROW, SCREENSHOTS, WIDE } from './support/browser';
import { createTenant, createUser } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { testDialect } from './support/test-db';
import { until } from './support/wait';

/**
 * The public request form in Debian's Chromium with JavaScript off, as a German speaker meets it
 * (Accept-Language: de): an ERASURE request submitted (after one refused for a bad address),
 * verified from the German mail, and followed to the German status page. axe-core on every page,
 * and each fits 375 px.
 */
jest.setTimeout(180_000);

const expect = playwrightExpect.configure({ timeout: 15_000 });
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

describe('the request form without JavaScript, in German', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let checkerContext: BrowserContext;
  let checker: Page;
  const foreign: string[] = [];

  const mailTo = async (email: string, match: RegExp): Promise<ReceivedMail> => {
    const find = () => smtp.messages.find((m) => m.to.includes(email) && match.test(m.subject));
    await until(async () => !!find(), `mail ${match} to ${email}`, 30_000);
    return find()!;
  };
  const linkIn = (mail: ReceivedMail, path: string) => {
    const m = new RegExp(`https?://[^\\s]+${path.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_-]+`).exec(
      mail.text,
    );
    if (!m) throw new Error(`no ${path} link in ${mail.text}`);
    return new URL(m[0]).pathname + new URL(m[0]).search;
  };
  /**
   * axe-core (no serious or critical violation) and nothing wider than 375 px, with screenshots.
   * axe is a script and the person's page runs none: the page's HTML, as the person got it, is
   * checked in a second page of the same origin that runs scripts.
   */
  const check = async (name: string) => {
    const html = await page.content();
    await checker.goto('/privacy');
    await checker.setContent(html);
    const results = await new AxeBuilder({ page: checker }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect({ page: name, axe: bad }).toEqual({ page: name, axe: [] });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const prefix = `${testDialect()}-request-form-${name}`;
    await page.screenshot({ path: join(SCREENSHOTS, `${prefix}.png`), fullPage: true });
    await checker.setViewportSize(NARROW);
    await page.setViewportSize(NARROW);
    try {
      const [scroll, width] = (await checker.evaluate(
        '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
      )) as [number, number];
      expect({ page: name, scrollWidth: scroll }).toEqual({ page: name, scrollWidth: width });
      await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-375px.png`), fullPage: true });
    } finally {
      await page.setViewportSize(WIDE);
      await checker.setViewportSize(WIDE);
    }
  };

  beforeAll(async () => {
    browser = await launchChromium();
    smtp = await startTestSmtp();
    s = await startTestServer({ ownOrigin: true, workers: 1, env: { SMTP_URL: smtp.url } });
    context = await browser.newContext({
      baseURL: s.base,
      viewport: WIDE,
      locale: 'de-DE',
      javaScriptEnabled: false,
    });
    const origin = new URL(s.base).origin;
    context.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });
    page = await context.newPage();
    checkerContext = await browser.newContext({ baseURL: s.base, viewport: WIDE, locale: 'de-DE' });
    checker = await checkerContext.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await checkerContext?.close();
    await browser?.close();
    await s?.close();
    await smtp?.close();
  });

  it('submits an ERASURE request, verifies it from the German mail and follows it to the German status page', async () => {
    const tenant = await createTenant(s, { name: 'Gartenfreunde Nord' });
    const admin = await createUser(s, tenant, 'ADMIN');
    const list = (
      await s.gql(CREATE_LIST, { i: { name: 'rundbrief', title: 'Rundbrief', optIn: 'SINGLE' } }, admin.token)
    ).data.createList.id;
    const email = `browser-${Date.now().toString(36)}@people.example`;
    await s.gql(ADD, { l: list, i: { email } }, admin.token);

    await page.goto('/requests/new');
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'form.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByText(t('de', 'form.explain.ERASURE'))).toBeVisible();
    await check('new');

    // A bad address first: the form comes back with the error announced and tied to the field.
    await page.getByLabel(t('de', 'form.email')).fill('nicht-gültig');
    await page.getByRole('radio', { name: t('de', 'right.ERASURE') }).check();
    await page.getByRole('button', { name: t('de', 'form.submit') }).click();
    await expect(page.getByRole('alert')).toContainText(t('de', 'form.errorEmail'));
    const emailField = page.getByLabel(t('de', 'form.email'));
    await expect(emailField).toHaveAttribute('aria-invalid', 'true');
    await expect(emailField).toHaveAccessibleDescription(t('de', 'form.errorEmail'));
    // What was chosen stays chosen.
    await expect(page.getByRole('radio', { name: t('de', 'right.ERASURE') })).toBeChecked();
    await check('error');

    await emailField.fill(email);
    await page.getByLabel(t('de', 'form.details')).fill('Bitte löschen Sie alles über mich.');
    await page.getByLabel(t('de', 'form.country')).fill('AT');
    await page.getByRole('button', { name: t('de', 'form.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'form.sentTitle') })).toBeVisible();
    const reference = /DSR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await page.getByRole('status').textContent())!)![0];
    await check('sent');

    const verify = await mailTo(email, new RegExp(reference));
    expect(verify.subject).toBe(`Bestätigen Sie Ihre Datenschutzanfrage ${reference}`);
    await page.goto(linkIn(verify, '/requests/verify'));
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'verify.title') })).toBeVisible();
    await check('verify');
    await page.getByRole('button', { name: t('de', 'verify.button') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('de', 'verify.doneTitle') })).toBeVisible();

    const routed = await mailTo(email, new RegExp(`${reference} wurde weitergeleitet`));
    expect(routed.text).toContain('  - Gartenfreunde Nord');
    await page.goto(linkIn(routed, '/requests/status'));
    await expect(
      page.getByRole('heading', { level: 1, name: t('de', 'status.title', { reference }) }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: /Gartenfreunde Nord/ });
    await expect(row).toContainText(t('de', 'task.PENDING'));
    await expect(page.getByText(t('de', 'request.ROUTED'), { exact: false })).toBeVisible();
    await check('status');
    expect(foreign).toEqual([]);
  });
});
