import isEmail from 'validator/lib/isEmail';
import { BadInputError } from '../../server/errors';

/** The contract's rule: addresses compare case-insensitively after trimming white space. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** A normalised, valid address, or BAD_USER_INPUT naming the field. */
export function validEmail(raw: string, field = 'email'): string {
  const email = normalizeEmail(raw ?? '');
  if (!email) throw new BadInputError(`${field} is required`, field);
  if (
    email.length > 254 ||
    !isEmail(email, { allow_utf8_local_part: true, require_tld: true, allow_ip_domain: false })
  ) {
    throw new BadInputError(`${field} is not a valid email address`, field);
  }
  return email;
}

/** Trimmed text of 1..max characters, or BAD_USER_INPUT. */
export function requiredText(raw: string, field: string, max: number): string {
  const v = (raw ?? '').trim();
  if (!v) throw new BadInputError(`${field} must not be empty`, field);
  if (v.length > max) throw new BadInputError(`${field} must be at most ${max} characters`, field);
  return v;
}
