// The wording of the mail that invites a customer's staff member to the portal.
import { TenantRole } from '../common/enums';

/** How a role reads in the mail. */
const ROLE_WORDS: Record<TenantRole, string> = {
  [TenantRole.OWNER]: 'an owner (who also manages the team)',
  [TenantRole.ADMIN]: 'an administrator',
  [TenantRole.VIEWER]: 'a viewer (read only)',
};

export interface InvitationWording {
  tenantName: string;
  /** the tenant's slug: the `Organisation` to sign in with */
  tenantSlug: string;
  role: TenantRole;
  link: string;
  expiresAt: Date;
  /** the portal's sign-in page */
  loginUrl: string;
}

/** The invitation: who invites, as what, the single-use link to choose a password, and its expiry. */
export function invitationMail(w: InvitationWording): { subject: string; text: string } {
  const subject = `You are invited to ${w.tenantName} on Steward`;
  const text = [
    `You have been invited to join ${w.tenantName} on Steward, the portal of its mailing lists, as ${ROLE_WORDS[w.role]}.`,
    '',
    'To accept, open this link and choose a password:',
    w.link,
    '',
    `The link can be used once and is valid until ${w.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Afterwards, sign in at ${w.loginUrl} with this address, your password and the organisation "${w.tenantSlug}".`,
    '',
    'If you did not expect this invitation, ignore this message: nothing happens unless the link is used.',
  ];
  return { subject, text: text.join('\n') };
}

/** The invitation of a platform operator: the single-use link to choose a password, its expiry, and 2FA to come. */
export function operatorInvitationMail(w: { link: string; expiresAt: Date; loginUrl: string }): {
  subject: string;
  text: string;
} {
  const subject = 'You are invited to operate Steward';
  const text = [
    'You have been invited to join the operators of Steward, the platform that runs mailing lists for its customers.',
    '',
    'To accept, open this link and choose a password:',
    w.link,
    '',
    `The link can be used once and is valid until ${w.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Afterwards, sign in at ${w.loginUrl} with this address and your password (no organisation), and set up`,
    'two-factor authentication: the operator console works only once it is on.',
    '',
    'If you did not expect this invitation, ignore this message: nothing happens unless the link is used.',
  ];
  return { subject, text: text.join('\n') };
}
