import { createHmac } from 'node:crypto';
import { legacySpellings, normalizeEmail } from './email';

/**
 * Keyed hashes of email addresses, always of their canonical form (`normalizeEmail`). `platform`
 * finds every tenant holding an address (data-subject routing) through an index, without storing it
 * in another readable form; `forTenant` is the suppression key, different in every tenant so two
 * tenants' suppression lists cannot be joined.
 */
export class AddressHasher {
  /** the per-tenant keys, derived once (an import hashes thousands of addresses of one tenant) */
  private readonly tenantKeys = new Map<string, Buffer>();

  constructor(private readonly key: string) {}

  platform(email: string): string {
    return createHmac('sha256', this.key)
      .update(`address\u0000${normalizeEmail(email)}`)
      .digest('hex');
  }

  forTenant(tenantId: string, email: string): string {
    return this.tenantHash(tenantId, normalizeEmail(email));
  }

  /**
   * Every suppression key the address may be filed under: its canonical hash, and the hashes of the
   * spellings it may have been suppressed under before addresses had one canonical form (a
   * suppression holds only a hash, so it could not be re-keyed). The canonical key comes first.
   */
  suppressionKeys(tenantId: string, email: string): string[] {
    const canonical = normalizeEmail(email);
    return [...new Set([canonical, ...legacySpellings(canonical)])].map((s) => this.tenantHash(tenantId, s));
  }

  private tenantHash(tenantId: string, spelling: string): string {
    let tenantKey = this.tenantKeys.get(tenantId);
    if (!tenantKey) {
      if (this.tenantKeys.size >= 1000) this.tenantKeys.clear();
      tenantKey = createHmac('sha256', this.key).update(`suppression\u0000${tenantId}`).digest();
      this.tenantKeys.set(tenantId, tenantKey);
    }
    return createHmac('sha256', tenantKey).update(spelling).digest('hex');
  }
}
