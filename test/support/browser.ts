import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { testDialect } from './test-db';

/** Debian's Chromium: the browser tests drive it; they never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';
/** Where each page's screenshots go (gitignored). */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'portal');
/** The narrowest width the portal must fit without scrolling sideways. */
export const NARROW = { width: 375, height: 812 };
export const WIDE = { width: 1280, height: 900 };

/** In the page (its DOM, not this process's): no CSS transition or animation runs (a function: the CSP forbids eval). */
const still = () => (globalThis as any).document.getAnimations().every((a: any) => a.playState !== 'running');

/** Launches Debian's Chromium headless, or fails with one line saying what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    const err = new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install chromium)`,
    );
    err.stack = err.message;
    throw err;
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

/**
 * A browser context on one server, watching everything a page does that the portal must never do:
 * a request to any other host, a Content-Security-Policy violation, an uncaught script error.
 */
export class PortalBrowser {
  readonly foreignRequests: string[] = [];
  readonly problems: string[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly origin: string,
    private readonly prefix: string,
  ) {}

  static async open(
    browser: Browser,
    base: string,
    name: string,
    /** the public pages are checked with JavaScript off, and in a person's language */
    opts: { javaScriptEnabled?: boolean; locale?: string } = {},
  ): Promise<PortalBrowser> {
    const context = await browser.newContext({
      baseURL: base,
      viewport: WIDE,
      locale: opts.locale ?? 'en-GB',
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
      // No fade-ins: axe checks each page as it is, not a dialog half-way through appearing.
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const pb = new PortalBrowser(context, page, new URL(base).origin, `${testDialect()}-${name}`);
    context.on('request', (r) => {
      const url = new URL(r.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== pb.origin)
        pb.foreignRequests.push(r.url());
      if (url.protocol === 'ws:' || url.protocol === 'wss:') pb.foreignRequests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
        pb.problems.push(`CSP: ${m.text()}`);
    });
    page.on('pageerror', (e) => pb.problems.push(`script error: ${e.message}`));
    return pb;
  }

  /**
   * Checks the page as it is now: axe-core finds no `serious` or `critical` violation, nothing is
   * wider than a 375 px screen, and screenshots at both widths go to test-results/portal/.
   */
  async check(name: string): Promise<void> {
    const { page } = this;
    // In the page (its DOM, not this process's): written as text, this file is compiled without DOM types.
    await page.evaluate('document.fonts.ready.then(() => true)');
    // Dialogs fade in and notifications slide: check the page once they are still.
    await page.waitForFunction(still);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect({ page: name, axe: bad }).toEqual({ page: name, axe: [] });

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${this.prefix}-${name}.png`), fullPage: true });
    await page.setViewportSize(NARROW);
    try {
      await page.waitForTimeout(100);
      await page.waitForFunction(still);
      const overflow = (await page.evaluate(`(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        // What sticks out and is not inside a box that scrolls or clips it.
        const clipped = (e) => {
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          return false;
        };
        return [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
          .slice(0, 5)
          .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'));
      })()`)) as string[];
      expect({ page: name, widerThan375px: overflow }).toEqual({ page: name, widerThan375px: [] });
      await page.screenshot({ path: join(SCREENSHOTS, `${this.prefix}-${name}-375px.png`), fullPage: true });
    } finally {
      await page.setViewportSize(WIDE);
    }
  }

  /** Nothing was fetched from another host, and no CSP violation or script error happened. */
  expectClean(): void {
    expect({ foreignRequests: this.foreignRequests, problems: this.problems }).toEqual({
      foreignRequests: [],
      problems: [],
    });
  }

  /** Closes the context, keeping a screenshot of where the page ended (what a failed test left). */
  async close(): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${this.prefix}-at-end.png`) }).catch(() => {});
    await this.context.close();
  }
}
