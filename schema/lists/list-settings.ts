import { validEmail } from '../common/email';
import { OptInMode } from '../common/enums';
import { BadInputError } from '../common/errors';
import type { UpdateListInput } from './list.inputs';
import type { MailingList } from './mailing-list.entity';

/** The wording a new list starts with (its version 1), until the customer writes its own. */
export const DEFAULT_CONSENT_WORDING =
  'I agree to receive the emails of this list. I can unsubscribe at any time through the link in every message; my details are then deleted.';

/**
 * C0 and C1 controls, DEL, and the invisible characters that reorder or hide text. Multi-line
 * fields allow line breaks (LF; a CR LF pair is read as LF) and nothing else of these.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

type TextField = 'title' | 'description' | 'consentWording' | 'fromName' | 'footer';
const LIMITS: Record<TextField, { max: number; lines: boolean; required: boolean }> = {
  title: { max: 200, lines: false, required: true },
  description: { max: 1000, lines: true, required: false },
  consentWording: { max: 2000, lines: true, required: true },
  fromName: { max: 100, lines: false, required: false },
  footer: { max: 1000, lines: true, required: false },
};

function text(field: TextField, raw: unknown): string | null {
  const rule = LIMITS[field];
  if (raw !== null && typeof raw !== 'string') throw new BadInputError(`${field} must be text`, field);
  const v = (raw ?? '').replace(/\r\n/g, '\n').trim();
  if (!v) {
    if (rule.required) throw new BadInputError(`${field} must not be empty`, field);
    return null;
  }
  if (CONTROL.test(v) || (!rule.lines && v.includes('\n')))
    throw new BadInputError(
      `${field} must not contain control characters${rule.lines ? '' : ' or line breaks'}`,
      field,
    );
  if ([...v].length > rule.max)
    throw new BadInputError(`${field} must be at most ${rule.max} characters`, field);
  return v;
}

/** What a change asks for, checked: the columns to set (only those the input names). */
export type ListPatch = Partial<
  Pick<
    MailingList,
    'title' | 'description' | 'optIn' | 'consentWording' | 'fromName' | 'fromAddress' | 'replyTo' | 'footer'
  >
>;

/**
 * Checks every field of `input` before anything is written (so bad input changes nothing).
 * `fromAddress` is only checked for its form here: whether it is on a verified domain is the
 * caller's question to the sending domains.
 */
export function listPatch(input: UpdateListInput): ListPatch {
  const patch: ListPatch = {};
  for (const field of Object.keys(LIMITS) as TextField[]) {
    if (input[field] === undefined) continue;
    const v = text(field, input[field]);
    (patch as Record<string, unknown>)[field] = v;
  }
  if (input.optIn !== undefined) {
    if (!Object.values(OptInMode).includes(input.optIn as OptInMode))
      throw new BadInputError('optIn must be DOUBLE or SINGLE', 'optIn');
    patch.optIn = input.optIn as OptInMode;
  }
  for (const field of ['replyTo', 'fromAddress'] as const) {
    const raw = input[field];
    if (raw === undefined) continue;
    if (raw !== null && typeof raw !== 'string') throw new BadInputError(`${field} must be text`, field);
    patch[field] = raw === null || !raw.trim() ? null : validEmail(raw, field);
  }
  return patch;
}
