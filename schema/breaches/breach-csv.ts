import { csvCell } from '../common/csv';
import type { BreachImpact, BreachIncident } from './breach.types';

/**
 * The impacts as CSV (the operator's export): one row per controller in the order given (largest
 * first), every cell safe to open in a spreadsheet.
 */
export function impactsCsv(
  incident: Pick<BreachIncident, 'id'>,
  impacts: BreachImpact[],
): { filename: string; csv: string } {
  const header = [
    'tenant_id',
    'tenant_slug',
    'tenant_name',
    'dpo_email',
    'affected_subjects',
    'affected_records',
    'affected_lists',
    'eu_eea_subjects',
    'unknown_country_subjects',
    'deleted_records_estimate',
    'risk_level',
    'risk_reason',
    'notified_at',
    'platform_delay_hours',
    'acknowledged_at',
  ];
  const lines = [header.join(',')];
  for (const i of impacts) {
    lines.push(
      [
        i.tenant.id,
        i.tenant.slug,
        i.tenant.name,
        i.tenant.dpoEmail,
        i.affectedSubjects,
        i.affectedRecords,
        i.affectedLists,
        i.euEeaSubjects,
        i.unknownCountrySubjects,
        i.deletedRecordsEstimate,
        i.riskLevel,
        i.riskReason,
        i.notifiedAt?.toISOString() ?? null,
        i.platformDelayHours,
        i.acknowledgedAt?.toISOString() ?? null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return { filename: `breach-${incident.id}-impacts.csv`, csv: lines.join('\r\n') + '\r\n' };
}
