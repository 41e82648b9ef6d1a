import type { Browser } from '@playwright/test';
import { launchChromium, PortalBrowser } from './browser';

/** A field's accessible name as the portal gives it: the label exactly, a required marker ` *` allowed. */
export const field = (label: string): RegExp =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** Whoever signs in: a tenant user's address, password and organisation slug. */
export interface SignInAs {
  email: string;
  password: string;
  tenant: { slug: string };
}

/** Signs in through the /login form as a person does (optionally `Keep me signed in`) and waits for /lists. */
export async function signIn(
  pb: PortalBrowser,
  user: SignInAs,
  opts: { remember?: boolean } = {},
): Promise<void> {
  const { page } = pb;
  await page.goto('/login');
  await page.getByLabel(field('Email')).fill(user.email);
  await page.getByLabel(field('Password')).fill(user.password);
  await page.getByLabel(field('Organisation')).fill(user.tenant.slug);
  if (opts.remember) await page.getByLabel('Keep me signed in').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/lists');
}

/**
 * Signs a platform operator in through the /login form (Organisation empty), with a one-time code
 * in the field the page then shows when the operator has 2FA (`code`, e.g. the test server's
 * console operator), and waits for /operator/tenants.
 */
export async function signInOperator(
  pb: PortalBrowser,
  operator: { email: string; password: string; code?: () => Promise<string> },
): Promise<void> {
  const { page } = pb;
  await page.goto('/login');
  await page.getByLabel(field('Email')).fill(operator.email);
  await page.getByLabel(field('Password')).fill(operator.password);
  await page.getByLabel(field('Organisation')).fill('');
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (operator.code) {
    const otp = page.getByLabel(field('One-time code'));
    await otp.waitFor();
    await otp.fill(await operator.code());
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL('**/operator/tenants');
}

export interface PortalBrowsers {
  /** Debian's Chromium, launched once for the file */
  readonly browser: Browser;
  /** A new browser context on the server (its screenshots named `name`), checked and closed after the test. */
  open(name: string): Promise<PortalBrowser>;
}

/**
 * The browser side of a portal test file, as jest hooks: Chromium launched before all tests (call
 * this before the file's own beforeAll: without Chromium the file then fails at once, with the line
 * naming the package, before any server starts); after each test, every context it opened is
 * checked (no request to another host, no CSP violation, no script error) and closed; Chromium
 * closed after all. `base` answers the server's address once it runs.
 */
export function portalBrowsers(base: () => string): PortalBrowsers {
  let browser: Browser | undefined;
  const opened: PortalBrowser[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
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
  });
  return {
    get browser() {
      if (!browser) throw new Error('portalBrowsers: Chromium is not running (outside a test?)');
      return browser;
    },
    async open(name: string) {
      if (!browser) throw new Error('portalBrowsers: Chromium is not running (outside a test?)');
      const pb = await PortalBrowser.open(browser, base(), name);
      opened.push(pb);
      return pb;
    },
  };
}
