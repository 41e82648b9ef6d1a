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

  'welcome.title': 'Welcome: your subscription is confirmed',
  'welcome.next':
    'From now on you receive the messages this list sends, in the format you chose. Nothing else is sent to you.',
  'welcome.leave':
    'Every message has an unsubscribe link at its end: one press takes you off the list and deletes your address and details from it.',

  'signup.intro': 'Sign up for the mailing list of {organisation}.',
  'signup.consentTitle': 'What you agree to',
  'signup.consentVersion': 'Wording version {version}',
  'signup.email': 'Email address',
  'signup.name': 'Name (optional)',
  'signup.country': 'Country (optional)',
  'signup.countryNone': 'Not given',
  'signup.format': 'Message format',
  'signup.formatText': 'Plain text',
  'signup.formatHtml': 'HTML, with layout and pictures',
  'signup.tracking': 'Tell the sender when I open a message or click a link in it (optional)',
  'signup.trackingHelp':
    'This only works with HTML messages: they then contain a tiny image and links that report opens and clicks. Leave it unticked and nothing is recorded. You can withdraw it at any time.',
  'signup.button': 'Subscribe',
  'signup.confirmNote': 'We send you an email with a link. You are subscribed only once you use that link.',
  'signup.sentTitle': 'Check your inbox',
  'signup.sent':
    'Thank you. If this list accepts sign-ups, an email with a link to confirm is on its way to the address you gave. Nothing happens until you use that link. If no email arrives, check your spam folder.',
  'signup.errorTitle': 'Please correct the form',
  'signup.errorEmail': 'Enter a valid email address, such as name@example.com.',
  'signup.errorName': 'Enter a name of at most 200 characters, on one line, without the characters < and >.',
  'signup.errorCountry': 'Choose a country from the list.',
  'signup.errorFormat': 'Choose plain text or HTML.',
  'signup.errorTooLarge': 'The form was too large. Please fill it in again.',
  'signup.crossSite': 'This form was sent from another website. Please sign up on this page instead.',
  'signup.notFoundTitle': 'This sign-up form does not exist',
  'signup.notFound':
    'There is no mailing list at this address. Please check the link, or ask the organisation for its sign-up page.',
  'signup.embedNote': 'Your details are handled by Steward on behalf of {organisation}.',
  'signup.singleNote':
    'You are subscribed as soon as you send this form. Every message has a link to leave again.',
  'signup.singleSentTitle': 'Thank you',
  'signup.singleSent':
    'Thank you. If this list accepts sign-ups and the address can receive mail, it is now subscribed and receives the messages this list sends; every message has a link to leave again. If the address left this list before, or is already waiting for a confirmation, an email with a link to confirm goes to it instead.',

  'confirmMail.subject': 'Please confirm your subscription to {list}',
  'confirmMail.asked':
    'Someone, hopefully you, asked to subscribe this address to "{list}" ({name}), a list of {organisation}.',
  'confirmMail.imported':
    '{organisation} added this address to its list "{list}" ({name}). You will receive nothing from it unless you confirm.',
  'confirmMail.confirm': 'To confirm, open this link and press the button on the page:',
  'confirmMail.refuseAsked':
    'If you did not ask for this, ignore this message: you will not be subscribed, and the request is deleted after 7 days. To refuse it now and delete it at once:',
  'confirmMail.refuseImported':
    'If you do not want this, ignore this message: the request is deleted after 7 days. To refuse it now and delete it at once:',

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
  'status.extendedTo': '{controller} took more time: it must answer by {due}.',
  'status.extendedWhy': '{controller} took more time: it must answer by {due}. Its reasons: {reason}',
  'status.holdingsTitle': 'Who holds data about you',
  'status.holdings': '{controller} holds data about your address on these lists: {lists}.',

  'form.title': 'Make a data protection request',
  'form.intro':
    'The data protection law (GDPR) gives you rights over the data organisations hold about you. Choose what you want, give your email address, and we send you a link to confirm that the address is yours. We then forward your request to every customer of ours that holds data about that address, and each must answer you within one month.',
  'form.rightsTitle': 'Your rights',
  'form.explain.ACCESS': 'Find out which organisations hold data about you, what data, and get a copy of it.',
  'form.explain.RECTIFICATION':
    'Have wrong or outdated data about you corrected. Tell us below what to correct.',
  'form.explain.ERASURE': 'Have your data deleted, so that you receive no more mail from these lists.',
  'form.explain.RESTRICTION':
    'Have your data kept but not used, for example while you dispute whether it is correct.',
  'form.explain.PORTABILITY': 'Get your data in a file that you can take to another service.',
  'form.explain.OBJECTION': 'Tell the organisations to stop using your data; you are taken off their lists.',
  'form.email': 'Email address',
  'form.right': 'What do you want?',
  'form.details': 'Details',
  'form.detailsHint': 'Optional. For a correction, say what is wrong and what it should be.',
  'form.country': 'Country',
  'form.countryHint': 'Optional. The two-letter code of the country you live in, for example DE.',
  'form.submit': 'Send my request',
  'form.errorTitle': 'Please correct the form',
  'form.errorEmail': 'Enter a valid email address.',
  'form.errorRight': 'Choose one of the rights.',
  'form.errorDetails': 'The details can be at most 2000 characters, without control characters or HTML tags.',
  'form.errorCountry': 'Enter a two-letter country code, for example DE, or leave it empty.',
  'form.crossSite': 'This form can only be sent from this site. Please open it here and try again.',
  'form.sentTitle': 'Check your inbox',
  'form.sent':
    'Thank you. Your request has the reference {reference}. If this address can receive mail, a message with a link to verify the request is on its way. Nothing happens until the link is used; an unverified request lapses after 7 days.',

  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Verify your data protection request {refs}',
  'mail.verifySubjectMany': 'Verify your data protection requests {refs}',
  'mail.verifyOne': 'We received a request for {right} for this address, reference {reference}.',
  'mail.verifyOpen': 'To confirm that you made it, open this link and press the button on the page:',
  'mail.verifyMany':
    'We received {count} data protection requests for this address. Each has its own link, which verifies that request and no other: open the link of each request you made and press the button on the page.',
  'mail.verifyItem': '{n}. {reference}, received {received}: {right}',
  'mail.verifyThen':
    'We then find every customer of ours that holds data about this address and forward the request to each of them.',
  'mail.verifyIgnoreOne':
    'If you did not make this request, ignore this message: it lapses on {date} and its details are deleted.',
  'mail.verifyIgnoreMany':
    'If you did not make one of them, do not use its link: it lapses unverified ({lapses}) and its details are deleted.',
  'mail.verifyLapse': '{reference} on {date}',
  'mail.verifyReplaces':
    'This message replaces the earlier verification message to this address: the links in that one no longer work.',
  'mail.routedSubject': 'Your request {reference} was forwarded',
  'mail.routedIntro':
    'Thank you for verifying your request {reference}. These organisations hold data about your address, and each must answer you by {due}:',
  'mail.routedFollow': 'Each will answer by mail. Their answers are shown here as they come in:',
  'mail.routedUntil':
    'The link works until {days, plural, one {# day} other {# days}} after the last answer, and at most until {date}.',
  'mail.noDataSubject': 'Your request {reference}: no data held',
  'mail.noDataIntro':
    'Thank you for verifying your request {reference}. None of our customers holds data about this address, so there is nothing to forward.',
  'mail.noDataUntil':
    'The details of your request have been deleted. Its status stays visible here until {date}:',

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

  'privacy.title': 'How Steward handles personal data',
  'privacy.intro':
    "Steward runs mailing lists for the organisations that send them, our customers. Each customer decides what its lists are for and is responsible for its subscribers' data (the controller); we process that data only on its behalf and as it directs.",
  'privacy.whatTitle': 'What we process, and why',
  'privacy.whatSubscriber':
    "For each list you join: your email address and, only if you give them, your name, country and preferred format, with a record of when and how you agreed. We use them to send you that list's mail.",
  'privacy.whatTracking':
    'Whether you opened an HTML message is recorded only if you agreed to it, and you can withdraw that at any time.',
  'privacy.whatRequest':
    'When you make a data protection request: your address, the right you use and what you write, to check that the address is yours and to forward the request to every customer that holds data about it.',
  'privacy.whatLogs':
    'Web server logs with IP addresses, to keep the service secure. We look at them only in aggregate, except to respond to an attack.',
  'privacy.keepTitle': 'How long we keep it',
  'privacy.keepSubscriber':
    'While you are subscribed. When you unsubscribe, your address and details are deleted at once; only anonymous counts remain, and a scrambled one-way entry so that we send you nothing more.',
  'privacy.keepPending':
    'A sign-up you have not confirmed: its link works for {days, plural, one {# day} other {# days}}, then the sign-up is deleted.',
  'privacy.keepMail':
    'Sent mail: our copy with your address is deleted {days, plural, one {# day} other {# days}} after it was written.',
  'privacy.keepJobs':
    'Background tasks, which may hold an address: deleted {done, plural, one {# day} other {# days}} after they finish, or {dead, plural, one {# day} other {# days}} after they failed.',
  'privacy.keepRequest':
    'Data protection requests: a request not verified within {verify, plural, one {# day} other {# days}} lapses and its data is deleted; otherwise its personal data is deleted {after, plural, one {# day} other {# days}} after it ended.',
  'privacy.keepLogs':
    'Web server logs: IP addresses are shortened after {truncate, plural, one {# day} other {# days}}, and the logs are deleted after {remove, plural, one {# day} other {# days}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    "steward_session: only for our customers' staff who sign in to the portal; it keeps them signed in for {hours, plural, one {# hour} other {# hours}}, or {days, plural, one {# day} other {# days}} if they choose to stay signed in.",
  'privacy.cookieLang': 'steward_lang: remembers the language you picked on these pages, for one year.',
  'privacy.noTracking': 'There are no other cookies, no tracking and nothing loaded from other sites.',
  'privacy.rightsTitle': 'Your rights',
  'privacy.rights':
    'Every message has a link to unsubscribe. To see, correct or delete your data, ask the organisation whose list you are on; if you send us a data protection request, we check that the address is yours and forward it to every customer that holds data about it.',
  'answer.footer':
    "Reference: {reference}. Your request's status: ask us with this reference, or use the status link you received.",
  'answer.complaint':
    'You have the right to lodge a complaint with a supervisory authority, in particular in the EU member state of your habitual residence, place of work or of the alleged infringement (Art. 77 GDPR), and to seek a judicial remedy (Art. 79 GDPR).',
  'answer.extendedSubject': '{controller} needs more time for your request {reference}',
  'answer.extended':
    '{controller} extended the time to answer your request {reference} by two months (Art. 12(3) GDPR). Its reasons:',
  'answer.extendedDue': 'It must now answer by {date}.',
  'answer.rejectedSubject': '{controller} declined your request {reference}',
  'answer.rejected': '{controller} declined your request {reference} for {right}. Its reasons:',
  'answer.offboardedSubject': '{controller} left the platform: your request {reference}',
  'answer.offboarded':
    '{controller} ended its service with the platform on {date}. The platform returned everything it held for {controller} to it and then deleted it, so it cannot act on this request any more. For your request, contact {controller} directly: {contact}.',
  'answer.offboardedDone':
    '{controller} ended its service with the platform on {date}. The platform returned everything it held for {controller} to it and then deleted it, your data included, so it cannot act on this request any more. For anything else, contact {controller} directly: {contact}.',
  'answer.dataSubject': '{controller}: your data ({reference})',
  'answer.access':
    '{controller} answers your request {reference} for access (Art. 15 GDPR). This is all it holds about your address:',
  'answer.accessAttached': 'The same data is attached as a JSON file.',
  'answer.portability': '{controller} answers your request {reference} for data portability (Art. 20 GDPR).',
  'answer.portabilityAttached': 'Your data is attached in a structured, machine-readable format (JSON).',
  'answer.rectifiedSubject': '{controller} corrected your data ({reference})',
  'answer.rectified': '{controller} rectified your data (Art. 16 GDPR) on request {reference}: {changed}.',
  'answer.corrections': '{changes} in {n} subscription(s)',
  'answer.nameCorrected': 'name corrected',
  'answer.nameRemoved': 'name removed',
  'answer.countryCorrected': 'country corrected',
  'answer.addressCorrected': 'address corrected',
  'answer.erasedSubject': '{controller} deleted your data ({reference})',
  'answer.erased':
    '{controller} erased your data (Art. 17 GDPR) on request {reference}: {n} subscription(s) and their consent records were deleted.',
  'answer.objected':
    '{controller} stopped processing your data on your objection (Art. 21 GDPR), request {reference}: you were unsubscribed from {n} list(s) and the data deleted.',
  'answer.keyedHash':
    'Only a keyed hash of the address is kept, so that it is not added again without your own new consent.',
  'answer.restrictedSubject': '{controller} restricted the processing of your data ({reference})',
  'answer.restricted':
    '{controller} restricted the processing of your data (Art. 18 GDPR) on request {reference}: {n} subscription(s) are kept but receive nothing.',
  'answer.copyController': 'Controller: {name} (contact: {contact})',
  'answer.copyAddress': 'Address: {address}',
  'answer.copyNone': 'No subscriptions are held for this address any more.',
  'answer.copyList': 'List {list} ("{title}"): {status}',
  'answer.copyListRestricted': 'List {list} ("{title}"): {status}, processing restricted',
  'answer.copyDetails': 'name: {name}; country: {country}; format: {format}; open tracking: {tracking}',
  'answer.copyNotGiven': '(none)',
  'answer.copyTrackingYes': 'consented',
  'answer.copyTrackingNo': 'no',
  'answer.copyRequested': 'requested {at}',
  'answer.copyConfirmed': 'requested {at}, confirmed {confirmed}',
  'answer.copyConsent': 'consent: {event} via {source} at {at}{origin}; wording: {wording}',
  'answer.copyFrom': 'from {ip}',
  'answer.copyMessage': 'message "{subject}": {state}{times}',
  'answer.copyOpened': 'opened {at}',
  'answer.copyProcessing': 'Processing of your data recorded by the platform for this controller:',
  'answer.copyProcessingNone': '(none recorded about you individually)',
} as const;

export type MessageKey = keyof typeof en;

/** A catalogue of another language: the same keys as English. */
export type Catalogue = Record<MessageKey, string>;
