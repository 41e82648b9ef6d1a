// The wording of every mail about a data-subject request, to the requester and to the controllers' DPOs.
import { RightType } from '../common/enums';
import { formatDate, isLang, t, type Lang } from '../common/i18n';

/** Each right as a person reads it, with its article. */
export const RIGHTS: Record<RightType, { article: string; words: string }> = {
  [RightType.ACCESS]: { article: 'Art. 15', words: 'access to your personal data' },
  [RightType.RECTIFICATION]: { article: 'Art. 16', words: 'rectification of your personal data' },
  [RightType.ERASURE]: { article: 'Art. 17', words: 'erasure of your personal data' },
  [RightType.RESTRICTION]: { article: 'Art. 18', words: 'restriction of processing' },
  [RightType.PORTABILITY]: { article: 'Art. 20', words: 'a portable copy of your personal data' },
  [RightType.OBJECTION]: { article: 'Art. 21', words: 'objection to processing' },
};

/** Art. 77 and 79: said whenever a controller does not (or can no longer) do what was asked. */
export const COMPLAINT =
  'You have the right to lodge a complaint with a supervisory authority, in particular in the EU member state of your habitual residence, ' +
  'place of work or of the alleged infringement (Art. 77 GDPR), and to seek a judicial remedy (Art. 79 GDPR).';

/** The answer to the public form, the same for anyone (it says nothing about what is held). */
export const RECEIPT_MESSAGE =
  'Thank you. If this address can receive mail, a message with a link to verify the request is on its way. ' +
  'Nothing happens until the link is used; an unverified request lapses after 7 days.';

/** A mail's subject and body. */
export interface MailText {
  subject: string;
  text: string;
}

/** A mail to the requester on a controller's behalf: its subject and lines (the footer is added by `answerText`). */
export interface Answer {
  subject: string;
  lines: string[];
}

/** What a request is, as the mails quote it. */
type Quoted = { reference: string; type: RightType };

/** One request a verification mail lists, with the link that verifies it and no other. */
export interface VerificationItem {
  reference: string;
  type: RightType;
  receivedAt: Date;
  verifyExpiresAt: Date;
  link: string;
}

export const day = (d: Date) => d.toISOString().slice(0, 10);

/** A right as a mail to the person names it, in its language (English keeps the mails' own words). */
const rightIn = (lang: Lang, type: RightType) =>
  t(lang, 'mail.right', {
    right: lang === 'en' ? RIGHTS[type].words : t(lang, `right.${type}`),
    article: RIGHTS[type].article,
  });
/** A day in a mail to the person: English mails keep the ISO form, others as their language writes it. */
const dayIn = (lang: Lang, d: Date) => (lang === 'en' ? day(d) : formatDate(lang, d));
/** The language of a request's mails: its own when it is one of the 24, else English. */
export const mailLang = (language: string | null | undefined): Lang => (isLang(language) ? language : 'en');

/**
 * The verification mail of one address, in `lang`: every request of it that waits for
 * verification, each under its reference and right with its own link. `replaces`: some of them
 * were listed in an earlier mail, whose links the new ones replace.
 */
export function verificationMail(
  items: VerificationItem[],
  replaces: boolean,
  lang: Lang = 'en',
): { subject: string; text: string } {
  const refs = items.map((i) => i.reference).join(', ');
  const [first] = items;
  const one = items.length === 1;
  const intro = one
    ? [
        t(lang, 'mail.verifyOne', { right: rightIn(lang, first.type), reference: first.reference }),
        '',
        t(lang, 'mail.verifyOpen'),
        first.link,
      ]
    : [
        t(lang, 'mail.verifyMany', { count: items.length }),
        ...items.flatMap((i, n) => [
          '',
          t(lang, 'mail.verifyItem', {
            n: n + 1,
            reference: i.reference,
            received: dayIn(lang, i.receivedAt),
            right: rightIn(lang, i.type),
          }),
          i.link,
        ]),
      ];
  return {
    subject: t(lang, one ? 'mail.verifySubjectOne' : 'mail.verifySubjectMany', { refs }),
    text: [
      ...intro,
      '',
      t(lang, 'mail.verifyThen'),
      one
        ? t(lang, 'mail.verifyIgnoreOne', { date: dayIn(lang, first.verifyExpiresAt) })
        : t(lang, 'mail.verifyIgnoreMany', {
            lapses: items
              .map((i) =>
                t(lang, 'mail.verifyLapse', { reference: i.reference, date: dayIn(lang, i.verifyExpiresAt) }),
              )
              .join(', '),
          }),
      ...(replaces ? ['', t(lang, 'mail.verifyReplaces')] : []),
    ].join('\n'),
  };
}

/** To a holding controller's DPO: a verified request to answer. */
export function taskMail(
  r: Quoted & { receivedAt: Date; dueAt: Date },
  held: { records: number; lists: number },
): MailText {
  return {
    subject: `Data-subject request ${r.reference} (${r.type}): answer by ${day(r.dueAt)}`,
    text: [
      `A data subject asked for ${RIGHTS[r.type].words} (${RIGHTS[r.type].article} GDPR). They verified that they control the address.`,
      `Your organisation holds ${held.records} subscription(s) for it, on ${held.lists} list(s).`,
      '',
      `Reference: ${r.reference}`,
      `Received:  ${r.receivedAt.toISOString()}`,
      `Due:       ${r.dueAt.toISOString()} (one calendar month after receipt, Art. 12(3) GDPR)`,
      '',
      'Sign in to the portal to see the request (dataSubjectTasks) and answer it: fulfil it, reject it with reasons, or extend the',
      'deadline by two months with reasons (once, before the due date). The platform carries out what you decide and tells the person.',
    ].join('\n'),
  };
}

/** To the requester after routing, in the request's language: the controllers that hold data, and the status link. */
export function routedMail(
  r: Quoted & { dueAt: Date },
  controllers: string[],
  statusUrl: string,
  graceDays: number,
  statusExpiresAt: Date,
  lang: Lang = 'en',
): MailText {
  return {
    subject: t(lang, 'mail.routedSubject', { reference: r.reference }),
    text: [
      t(lang, 'mail.routedIntro', { reference: r.reference, due: dayIn(lang, r.dueAt) }),
      ...controllers.map((name) => `  - ${name}`),
      '',
      t(lang, 'mail.routedFollow'),
      statusUrl,
      t(lang, 'mail.routedUntil', { days: graceDays, date: dayIn(lang, statusExpiresAt) }),
    ].join('\n'),
  };
}

/** To the requester after routing when no controller holds the address, in the request's language. */
export function noDataMail(r: Quoted, statusUrl: string, visibleUntil: Date, lang: Lang = 'en'): MailText {
  return {
    subject: t(lang, 'mail.noDataSubject', { reference: r.reference }),
    text: [
      t(lang, 'mail.noDataIntro', { reference: r.reference }),
      t(lang, 'mail.noDataUntil', { date: dayIn(lang, visibleUntil) }),
      statusUrl,
    ].join('\n'),
  };
}

/** The Art. 77/79 sentence in a language (English: `COMPLAINT`). */
export const complaintIn = (lang: Lang): string => t(lang, 'answer.complaint');

/** The body of an answer to the requester, in `lang`: its lines and the reference footer. */
export function answerText(reference: string, lines: string[], lang: Lang = 'en'): string {
  return [...lines, '', t(lang, 'answer.footer', { reference })].join('\n');
}

/** A right as an answer names it, without its article (English keeps the mails' own words). */
const rightWords = (lang: Lang, type: RightType) =>
  lang === 'en' ? RIGHTS[type].words : t(lang, `right.${type}`);

/** The controller extended the deadline (Art. 12(3)). */
export function extendedAnswer(
  controller: string,
  r: Quoted,
  reason: string,
  dueAt: Date,
  lang: Lang = 'en',
): Answer {
  const v = { controller, reference: r.reference };
  return {
    subject: t(lang, 'answer.extendedSubject', v),
    lines: [
      t(lang, 'answer.extended', v),
      '',
      reason,
      '',
      t(lang, 'answer.extendedDue', { date: dayIn(lang, dueAt) }),
    ],
  };
}

/** The controller declined, with its reasons. */
export function rejectedAnswer(controller: string, r: Quoted, reason: string, lang: Lang = 'en'): Answer {
  return {
    subject: t(lang, 'answer.rejectedSubject', { controller, reference: r.reference }),
    lines: [
      t(lang, 'answer.rejected', { controller, reference: r.reference, right: rightWords(lang, r.type) }),
      '',
      reason,
      '',
      complaintIn(lang),
    ],
  };
}

/**
 * Why an offboarded controller's open task was closed, in `lang` (stored as the task's reason too,
 * in English). `done`: the deletion itself carried out the request (ERASURE, OBJECTION).
 */
export function offboardedReason(
  controller: { name: string; dpoEmail: string },
  now: Date,
  done: boolean,
  lang: Lang = 'en',
): string {
  return t(lang, done ? 'answer.offboardedDone' : 'answer.offboarded', {
    controller: controller.name,
    date: dayIn(lang, now),
    contact: controller.dpoEmail,
  });
}

/** The requester of an offboarded controller's open task is told whom to ask instead. */
export function offboardedAnswer(
  controller: string,
  r: Quoted,
  reason: string,
  done: boolean,
  lang: Lang = 'en',
): Answer {
  return {
    subject: t(lang, 'answer.offboardedSubject', { controller, reference: r.reference }),
    lines: [reason, ...(done ? [] : ['', complaintIn(lang)])],
  };
}

/** ACCESS (with the readable copy) or PORTABILITY: the data goes along as a JSON attachment. */
export function dataAnswer(controller: string, r: Quoted, readable: string, lang: Lang = 'en'): Answer {
  const v = { controller, reference: r.reference };
  return {
    subject: t(lang, 'answer.dataSubject', v),
    lines:
      r.type === RightType.ACCESS
        ? [t(lang, 'answer.access', v), '', readable, '', t(lang, 'answer.accessAttached')]
        : [t(lang, 'answer.portability', v), t(lang, 'answer.portabilityAttached')],
  };
}

/** One correction a RECTIFICATION made. */
export type Correction = 'nameCorrected' | 'nameRemoved' | 'countryCorrected' | 'addressCorrected';

const CORRECTION_KEYS = {
  nameCorrected: 'answer.nameCorrected',
  nameRemoved: 'answer.nameRemoved',
  countryCorrected: 'answer.countryCorrected',
  addressCorrected: 'answer.addressCorrected',
} as const;

/** One correction in `lang`: "name corrected". */
export const correctionIn = (lang: Lang, c: Correction): string => t(lang, CORRECTION_KEYS[c]);

/** What a RECTIFICATION changed, in `lang`: "name corrected, country corrected in 2 subscription(s)". */
export function correctionsIn(lang: Lang, said: Correction[], n: number): string {
  return t(lang, 'answer.corrections', {
    changes: said.map((c) => correctionIn(lang, c)).join(', '),
    n,
  });
}

/** RECTIFICATION carried out; `changed` says what, in how many subscriptions (`correctionsIn`). */
export function rectifiedAnswer(controller: string, r: Quoted, changed: string, lang: Lang = 'en'): Answer {
  const v = { controller, reference: r.reference };
  return {
    subject: t(lang, 'answer.rectifiedSubject', v),
    lines: [t(lang, 'answer.rectified', { ...v, changed })],
  };
}

/** ERASURE or OBJECTION carried out on `n` subscriptions. */
export function erasedAnswer(controller: string, r: Quoted, n: number, lang: Lang = 'en'): Answer {
  const v = { controller, reference: r.reference, n };
  return {
    subject: t(lang, 'answer.erasedSubject', v),
    lines: [
      t(lang, r.type === RightType.ERASURE ? 'answer.erased' : 'answer.objected', v),
      t(lang, 'answer.keyedHash'),
    ],
  };
}

/** RESTRICTION carried out on `n` subscriptions. */
export function restrictedAnswer(controller: string, r: Quoted, n: number, lang: Lang = 'en'): Answer {
  const v = { controller, reference: r.reference, n };
  return {
    subject: t(lang, 'answer.restrictedSubject', v),
    lines: [t(lang, 'answer.restricted', v)],
  };
}

/** To a DPO: a task is due within a week (reminder) or past its due date (overdue). */
export function deadlineMail(r: Quoted, dueAt: Date, overdue: boolean): MailText {
  return {
    subject: overdue
      ? `Overdue: data-subject request ${r.reference} was due ${day(dueAt)}`
      : `Reminder: data-subject request ${r.reference} is due ${day(dueAt)}`,
    text: [
      overdue
        ? `The data-subject request ${r.reference} (${r.type}) was due on ${dueAt.toISOString()} and has not been answered. The platform's operators see it as overdue.`
        : `The data-subject request ${r.reference} (${r.type}) is due on ${dueAt.toISOString()} and has not been answered yet.`,
      'Sign in to the portal to answer it (dataSubjectTasks, respondToDataSubjectTask).',
    ].join('\n'),
  };
}
