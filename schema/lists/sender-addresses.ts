import type { RequestContext } from '../../tenants/request-context';

/**
 * Which From addresses a tenant may use: those on its VERIFIED sending domains. The sending-domains
 * module provides the real check; until it exists no tenant has a verified domain.
 */
export interface SenderAddresses {
  isVerifiedSender(ctx: RequestContext, address: string): Promise<boolean>;
}

/** No sending domains yet: every address is refused, so lists use the platform sender. */
export const NO_SENDING_DOMAINS: SenderAddresses = {
  isVerifiedSender: () => Promise.resolve(false),
};
