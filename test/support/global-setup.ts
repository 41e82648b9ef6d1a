import { execFileSync } from 'node:child_process';

/** Builds dist/ once per run: tests that start real worker or server processes run the compiled code. */
export default function globalSetup(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: __dirname + '/../..',
    stdio: 'inherit',
  });
}
