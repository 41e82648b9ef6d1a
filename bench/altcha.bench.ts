import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { chromium, type Browser, type Page } from '@playwright/test';
import pino from 'pino';
import { ALTCHA_DIFFICULTY } from '../schema/altcha/altcha.service';
import { clientNetwork } from '../schema/common/rate-limiter';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { report } from './support';

const CHROMIUM = '/usr/bin/chromium';
const SOLVES = 20;
const SERVER_ROUNDS = 300;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((r, j) => probe.once('error', j).listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** A Steward on a fresh SQLite file, with or without ALTCHA. */
async function steward(dir: string, altcha: boolean) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, `steward-${altcha ? 'altcha' : 'plain'}.db`)}`,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    WORKERS: '0',
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: origin,
    ...(altcha ? { ALTCHA_HMAC_KEY: 'bench-altcha-key-bench-altcha-key-0000' } : {}),
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const http = await listen(s, port, '127.0.0.1');
  return {
    s,
    origin,
    close: async () => {
      await http.close();
      await s.db.close();
    },
  };
}

/**
 * ALTCHA's cost (issue 12), in Debian's Chromium and on the server.
 *
 * Browser: the request form (`/requests/new`) with the widget; each solve is the widget's own
 * `verify()` from a reset (a new challenge fetched from the server, the PBKDF2 worker started, the
 * counter searched), with the widget's artificial minimum duration off, 20 times after one not
 * counted. Baselines from the same run: the same page's load (navigation to `load`) without ALTCHA,
 * and one attempt of the work (one PBKDF2/SHA-256 derivation at the chosen cost) in the same page.
 *
 * Server: `challenge()` and `verify()` (HMAC checks and the insert of the spent hash) in the
 * process, against the IP rate limit's `consume()` that the same forms already run per POST.
 */
export async function altchaBench(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`altcha: ${CHROMIUM} is missing (apt-get install chromium)`);
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-altcha-'));
  const on = await steward(dir, true);
  const off = await steward(dir, false);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    const page: Page = await (await browser.newContext()).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    // Baseline 1: the same page without the widget, loaded (cache off: a new context each time).
    const loadOnce = async (url: string) => {
      const context = await browser!.newContext();
      const p = await context.newPage();
      const t0 = performance.now();
      await p.goto(url, { waitUntil: 'load' });
      const ms = performance.now() - t0;
      await context.close();
      return ms;
    };
    await loadOnce(`${off.origin}/requests/new`);
    await loadOnce(`${on.origin}/requests/new`);
    const plainLoads: number[] = [];
    const widgetLoads: number[] = [];
    for (let i = 0; i < 7; i++) {
      plainLoads.push(await loadOnce(`${off.origin}/requests/new`));
      widgetLoads.push(await loadOnce(`${on.origin}/requests/new`));
    }

    await page.goto(`${on.origin}/requests/new`);
    await page.waitForFunction(() => (globalThis as any).customElements.get('altcha-widget') !== undefined);
    const solveOnce = () =>
      page.evaluate(async () => {
        const el = (globalThis as any).document.querySelector('altcha-widget');
        el.reset();
        const t0 = performance.now();
        const r = await el.verify({ minDuration: 0 });
        if (!r?.payload) throw new Error('not solved');
        return performance.now() - t0;
      });
    await solveOnce();
    const solves: number[] = [];
    for (let i = 0; i < SOLVES; i++) solves.push(await solveOnce());

    // Baseline 2: one attempt (one derivation at the chosen cost) in the same page, median of 200.
    const attempt = await page.evaluate(async (cost: number) => {
      const subtle = (globalThis as any).crypto.subtle;
      const key = await subtle.importKey('raw', new Uint8Array(20), 'PBKDF2', false, ['deriveBits']);
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        await subtle.deriveBits(
          { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16).fill(i % 256), iterations: cost },
          key,
          256,
        );
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[100];
    }, ALTCHA_DIFFICULTY.cost);
    if (problems.length) throw new Error(`altcha: script errors: ${problems.join('; ')}`);

    report({
      bench: 'altcha',
      metric: `widget_solve_median_ms_vs_page_load_without_widget (${SOLVES} solves)`,
      value: median(solves),
      unit: 'ms',
      baseline: median(plainLoads),
    });
    report({
      bench: 'altcha',
      metric: 'widget_solve_p95_ms_vs_page_load_without_widget',
      value: p95(solves),
      unit: 'ms',
      baseline: median(plainLoads),
    });
    report({
      bench: 'altcha',
      metric: 'widget_solve_median_ms_vs_one_pbkdf2_attempt',
      value: median(solves),
      unit: 'ms',
      baseline: attempt,
    });
    report({
      bench: 'altcha',
      metric: 'page_load_with_widget_ms_vs_without',
      value: median(widgetLoads),
      unit: 'ms',
      baseline: median(plainLoads),
    });

    // Server: challenge and verify in the process, against the rate limit's consume.
    const a = on.s.altcha;
    const challenges = [];
    let t0 = performance.now();
    for (let i = 0; i < SERVER_ROUNDS; i++) challenges.push(await a.challenge());
    const challengeUs = ((performance.now() - t0) / SERVER_ROUNDS) * 1000;
    const payloads: string[] = [];
    for (const c of challenges.slice(0, SERVER_ROUNDS)) {
      const solution = await solveChallenge({ challenge: c, deriveKey });
      payloads.push(
        Buffer.from(
          JSON.stringify({ challenge: { parameters: c.parameters, signature: c.signature }, solution }),
        ).toString('base64'),
      );
    }
    t0 = performance.now();
    for (const p of payloads) await a.verify(p);
    const verifyUs = ((performance.now() - t0) / SERVER_ROUNDS) * 1000;
    t0 = performance.now();
    for (let i = 0; i < SERVER_ROUNDS; i++)
      await on.s.limiter.consume('public', clientNetwork(`198.51.100.${i % 250}`), 1_000_000, 60_000);
    const limiterUs = ((performance.now() - t0) / SERVER_ROUNDS) * 1000;
    report({
      bench: 'altcha',
      metric: 'server_challenge_us_vs_rate_limit_consume',
      value: challengeUs,
      unit: 'us',
      baseline: limiterUs,
    });
    report({
      bench: 'altcha',
      metric: 'server_verify_and_spend_us_vs_rate_limit_consume',
      value: verifyUs,
      unit: 'us',
      baseline: limiterUs,
    });
  } finally {
    await browser?.close();
    await on.close();
    await off.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
