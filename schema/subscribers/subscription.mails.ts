/** What a confirmation mail is about, and its two links. */
export interface ConfirmationWording {
  listTitle: string;
  listName: string;
  tenantName: string;
  confirmUrl: string;
  refuseUrl: string;
  /** the customer imported the address (rather than someone asking for it) */
  imported: boolean;
}

/** The double opt-in mail: a link to confirm and one to refuse (and delete the request) at once. */
export function confirmationMail(w: ConfirmationWording): { subject: string; text: string } {
  const subject = `Please confirm your subscription to ${w.listTitle}`;
  const text = w.imported
    ? [
        `${w.tenantName} added this address to its list "${w.listTitle}" (${w.listName}). You will receive nothing from it unless you confirm.`,
        '',
        'To confirm, open this link and press the button on the page:',
        w.confirmUrl,
        '',
        'If you do not want this, ignore this message: the request is deleted after 7 days. To refuse it now and delete it at once:',
        w.refuseUrl,
      ]
    : [
        `Someone, hopefully you, asked to subscribe this address to "${w.listTitle}" (${w.listName}), a list of ${w.tenantName}.`,
        '',
        'To confirm, open this link and press the button on the page:',
        w.confirmUrl,
        '',
        'If you did not ask for this, ignore this message: you will not be subscribed, and the request',
        'is deleted after 7 days. To refuse it now and delete it at once:',
        w.refuseUrl,
      ];
  return { subject, text: text.join('\n') };
}
