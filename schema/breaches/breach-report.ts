import type { Database } from '../common/database';
import type { AddressHasher } from '../common/address-hash';
import { normalizeEmail, requiredText, validEmail } from '../common/email';
import { BadInputError } from '../common/errors';
import {
  JUSTIFICATION_MIN_LENGTH,
  JUSTIFICATION_MIN_WORDS,
  validJustification,
} from '../processing/justification';
import type { BreachScopeSpec } from './breach-incident.entity';
import { BreachDataCategory } from './breach.enums';
import type { ReportBreachInput } from './breach.inputs';

/** the most leaked addresses one report takes (the operator's request body may then be up to 16 MiB) */
export const MAX_LEAKED_ADDRESSES = 200_000;
/** the most tenant ids, and the most list ids, one scope names */
export const MAX_SCOPE_IDS = 10_000;
/**
 * An email scope of fewer distinct (normalised) addresses than this needs a written justification.
 * Such a report is a look-up: its impacts say which controllers hold those addresses, for one
 * address as plainly as `inspectSubscribers` does, so it is held to the same rule
 * (`validJustification`) and the justification goes into the processing log of every controller
 * the analysis finds. A leak list of this size or more, and a scope of whole tenants or lists, is
 * breach response as it comes and needs none.
 */
export const JUSTIFIED_SCOPE_ADDRESSES = 100;
/** a time "in the future" only beyond this much clock difference between caller and server */
const CLOCK_SKEW_MS = 60_000;
const MAX_DESCRIPTION = 10_000;
const MAX_MEASURES = 5_000;

const positions = (idx: number[]) =>
  `${idx.slice(0, 10).join(', ')}${idx.length > 10 ? ` and ${idx.length - 10} more` : ''}`;

/** A report's own fields, checked (its scope and justification are checked apart). */
export interface CheckedReport {
  title: string;
  description: string;
  measures: string;
  discoveredAt: Date;
  occurredFrom: Date | null;
  occurredTo: Date | null;
  categories: BreachDataCategory[];
}

/** Checks a report's texts, times and categories (BAD_USER_INPUT naming the field). */
export function checkReport(input: ReportBreachInput, now: Date): CheckedReport {
  const title = requiredText(input.title, 'title', 200);
  const description = requiredText(input.description, 'description', MAX_DESCRIPTION);
  const measures = (input.measuresTaken ?? '').trim();
  if (measures.length > MAX_MEASURES)
    throw new BadInputError(`measuresTaken must be at most ${MAX_MEASURES} characters`, 'measuresTaken');
  const { discoveredAt, occurredFrom = null, occurredTo = null } = input;
  if (!(discoveredAt instanceof Date) || Number.isNaN(discoveredAt.getTime()))
    throw new BadInputError('discoveredAt must be a date and time', 'discoveredAt');
  if (discoveredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new BadInputError('discoveredAt must not be in the future', 'discoveredAt');
  if (occurredFrom && occurredTo && occurredFrom.getTime() > occurredTo.getTime())
    throw new BadInputError('occurredFrom must not be after occurredTo', 'occurredFrom');
  if (occurredFrom && occurredFrom.getTime() > discoveredAt.getTime()) {
    throw new BadInputError(
      'occurredFrom must not be after discoveredAt: a breach cannot be discovered before it began',
      'occurredFrom',
    );
  }
  if (occurredTo && occurredTo.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new BadInputError(
      'occurredTo must not be in the future; leave it empty while the breach is not contained',
      'occurredTo',
    );
  }
  const categories = [...new Set(input.dataCategories ?? [])]
    .filter((c) => Object.values(BreachDataCategory).includes(c))
    .sort();
  if (!categories.length)
    throw new BadInputError(
      'dataCategories must name at least one category of personal data',
      'dataCategories',
    );
  if (typeof input.encrypted !== 'boolean')
    throw new BadInputError('encrypted must be true or false', 'encrypted');
  return { title, description, measures, discoveredAt, occurredFrom, occurredTo, categories };
}

/**
 * The report's justification, checked; required for an email scope of fewer than
 * JUSTIFIED_SCOPE_ADDRESSES distinct addresses (BAD_USER_INPUT before anything is stored). One
 * given where none is needed is checked and kept all the same: it goes into the log.
 */
export function checkJustification(input: ReportBreachInput, hashes: string[] | null): string | null {
  const given = typeof input.justification === 'string' ? input.justification.trim() : '';
  const needed = !!hashes && hashes.length < JUSTIFIED_SCOPE_ADDRESSES;
  if (needed && !given) {
    throw new BadInputError(
      `justification is required when scope.emails holds fewer than ${JUSTIFIED_SCOPE_ADDRESSES} distinct addresses: ` +
        `the report shows which controllers hold them, so say why, in at least ${JUSTIFICATION_MIN_LENGTH} characters and ` +
        `${JUSTIFICATION_MIN_WORDS} real words (e.g. "Incident 2026-14: leak list from the compromised partner mailbox"); ` +
        'it is kept in the processing log of every controller the analysis finds',
      'justification',
    );
  }
  return given ? validJustification(given) : null;
}

/** The scope in words, for the timeline and the processing log. */
export function scopeWords(spec: BreachScopeSpec, leaked: number | null): string {
  const where = spec.allTenants
    ? 'all tenants'
    : spec.everywhere
      ? 'the whole platform'
      : `${spec.tenantIds.length} tenant(s) and ${spec.listIds.length} list(s)`;
  return leaked === null ? `scope: everyone in ${where}` : `scope: ${leaked} leaked address(es) in ${where}`;
}

/** The scope's where and who, checked: every id known, every address well formed, nothing empty. */
export async function resolveScope(
  db: Database,
  hasher: AddressHasher,
  input: ReportBreachInput,
): Promise<{ spec: BreachScopeSpec; hashes: string[] | null }> {
  // Operator work: the ids may name any tenant's lists.
  const door = db.crossTenant(
    "breach report: check that the scope's tenant and list ids exist, on any tenant",
  );
  const scope = input.scope;
  if (!scope) throw new BadInputError('scope is required', 'scope');
  const allTenants = !!scope.allTenants;
  const givenTenants = scope.tenantIds ?? [];
  const givenLists = scope.listIds ?? [];
  const tenantIds = [...new Set(givenTenants)];
  const listIds = [...new Set(givenLists)];
  const emails = scope.emails ?? [];
  if (allTenants && (tenantIds.length || listIds.length))
    throw new BadInputError('scope: allTenants cannot be combined with tenantIds or listIds', 'scope');
  if (!allTenants && !tenantIds.length && !listIds.length && !emails.length) {
    throw new BadInputError('scope is empty: set allTenants, or give tenantIds, listIds or emails', 'scope');
  }
  if (tenantIds.length > MAX_SCOPE_IDS)
    throw new BadInputError(`scope.tenantIds may name at most ${MAX_SCOPE_IDS} tenants`, 'scope.tenantIds');
  if (listIds.length > MAX_SCOPE_IDS)
    throw new BadInputError(`scope.listIds may name at most ${MAX_SCOPE_IDS} lists`, 'scope.listIds');
  if (emails.length > MAX_LEAKED_ADDRESSES) {
    throw new BadInputError(
      `scope.emails may hold at most ${MAX_LEAKED_ADDRESSES} addresses; split a larger list over several reports`,
      'scope.emails',
    );
  }

  // Refused whole rather than skipped: a leak list the operator believes complete should not
  // silently lose lines. Positions only: the error never repeats what was sent.
  const bad: number[] = [];
  const normalised = new Set<string>();
  emails.forEach((raw, i) => {
    try {
      normalised.add(validEmail(typeof raw === 'string' ? raw : ''));
    } catch {
      bad.push(i);
    }
  });
  if (bad.length)
    throw new BadInputError(
      `scope.emails: ${bad.length} entr${bad.length === 1 ? 'y is' : 'ies are'} not a valid email address (positions ${positions(bad)})`,
      'scope.emails',
    );

  const tenants: Record<string, string[] | null> = {};
  if (tenantIds.length) {
    const known = new Set<string>();
    for (let i = 0; i < tenantIds.length; i += 1000) {
      const part = tenantIds.slice(i, i + 1000);
      for (const r of await door.query<Array<{ id: string }>>(
        `SELECT id FROM tenants WHERE id IN (${part.map(() => '?').join(', ')})`,
        part,
      ))
        known.add(r.id);
    }
    const unknown = givenTenants.map((t, i) => (known.has(t) ? -1 : i)).filter((i) => i >= 0);
    if (unknown.length)
      throw new BadInputError(
        `scope.tenantIds: ${unknown.length} unknown tenant id(s) (positions ${positions(unknown)})`,
        'scope.tenantIds',
      );
    for (const t of tenantIds) tenants[t] = null;
  }
  if (listIds.length) {
    const owner = new Map<string, string>();
    for (let i = 0; i < listIds.length; i += 1000) {
      const part = listIds.slice(i, i + 1000);
      for (const r of await door.query<Array<{ id: string; tenant_id: string }>>(
        `SELECT id, tenant_id FROM mailing_lists WHERE id IN (${part.map(() => '?').join(', ')})`,
        part,
      )) {
        owner.set(r.id, r.tenant_id);
      }
    }
    const unknown = givenLists.map((l, i) => (owner.has(l) ? -1 : i)).filter((i) => i >= 0);
    if (unknown.length)
      throw new BadInputError(
        `scope.listIds: ${unknown.length} unknown list id(s) (positions ${positions(unknown)})`,
        'scope.listIds',
      );
    for (const l of listIds) {
      const t = owner.get(l)!;
      // A tenant taken whole already covers its lists.
      if (tenants[t] === null) continue;
      (tenants[t] ??= []).push(l);
    }
  }
  const everywhere = allTenants || (!tenantIds.length && !listIds.length);
  const hashes = emails.length
    ? [...new Set([...normalised].map((e) => hasher.platform(normalizeEmail(e))))].sort()
    : null;
  return { spec: { everywhere, allTenants, tenantIds, listIds, tenants }, hashes };
}
