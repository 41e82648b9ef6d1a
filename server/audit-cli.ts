import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ChainVerifier, LogIssue, LogProblem } from '../schema/processing/chain-verifier';
import { CheckpointSigner, SignedCheckpoint } from '../schema/processing/checkpoint-signer';
import { CheckpointService } from '../schema/processing/checkpoint.service';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config';
import type { Config } from './config';
import { Database, openDatabase } from './database';
import { grantStatements } from './grants';

const USAGE = `usage:
  npm run audit:verify [-- --checkpoints FILE ... --trust KEY_ID ... --json]
      recomputes the processing-log chain and checks it against its head, the signed checkpoints in
      the database and those in FILE (JSON lines, e.g. AUDIT_CHECKPOINT_FILE); exit 0 intact, 1 not
  npm run audit:checkpoint [-- --out FILE]
      verifies the entries since the last checkpoint, signs the head now, and appends it to FILE
  npm run audit:export-checkpoints -- FILE
      appends every checkpoint in the database to FILE (to keep a copy outside the database)
  npm run audit:grants [-- --user steward --host % --migrator steward_migrate]
      prints the MySQL GRANT statements for an application account that cannot change the log`;

/** The database, as it is: never created or migrated by an audit command. */
async function openExisting(config: Config): Promise<Database> {
  if (
    config.database.type === 'sqlite' &&
    config.database.path !== ':memory:' &&
    !existsSync(config.database.path)
  ) {
    throw new Error(`no database at ${config.database.path}`);
  }
  const db = await openDatabase(config.database, { migrate: false });
  if (await db.dataSource.showMigrations()) {
    await db.close();
    throw new Error('the database schema is not up to date: run npm run migrate (or npm start) first');
  }
  return db;
}

function describe(issue: LogIssue): string {
  return `${issue.problem}${issue.seq !== null ? ` at seq ${issue.seq}` : ''}: ${issue.detail}`;
}

async function verify(config: Config, files: string[], trust: string[], json: boolean): Promise<number> {
  const fromFiles: Array<{ file: string; checkpoints: SignedCheckpoint[] }> = files.map((file) => ({
    file,
    checkpoints: CheckpointService.readFile(file),
  }));
  const db = await openExisting(config);
  try {
    const verifier = new ChainVerifier(db);
    const service = new CheckpointService(
      db,
      new CheckpointSigner(config.auditSigningKey),
      verifier,
      undefined,
      [...config.auditTrustedKeys, ...trust],
      config.auditCheckpointMinutes,
    );
    const inDb = service.check(await service.list());
    const external = fromFiles.flatMap(({ file, checkpoints }) =>
      service.check(checkpoints).map((c) => ({ ...c, file })),
    );
    const extra: LogIssue[] = [];
    for (const c of [...inDb, ...external].filter((c) => c.problem)) {
      extra.push({
        seq: null,
        problem: LogProblem.CHECKPOINT_INVALID,
        detail: `the checkpoint of entry ${c.checkpoint.seq}${'file' in c ? ` in ${c.file}` : ''} cannot be believed: ${c.problem}`,
      });
    }
    // A trusted checkpoint kept outside that the database no longer has: checkpoints were deleted.
    const stored = new Set(inDb.map((c) => c.checkpoint.signature));
    for (const c of external.filter((c) => !c.problem && !stored.has(c.checkpoint.signature))) {
      extra.push({
        seq: null,
        problem: LogProblem.CHECKPOINT_MISMATCH,
        detail: `the checkpoint of entry ${c.checkpoint.seq} from ${c.file} is missing from the database: checkpoints were deleted`,
      });
    }
    const trusted = [...inDb, ...external].filter((c) => !c.problem).map((c) => c.checkpoint);
    const report = await verifier.verify({ checkpoints: trusted });
    const issues = [...report.issues, ...extra];
    const valid = report.valid && extra.length === 0;
    // An auditor's check fails closed: what no signed checkpoint covers cannot be vouched for.
    const uncovered = valid ? await service.uncovered(trusted) : null;
    if (json) {
      console.log(
        JSON.stringify(
          {
            ...report,
            valid,
            uncovered,
            issues,
            checkpoints: { database: inDb.length, files: external.length, trusted: trusted.length },
          },
          null,
          2,
        ),
      );
    } else {
      console.log(`processing log: ${report.entriesChecked} entries checked, head at seq ${report.headSeq}`);
      console.log(
        `checkpoints: ${inDb.length} in the database, ${external.length} from ${files.length} file(s); ${trusted.length} trusted, ${report.checkpointsChecked} compared with the chain`,
      );
      if (valid && uncovered) {
        console.error(`NOT COVERED: the chain recomputes, but ${uncovered}`);
      } else if (valid) {
        console.log(
          'OK: every entry recomputes, links to the one before, and agrees with the head and every trusted checkpoint',
        );
        if (!trusted.length)
          console.log(
            'warning: no trusted checkpoint to compare with yet: a rewrite of the whole chain would not show (see README, "Tamper evidence")',
          );
      } else {
        const first =
          report.firstInvalidSeq !== null
            ? `first bad entry: seq ${report.firstInvalidSeq} (${report.reason})`
            : (report.reason ?? describe(extra[0]));
        console.error(`TAMPERED: ${first}`);
        for (const issue of issues.slice(0, 20)) console.error(`  ${describe(issue)}`);
        if (issues.length > 20) console.error(`  ... and ${issues.length - 20} more`);
      }
    }
    return valid && !uncovered ? 0 : 1;
  } finally {
    await db.close();
  }
}

async function checkpoint(config: Config, out: string | undefined): Promise<number> {
  const db = await openExisting(config);
  try {
    const service = new CheckpointService(
      db,
      new CheckpointSigner(config.auditSigningKey),
      new ChainVerifier(db),
      out ?? config.auditCheckpointFile,
      config.auditTrustedKeys,
      config.auditCheckpointMinutes,
    );
    const cp = await service.create();
    if (!cp) {
      console.log('nothing new to sign: the newest checkpoint already covers the head');
      return 0;
    }
    console.log(JSON.stringify(cp));
    return 0;
  } finally {
    await db.close();
  }
}

async function exportCheckpoints(config: Config, file: string): Promise<number> {
  const db = await openExisting(config);
  try {
    const service = new CheckpointService(
      db,
      new CheckpointSigner(config.auditSigningKey),
      new ChainVerifier(db),
      undefined,
      config.auditTrustedKeys,
      config.auditCheckpointMinutes,
    );
    const all = await service.list();
    service.appendToFile(file, all);
    console.log(`${all.length} checkpoint(s) appended to ${file}`);
    return 0;
  } finally {
    await db.close();
  }
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        checkpoints: { type: 'string', multiple: true },
        trust: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        out: { type: 'string' },
        user: { type: 'string' },
        host: { type: 'string' },
        migrator: { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values as {
    checkpoints?: string[];
    trust?: string[];
    json?: boolean;
    out?: string;
    user?: string;
    host?: string;
    migrator?: string;
  };
  if (command === 'grants') {
    const url = process.env.DATABASE_URL?.trim();
    const database = url ? parseDatabaseUrl(url) : null;
    const name = database?.type === 'mysql' ? database.database : 'steward';
    for (const line of grantStatements(
      name,
      v.user ?? 'steward',
      v.host ?? '%',
      v.migrator ?? 'steward_migrate',
    ))
      console.log(line);
    return 0;
  }
  if (!['verify', 'checkpoint', 'export-checkpoints'].includes(command ?? '')) {
    console.error(USAGE);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`steward audit: configuration error: ${err.message}`);
      return 2;
    }
    throw err;
  }
  for (const k of v.trust ?? []) {
    if (!/^[0-9a-f]{64}$/i.test(k)) {
      console.error(`steward audit: --trust takes a key id (64 hex digits), got "${k.slice(0, 80)}"`);
      return 2;
    }
  }
  if (command === 'verify')
    return verify(
      config,
      v.checkpoints ?? [],
      (v.trust ?? []).map((k) => k.toLowerCase()),
      v.json === true,
    );
  if (command === 'checkpoint') return checkpoint(config, v.out);
  const file = parsed.positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  return exportCheckpoints(config, file);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`steward audit: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
