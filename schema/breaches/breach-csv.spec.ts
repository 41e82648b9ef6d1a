import { impactsCsv } from './breach-csv';
import type { BreachImpact } from './breach.types';

describe('impactsCsv', () => {
  it('writes one CRLF row per impact under the header, cells safe for a spreadsheet', () => {
    const impact = {
      tenant: { id: 't1', slug: 'acme', name: '=HYPERLINK("x")', dpoEmail: 'dpo@acme.test' },
      affectedSubjects: 3,
      affectedRecords: 4,
      affectedLists: 2,
      euEeaSubjects: 1,
      unknownCountrySubjects: 0,
      deletedRecordsEstimate: null,
      riskLevel: 'RISK',
      riskReason: 'email addresses',
      notifiedAt: new Date('2026-01-02T03:04:05.000Z'),
      platformDelayHours: 1.5,
      acknowledgedAt: null,
    } as unknown as BreachImpact;
    const { filename, csv } = impactsCsv({ id: 'b1' }, [impact]);
    expect(filename).toBe('breach-b1-impacts.csv');
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',')).toHaveLength(15);
    expect(lines[0].startsWith('tenant_id,tenant_slug,')).toBe(true);
    expect(lines[1]).toBe(
      `"t1","acme","'=HYPERLINK(""x"")","dpo@acme.test",3,4,2,1,0,,"RISK","email addresses","2026-01-02T03:04:05.000Z",1.5,`,
    );
    expect(lines[2]).toBe('');
  });
});
