import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_PUBLIC_URL } from './public-pages-server';
import { BENCH_DATABASE_URL, benchDatabase, report } from './support';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Run {
  rps: number;
  p50: number;
  p95: number;
}

interface Target {
  name: string;
  path: string;
  method: 'GET' | 'POST';
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

let addressSeq = 0;

/** One autocannon run against a target: requests per second and the latencies of every answer. */
async function load(base: string, t: Target, seconds: number): Promise<Run> {
  const times: number[] = [];
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${base}${t.path}`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          t.method === 'GET'
            ? { method: 'GET' }
            : {
                method: 'POST',
                headers: {
                  'content-type': 'application/x-www-form-urlencoded',
                  origin: BENCH_PUBLIC_URL,
                  'sec-fetch-site': 'same-origin',
                },
                // a new address every time, as sign-ups are
                setupRequest: (req: any) => ({
                  ...req,
                  body: `consentVersion=1&email=reader-${process.pid}-${addressSeq++}%40bench.example&name=Bench+Reader&format=TEXT`,
                }),
              },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  instance!.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await done;
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(
      `${t.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  times.sort((a, b) => a - b);
  return { rps: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95) };
}

function startServer(databaseUrl: string, portalDir: string) {
  const child: ChildProcess = fork(join(__dirname, 'public-pages-server.js'), [databaseUrl, portalDir], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const info = new Promise<{ base: string; formPath: string; staticPath: string; bytes: number }>(
    (resolve, reject) => {
      child.once('message', (m) => resolve(m as any));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    },
  );
  return { child, info };
}

/**
 * The public sign-up form under load: `GET /subscribe/:tenant/:list` (the form, rendered per
 * request in the person's language, the list read from the database) and its `POST` (a new address
 * each time: the form checked, the per-network limit counted, the sign-up job enqueued, the answer
 * page rendered), against the same server's portal static handler sending a file of the very same
 * bytes as the form page (the page saved as `static-signup.html`). Steward in its own process on
 * MariaDB (a database of its own, created and dropped here), autocannon with 10 connections from
 * this one; rounds alternate between the three so drift falls on each alike.
 */
export async function publicPagesBench(): Promise<void> {
  const url = new URL(BENCH_DATABASE_URL);
  url.pathname = `${url.pathname.replace(/\/$/, '')}_public_pages`;
  const bdb = await benchDatabase(url.toString());
  const portalDir = mkdtempSync(join(tmpdir(), 'steward-bench-public-'));
  const { child, info } = startServer(bdb.url, portalDir);
  try {
    const { base, formPath, staticPath, bytes } = await info;
    const targets: Target[] = [
      { name: 'static', path: staticPath, method: 'GET' },
      { name: 'get', path: formPath, method: 'GET' },
      { name: 'post', path: formPath, method: 'POST' },
    ];
    // What each answers, once, before timing it.
    const [form, file] = await Promise.all([fetch(`${base}${formPath}`), fetch(`${base}${staticPath}`)]);
    const [formBytes, fileBytes] = [
      (await form.arrayBuffer()).byteLength,
      (await file.arrayBuffer()).byteLength,
    ];
    if (form.status !== 200 || file.status !== 200 || fileBytes !== bytes)
      throw new Error(`unexpected answers: form ${form.status}, static ${file.status} (${fileBytes} bytes)`);
    const sent = await fetch(`${base}${formPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BENCH_PUBLIC_URL },
      body: 'consentVersion=1&email=probe%40bench.example',
    });
    const answer = await sent.text();
    if (sent.status !== 200 || !answer.includes('Check your inbox'))
      throw new Error(`POST answered ${sent.status}: ${answer.slice(0, 200)}`);
    console.error(
      `public-pages: form page ${formBytes} bytes, static file ${fileBytes} bytes, answer page ${answer.length} characters`,
    );
    for (const t of targets) await load(base, t, 2);
    const runs: Record<string, Run[]> = { static: [], get: [], post: [] };
    for (let i = 0; i < ROUNDS; i++)
      for (const t of targets) runs[t.name].push(await load(base, t, DURATION));
    const fig = (name: string) => ({
      rps: median(runs[name].map((r) => r.rps)),
      p50: median(runs[name].map((r) => r.p50)),
      p95: median(runs[name].map((r) => r.p95)),
    });
    const baseline = fig('static');
    for (const name of ['get', 'post']) {
      const f = fig(name);
      report({
        bench: 'public-pages',
        metric: `${name}_requests_per_s`,
        value: f.rps,
        unit: 'req/s',
        baseline: baseline.rps,
      });
      report({
        bench: 'public-pages',
        metric: `${name}_p50_ms`,
        value: f.p50,
        unit: 'ms',
        baseline: baseline.p50,
      });
      report({
        bench: 'public-pages',
        metric: `${name}_p95_ms`,
        value: f.p95,
        unit: 'ms',
        baseline: baseline.p95,
      });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(portalDir, { recursive: true, force: true });
    await bdb.cleanup();
  }
}
