import { relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');

function filesOf(tsconfig: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(ROOT, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  return parsed.fileNames.map((f) => relative(ROOT, f));
}

describe('project layout', () => {
  it('compiles no benchmark and no test code into the production build', () => {
    const files = filesOf('tsconfig.build.json');
    expect(files.some((f) => f.startsWith('server/'))).toBe(true);
    expect(files.filter((f) => /^(bench|test)\/|\.(e2e-)?spec\.ts$/.test(f))).toEqual([]);
  });

  it('builds the benchmarks with their own configuration', () => {
    expect(filesOf('tsconfig.bench.json')).toContain('bench/run.ts');
  });
});
