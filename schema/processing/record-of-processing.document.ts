import { DATA_CATEGORY_WORDS } from '../common/data-category';
import type { RecordOfProcessing } from './processing-log.types';

/** Text inside a Markdown line or cell: characters that start inline markup (or HTML) are escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]|<>&~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const CATEGORY_WORDS: Record<string, string> = DATA_CATEGORY_WORDS;

/**
 * The record of processing as a document (Markdown), for `GET /audit/record-of-processing/:tenantId`:
 * the same content as the `recordOfProcessing` query, laid out along Art. 30(2) (a) to (d).
 */
export function recordOfProcessingDocument(r: RecordOfProcessing): string {
  const t = r.tenant;
  const lines = [
    '# Record of processing activities',
    '',
    `Kept by the processor under Art. 30(2) GDPR for one controller. Generated ${r.generatedAt.toISOString()}.`,
    '',
    '## (a) Processor and controller',
    '',
    `- Processor: ${md(r.processor)}`,
    `- Processor's data-protection contact: ${md(r.processorContact)}`,
    `- Controller: ${md(t.name)} (customer \`${t.slug}\`, id \`${t.id}\`)`,
    `- Hosting service: ${t.service}`,
    `- Controller's data-protection contact: ${md(t.dpoEmail)}`,
    `- Customer since: ${t.createdAt.toISOString().slice(0, 10)}; status ${t.status}`,
    '',
    '## (b) Categories of processing carried out on behalf of the controller',
    '',
    'Counted from the hash-chained processing log' +
      (r.firstEntryAt ? ` since ${r.firstEntryAt.toISOString().slice(0, 10)}` : '') +
      '.',
    '"Data subjects" adds up the people each operation touched: a person touched twice counts twice.',
    '',
    '| Purpose | Operations | Data subjects |',
    '|---|---:|---:|',
    ...(r.purposes.length
      ? r.purposes.map((p) => `| ${p.purpose} | ${p.entries} | ${p.subjects} |`)
      : ['| (none yet) | 0 | 0 |']),
    '',
    '| Operation | Purpose | Operations | Data subjects |',
    '|---|---|---:|---:|',
    ...r.activities.map((a) => `| \`${a.action}\` | ${a.purpose} | ${a.entries} | ${a.subjects} |`),
    '',
    'Categories of personal data:',
    '',
    ...r.dataCategories.map((c) => `- ${c}${CATEGORY_WORDS[c] ? `: ${CATEGORY_WORDS[c]}` : ''}`),
    '',
    '## (c) Transfers to a third country or an international organisation',
    '',
    ...(r.transfers.length
      ? r.transfers.map((x) => `- ${md(x)}`)
      : ['None: no personal data is transferred outside the EU/EEA.']),
    '',
    '## (d) Technical and organisational security measures (Art. 32(1))',
    '',
    ...r.securityMeasures.map((m) => `- ${md(m)}`),
    '',
  ];
  return lines.join('\n');
}
