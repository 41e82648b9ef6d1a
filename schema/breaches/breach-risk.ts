import { BreachDataCategory, RiskLevel } from './breach.enums';

/** Up to this many affected people, exposed addresses alone (no names, IPs, content) are UNLIKELY to be a risk. */
export const FEW_SUBJECTS = 100;

export interface RiskAssessment {
  level: RiskLevel;
  reason: string;
}

const IDENTIFYING: Partial<Record<BreachDataCategory, string>> = {
  [BreachDataCategory.NAME]: 'names',
  [BreachDataCategory.IP_ADDRESS]: 'IP addresses',
  [BreachDataCategory.CONSENT_RECORD]:
    'consent records (when and from which IP address and browser people signed up)',
};

const words = (parts: string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/**
 * The risk of a breach to the people of one controller, by documented rules (first match wins; the
 * README lists them):
 * 1. encrypted data -> UNLIKELY (unintelligible without the key, Art. 34(3)(a));
 * 2. password hashes or message content -> HIGH;
 * 3. addresses with names, IP addresses or consent records -> RISK;
 * 4. addresses alone (with country or format at most): more than FEW_SUBJECTS people -> RISK, else UNLIKELY;
 * 5. names, IP addresses or consent records without addresses -> RISK;
 * 6. only country and format preference -> UNLIKELY (identifies no one).
 * The controller makes the final assessment; a list whose subject reveals special categories of
 * data (Art. 9) raises it, which the notice says.
 */
export function assessRisk(
  categories: BreachDataCategory[],
  encrypted: boolean,
  subjects: number,
): RiskAssessment {
  const has = (c: BreachDataCategory) => categories.includes(c);
  if (encrypted) {
    return {
      level: RiskLevel.UNLIKELY,
      reason:
        'The data was encrypted, so it is unintelligible to anyone without the key (Art. 34(3)(a) GDPR), provided the key was not compromised.',
    };
  }
  const severe: string[] = [];
  if (has(BreachDataCategory.PASSWORD_HASH))
    severe.push(
      'password hashes, which can be cracked offline and used to take over accounts where the password is reused',
    );
  if (has(BreachDataCategory.MESSAGE_CONTENT))
    severe.push(
      'message content, which may reveal anything the messages say about the people who received them',
    );
  if (severe.length) return { level: RiskLevel.HIGH, reason: `Exposed: ${words(severe)}.` };

  const identifying = Object.entries(IDENTIFYING)
    .filter(([c]) => has(c as BreachDataCategory))
    .map(([, w]) => w as string);
  if (has(BreachDataCategory.EMAIL_ADDRESS)) {
    if (identifying.length) {
      return {
        level: RiskLevel.RISK,
        reason: `Email addresses were exposed together with ${words(identifying)}, which allows targeted phishing and linking people across services.`,
      };
    }
    if (subjects > FEW_SUBJECTS) {
      return {
        level: RiskLevel.RISK,
        reason: `The email addresses and list memberships of ${subjects} people were exposed: enough for spam and phishing that pretends to come from the lists.`,
      };
    }
    return {
      level: RiskLevel.UNLIKELY,
      reason: `Only the email addresses and list memberships of ${subjects} ${subjects === 1 ? 'person' : 'people'} (at most ${FEW_SUBJECTS}) were exposed, without names or other identifying data.`,
    };
  }
  if (identifying.length) {
    return {
      level: RiskLevel.RISK,
      reason: `${words(identifying).replace(/^./, (c) => c.toUpperCase())} were exposed; they identify people even without their email addresses.`,
    };
  }
  return {
    level: RiskLevel.UNLIKELY,
    reason: 'Only countries and format preferences were exposed, which identify no one on their own.',
  };
}
