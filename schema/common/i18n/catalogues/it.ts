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

  'welcome.title': 'Benvenuto: la sua iscrizione è confermata',
  'welcome.next':
    'Da ora riceve i messaggi di questa lista, nel formato scelto. Non le viene inviato nient’altro.',
  'welcome.leave':
    'Ogni messaggio termina con un link per annullare l’iscrizione: un clic la toglie dalla lista e cancella il suo indirizzo e i suoi dati.',
  'signup.intro': 'Si iscriva alla mailing list di {organisation}.',
  'signup.consentTitle': 'A cosa acconsente',
  'signup.consentVersion': 'Versione {version} del testo',
  'signup.email': 'Indirizzo email',
  'signup.name': 'Nome (facoltativo)',
  'signup.country': 'Paese (facoltativo)',
  'signup.countryNone': 'Non indicato',
  'signup.format': 'Formato dei messaggi',
  'signup.formatText': 'Solo testo',
  'signup.formatHtml': 'HTML, con impaginazione e immagini',
  'signup.tracking':
    'Avvisare il mittente quando apro un messaggio o clicco un link al suo interno (facoltativo)',
  'signup.trackingHelp':
    'Funziona solo con i messaggi HTML: contengono allora una minuscola immagine e link che segnalano aperture e clic. Se lascia la casella vuota non viene registrato nulla. Può ritirare il consenso in qualsiasi momento.',
  'signup.button': 'Iscrivimi',
  'signup.confirmNote': 'Le inviamo un’email con un link. È iscritto solo quando usa quel link.',
  'signup.sentTitle': 'Controlli la posta in arrivo',
  'signup.sent':
    'Grazie. Se questa lista accetta iscrizioni, un’email con un link di conferma sta arrivando all’indirizzo indicato. Non succede nulla finché non usa quel link. Se non arriva nessuna email, controlli la cartella dello spam.',
  'signup.errorTitle': 'Corregga il modulo',
  'signup.errorEmail': 'Inserisca un indirizzo email valido, per esempio name@example.com.',
  'signup.errorName': 'Inserisca un nome di al massimo 200 caratteri, su una riga, senza i caratteri < e >.',
  'signup.errorCountry': 'Scelga un paese dall’elenco.',
  'signup.errorFormat': 'Scelga Solo testo o HTML.',
  'signup.errorTooLarge': 'Il modulo era troppo grande. Lo compili di nuovo.',
  'signup.crossSite': 'Questo modulo è stato inviato da un altro sito. Si iscriva invece da questa pagina.',
  'signup.notFoundTitle': 'Questo modulo di iscrizione non esiste',
  'signup.notFound':
    'A questo indirizzo non c’è nessuna mailing list. Controlli il link o chieda all’organizzazione la sua pagina di iscrizione.',
  'signup.embedNote': 'Steward tratta i suoi dati per conto di {organisation}.',
  'signup.singleNote':
    'È iscritto non appena invia questo modulo. Ogni messaggio contiene un link per annullare l’iscrizione.',
  'signup.singleSentTitle': 'Grazie',
  'signup.singleSent':
    'Grazie. Se questa lista accetta iscrizioni e l’indirizzo può ricevere posta, ora è iscritto e riceve i messaggi di questa lista; ogni messaggio contiene un link per annullare l’iscrizione. Se l’indirizzo ha lasciato questa lista in passato o è già in attesa di una conferma, riceve invece un’email con un link per confermare.',
  'confirmMail.subject': 'Confermi la sua iscrizione a {list}',
  'confirmMail.asked':
    'Qualcuno, speriamo lei, ha chiesto di iscrivere questo indirizzo a «{list}» ({name}), una lista di {organisation}.',
  'confirmMail.imported':
    '{organisation} ha aggiunto questo indirizzo alla sua lista «{list}» ({name}). Non riceverà nulla se non conferma.',
  'confirmMail.confirm': 'Per confermare, apra questo link e prema il pulsante nella pagina:',
  'confirmMail.refuseAsked':
    'Se non l’ha chiesto lei, ignori questo messaggio: non sarà iscritto e la richiesta verrà cancellata dopo 7 giorni. Per rifiutarla ora e cancellarla subito:',
  'confirmMail.refuseImported':
    'Se non lo desidera, ignori questo messaggio: la richiesta verrà cancellata dopo 7 giorni. Per rifiutarla ora e cancellarla subito:',

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
  'status.extendedTo': '{controller} si è preso più tempo: deve rispondere entro il {due}.',
  'status.extendedWhy':
    '{controller} si è preso più tempo: deve rispondere entro il {due}. I suoi motivi: {reason}',
  'status.holdingsTitle': 'Chi conserva dati su di te',
  'status.holdings': '{controller} conserva dati sul tuo indirizzo in queste liste: {lists}.',
  'form.title': 'Fai una richiesta sulla protezione dei dati',
  'form.intro':
    'La legge sulla protezione dei dati (GDPR) ti dà dei diritti sui dati che le organizzazioni conservano su di te. Scegli cosa vuoi, indica il tuo indirizzo email e ti mandiamo un link per confermare che l’indirizzo è tuo. Poi inoltriamo la richiesta a ogni nostro cliente che ha dati su quell’indirizzo, e ciascuno deve risponderti entro un mese.',
  'form.rightsTitle': 'I tuoi diritti',
  'form.explain.ACCESS':
    'Sapere quali organizzazioni hanno dati su di te, quali dati, e riceverne una copia.',
  'form.explain.RECTIFICATION':
    'Far correggere dati sbagliati o non aggiornati. Scrivi qui sotto cosa correggere.',
  'form.explain.ERASURE': 'Far cancellare i tuoi dati, così non ricevi più email da queste liste.',
  'form.explain.RESTRICTION':
    'Far conservare i tuoi dati senza usarli, per esempio mentre contesti che siano corretti.',
  'form.explain.PORTABILITY': 'Ricevere i tuoi dati in un file da portare a un altro servizio.',
  'form.explain.OBJECTION':
    'Chiedere alle organizzazioni di smettere di usare i tuoi dati; vieni tolto dalle loro liste.',
  'form.email': 'Indirizzo email',
  'form.right': 'Cosa vuoi?',
  'form.details': 'Dettagli',
  'form.detailsHint': 'Facoltativo. Per una correzione, scrivi cosa è sbagliato e come deve essere.',
  'form.country': 'Paese',
  'form.countryHint': 'Facoltativo. Il codice di due lettere del paese in cui vivi, per esempio IT.',
  'form.submit': 'Invia la mia richiesta',
  'form.errorTitle': 'Correggi il modulo',
  'form.errorEmail': 'Inserisci un indirizzo email valido.',
  'form.errorRight': 'Scegli uno dei diritti.',
  'form.errorDetails':
    'I dettagli possono avere al massimo 2000 caratteri, senza caratteri di controllo né tag HTML.',
  'form.errorCountry':
    'Inserisci un codice paese di due lettere, per esempio IT, oppure lascia il campo vuoto.',
  'form.crossSite': 'Questo modulo si può inviare solo da questo sito. Aprilo qui e riprova.',
  'form.sentTitle': 'Controlla la tua casella di posta',
  'form.sent':
    'Grazie. La tua richiesta ha il riferimento {reference}. Se questo indirizzo può ricevere email, è in arrivo un messaggio con un link per verificare la richiesta. Non succede nulla finché il link non viene usato; una richiesta non verificata scade dopo 7 giorni.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Verifica la tua richiesta sulla protezione dei dati {refs}',
  'mail.verifySubjectMany': 'Verifica le tue richieste sulla protezione dei dati {refs}',
  'mail.verifyOne':
    'Abbiamo ricevuto una richiesta di {right} per questo indirizzo, riferimento {reference}.',
  'mail.verifyOpen': 'Per confermare che l’hai fatta tu, apri questo link e premi il pulsante sulla pagina:',
  'mail.verifyMany':
    'Abbiamo ricevuto {count} richieste sulla protezione dei dati per questo indirizzo. Ognuna ha il suo link, che verifica quella richiesta e nessun’altra: apri il link di ogni richiesta che hai fatto e premi il pulsante sulla pagina.',
  'mail.verifyItem': '{n}. {reference}, ricevuta il {received}: {right}',
  'mail.verifyThen':
    'Poi troviamo ogni nostro cliente che ha dati su questo indirizzo e gli inoltriamo la richiesta.',
  'mail.verifyIgnoreOne':
    'Se non hai fatto questa richiesta, ignora questo messaggio: scade il {date} e i suoi dati vengono cancellati.',
  'mail.verifyIgnoreMany':
    'Se non hai fatto una di queste, non usare il suo link: scade senza verifica ({lapses}) e i suoi dati vengono cancellati.',
  'mail.verifyLapse': '{reference} il {date}',
  'mail.verifyReplaces':
    'Questo messaggio sostituisce il precedente messaggio di verifica a questo indirizzo: i suoi link non funzionano più.',
  'mail.routedSubject': 'La tua richiesta {reference} è stata inoltrata',
  'mail.routedIntro':
    'Grazie per aver verificato la tua richiesta {reference}. Queste organizzazioni hanno dati sul tuo indirizzo, e ciascuna deve risponderti entro il {due}:',
  'mail.routedFollow': 'Ciascuna risponderà per email. Le risposte compaiono qui man mano che arrivano:',
  'mail.routedUntil':
    'Il link funziona fino a {days, plural, one {# giorno} other {# giorni}} dopo l’ultima risposta, e al massimo fino al {date}.',
  'mail.noDataSubject': 'La tua richiesta {reference}: nessun dato conservato',
  'mail.noDataIntro':
    'Grazie per aver verificato la tua richiesta {reference}. Nessuno dei nostri clienti ha dati su questo indirizzo, quindi non c’è nulla da inoltrare.',
  'mail.noDataUntil':
    'I dettagli della tua richiesta sono stati cancellati. Il suo stato resta visibile qui fino al {date}:',

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

  'privacy.title': 'Come Steward tratta i dati personali',
  'privacy.intro':
    'Steward gestisce liste di posta per le organizzazioni che le inviano, i nostri clienti. Ogni cliente decide a che cosa servono le sue liste ed è responsabile dei dati dei suoi iscritti (il titolare del trattamento); noi trattiamo quei dati solo per suo conto e secondo le sue istruzioni.',
  'privacy.whatTitle': 'Che cosa trattiamo e perché',
  'privacy.whatSubscriber':
    'Per ogni lista a cui ti iscrivi: il tuo indirizzo e-mail e, solo se li fornisci, il tuo nome, il tuo paese e il formato che preferisci, con una traccia di quando e come hai dato il consenso. Li usiamo per inviarti i messaggi di quella lista.',
  'privacy.whatTracking':
    'L’apertura di un messaggio HTML viene registrata solo se l’hai accettato, e puoi revocare il consenso in qualsiasi momento.',
  'privacy.whatRequest':
    'Quando fai una richiesta sulla protezione dei dati: il tuo indirizzo, il diritto che eserciti e ciò che scrivi, per verificare che l’indirizzo sia tuo e inoltrare la richiesta a ogni cliente che possiede dati su di esso.',
  'privacy.whatLogs':
    'I log del server web con gli indirizzi IP, per mantenere sicuro il servizio. Li consultiamo solo in forma aggregata, salvo per rispondere a un attacco.',
  'privacy.keepTitle': 'Per quanto tempo li conserviamo',
  'privacy.keepSubscriber':
    'Finché sei iscritto. Quando ti cancelli, il tuo indirizzo e i tuoi dati vengono cancellati subito; restano solo conteggi anonimi e un’impronta irreversibile, per non inviarti più nulla.',
  'privacy.keepPending':
    'Un’iscrizione che non hai confermato: il suo link funziona per {days, plural, one {# giorno} other {# giorni}}, poi l’iscrizione viene cancellata.',
  'privacy.keepMail':
    'Posta inviata: la nostra copia con il tuo indirizzo viene cancellata {days, plural, one {# giorno} other {# giorni}} dopo la sua creazione.',
  'privacy.keepJobs':
    'Attività in background, che possono contenere un indirizzo: cancellate {done, plural, one {# giorno} other {# giorni}} dopo la fine, o {dead, plural, one {# giorno} other {# giorni}} dopo un errore.',
  'privacy.keepRequest':
    'Richieste sulla protezione dei dati: una richiesta non confermata entro {verify, plural, one {# giorno} other {# giorni}} scade e i suoi dati vengono cancellati; altrimenti i suoi dati personali vengono cancellati {after, plural, one {# giorno} other {# giorni}} dopo la sua chiusura.',
  'privacy.keepLogs':
    'Log del server web: gli indirizzi IP vengono accorciati dopo {truncate, plural, one {# giorno} other {# giorni}} e i log cancellati dopo {remove, plural, one {# giorno} other {# giorni}}.',
  'privacy.cookiesTitle': 'Cookie',
  'privacy.cookieSession':
    'steward_session: solo per il personale dei nostri clienti che accede al portale; lo mantiene collegato per {hours, plural, one {# ora} other {# ore}}, o {days, plural, one {# giorno} other {# giorni}} se sceglie di restare collegato.',
  'privacy.cookieLang': 'steward_lang: ricorda per un anno la lingua che hai scelto su queste pagine.',
  'privacy.noTracking': 'Non ci sono altri cookie, nessun tracciamento e nulla viene caricato da altri siti.',
  'privacy.rightsTitle': 'I tuoi diritti',
  'privacy.rights':
    'Ogni messaggio contiene un link per cancellarti. Per vedere, correggere o cancellare i tuoi dati, rivolgiti all’organizzazione della cui lista fai parte; se ci invii una richiesta sulla protezione dei dati, verifichiamo che l’indirizzo sia tuo e la inoltriamo a ogni cliente che possiede dati su di esso.',
  'answer.footer':
    'Riferimento: {reference}. Per lo stato della sua richiesta, ci contatti con questo riferimento o usi il link di stato che ha ricevuto.',
  'answer.complaint':
    'Ha il diritto di proporre reclamo a un’autorità di controllo, segnatamente nello Stato membro dell’UE in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77 GDPR), e di proporre ricorso giurisdizionale (art. 79 GDPR).',
  'answer.extendedSubject': '{controller} ha bisogno di più tempo per la sua richiesta {reference}',
  'answer.extended':
    '{controller} ha prorogato di due mesi il termine per rispondere alla sua richiesta {reference} (art. 12, par. 3, GDPR). I motivi:',
  'answer.extendedDue': 'Ora deve rispondere entro il {date}.',
  'answer.rejectedSubject': '{controller} ha respinto la sua richiesta {reference}',
  'answer.rejected': '{controller} ha respinto la sua richiesta {reference} ({right}). I motivi:',
  'answer.offboardedSubject': '{controller} ha lasciato la piattaforma: la sua richiesta {reference}',
  'answer.offboarded':
    '{controller} ha cessato il servizio con la piattaforma il {date}. La piattaforma ha restituito a {controller} tutto ciò che conservava per suo conto e poi lo ha cancellato, quindi non può più dare seguito a questa richiesta. Per la sua richiesta, contatti direttamente {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} ha cessato il servizio con la piattaforma il {date}. La piattaforma ha restituito a {controller} tutto ciò che conservava per suo conto e poi lo ha cancellato, compresi i suoi dati, quindi non può più dare seguito a questa richiesta. Per qualsiasi altra cosa, contatti direttamente {controller}: {contact}.',
  'answer.dataSubject': '{controller}: i suoi dati ({reference})',
  'answer.access':
    '{controller} risponde alla sua richiesta di accesso {reference} (art. 15 GDPR). Questo è tutto ciò che conserva sul suo indirizzo:',
  'answer.accessAttached': 'Gli stessi dati sono allegati in un file JSON.',
  'answer.portability':
    '{controller} risponde alla sua richiesta di portabilità dei dati {reference} (art. 20 GDPR).',
  'answer.portabilityAttached':
    'I suoi dati sono allegati in un formato strutturato e leggibile da dispositivo automatico (JSON).',
  'answer.rectifiedSubject': '{controller} ha corretto i suoi dati ({reference})',
  'answer.rectified':
    '{controller} ha rettificato i suoi dati (art. 16 GDPR) sulla richiesta {reference}: {changed}.',
  'answer.corrections': '{changes} in {n, plural, one {# iscrizione} other {# iscrizioni}}',
  'answer.nameCorrected': 'nome corretto',
  'answer.nameRemoved': 'nome rimosso',
  'answer.countryCorrected': 'paese corretto',
  'answer.addressCorrected': 'indirizzo corretto',
  'answer.erasedSubject': '{controller} ha cancellato i suoi dati ({reference})',
  'answer.erased':
    '{controller} ha cancellato i suoi dati (art. 17 GDPR) sulla richiesta {reference}: {n, plural, one {# iscrizione e le relative prove del consenso sono state cancellate} other {# iscrizioni e le relative prove del consenso sono state cancellate}}.',
  'answer.objected':
    '{controller} ha smesso di trattare i suoi dati a seguito della sua opposizione (art. 21 GDPR), richiesta {reference}: è stato disiscritto da {n, plural, one {# lista} other {# liste}} e i dati sono stati cancellati.',
  'answer.keyedHash':
    'Si conserva solo un hash con chiave dell’indirizzo, perché non venga aggiunto di nuovo senza un suo nuovo consenso.',
  'answer.restrictedSubject': '{controller} ha limitato il trattamento dei suoi dati ({reference})',
  'answer.restricted':
    '{controller} ha limitato il trattamento dei suoi dati (art. 18 GDPR) sulla richiesta {reference}: {n, plural, one {# iscrizione è conservata ma non riceve nulla} other {# iscrizioni sono conservate ma non ricevono nulla}}.',
  'answer.copyController': 'Titolare: {name} (contatto: {contact})',
  'answer.copyAddress': 'Indirizzo: {address}',
  'answer.copyNone': 'Per questo indirizzo non è più conservata alcuna iscrizione.',
  'answer.copyList': 'Lista {list} («{title}»): {status}',
  'answer.copyListRestricted': 'Lista {list} («{title}»): {status}, trattamento limitato',
  'answer.copyDetails':
    'nome: {name}; paese: {country}; formato: {format}; tracciamento delle aperture: {tracking}',
  'answer.copyNotGiven': '(nessuno)',
  'answer.copyTrackingYes': 'acconsentito',
  'answer.copyTrackingNo': 'no',
  'answer.copyRequested': 'richiesta il {at}',
  'answer.copyConfirmed': 'richiesta il {at}, confermata il {confirmed}',
  'answer.copyConsent': 'consenso: {event} tramite {source} il {at}{origin}; versione del testo: {wording}',
  'answer.copyFrom': 'da {ip}',
  'answer.copyMessage': 'messaggio «{subject}»: {state}{times}',
  'answer.copyOpened': 'aperto il {at}',
  'answer.copyProcessing': 'Trattamenti dei suoi dati registrati dalla piattaforma per questo titolare:',
  'answer.copyProcessingNone': '(nessuno riferito a lei personalmente)',
};
