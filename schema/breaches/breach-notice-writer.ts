import type { Tenant } from '../tenants/tenant.entity';
import { BreachDataCategory, RiskLevel } from './breach.enums';
import type { BreachIncidentRow } from './breach-incident.entity';
import type { BreachNoticeRow } from './breach-notice.entity';

export const CONTROLLER_HOURS = 72;
const HOUR = 3_600_000;

/** One notice's Art. 33(3) texts, frozen into the notice when it is sent. */
export interface NoticeTexts {
  nature: string;
  likelyConsequences: string;
  measuresTaken: string;
  contact: string;
}

const CATEGORY_WORDS: Record<BreachDataCategory, string> = {
  [BreachDataCategory.EMAIL_ADDRESS]: 'email addresses',
  [BreachDataCategory.NAME]: 'names',
  [BreachDataCategory.COUNTRY]: 'countries',
  [BreachDataCategory.FORMAT_PREFERENCE]: 'message format preferences (text or HTML, tracking consent)',
  [BreachDataCategory.CONSENT_RECORD]:
    'consent records (time, IP address and browser of sign-up and confirmation)',
  [BreachDataCategory.IP_ADDRESS]: 'IP addresses',
  [BreachDataCategory.MESSAGE_CONTENT]: 'content of list messages',
  [BreachDataCategory.PASSWORD_HASH]: 'password hashes',
};

const CONSEQUENCES: Record<BreachDataCategory, string> = {
  [BreachDataCategory.EMAIL_ADDRESS]:
    'spam and phishing sent to the addresses, possibly pretending to come from your lists',
  [BreachDataCategory.NAME]:
    'more convincing, personalised phishing and linking of people to their list memberships',
  [BreachDataCategory.COUNTRY]: 'finer targeting of phishing by country',
  [BreachDataCategory.FORMAT_PREFERENCE]: 'little on its own (which format and tracking people chose)',
  [BreachDataCategory.CONSENT_RECORD]:
    'disclosure of when and from which network people subscribed, allowing their approximate location and devices to be inferred',
  [BreachDataCategory.IP_ADDRESS]:
    'inference of approximate location and network and linking of people across services',
  [BreachDataCategory.MESSAGE_CONTENT]:
    'disclosure of whatever the messages contain, and of who received them',
  [BreachDataCategory.PASSWORD_HASH]:
    'offline cracking of passwords and takeover of accounts on other services where a password was reused',
};

const ADVICE: Partial<Record<BreachDataCategory, string>> = {
  [BreachDataCategory.EMAIL_ADDRESS]:
    'warn your subscribers that messages claiming to come from your lists may be phishing, and never ask them for passwords by email',
  [BreachDataCategory.PASSWORD_HASH]:
    'have the affected people change their passwords, here and wherever they reused them',
  [BreachDataCategory.MESSAGE_CONTENT]:
    'review what the exposed messages contained and whether it includes special categories of data (Art. 9 GDPR)',
};

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Writes the notices the platform (processor) sends to controllers under Art. 33(2): the nature of
 * the breach with its categories and approximate numbers, the contact point, likely consequences
 * and measures (Art. 33(3)), and the email that carries them. Never names a data subject.
 */
export class BreachNoticeWriter {
  constructor(private readonly contact: string) {}

  static categoryWords(categories: BreachDataCategory[]): string {
    return categories.map((c) => CATEGORY_WORDS[c]).join('; ');
  }

  static deadline(incident: Pick<BreachIncidentRow, 'discoveredAt'>): Date {
    return new Date(incident.discoveredAt.getTime() + CONTROLLER_HOURS * HOUR);
  }

  texts(incident: BreachIncidentRow, categories: BreachDataCategory[], notice: BreachNoticeRow): NoticeTexts {
    const window =
      incident.occurredFrom || incident.occurredTo
        ? `It took place ${incident.occurredFrom ? `from ${iso(incident.occurredFrom)} ` : 'up '}${incident.occurredTo ? `to ${iso(incident.occurredTo)}` : 'until it was contained (end not yet known)'}.`
        : 'When it began is not yet known.';
    const nature = [
      incident.description,
      `We became aware of it on ${iso(incident.discoveredAt)}. ${window}`,
      `Categories of personal data concerned: ${BreachNoticeWriter.categoryWords(categories)}.`,
      `The data ${incident.encrypted ? 'was' : 'was not'} encrypted.`,
      `Approximate numbers for your organisation: ${notice.affectedSubjects} data subject(s) (distinct email addresses), of whom ${notice.euEeaSubjects} in the EU/EEA ` +
        `and ${notice.unknownCountrySubjects} of unknown country, and ${notice.affectedRecords} record(s) (subscriptions) on ${notice.affectedLists} list(s).`,
      this.deletedSentence(incident, notice),
    ]
      .filter(Boolean)
      .join('\n');
    const consequences = incident.encrypted
      ? 'As the data was encrypted, adverse consequences are unlikely as long as the key is not compromised.'
      : `Likely consequences: ${categories.map((c) => CONSEQUENCES[c]).join('; ')}.`;
    const advice = categories.map((c) => ADVICE[c]).filter((a): a is string => !!a);
    const measures = [
      incident.measuresTaken ??
        'We are investigating the incident and will send further information as it becomes available (Art. 33(4) GDPR).',
      advice.length ? `We recommend that you ${advice.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return {
      nature,
      likelyConsequences: `${consequences}\nRisk assessment: ${notice.riskLevel}. ${notice.riskReason}\n${this.art34(notice.riskLevel, incident.encrypted)}`,
      measuresTaken: measures,
      contact: this.contact,
    };
  }

  private deletedSentence(incident: BreachIncidentRow, notice: BreachNoticeRow): string {
    const counted =
      'Only subscriptions that still exist could be counted individually: people who unsubscribed or were removed since, and whose data was therefore deleted, cannot be named or counted exactly.';
    if (notice.deletedRecordsEstimate === null) return counted;
    if (notice.deletedRecordsEstimate === 0)
      return `${counted} Your anonymous daily counters show no such deletions on the affected lists since ${incident.occurredFrom ? day(incident.occurredFrom) : 'the lists were created'}.`;
    return (
      `${counted} Your anonymous daily counters show at most ${notice.deletedRecordsEstimate} further subscription(s) on the affected lists ended (unsubscribed, removed or purged) ` +
      `${incident.occurredFrom ? `on or after ${day(incident.occurredFrom)}` : 'since the lists were created'}; some of them may have existed during the breach.`
    );
  }

  private art34(level: RiskLevel, encrypted: boolean): string {
    if (level === RiskLevel.HIGH) {
      return 'A high risk to the people concerned is likely: unless an exception of Art. 34(3) GDPR applies, you must also tell them without undue delay (Art. 34(1)).';
    }
    return `${encrypted ? 'Telling the people concerned is not required while the data stays unintelligible (Art. 34(3)(a)).' : 'On this assessment telling the people concerned (Art. 34) is not required, unless you know of circumstances that raise the risk.'} If a list's subject reveals special categories of data (Art. 9 GDPR, e.g. health, religion, political opinions), treat the risk as high.`;
  }

  /** The email to the tenant's data-protection officer. */
  mail(
    incident: BreachIncidentRow,
    categories: BreachDataCategory[],
    tenant: Tenant,
    texts: NoticeTexts,
    notice: BreachNoticeRow,
  ): { subject: string; text: string } {
    const deadline = BreachNoticeWriter.deadline(incident);
    const text = [
      `To the data protection officer of ${tenant.name}`,
      '',
      'As your processor (Art. 28 GDPR) we notify you, under Art. 33(2) GDPR, of a personal data breach that affects data we process on your behalf.',
      '',
      `Incident: ${incident.title}`,
      `Reference: ${incident.id}`,
      `Risk level: ${notice.riskLevel}`,
      `Your deadline to notify your supervisory authority (Art. 33(1) GDPR, 72 hours from our becoming aware): ${iso(deadline)}`,
      '',
      '1. Nature of the breach, categories and approximate numbers',
      texts.nature,
      '',
      `2. Categories of personal data: ${BreachNoticeWriter.categoryWords(categories)}`,
      '',
      '3. Likely consequences',
      texts.likelyConsequences,
      '',
      '4. Measures taken or proposed',
      texts.measuresTaken,
      '',
      `5. Contact point for more information: ${texts.contact}`,
      '',
      'Please acknowledge receipt in the Steward portal (breach notices). This message names no data subject; the numbers are counts.',
    ].join('\n');
    return {
      subject: `Personal data breach notice: ${incident.title} (notify your authority by ${iso(deadline)})`,
      text,
    };
  }
}
