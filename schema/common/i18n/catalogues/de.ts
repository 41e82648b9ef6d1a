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

  'welcome.title': 'Willkommen: Ihr Abonnement ist bestätigt',
  'welcome.next':
    'Ab jetzt erhalten Sie die Nachrichten dieser Liste im gewählten Format. Sonst wird Ihnen nichts geschickt.',
  'welcome.leave':
    'Jede Nachricht hat am Ende einen Abmeldelink: Ein Klick nimmt Sie von der Liste und löscht Ihre Adresse und Angaben darauf.',
  'signup.intro': 'Melden Sie sich für die Mailingliste von {organisation} an.',
  'signup.consentTitle': 'Dem stimmen Sie zu',
  'signup.consentVersion': 'Fassung {version} des Textes',
  'signup.email': 'E-Mail-Adresse',
  'signup.name': 'Name (freiwillig)',
  'signup.country': 'Land (freiwillig)',
  'signup.countryNone': 'Keine Angabe',
  'signup.format': 'Format der Nachrichten',
  'signup.formatText': 'Nur Text',
  'signup.formatHtml': 'HTML, mit Gestaltung und Bildern',
  'signup.tracking':
    'Dem Absender mitteilen, wenn ich eine Nachricht öffne oder einen Link darin anklicke (freiwillig)',
  'signup.trackingHelp':
    'Das geht nur bei HTML-Nachrichten: Sie enthalten dann ein winziges Bild und Links, die Öffnen und Klicks melden. Lassen Sie das Feld leer, wird nichts erfasst. Sie können die Einwilligung jederzeit widerrufen.',
  'signup.button': 'Anmelden',
  'signup.confirmNote':
    'Wir schicken Ihnen eine E-Mail mit einem Link. Angemeldet sind Sie erst, wenn Sie diesen Link benutzen.',
  'signup.sentTitle': 'Sehen Sie in Ihr Postfach',
  'signup.sent':
    'Danke. Wenn diese Liste Anmeldungen annimmt, ist eine E-Mail mit einem Bestätigungslink an die angegebene Adresse unterwegs. Bis Sie den Link benutzen, geschieht nichts. Kommt keine E-Mail an, sehen Sie im Spam-Ordner nach.',
  'signup.errorTitle': 'Bitte korrigieren Sie das Formular',
  'signup.errorEmail': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
  'signup.errorName':
    'Geben Sie einen Namen mit höchstens 200 Zeichen ein, in einer Zeile und ohne die Zeichen < und >.',
  'signup.errorCountry': 'Wählen Sie ein Land aus der Liste.',
  'signup.errorFormat': 'Wählen Sie Nur Text oder HTML.',
  'signup.errorTooLarge': 'Das Formular war zu groß. Bitte füllen Sie es noch einmal aus.',
  'signup.crossSite':
    'Dieses Formular wurde von einer anderen Website geschickt. Bitte melden Sie sich stattdessen auf dieser Seite an.',
  'signup.notFoundTitle': 'Dieses Anmeldeformular gibt es nicht',
  'signup.notFound':
    'Unter dieser Adresse gibt es keine Mailingliste. Prüfen Sie bitte den Link, oder fragen Sie die Organisation nach ihrer Anmeldeseite.',
  'signup.embedNote': 'Steward verarbeitet Ihre Angaben im Auftrag von {organisation}.',
  'signup.singleNote':
    'Mit dem Absenden dieses Formulars sind Sie sofort angemeldet. Jede Nachricht enthält einen Link zum Abmelden.',
  'signup.singleSentTitle': 'Vielen Dank',
  'signup.singleSent':
    'Vielen Dank. Wenn diese Liste Anmeldungen annimmt und die Adresse E-Mails empfangen kann, ist sie jetzt angemeldet und erhält die Nachrichten dieser Liste; jede Nachricht enthält einen Link zum Abmelden. Hat sich die Adresse früher von dieser Liste abgemeldet oder wartet sie schon auf eine Bestätigung, bekommt sie stattdessen eine E-Mail mit einem Link zum Bestätigen.',
  'confirmMail.subject': 'Bitte bestätigen Sie Ihr Abonnement von {list}',
  'confirmMail.asked':
    'Jemand, hoffentlich Sie, hat diese Adresse für „{list}“ ({name}) angemeldet, eine Liste von {organisation}.',
  'confirmMail.imported':
    '{organisation} hat diese Adresse in die Liste „{list}“ ({name}) aufgenommen. Sie erhalten daraus nichts, solange Sie nicht bestätigen.',
  'confirmMail.confirm': 'Zum Bestätigen öffnen Sie diesen Link und drücken Sie den Knopf auf der Seite:',
  'confirmMail.refuseAsked':
    'Wenn Sie das nicht wollten, beachten Sie diese Nachricht nicht: Sie werden nicht angemeldet, und die Anfrage wird nach 7 Tagen gelöscht. Um sie jetzt abzulehnen und sofort zu löschen:',
  'confirmMail.refuseImported':
    'Wenn Sie das nicht wollen, beachten Sie diese Nachricht nicht: Die Anfrage wird nach 7 Tagen gelöscht. Um sie jetzt abzulehnen und sofort zu löschen:',

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
  'status.extendedTo': '{controller} hat sich mehr Zeit genommen: Die Antwort muss bis {due} kommen.',
  'status.extendedWhy':
    '{controller} hat sich mehr Zeit genommen: Die Antwort muss bis {due} kommen. Begründung: {reason}',
  'status.holdingsTitle': 'Wer Daten über Sie speichert',
  'status.holdings': '{controller} speichert Daten zu Ihrer Adresse auf diesen Listen: {lists}.',
  'form.title': 'Datenschutzanfrage stellen',
  'form.intro':
    'Die Datenschutz-Grundverordnung (DSGVO) gibt Ihnen Rechte an den Daten, die Organisationen über Sie speichern. Wählen Sie, was Sie möchten, und geben Sie Ihre E-Mail-Adresse an. Wir schicken Ihnen einen Link, mit dem Sie bestätigen, dass die Adresse Ihnen gehört. Dann leiten wir Ihre Anfrage an jeden unserer Kunden weiter, der Daten zu dieser Adresse hat, und jeder muss Ihnen innerhalb eines Monats antworten.',
  'form.rightsTitle': 'Ihre Rechte',
  'form.explain.ACCESS':
    'Erfahren, welche Organisationen Daten über Sie haben und welche, und eine Kopie davon bekommen.',
  'form.explain.RECTIFICATION':
    'Falsche oder veraltete Daten über Sie berichtigen lassen. Schreiben Sie unten, was zu ändern ist.',
  'form.explain.ERASURE':
    'Ihre Daten löschen lassen, sodass Sie von diesen Listen keine Mails mehr bekommen.',
  'form.explain.RESTRICTION':
    'Ihre Daten aufbewahren, aber nicht nutzen lassen, etwa solange Sie bestreiten, dass sie stimmen.',
  'form.explain.PORTABILITY':
    'Ihre Daten als Datei bekommen, die Sie zu einem anderen Dienst mitnehmen können.',
  'form.explain.OBJECTION':
    'Den Organisationen sagen, dass sie Ihre Daten nicht mehr nutzen sollen; Sie werden von ihren Listen genommen.',
  'form.email': 'E-Mail-Adresse',
  'form.right': 'Was möchten Sie?',
  'form.details': 'Einzelheiten',
  'form.detailsHint': 'Freiwillig. Bei einer Berichtigung: was falsch ist und wie es richtig lautet.',
  'form.country': 'Land',
  'form.countryHint': 'Freiwillig. Der zweistellige Code des Landes, in dem Sie leben, zum Beispiel DE.',
  'form.submit': 'Anfrage senden',
  'form.errorTitle': 'Bitte korrigieren Sie das Formular',
  'form.errorEmail': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'form.errorRight': 'Wählen Sie eines der Rechte.',
  'form.errorDetails':
    'Die Einzelheiten dürfen höchstens 2000 Zeichen lang sein, ohne Steuerzeichen und ohne HTML-Tags.',
  'form.errorCountry':
    'Geben Sie einen zweistelligen Ländercode ein, zum Beispiel DE, oder lassen Sie das Feld leer.',
  'form.crossSite':
    'Dieses Formular kann nur von dieser Website aus gesendet werden. Bitte öffnen Sie es hier und versuchen Sie es noch einmal.',
  'form.sentTitle': 'Sehen Sie in Ihr Postfach',
  'form.sent':
    'Danke. Ihre Anfrage hat die Referenz {reference}. Wenn diese Adresse E-Mails empfangen kann, ist eine Nachricht mit einem Link zur Bestätigung unterwegs. Erst mit dem Link geschieht etwas; eine nicht bestätigte Anfrage verfällt nach 7 Tagen.',
  'mail.right': '{right} ({article} DSGVO)',
  'mail.verifySubjectOne': 'Bestätigen Sie Ihre Datenschutzanfrage {refs}',
  'mail.verifySubjectMany': 'Bestätigen Sie Ihre Datenschutzanfragen {refs}',
  'mail.verifyOne': 'Wir haben für diese Adresse eine Anfrage auf {right} erhalten, Referenz {reference}.',
  'mail.verifyOpen':
    'Um zu bestätigen, dass sie von Ihnen kommt, öffnen Sie diesen Link und drücken Sie die Schaltfläche auf der Seite:',
  'mail.verifyMany':
    'Wir haben für diese Adresse {count} Datenschutzanfragen erhalten. Jede hat ihren eigenen Link, der nur diese Anfrage bestätigt: Öffnen Sie den Link jeder Anfrage, die Sie gestellt haben, und drücken Sie die Schaltfläche auf der Seite.',
  'mail.verifyItem': '{n}. {reference}, erhalten am {received}: {right}',
  'mail.verifyThen':
    'Dann suchen wir jeden unserer Kunden, der Daten zu dieser Adresse hat, und leiten die Anfrage an jeden von ihnen weiter.',
  'mail.verifyIgnoreOne':
    'Wenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese Nachricht: Sie verfällt am {date}, und ihre Angaben werden gelöscht.',
  'mail.verifyIgnoreMany':
    'Wenn Sie eine davon nicht gestellt haben, nutzen Sie ihren Link nicht: Sie verfällt unbestätigt ({lapses}), und ihre Angaben werden gelöscht.',
  'mail.verifyLapse': '{reference} am {date}',
  'mail.verifyReplaces':
    'Diese Nachricht ersetzt die frühere Bestätigungsnachricht an diese Adresse: Die Links darin funktionieren nicht mehr.',
  'mail.routedSubject': 'Ihre Anfrage {reference} wurde weitergeleitet',
  'mail.routedIntro':
    'Danke, dass Sie Ihre Anfrage {reference} bestätigt haben. Diese Organisationen haben Daten zu Ihrer Adresse, und jede muss Ihnen bis {due} antworten:',
  'mail.routedFollow': 'Jede antwortet per E-Mail. Ihre Antworten erscheinen hier, sobald sie eintreffen:',
  'mail.routedUntil':
    'Der Link funktioniert bis {days, plural, one {# Tag} other {# Tage}} nach der letzten Antwort und höchstens bis {date}.',
  'mail.noDataSubject': 'Ihre Anfrage {reference}: keine Daten gespeichert',
  'mail.noDataIntro':
    'Danke, dass Sie Ihre Anfrage {reference} bestätigt haben. Keiner unserer Kunden hat Daten zu dieser Adresse, daher gibt es nichts weiterzuleiten.',
  'mail.noDataUntil':
    'Die Angaben Ihrer Anfrage wurden gelöscht. Ihr Status bleibt hier bis {date} sichtbar:',

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

  'privacy.title': 'Wie Steward mit personenbezogenen Daten umgeht',
  'privacy.intro':
    'Steward betreibt Mailinglisten für die Organisationen, die sie versenden – unsere Kunden. Jeder Kunde entscheidet, wozu seine Listen dienen, und ist für die Daten seiner Abonnenten verantwortlich (der Verantwortliche); wir verarbeiten diese Daten nur in seinem Auftrag und nach seinen Weisungen.',
  'privacy.whatTitle': 'Was wir verarbeiten und warum',
  'privacy.whatSubscriber':
    'Für jede Liste, die Sie abonnieren: Ihre E-Mail-Adresse und, nur wenn Sie sie angeben, Ihren Namen, Ihr Land und Ihr bevorzugtes Format, dazu einen Nachweis, wann und wie Sie zugestimmt haben. Wir nutzen sie, um Ihnen die Nachrichten dieser Liste zu senden.',
  'privacy.whatTracking':
    'Ob Sie eine HTML-Nachricht geöffnet haben, wird nur erfasst, wenn Sie dem zugestimmt haben; Sie können das jederzeit widerrufen.',
  'privacy.whatRequest':
    'Wenn Sie eine Datenschutzanfrage stellen: Ihre Adresse, das Recht, das Sie ausüben, und was Sie schreiben – um zu prüfen, dass die Adresse Ihnen gehört, und die Anfrage an jeden Kunden weiterzuleiten, der Daten zu ihr hat.',
  'privacy.whatLogs':
    'Webserver-Protokolle mit IP-Adressen, um den Dienst sicher zu halten. Wir werten sie nur zusammengefasst aus, außer um auf einen Angriff zu reagieren.',
  'privacy.keepTitle': 'Wie lange wir sie aufbewahren',
  'privacy.keepSubscriber':
    'Solange Sie angemeldet sind. Wenn Sie sich abmelden, werden Ihre Adresse und Ihre Angaben sofort gelöscht; es bleiben nur anonyme Zählungen und ein unumkehrbar verschlüsselter Eintrag, damit wir Ihnen nichts mehr senden.',
  'privacy.keepPending':
    'Eine Anmeldung, die Sie nicht bestätigt haben: Ihr Link gilt {days, plural, one {# Tag} other {# Tage}}, danach wird die Anmeldung gelöscht.',
  'privacy.keepMail':
    'Versandte Nachrichten: Unsere Kopie mit Ihrer Adresse wird {days, plural, one {# Tag} other {# Tage}} nach ihrem Erstellen gelöscht.',
  'privacy.keepJobs':
    'Hintergrundaufgaben, die eine Adresse enthalten können: gelöscht {done, plural, one {# Tag} other {# Tage}} nach ihrem Abschluss oder {dead, plural, one {# Tag} other {# Tage}} nach ihrem Scheitern.',
  'privacy.keepRequest':
    'Datenschutzanfragen: Eine Anfrage, die nicht innerhalb von {verify, plural, one {# Tag} other {# Tagen}} bestätigt wird, verfällt, und ihre Daten werden gelöscht; sonst werden ihre personenbezogenen Daten {after, plural, one {# Tag} other {# Tage}} nach ihrem Abschluss gelöscht.',
  'privacy.keepLogs':
    'Webserver-Protokolle: IP-Adressen werden nach {truncate, plural, one {# Tag} other {# Tagen}} gekürzt und die Protokolle nach {remove, plural, one {# Tag} other {# Tagen}} gelöscht.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: nur für Mitarbeitende unserer Kunden, die sich im Portal anmelden; es hält sie {hours, plural, one {# Stunde} other {# Stunden}} lang angemeldet, oder {days, plural, one {# Tag} other {# Tage}}, wenn sie angemeldet bleiben möchten.',
  'privacy.cookieLang':
    'steward_lang: merkt sich ein Jahr lang die Sprache, die Sie auf diesen Seiten gewählt haben.',
  'privacy.noTracking':
    'Es gibt keine weiteren Cookies, kein Tracking und nichts, was von anderen Websites geladen wird.',
  'privacy.rightsTitle': 'Ihre Rechte',
  'privacy.rights':
    'Jede Nachricht enthält einen Link zum Abmelden. Um Ihre Daten einzusehen, zu berichtigen oder zu löschen, wenden Sie sich an die Organisation, deren Liste Sie abonniert haben; wenn Sie uns eine Datenschutzanfrage senden, prüfen wir, dass die Adresse Ihnen gehört, und leiten sie an jeden Kunden weiter, der Daten zu ihr hat.',
  'answer.footer':
    'Referenz: {reference}. Zum Stand Ihrer Anfrage: Fragen Sie uns unter dieser Referenz oder nutzen Sie den Statuslink, den Sie erhalten haben.',
  'answer.complaint':
    'Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem EU-Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO), sowie auf einen gerichtlichen Rechtsbehelf (Art. 79 DSGVO).',
  'answer.extendedSubject': '{controller} braucht mehr Zeit für Ihre Anfrage {reference}',
  'answer.extended':
    '{controller} hat die Frist zur Beantwortung Ihrer Anfrage {reference} um zwei Monate verlängert (Art. 12 Abs. 3 DSGVO). Die Gründe:',
  'answer.extendedDue': 'Die Antwort muss nun bis zum {date} vorliegen.',
  'answer.rejectedSubject': '{controller} hat Ihre Anfrage {reference} abgelehnt',
  'answer.rejected': '{controller} hat Ihre Anfrage {reference} ({right}) abgelehnt. Die Gründe:',
  'answer.offboardedSubject': '{controller} hat die Plattform verlassen: Ihre Anfrage {reference}',
  'answer.offboarded':
    '{controller} hat den Dienst der Plattform am {date} beendet. Die Plattform hat {controller} alles zurückgegeben, was sie dafür gespeichert hatte, und es dann gelöscht; sie kann zu dieser Anfrage daher nichts mehr tun. Wenden Sie sich mit Ihrer Anfrage direkt an {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} hat den Dienst der Plattform am {date} beendet. Die Plattform hat {controller} alles zurückgegeben, was sie dafür gespeichert hatte, und es dann gelöscht, auch Ihre Daten; sie kann zu dieser Anfrage daher nichts mehr tun. Für alles Weitere wenden Sie sich direkt an {controller}: {contact}.',
  'answer.dataSubject': '{controller}: Ihre Daten ({reference})',
  'answer.access':
    '{controller} beantwortet Ihre Anfrage {reference} auf Auskunft (Art. 15 DSGVO). Das ist alles, was zu Ihrer Adresse gespeichert ist:',
  'answer.accessAttached': 'Dieselben Daten liegen als JSON-Datei bei.',
  'answer.portability':
    '{controller} beantwortet Ihre Anfrage {reference} auf Datenübertragbarkeit (Art. 20 DSGVO).',
  'answer.portabilityAttached':
    'Ihre Daten liegen in einem strukturierten, maschinenlesbaren Format (JSON) bei.',
  'answer.rectifiedSubject': '{controller} hat Ihre Daten berichtigt ({reference})',
  'answer.rectified':
    '{controller} hat Ihre Daten auf Ihre Anfrage {reference} hin berichtigt (Art. 16 DSGVO): {changed}.',
  'answer.corrections': '{changes} in {n, plural, one {# Abonnement} other {# Abonnements}}',
  'answer.nameCorrected': 'Name berichtigt',
  'answer.nameRemoved': 'Name entfernt',
  'answer.countryCorrected': 'Land berichtigt',
  'answer.addressCorrected': 'Adresse berichtigt',
  'answer.erasedSubject': '{controller} hat Ihre Daten gelöscht ({reference})',
  'answer.erased':
    '{controller} hat Ihre Daten auf Ihre Anfrage {reference} hin gelöscht (Art. 17 DSGVO): {n, plural, one {# Abonnement und seine Einwilligungsnachweise wurden} other {# Abonnements und ihre Einwilligungsnachweise wurden}} gelöscht.',
  'answer.objected':
    '{controller} hat die Verarbeitung Ihrer Daten auf Ihren Widerspruch hin beendet (Art. 21 DSGVO), Anfrage {reference}: Sie wurden von {n, plural, one {# Liste} other {# Listen}} abgemeldet und die Daten gelöscht.',
  'answer.keyedHash':
    'Aufbewahrt wird nur ein mit einem Schlüssel gebildeter Hashwert der Adresse, damit sie nicht ohne Ihre eigene neue Einwilligung wieder aufgenommen wird.',
  'answer.restrictedSubject': '{controller} hat die Verarbeitung Ihrer Daten eingeschränkt ({reference})',
  'answer.restricted':
    '{controller} hat die Verarbeitung Ihrer Daten auf Ihre Anfrage {reference} hin eingeschränkt (Art. 18 DSGVO): {n, plural, one {# Abonnement wird aufbewahrt, erhält aber nichts mehr} other {# Abonnements werden aufbewahrt, erhalten aber nichts mehr}}.',
  'answer.copyController': 'Verantwortlicher: {name} (Kontakt: {contact})',
  'answer.copyAddress': 'Adresse: {address}',
  'answer.copyNone': 'Zu dieser Adresse ist kein Abonnement mehr gespeichert.',
  'answer.copyList': 'Liste {list} („{title}“): {status}',
  'answer.copyListRestricted': 'Liste {list} („{title}“): {status}, Verarbeitung eingeschränkt',
  'answer.copyDetails': 'Name: {name}; Land: {country}; Format: {format}; Öffnungsmessung: {tracking}',
  'answer.copyNotGiven': '(keine Angabe)',
  'answer.copyTrackingYes': 'eingewilligt',
  'answer.copyTrackingNo': 'nein',
  'answer.copyRequested': 'angemeldet {at}',
  'answer.copyConfirmed': 'angemeldet {at}, bestätigt {confirmed}',
  'answer.copyConsent': 'Einwilligung: {event} über {source} am {at}{origin}; Textfassung: {wording}',
  'answer.copyFrom': 'von {ip}',
  'answer.copyMessage': 'Nachricht „{subject}“: {state}{times}',
  'answer.copyOpened': 'geöffnet {at}',
  'answer.copyProcessing':
    'Von der Plattform für diesen Verantwortlichen aufgezeichnete Verarbeitung Ihrer Daten:',
  'answer.copyProcessingNone': '(keine, die Sie persönlich betrifft)',
};
