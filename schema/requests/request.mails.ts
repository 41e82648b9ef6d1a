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

/** The body of an answer to the requester: its lines and the reference footer. */
export function answerText(reference: string, lines: string[]): string {
  return [
    ...lines,
    '',
    `Reference: ${reference}. Your request's status: ask us with this reference, or use the status link you received.`,
  ].join('\n');
}

/** The controller extended the deadline (Art. 12(3)). */
export function extendedAnswer(controller: string, r: Quoted, reason: string, dueAt: Date): Answer {
  return {
    subject: `${controller} needs more time for your request ${r.reference}`,
    lines: [
      `${controller} extended the time to answer your request ${r.reference} by two months (Art. 12(3) GDPR). Its reasons:`,
      '',
      reason,
      '',
      `It must now answer by ${day(dueAt)}.`,
    ],
  };
}

/** The controller declined, with its reasons. */
export function rejectedAnswer(controller: string, r: Quoted, reason: string): Answer {
  return {
    subject: `${controller} declined your request ${r.reference}`,
    lines: [
      `${controller} declined your request ${r.reference} for ${RIGHTS[r.type].words}. Its reasons:`,
      '',
      reason,
      '',
      COMPLAINT,
    ],
  };
}

/**
 * Why an offboarded controller's open task was closed (stored as the task's reason too). `done`:
 * the deletion itself carried out the request (ERASURE, OBJECTION).
 */
export function offboardedReason(controller: { name: string; dpoEmail: string }, now: Date, done: boolean) {
  return (
    `${controller.name} ended its service with the platform on ${day(now)}. The platform returned everything it held for ${controller.name} ` +
    `to it and then deleted it${done ? ', your data included' : ''}, so it cannot act on this request any more. ` +
    `${done ? 'For anything else' : 'For your request'}, contact ${controller.name} directly: ${controller.dpoEmail}.`
  );
}

/** The requester of an offboarded controller's open task is told whom to ask instead. */
export function offboardedAnswer(controller: string, r: Quoted, reason: string, done: boolean): Answer {
  return {
    subject: `${controller} left the platform: your request ${r.reference}`,
    lines: [reason, ...(done ? [] : ['', COMPLAINT])],
  };
}

/** ACCESS (with the readable copy) or PORTABILITY: the data goes along as a JSON attachment. */
export function dataAnswer(controller: string, r: Quoted, readable: string): Answer {
  return {
    subject: `${controller}: your data (${r.reference})`,
    lines:
      r.type === RightType.ACCESS
        ? [
            `${controller} answers your request ${r.reference} for access (Art. 15 GDPR). This is all it holds about your address:`,
            '',
            readable,
            '',
            'The same data is attached as a JSON file.',
          ]
        : [
            `${controller} answers your request ${r.reference} for data portability (Art. 20 GDPR).`,
            'Your data is attached in a structured, machine-readable format (JSON).',
          ],
  };
}

/** RECTIFICATION carried out; `changed` says what, in how many subscriptions. */
export function rectifiedAnswer(controller: string, r: Quoted, changed: string): Answer {
  return {
    subject: `${controller} corrected your data (${r.reference})`,
    lines: [`${controller} rectified your data (Art. 16 GDPR) on request ${r.reference}: ${changed}.`],
  };
}

/** ERASURE or OBJECTION carried out on `n` subscriptions. */
export function erasedAnswer(controller: string, r: Quoted, n: number): Answer {
  return {
    subject: `${controller} deleted your data (${r.reference})`,
    lines: [
      r.type === RightType.ERASURE
        ? `${controller} erased your data (Art. 17 GDPR) on request ${r.reference}: ${n} subscription(s) and their consent records were deleted.`
        : `${controller} stopped processing your data on your objection (Art. 21 GDPR), request ${r.reference}: you were unsubscribed from ${n} list(s) and the data deleted.`,
      'Only a keyed hash of the address is kept, so that it is not added again without your own new consent.',
    ],
  };
}

/** RESTRICTION carried out on `n` subscriptions. */
export function restrictedAnswer(controller: string, r: Quoted, n: number): Answer {
  return {
    subject: `${controller} restricted the processing of your data (${r.reference})`,
    lines: [
      `${controller} restricted the processing of your data (Art. 18 GDPR) on request ${r.reference}: ${n} subscription(s) are kept but receive nothing.`,
    ],
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
