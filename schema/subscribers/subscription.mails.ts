import { DEFAULT_LANG, t, type Lang } from '../common/i18n';

/** What a confirmation mail is about, and its two links. */
export interface ConfirmationWording {
  listTitle: string;
  listName: string;
  tenantName: string;
  confirmUrl: string;
  refuseUrl: string;
  /** the subscription's preferences page (details, format, language, other lists), when it has one */
  preferencesUrl?: string;
  /** the customer imported the address (rather than someone asking for it) */
  imported: boolean;
}

/**
 * The double opt-in mail: a link to confirm and one to refuse (and delete the request) at once,
 * in the person's language (the catalogue's `confirmMail.*`), English when Steward has none for it.
 */
export function confirmationMail(
  w: ConfirmationWording,
  lang: Lang = DEFAULT_LANG,
): { subject: string; text: string } {
  const values = { list: w.listTitle, name: w.listName, organisation: w.tenantName };
  const subject = t(lang, 'confirmMail.subject', values);
  const text = [
    t(lang, w.imported ? 'confirmMail.imported' : 'confirmMail.asked', values),
    '',
    t(lang, 'confirmMail.confirm'),
    w.confirmUrl,
    '',
    t(lang, w.imported ? 'confirmMail.refuseImported' : 'confirmMail.refuseAsked'),
    w.refuseUrl,
    ...(w.preferencesUrl ? ['', t(lang, 'prefs.link'), w.preferencesUrl] : []),
  ];
  return { subject, text: text.join('\n') };
}
