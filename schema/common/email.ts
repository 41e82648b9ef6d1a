import { domainToASCII, domainToUnicode } from 'node:url';
import isEmail from 'validator/lib/isEmail';
import { BadInputError } from './errors';

/**
 * What no address may hold, anywhere inside it: C0 controls (CR, LF, TAB, BEL...), DEL and C1 controls,
 * angle brackets, and the invisible characters that reorder or hide text (bidirectional marks,
 * embeddings, overrides and isolates, zero-width characters, the byte-order mark). They split mail
 * headers, forge display names or make two addresses look alike.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** RFC 5322 dot-atom (with RFC 6531's UTF-8): a local part that needs no quotes. */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\u{10FFFF}-]+";
const DOT_ATOM = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');

/** `"x"` -> `x` when the quotes change nothing (the unquoted form is a dot-atom); else as given. */
function unquoted(local: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/su.exec(local);
  if (!m) return local;
  const inner = m[1].replace(/\\(.)/gsu, '$1');
  return DOT_ATOM.test(inner) ? inner : local;
}

/**
 * The one canonical form of an address, used for storage, hashing, suppression, routing and breach
 * matching, so that every spelling of one mailbox is one person: white space trimmed, Unicode NFC,
 * the local part unquoted where the quotes are redundant, the domain in its IDNA ASCII form
 * (`bücher.example` -> `xn--bcher-kva.example`), all in lower case (the contract's rule: addresses
 * compare case-insensitively). Never throws: an address that is not valid keeps its shape and
 * `validEmail` refuses it.
 */
export function normalizeEmail(raw: string): string {
  const text = raw.trim().normalize('NFC');
  const at = text.lastIndexOf('@');
  if (at < 1) return text.toLowerCase();
  const domain = text.slice(at + 1);
  const ascii = /^[\x21-\x7e]*$/.test(domain) ? domain : domainToASCII(domain);
  return `${unquoted(text.slice(0, at))}@${ascii || domain}`.toLowerCase();
}

/**
 * The spellings under which a canonical address may have been hashed before addresses had one
 * canonical form (quoted local part, Unicode domain): suppression entries are keyed hashes and
 * cannot be re-keyed, so a suppression check looks under each of these too.
 */
export function legacySpellings(canonical: string): string[] {
  const at = canonical.lastIndexOf('@');
  if (at < 1) return [canonical];
  const local = canonical.slice(0, at);
  const domain = canonical.slice(at + 1);
  const unicode = domain.includes('xn--') ? domainToUnicode(domain).toLowerCase() : '';
  const locals = [local, `"${local}"`];
  const domains = unicode && unicode !== domain ? [domain, unicode] : [domain];
  return locals.flatMap((l) => domains.map((d) => `${l}@${d}`));
}

/** A canonical, valid address (see `normalizeEmail`), or BAD_USER_INPUT naming the field. */
export function validEmail(raw: string, field = 'email'): string {
  // White space around the address is trimmed (the contract's rule), so a pasted line break at the
  // end is harmless; inside the address, such a character is refused.
  if (typeof raw === 'string' && FORBIDDEN.test(raw.trim()))
    throw new BadInputError(
      `${field} must not contain control characters (such as line breaks or tabs), angle brackets or invisible direction marks`,
      field,
    );
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
