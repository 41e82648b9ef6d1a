import { fork, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchDatabase, report } from './support';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 10;
const QUERY = JSON.stringify({ query: '{ me { id email role } }' });

async function startServer(args: string[]): Promise<{ child: ChildProcess; url: string; token: string }> {
  // Request logs go to /dev/null, as cheap as the production sink can be, but still formatted.
  const child = fork(join(__dirname, 'graphql-server.js'), args, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const info = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string; token: string }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ...info };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function load(url: string, token: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: QUERY,
  });
  if (result.non2xx || result.errors)
    throw new Error(`load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return result.requests.average;
}

/** `me` through the whole Steward stack against graphql-js behind the same HTTP stack. */
export async function graphqlBench(): Promise<void> {
  const bdb = await benchDatabase();
  const steward = await startServer(['steward', bdb.url]);
  const bare = await startServer(['bare']);
  try {
    // One check that Steward answers `me` for real before timing it.
    const probe = await fetch(steward.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${steward.token}` },
      body: QUERY,
    });
    const body = (await probe.json()) as { data?: { me?: { email?: string } } };
    if (body.data?.me?.email !== 'bench-operator@steward.local')
      throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
    await load(steward.url, steward.token, 2);
    await load(bare.url, bare.token, 2);
    // Alternating rounds, so drift in what else the machine is doing falls on both sides alike.
    const stewardRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      stewardRuns.push(await load(steward.url, steward.token, DURATION));
      bareRuns.push(await load(bare.url, bare.token, DURATION));
    }
    report({
      bench: 'graphql',
      metric: 'me_requests_per_s',
      value: median(stewardRuns),
      unit: 'req/s',
      baseline: median(bareRuns),
    });
  } finally {
    steward.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await bdb.cleanup();
  }
}
