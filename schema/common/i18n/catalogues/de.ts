import type { Catalogue } from './en';

export const de: Catalogue = {
  'page.language': 'Sprache',
  'page.changeLanguage': 'Wechseln',
  'page.privacy': 'Datenschutz',
  'page.footer': 'Steward betreibt Mailinglisten im Auftrag der Organisationen, die sie versenden.',

  'link.invalidTitle': 'Dieser Link kann nicht verwendet werden',
  'link.invalid': 'Dieser Link ist ungültig, wurde schon verwendet oder ist abgelaufen.',
  'link.rateLimited':
    'Zu viele Versuche aus Ihrem Netzwerk. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
  'link.failed': 'Das hat nicht geklappt. Bitte versuchen Sie es später noch einmal.',

  'confirm.title': 'Bestätigen Sie Ihr Abonnement',
  'confirm.text':
    'Drücken Sie die Schaltfläche, um zu bestätigen, dass Sie die Nachrichten dieser Liste erhalten möchten.',
  'confirm.button': 'Mein Abonnement bestätigen',
  'confirm.doneTitle': 'Abonnement bestätigt',
  'confirm.done': 'Sie sind jetzt angemeldet. Jede Nachricht enthält einen Link, um sich wieder abzumelden.',

  'unsubscribe.title': 'Abmelden',
  'unsubscribe.text':
    'Drücken Sie die Schaltfläche, um diese Liste zu verlassen. Ihre Adresse und Ihre Angaben werden dann aus ihr gelöscht.',
  'unsubscribe.button': 'Abmelden',
  'unsubscribe.doneTitle': 'Sie sind abgemeldet',
  'unsubscribe.done': 'Ihre Adresse und Ihre Angaben wurden aus dieser Liste gelöscht.',

  'verify.title': 'Bestätigen Sie Ihre Anfrage',
  'verify.text':
    'Drücken Sie die Schaltfläche, um zu bestätigen, dass Sie diese Datenschutzanfrage gestellt haben. Wir leiten sie dann an jeden unserer Kunden weiter, der Daten zu Ihrer Adresse hat.',
  'verify.button': 'Meine Anfrage bestätigen',
  'verify.doneTitle': 'Anfrage bestätigt',
  'verify.done':
    'Vielen Dank. Ihre Anfrage {reference} ist bestätigt und wird weitergeleitet; eine Nachricht mit einem Link, über den Sie sie verfolgen können, ist unterwegs.',

  'status.title': 'Ihre Anfrage {reference}',
  'status.invalid':
    'Dieser Link ist ungültig oder abgelaufen. Ein Statuslink funktioniert bis {days, plural, one {# Tag} other {# Tage}} nach der letzten Antwort auf die Anfrage, und höchstens so lange nach ihrer spätestmöglichen Frist; die Antworten selbst haben Sie per E-Mail erhalten.',
  'status.summary':
    'Ihre Anfrage ({right}) ist am {received} eingegangen. Die Antworten sind bis zum {due} fällig.',
  'status.state': 'Stand: {state}',
  'status.answers':
    '{count, plural, one {# Organisation hat Daten über Sie:} other {# Organisationen haben Daten über Sie:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Antwort',
  'status.due': 'Fällig',
  'status.answered': 'Beantwortet',
  'status.reason': 'Begründung',

  'right.ACCESS': 'Auskunft über Ihre Daten',
  'right.RECTIFICATION': 'Berichtigung Ihrer Daten',
  'right.ERASURE': 'Löschung Ihrer Daten',
  'right.RESTRICTION': 'Einschränkung der Verarbeitung',
  'right.PORTABILITY': 'Kopie Ihrer Daten zur Mitnahme',
  'right.OBJECTION': 'Widerspruch gegen die Verarbeitung',

  'request.AWAITING_VERIFICATION': 'wartet auf Ihre Bestätigung',
  'request.ROUTING': 'bestätigt; wir suchen die Organisationen, die Daten über Sie haben',
  'request.ROUTED': 'weitergeleitet; wartet auf die Antworten',
  'request.COMPLETED': 'von allen Organisationen beantwortet',
  'request.NO_DATA_HELD': 'keine Organisation hat Daten zu dieser Adresse',
  'request.EXPIRED': 'nie bestätigt, daher verfallen',

  'task.PENDING': 'wartet auf Antwort',
  'task.EXTENDED': 'Frist verlängert',
  'task.FULFILLED': 'erledigt',
  'task.REJECTED': 'abgelehnt',
};
