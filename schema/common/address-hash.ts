import { createHmac } from 'node:crypto';
import { normalizeEmail } from './email';

/**
 * Keyed hashes of email addresses. `platform` finds every tenant holding an address (data-subject
 * routing) through an index, without storing it in another readable form; `forTenant` is the
 * suppression key, different in every tenant so two tenants' suppression lists cannot be joined.
 */
export class AddressHasher {
  constructor(private readonly key: string) {}

  platform(email: string): string {
    return createHmac('sha256', this.key)
      .update(`address\u0000${normalizeEmail(email)}`)
      .digest('hex');
  }

  forTenant(tenantId: string, email: string): string {
    const tenantKey = createHmac('sha256', this.key).update(`suppression\u0000${tenantId}`).digest();
    return createHmac('sha256', tenantKey).update(normalizeEmail(email)).digest('hex');
  }
}
