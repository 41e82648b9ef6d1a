/** The password-reset mail: one link, valid `hours`, single use. Names no tenant data beyond its name. */
export function passwordResetMail(w: { url: string; hours: number; organisation: string | null }): {
  subject: string;
  text: string;
} {
  return {
    subject: 'Set a new password for Steward',
    text: [
      w.organisation
        ? `Someone, hopefully you, asked to set a new password for this address's Steward account at ${w.organisation}.`
        : "Someone, hopefully you, asked to set a new password for this address's Steward operator account.",
      '',
      `To choose a new password, open this link within ${w.hours} hour${w.hours === 1 ? '' : 's'}. It works once:`,
      w.url,
      '',
      'Setting a new password signs the account out everywhere. If you did not ask for this, ignore this',
      'message: your password stays as it is.',
    ].join('\n'),
  };
}
