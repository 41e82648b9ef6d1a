import { grantStatements } from './grants';

describe('grantStatements: the grants of the application account', () => {
  it('give the processing log and its checkpoints SELECT and INSERT only, the head UPDATE, every other table the four', () => {
    const lines = grantStatements('steward', 'app', '%', 'migrator');
    const grants = new Map(
      lines
        .map((l) => /^GRANT (.+) ON `steward`\.`(\w+)` TO 'app'@'%';$/.exec(l))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => [m[2], m[1]]),
    );
    expect(grants.get('processing_log')).toBe('SELECT, INSERT');
    expect(grants.get('processing_log_checkpoints')).toBe('SELECT, INSERT');
    expect(grants.get('processing_log_head')).toBe('SELECT, UPDATE');
    expect(grants.get('migrations')).toBe('SELECT');
    for (const table of ['subscribers', 'jobs', 'web_access_log', 'tenants', 'rate_limits', 'outbound_mail'])
      expect(grants.get(table)).toBe('SELECT, INSERT, UPDATE, DELETE');
    expect(lines).toContain("GRANT ALL PRIVILEGES ON `steward`.* TO 'migrator'@'%';");
    expect(lines.some((l) => /GRANT .*ON `steward`\.\* TO 'app'/.test(l))).toBe(false);
    // Quoting: an odd account name cannot break out of its string.
    expect(grantStatements('steward', "x'; DROP USER root; --", '%', 'm').join('\n')).toContain(
      "'x\\'; DROP USER root; --'",
    );
  });
});
