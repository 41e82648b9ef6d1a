import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Where the hash of the sources of the last portal build is kept (outside dist/portal, which vite empties). */
const STAMP = join(ROOT, 'dist', '.portal-build-hash');

/** Lower priority for the builds, where `nice` exists: the machine is shared. */
const nice = (cmd: string, args: string[]): [string, string[]] =>
  spawnSync('nice', ['-n', '0', 'true']).status === 0 ? ['nice', ['-n', '10', cmd, ...args]] : [cmd, args];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith(join('portal', 'src', 'gql')) ? [] : files(path);
    return [path];
  });
}

/**
 * What the portal's build is made from: its sources (not the generated portal/src/gql/), the
 * schema its operations are typed from, and the installed versions.
 */
export function portalSourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...files(join(ROOT, 'portal')),
    join(ROOT, 'schema', 'schema.graphql'),
    join(ROOT, 'package-lock.json'),
  ].sort();
  for (const f of inputs) {
    if (!statSync(f).isFile()) continue;
    hash.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds dist/ once per run: tests that start real worker or server processes run the compiled
 * code, and the browser tests need the portal's build (dist/portal), rebuilt only when its sources
 * changed since the last build.
 */
export default function globalSetup(): void {
  const [tsc, tscArgs] = nice(process.execPath, [
    require.resolve('typescript/bin/tsc'),
    '-p',
    'tsconfig.build.json',
  ]);
  execFileSync(tsc, tscArgs, { cwd: ROOT, stdio: 'inherit' });

  const wanted = portalSourceHash();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (built === wanted && existsSync(join(ROOT, 'dist', 'portal', 'index.html'))) return;
  process.stderr.write('\nglobal setup: building the portal (npm run build:portal)\n');
  const [npm, npmArgs] = nice('npm', ['run', '--silent', 'build:portal']);
  // jest sets NODE_ENV=test: the build must be the production one (React's production build).
  execFileSync(npm, npmArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  writeFileSync(STAMP, wanted + '\n');
}
