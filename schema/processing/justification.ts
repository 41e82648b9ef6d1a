import { BadInputError } from '../common/errors';
import { looksPersonal } from './processing-log.service';

export const JUSTIFICATION_MIN_LENGTH = 20;
export const JUSTIFICATION_MAX_LENGTH = 500;
export const JUSTIFICATION_MIN_WORDS = 3;

/**
 * Words that say nothing about why: a justification made only of them (and short words) is a token.
 * Compared lower-cased, after stripping punctuation.
 */
const FILLER = new Set([
  'test',
  'tests',
  'testing',
  'tested',
  'asdf',
  'asdfgh',
  'qwerty',
  'qwertz',
  'foo',
  'bar',
  'baz',
  'qux',
  'xxx',
  'xyz',
  'abc',
  'lorem',
  'ipsum',
  'dolor',
  'sit',
  'amet',
  'na',
  'none',
  'nil',
  'null',
  'nothing',
  'todo',
  'tbd',
  'tbc',
  'wip',
  'blah',
  'bla',
  'dummy',
  'placeholder',
  'sample',
  'example',
  'justification',
  'justify',
  'reason',
  'reasons',
  'purpose',
  'because',
  'why',
  'check',
  'checking',
  'stuff',
  'thing',
  'things',
  'whatever',
  'ok',
  'okay',
  'yes',
  'no',
  'hello',
  'hi',
  'please',
  'just',
  'needed',
  'need',
  'necessary',
  'required',
  'misc',
  'other',
  'etc',
  'the',
  'and',
  'for',
  'to',
  'of',
  'a',
  'an',
  'it',
  'is',
]);

/**
 * A justification for seeing personal data, or BAD_USER_INPUT saying what is missing.
 *
 * The rule: after trimming and collapsing white space, 20 to 500 characters, with at least three
 * different words of two or more letters that are not filler ("test", "n/a", "asdf", "because",
 * ...), no word that is one letter repeated ("aaaa"), and no email address or IP address (the
 * justification is kept in the processing log for years; name the ticket, not the person).
 */
export function validJustification(raw: unknown, field = 'justification'): string {
  const text = (typeof raw === 'string' ? raw : '').replace(/\s+/g, ' ').trim();
  const rule = `write at least ${JUSTIFICATION_MIN_LENGTH} characters and ${JUSTIFICATION_MIN_WORDS} real words saying why, e.g. "Support ticket 4711: the customer reports duplicate confirmation mails"`;
  if (!text) throw new BadInputError(`${field} is required: ${rule}`, field);
  if (text.length > JUSTIFICATION_MAX_LENGTH)
    throw new BadInputError(`${field} must be at most ${JUSTIFICATION_MAX_LENGTH} characters`, field);
  if (text.length < JUSTIFICATION_MIN_LENGTH)
    throw new BadInputError(`${field} is too short: ${rule}`, field);
  if (looksPersonal(text)) {
    throw new BadInputError(
      `${field} must not contain an email address or IP address: it is kept in the processing log; refer to a ticket instead`,
      field,
    );
  }
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2);
  const meaningful = new Set(words.filter((w) => !FILLER.has(w) && !/^(.)\1+$/u.test(w)));
  if (meaningful.size < JUSTIFICATION_MIN_WORDS)
    throw new BadInputError(`${field} does not say why: ${rule}`, field);
  return text;
}
