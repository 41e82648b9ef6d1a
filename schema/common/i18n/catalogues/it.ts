import type { Catalogue } from './en';

export const it: Catalogue = {
  'page.language': 'Lingua',
  'page.changeLanguage': 'Cambia',
  'page.privacy': 'Privacy',
  'page.footer': 'Steward gestisce liste di posta per conto delle organizzazioni che le inviano.',

  'link.invalidTitle': 'Questo link non può essere usato',
  'link.invalid': 'Questo link non è valido, è già stato usato o è scaduto.',
  'link.rateLimited': 'Troppi tentativi dalla tua rete. Attendi un minuto e riprova.',
  'link.failed': 'Non ha funzionato. Riprova più tardi.',

  'confirm.title': 'Conferma la tua iscrizione',
  'confirm.text': 'Premi il pulsante per confermare che vuoi ricevere i messaggi di questa lista.',
  'confirm.button': 'Conferma la mia iscrizione',
  'confirm.doneTitle': 'Iscrizione confermata',
  'confirm.done': 'Ora sei iscritto. Ogni messaggio contiene un link per cancellarti.',

  'unsubscribe.title': 'Cancella l’iscrizione',
  'unsubscribe.text':
    'Premi il pulsante per lasciare questa lista. Il tuo indirizzo e i tuoi dati vengono poi cancellati dalla lista.',
  'unsubscribe.button': 'Cancellami',
  'unsubscribe.doneTitle': 'Iscrizione cancellata',
  'unsubscribe.done': 'Il tuo indirizzo e i tuoi dati sono stati cancellati da questa lista.',

  'verify.title': 'Conferma la tua richiesta',
  'verify.text':
    'Premi il pulsante per confermare di aver fatto questa richiesta sulla protezione dei dati. La inoltriamo poi a ciascuno dei nostri clienti che possiede dati sul tuo indirizzo.',
  'verify.button': 'Conferma la mia richiesta',
  'verify.doneTitle': 'Richiesta confermata',
  'verify.done':
    'Grazie. La tua richiesta {reference} è confermata e viene inoltrata; sta arrivando un messaggio con un link per seguirla.',

  'status.title': 'La tua richiesta {reference}',
  'status.invalid':
    'Questo link non è valido o è scaduto. Un link di stato funziona fino a {days, plural, one {# giorno} other {# giorni}} dopo l’ultima risposta alla richiesta, e al massimo altrettanto dopo la sua ultima scadenza possibile; le risposte ti sono arrivate per e-mail.',
  'status.summary':
    'La tua richiesta ({right}) è stata ricevuta il {received}. Le risposte sono attese entro il {due}.',
  'status.state': 'Stato: {state}',
  'status.answers':
    '{count, plural, one {# organizzazione possiede dati su di te:} other {# organizzazioni possiedono dati su di te:}}',
  'status.organisation': 'Organizzazione',
  'status.answer': 'Risposta',
  'status.due': 'Scadenza',
  'status.answered': 'Risposta data',
  'status.reason': 'Motivo',

  'right.ACCESS': 'accesso ai tuoi dati',
  'right.RECTIFICATION': 'rettifica dei tuoi dati',
  'right.ERASURE': 'cancellazione dei tuoi dati',
  'right.RESTRICTION': 'limitazione del trattamento',
  'right.PORTABILITY': 'copia dei tuoi dati da portare altrove',
  'right.OBJECTION': 'opposizione al trattamento',

  'request.AWAITING_VERIFICATION': 'in attesa della tua conferma',
  'request.ROUTING': 'confermata; stiamo cercando le organizzazioni che possiedono dati su di te',
  'request.ROUTED': 'inoltrata; in attesa delle risposte',
  'request.COMPLETED': 'tutte le organizzazioni hanno risposto',
  'request.NO_DATA_HELD': 'nessuna organizzazione possiede dati su questo indirizzo',
  'request.EXPIRED': 'mai confermata, quindi scaduta',

  'task.PENDING': 'in attesa di risposta',
  'task.EXTENDED': 'termine prorogato',
  'task.FULFILLED': 'evasa',
  'task.REJECTED': 'respinta',
};
