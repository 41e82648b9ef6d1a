import type { RequestContext } from '../../tenants/request-context';
import type { TenantScope } from '../../tenants/tenant-scope';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import type { Database } from '../common/database';
import { DataCategory } from '../common/data-category';
import { MessageFormat, ProcessingPurpose, SubscriberStatus, TenantStatus } from '../common/enums';
import { BadInputError, ConflictError, isUniqueViolation } from '../common/errors';
import { isLang, LANGUAGES } from '../common/i18n';
import { MailingList } from '../lists/mailing-list.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { nameSearchColumns } from './name-search';
import {
  ListMembership,
  PREFERENCES_MAX_LISTS,
  SubscriptionPreferences,
  type PreferencesInput,
} from './preferences.types';
import type { SignupService } from './signup.service';
import { Subscriber } from './subscriber.entity';
import { ADDRESS_ON_LIST, type SubscriberService } from './subscriber.service';
import { INVALID_LINK, lookupPreferencesToken } from './subscription-tokens';

/** What a name may not hold: control characters (CR, LF...), angle brackets, invisible reordering marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** A BCP 47 tag as people send them: a language, then subtags (de, de-AT, pt-BR). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

/** The one answer to list ids that are not the link's tenant's lists: nothing else is revealed. */
export const LISTS_REFUSED = 'subscribeTo and unsubscribeFrom may only name lists shown on this page';

/** An address as the page shows it: its first character and its domain (a***@example.com). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}

/** The checked changes of a `PreferencesInput`: undefined fields stay as they are. */
interface Checked {
  name?: string | null;
  country?: string | null;
  format?: MessageFormat;
  trackingConsent?: boolean;
  language?: string | null;
  subscribeTo: string[];
  unsubscribeFrom: string[];
}

/** Checks every field before anything is read or written (BAD_USER_INPUT naming the field). */
export function checkPreferences(input: PreferencesInput): Checked {
  const out: Checked = { subscribeTo: [], unsubscribeFrom: [] };
  if (input.name !== undefined) {
    if (input.name !== null && typeof input.name !== 'string')
      throw new BadInputError('name must be text', 'name');
    const name = (input.name ?? '').trim();
    if (name.length > 200) throw new BadInputError('name must be at most 200 characters', 'name');
    if (NAME_FORBIDDEN.test(name))
      throw new BadInputError(
        'name must be one line without control characters, invisible direction marks or the characters < and >',
        'name',
      );
    out.name = name || null;
  }
  if (input.country !== undefined) {
    // letters only: a code, or nothing (clears it); whitespace, line breaks and markup are refused
    if (
      input.country !== null &&
      (typeof input.country !== 'string' || !/^[A-Za-z]{0,2}$/.test(input.country))
    )
      throw new BadInputError('country must be an ISO 3166-1 alpha-2 code such as DE or FR', 'country');
    out.country = validCountry(input.country);
  }
  if (input.format !== undefined) {
    if (input.format === null || !Object.values(MessageFormat).includes(input.format))
      throw new BadInputError('format must be TEXT or HTML', 'format');
    out.format = input.format;
  }
  if (input.trackingConsent !== undefined) {
    if (typeof input.trackingConsent !== 'boolean')
      throw new BadInputError('trackingConsent must be true (given) or false (withdrawn)', 'trackingConsent');
    out.trackingConsent = input.trackingConsent;
  }
  if (input.language !== undefined) {
    const raw = input.language ?? '';
    if (typeof raw !== 'string') throw new BadInputError('language must be a language tag', 'language');
    if (raw.trim() === '') out.language = null;
    else {
      const primary = raw.trim().toLowerCase().split(/[-_]/)[0];
      if (raw.length > 35 || !LANGUAGE_TAG.test(raw.trim()) || !isLang(primary))
        throw new BadInputError(`language must be one of ${LANGUAGES.join(', ')}`, 'language');
      out.language = primary;
    }
  }
  for (const field of ['subscribeTo', 'unsubscribeFrom'] as const) {
    const ids = input[field];
    if (ids === undefined || ids === null) continue;
    if (!Array.isArray(ids) || ids.length > PREFERENCES_MAX_LISTS)
      throw new BadInputError(`${field} may name at most ${PREFERENCES_MAX_LISTS} lists`, field);
    if (ids.some((id) => typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)))
      throw new BadInputError(LISTS_REFUSED, field);
    out[field] = [...new Set(ids.map((id) => id.toLowerCase()))];
  }
  if (out.subscribeTo.some((id) => out.unsubscribeFrom.includes(id)))
    throw new BadInputError('a list cannot be both joined and left', 'subscribeTo');
  return out;
}

/**
 * The preferences page and its API (`subscriptionPreferences`, `updateSubscriptionPreferences`).
 *
 * The link's token is a PREFERENCES token: looked up, not used up, so the person can come back
 * until it expires (see `lookupPreferencesToken`); it dies with its subscription. It is the only
 * capability: the lookup crosses tenants (the token's row names its tenant), and everything after
 * runs in that tenant's scope, so no list, subscriber or ledger of another tenant can be named.
 *
 * What changes: the details of the subscription the link belongs to (name, country, format,
 * language of later mail, tracking consent: consent is per list, as the sign-up form gives it),
 * and which of the same controller's lists the address is on: joining goes exactly as a sign-up
 * does (SignupService.join: a DOUBLE list sends its confirmation first), leaving exactly as an
 * unsubscribe link does (SubscriberService.erase: the personal data goes, a suppression stays).
 * Each change is an entry in the consent ledger (source PREFERENCES) and the whole update one
 * processing-log entry. Every field is checked before anything is written; an update runs in one
 * transaction with the subscription's row locked, so two racing updates apply one after the other.
 */
export class PreferencesService {
  constructor(
    private readonly db: Database,
    private readonly subscribers: SubscriberService,
    private readonly signup: SignupService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
  ) {}

  private door() {
    return this.db.crossTenant('preferences link: the token names its subscriber and tenant');
  }

  /** What the page shows; the one INVALID_LINK error for any token that cannot be used. */
  async view(token: string): Promise<SubscriptionPreferences> {
    const door = this.door();
    return door.transaction(async () => {
      const { sub, scope } = await lookupPreferencesToken(door, token);
      return this.build(scope, sub);
    });
  }

  async update(
    ctx: RequestContext,
    token: string,
    input: PreferencesInput,
  ): Promise<SubscriptionPreferences> {
    const want = checkPreferences(input ?? {});
    const door = this.door();
    try {
      return await door.transaction(
        async () => {
          const { tok, sub: found, scope } = await lookupPreferencesToken(door, token);
          // The subscription's row, locked: a racing update of it waits here, then sees this one's result.
          await scope.query(`SELECT id FROM subscribers WHERE tenant_id = ? AND id = ?${this.db.forUpdate}`, [
            found.tenantId,
            found.id,
          ]);
          const sub = await scope.repo(Subscriber).findOne({ id: found.id });
          if (!sub) throw new BadInputError(INVALID_LINK, 'token');
          const tctx = ctx.forTenant(sub.tenantId);
          const lists = await scope.repo(MailingList).find({}, { order: { title: 'ASC', id: 'ASC' } });
          const byId = new Map(lists.map((l) => [l.id, l]));
          for (const field of ['subscribeTo', 'unsubscribeFrom'] as const)
            if (want[field].some((id) => !byId.has(id))) throw new BadInputError(LISTS_REFUSED, field);
          const leaveOwn = want.unsubscribeFrom.includes(sub.listId);
          if (want.subscribeTo.length) {
            const tenant = await this.db.read((em) => em.findOneBy(Tenant, { id: sub.tenantId }));
            if (tenant?.status !== TenantStatus.ACTIVE)
              throw new ConflictError('This organisation takes no sign-ups at the moment');
          }

          const change: Partial<Subscriber> = {};
          const said: string[] = [];
          const categories = new Set<DataCategory>();
          const ledger: Array<['CHANGED' | 'WITHDRAWN', string]> = [];
          if (!leaveOwn) {
            if (want.name !== undefined && want.name !== sub.name) {
              Object.assign(change, { name: want.name }, nameSearchColumns(want.name));
              said.push('name');
              categories.add(DataCategory.NAME);
              ledger.push(['CHANGED', 'name changed by the person']);
            }
            if (want.country !== undefined && want.country !== sub.country) {
              change.country = want.country;
              said.push('country');
              categories.add(DataCategory.COUNTRY);
              ledger.push(['CHANGED', 'country changed by the person']);
            }
            if (want.language !== undefined && want.language !== (sub.language ?? null)) {
              change.language = want.language;
              said.push('language');
              ledger.push([
                'CHANGED',
                `language of the mail changed to ${want.language ?? 'en'} by the person`,
              ]);
            }
            const format = want.format ?? sub.format;
            if (format !== sub.format) {
              change.format = format;
              said.push('format');
              categories.add(DataCategory.FORMAT_PREFERENCE);
              ledger.push(['CHANGED', `format changed to ${format} by the person`]);
            }
            // Tracking consent (Art. 7(3): withdrawn as easily as given) means something only with
            // HTML: it cannot be given for plain text, and choosing plain text withdraws it.
            let tracking = want.trackingConsent ?? sub.trackingConsent;
            if (want.trackingConsent === true && format !== MessageFormat.HTML)
              throw new BadInputError(
                'tracking consent applies only to HTML messages: choose the HTML format to give it',
                'trackingConsent',
              );
            if (format !== MessageFormat.HTML) tracking = false;
            if (tracking !== sub.trackingConsent) {
              change.trackingConsent = tracking;
              said.push(tracking ? 'tracking consent given' : 'tracking consent withdrawn');
              categories.add(DataCategory.FORMAT_PREFERENCE);
              ledger.push(
                tracking
                  ? ['CHANGED', 'open-tracking consent given by the person (HTML messages)']
                  : ['WITHDRAWN', 'open-tracking consent withdrawn by the person'],
              );
            }
            if (said.length) await scope.repo(Subscriber).update({ id: sub.id }, change);
            Object.assign(sub, change);
          }

          // The address's other subscriptions with this controller (its keyed hash is indexed).
          const mine = await scope.repo(Subscriber).find({ addressHash: sub.addressHash });
          const onList = new Map(mine.filter((s) => s.email === sub.email).map((s) => [s.listId, s]));
          let joined = 0;
          for (const listId of want.subscribeTo) {
            if (onList.has(listId) && onList.get(listId)!.status === SubscriberStatus.CONFIRMED) continue;
            const outcome = await this.signup.join(
              tctx,
              byId.get(listId)!,
              {
                email: sub.email,
                name: sub.name,
                country: sub.country,
                format: sub.format,
                trackingConsent: false,
                language: isLang(sub.language) ? sub.language : null,
              },
              'PREFERENCES',
              ctx.ip,
              ctx.userAgent,
            );
            if (outcome === 'subscribed' || outcome === 'confirmation sent') {
              joined++;
              ledger.push(['CHANGED', `asked to join list ${listId} on the preferences page (${outcome})`]);
            }
          }
          let left = 0;
          for (const listId of want.unsubscribeFrom) {
            const other = onList.get(listId);
            if (!other || other.id === sub.id) continue;
            if (await this.subscribers.erase(tctx, scope, other, 'unsubscribed')) {
              left++;
              ledger.push(['WITHDRAWN', `left list ${listId} on the preferences page`]);
            }
          }
          if (joined) said.push(`joined ${joined} list(s)`);
          if (left) said.push(`left ${left} other list(s)`);

          if (!leaveOwn) {
            for (const [event, wording] of ledger)
              await this.subscribers.consent(
                scope,
                sub,
                event,
                'PREFERENCES',
                ctx.ip,
                ctx.userAgent,
                wording,
              );
            if (said.length) {
              if (ledger.length) categories.add(DataCategory.CONSENT_RECORD);
              if (ctx.ip) categories.add(DataCategory.IP_ADDRESS);
              await this.processingLog.append(tctx, {
                tenantId: sub.tenantId,
                purpose: ProcessingPurpose.SERVICE_DELIVERY,
                action: 'subscriber.preferences',
                subjects: 1,
                dataCategories: [...categories],
                description: `Subscriber changed their preferences on the preferences page: ${said.join(', ')}`,
                subjectRef: this.hasher.forTenant(sub.tenantId, sub.email),
              });
            }
            return this.build(scope, sub);
          }
          // Leaving the link's own list: exactly an unsubscribe (the link and its tokens go with it).
          const view = await this.build(scope, sub);
          if (tok.deliveryId)
            await scope.query(
              'UPDATE deliveries SET unsubscribes = unsubscribes + 1 WHERE tenant_id = ? AND id = ?',
              [tok.tenantId, tok.deliveryId],
            );
          await this.subscribers.erase(tctx, scope, sub, 'unsubscribed');
          for (const m of view.lists) if (m.listId === sub.listId) m.subscribed = m.pending = false;
          return Object.assign(view, { name: null, country: null, trackingConsent: false });
          // READ COMMITTED: the reads after the row lock see what a racing update committed.
        },
        { readCommitted: true },
      );
    } catch (err) {
      if (isUniqueViolation(err, ADDRESS_ON_LIST))
        throw new ConflictError('The lists changed at the same moment; please try again');
      throw err;
    }
  }

  /** The page's view of a subscription: its details and every list of its tenant, memberships marked. */
  private async build(scope: TenantScope, sub: Subscriber): Promise<SubscriptionPreferences> {
    const [tenant, lists, mine] = await Promise.all([
      this.db.read((em) => em.findOneByOrFail(Tenant, { id: sub.tenantId })),
      scope.repo(MailingList).find({}, { order: { title: 'ASC', id: 'ASC' } }),
      scope
        .repo(Subscriber)
        .find(
          { addressHash: sub.addressHash },
          { select: { id: true, listId: true, email: true, status: true } },
        ),
    ]);
    const status = new Map(mine.filter((s) => s.email === sub.email).map((s) => [s.listId, s.status]));
    const own = lists.find((l) => l.id === sub.listId);
    return Object.assign(new SubscriptionPreferences(), {
      tenant: tenant.name,
      list: own?.title ?? '',
      listId: sub.listId,
      email: maskEmail(sub.email),
      name: sub.name,
      country: sub.country,
      format: sub.format,
      trackingConsent: sub.trackingConsent,
      language: sub.language ?? null,
      lists: lists.map((l) =>
        Object.assign(new ListMembership(), {
          listId: l.id,
          title: l.title,
          subscribed: status.has(l.id),
          pending: status.get(l.id) === SubscriberStatus.PENDING,
          consentWording: l.consentWording,
        }),
      ),
    });
  }
}
