/**
 * English: the reference catalogue. Every other language has exactly these keys, with the same ICU
 * arguments (i18n.spec.ts checks it). Messages are ICU MessageFormat, plain text: pages escape them.
 */
export const en = {
  'page.language': 'Language',
  'page.changeLanguage': 'Change',
  'page.privacy': 'Privacy',
  'page.footer': 'Steward runs mailing lists on behalf of the organisations that send them.',

  'link.invalidTitle': 'This link cannot be used',
  'link.invalid': 'This link is invalid, was already used, or has expired.',
  'link.rateLimited': 'Too many attempts from your network. Please wait a minute and try again.',
  'link.failed': 'This did not work. Please try again later.',

  'confirm.title': 'Confirm your subscription',
  'confirm.text': "Press the button to confirm that you want to receive this list's mail.",
  'confirm.button': 'Confirm my subscription',
  'confirm.doneTitle': 'Subscription confirmed',
  'confirm.done': 'You are now subscribed. Every message has a link to leave again.',

  'unsubscribe.title': 'Unsubscribe',
  'unsubscribe.text':
    'Press the button to leave this list. Your address and details are then deleted from it.',
  'unsubscribe.button': 'Unsubscribe',
  'unsubscribe.doneTitle': 'You are unsubscribed',
  'unsubscribe.done': 'Your address and details have been deleted from this list.',

  'verify.title': 'Verify your request',
  'verify.text':
    'Press the button to confirm that you made this data protection request. We then forward it to every customer of ours that holds data about your address.',
  'verify.button': 'Verify my request',
  'verify.doneTitle': 'Request verified',
  'verify.done':
    'Thank you. Your request {reference} is verified and being forwarded; a message with a link to follow it is on its way.',

  'status.title': 'Your request {reference}',
  'status.invalid':
    'This link is invalid or has expired. A status link works until {days, plural, one {# day} other {# days}} after the last answer to the request, and at most as long after its latest possible due date; the answers themselves reached you by mail.',
  'status.summary': 'Your request ({right}) was received on {received}. Answers are due by {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisation holds data about you:} other {# organisations hold data about you:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Answer',
  'status.due': 'Due',
  'status.answered': 'Answered',
  'status.reason': 'Reason',

  'right.ACCESS': 'access to your data',
  'right.RECTIFICATION': 'correction of your data',
  'right.ERASURE': 'erasure of your data',
  'right.RESTRICTION': 'restriction of processing',
  'right.PORTABILITY': 'a copy of your data to take elsewhere',
  'right.OBJECTION': 'objection to processing',

  'request.AWAITING_VERIFICATION': 'waiting for you to verify it',
  'request.ROUTING': 'verified; finding the organisations that hold data about you',
  'request.ROUTED': 'forwarded; waiting for the answers',
  'request.COMPLETED': 'answered by every organisation',
  'request.NO_DATA_HELD': 'no organisation holds data about this address',
  'request.EXPIRED': 'never verified, so it lapsed',

  'task.PENDING': 'waiting for an answer',
  'task.EXTENDED': 'more time taken',
  'task.FULFILLED': 'done',
  'task.REJECTED': 'refused',
} as const;

export type MessageKey = keyof typeof en;

/** A catalogue of another language: the same keys as English. */
export type Catalogue = Record<MessageKey, string>;
