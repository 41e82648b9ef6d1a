import type { Catalogue } from './en';

export const nl: Catalogue = {
  'page.language': 'Taal',
  'page.changeLanguage': 'Wijzigen',
  'page.privacy': 'Privacy',
  'page.footer': 'Steward beheert mailinglijsten namens de organisaties die ze versturen.',

  'link.invalidTitle': 'Deze link kan niet worden gebruikt',
  'link.invalid': 'Deze link is ongeldig, is al gebruikt of is verlopen.',
  'link.rateLimited': 'Te veel pogingen vanaf uw netwerk. Wacht een minuut en probeer het opnieuw.',
  'link.failed': 'Dat is niet gelukt. Probeer het later opnieuw.',

  'confirm.title': 'Bevestig uw inschrijving',
  'confirm.text': 'Druk op de knop om te bevestigen dat u de berichten van deze lijst wilt ontvangen.',
  'confirm.button': 'Mijn inschrijving bevestigen',
  'confirm.doneTitle': 'Inschrijving bevestigd',
  'confirm.done': 'U bent nu ingeschreven. Elk bericht bevat een link om u weer uit te schrijven.',

  'welcome.title': 'Welkom: uw inschrijving is bevestigd',
  'welcome.next':
    'Vanaf nu ontvangt u de berichten van deze lijst, in het formaat dat u koos. U krijgt verder niets toegestuurd.',
  'welcome.leave':
    'Elk bericht eindigt met een afmeldlink: één klik haalt u van de lijst en wist uw adres en gegevens daarop.',
  'signup.intro': 'Schrijf u in voor de mailinglijst van {organisation}.',
  'signup.consentTitle': 'Waarmee u instemt',
  'signup.consentVersion': 'Versie {version} van de tekst',
  'signup.email': 'E-mailadres',
  'signup.name': 'Naam (niet verplicht)',
  'signup.country': 'Land (niet verplicht)',
  'signup.countryNone': 'Niet opgegeven',
  'signup.format': 'Formaat van de berichten',
  'signup.formatText': 'Alleen tekst',
  'signup.formatHtml': 'HTML, met opmaak en afbeeldingen',
  'signup.tracking':
    'De afzender laten weten wanneer ik een bericht open of op een link erin klik (niet verplicht)',
  'signup.trackingHelp':
    'Dit werkt alleen bij HTML-berichten: die bevatten dan een heel klein plaatje en links die openen en klikken melden. Laat u het vakje leeg, dan wordt niets vastgelegd. U kunt deze toestemming altijd intrekken.',
  'signup.button': 'Inschrijven',
  'signup.confirmNote':
    'We sturen u een e-mail met een link. U bent pas ingeschreven als u die link gebruikt.',
  'signup.sentTitle': 'Kijk in uw inbox',
  'signup.sent':
    'Bedankt. Als deze lijst inschrijvingen aanneemt, is er een e-mail met een bevestigingslink onderweg naar het opgegeven adres. Er gebeurt niets tot u die link gebruikt. Komt er geen e-mail, kijk dan in uw spammap.',
  'signup.errorTitle': 'Verbeter het formulier',
  'signup.errorEmail': 'Vul een geldig e-mailadres in, zoals name@example.com.',
  'signup.errorName': 'Vul een naam in van hoogstens 200 tekens, op één regel, zonder de tekens < en >.',
  'signup.errorCountry': 'Kies een land uit de lijst.',
  'signup.errorFormat': 'Kies Alleen tekst of HTML.',
  'signup.errorTooLarge': 'Het formulier was te groot. Vul het opnieuw in.',
  'signup.crossSite':
    'Dit formulier is vanaf een andere website verstuurd. Schrijf u in plaats daarvan op deze pagina in.',
  'signup.notFoundTitle': 'Dit inschrijfformulier bestaat niet',
  'signup.notFound':
    'Op dit adres is geen mailinglijst. Controleer de link, of vraag de organisatie om haar inschrijfpagina.',
  'signup.embedNote': 'Steward verwerkt uw gegevens namens {organisation}.',
  'signup.singleNote':
    'U bent ingeschreven zodra u dit formulier verstuurt. Elk bericht bevat een link om u weer uit te schrijven.',
  'signup.singleSentTitle': 'Dank u wel',
  'signup.singleSent':
    'Dank u wel. Als deze lijst inschrijvingen aanneemt en het adres e-mail kan ontvangen, is het nu ingeschreven en ontvangt het de berichten van deze lijst; elk bericht bevat een link om u uit te schrijven. Heeft het adres deze lijst eerder verlaten of wacht het al op een bevestiging, dan krijgt het in plaats daarvan een e-mail met een link om te bevestigen.',
  'confirmMail.subject': 'Bevestig uw inschrijving op {list}',
  'confirmMail.asked':
    'Iemand, hopelijk u, heeft gevraagd dit adres in te schrijven op "{list}" ({name}), een lijst van {organisation}.',
  'confirmMail.imported':
    '{organisation} heeft dit adres toegevoegd aan de lijst "{list}" ({name}). U ontvangt er niets van tenzij u bevestigt.',
  'confirmMail.confirm': 'Open deze link en druk op de knop op de pagina om te bevestigen:',
  'confirmMail.refuseAsked':
    'Hebt u hier niet om gevraagd, negeer dan dit bericht: u wordt niet ingeschreven en het verzoek wordt na 7 dagen gewist. Om het nu te weigeren en meteen te wissen:',
  'confirmMail.refuseImported':
    'Wilt u dit niet, negeer dan dit bericht: het verzoek wordt na 7 dagen gewist. Om het nu te weigeren en meteen te wissen:',

  'unsubscribe.title': 'Uitschrijven',
  'unsubscribe.text':
    'Druk op de knop om deze lijst te verlaten. Uw adres en gegevens worden dan uit de lijst verwijderd.',
  'unsubscribe.button': 'Uitschrijven',
  'unsubscribe.doneTitle': 'U bent uitgeschreven',
  'unsubscribe.done': 'Uw adres en gegevens zijn uit deze lijst verwijderd.',

  'verify.title': 'Bevestig uw verzoek',
  'verify.text':
    'Druk op de knop om te bevestigen dat u dit verzoek over gegevensbescherming hebt gedaan. Wij sturen het dan door naar elke klant van ons die gegevens over uw adres heeft.',
  'verify.button': 'Mijn verzoek bevestigen',
  'verify.doneTitle': 'Verzoek bevestigd',
  'verify.done':
    'Dank u. Uw verzoek {reference} is bevestigd en wordt doorgestuurd; een bericht met een link om het te volgen is onderweg.',

  'status.title': 'Uw verzoek {reference}',
  'status.invalid':
    'Deze link is ongeldig of verlopen. Een statuslink werkt tot {days, plural, one {# dag} other {# dagen}} na het laatste antwoord op het verzoek, en hooguit zo lang na de laatst mogelijke termijn; de antwoorden zelf hebt u per e-mail ontvangen.',
  'status.summary':
    'Uw verzoek ({right}) is ontvangen op {received}. De antwoorden moeten er uiterlijk {due} zijn.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisatie heeft gegevens over u:} other {# organisaties hebben gegevens over u:}}',
  'status.organisation': 'Organisatie',
  'status.answer': 'Antwoord',
  'status.due': 'Termijn',
  'status.answered': 'Beantwoord',
  'status.reason': 'Reden',
  'status.extendedTo': '{controller} heeft meer tijd genomen: het antwoord moet er uiterlijk {due} zijn.',
  'status.extendedWhy':
    '{controller} heeft meer tijd genomen: het antwoord moet er uiterlijk {due} zijn. De redenen: {reason}',
  'status.holdingsTitle': 'Wie gegevens over u bewaart',
  'status.holdings': '{controller} bewaart gegevens over uw adres op deze lijsten: {lists}.',
  'form.title': 'Een privacyverzoek doen',
  'form.intro':
    'De privacywet (AVG) geeft u rechten over de gegevens die organisaties over u bewaren. Kies wat u wilt, vul uw e-mailadres in en wij sturen u een link om te bevestigen dat het adres van u is. Daarna sturen we uw verzoek door naar elke klant van ons die gegevens over dat adres heeft, en elk moet u binnen een maand antwoorden.',
  'form.rightsTitle': 'Uw rechten',
  'form.explain.ACCESS':
    'Weten welke organisaties gegevens over u hebben, welke gegevens, en er een kopie van krijgen.',
  'form.explain.RECTIFICATION':
    'Onjuiste of verouderde gegevens over u laten verbeteren. Schrijf hieronder wat er moet veranderen.',
  'form.explain.ERASURE': 'Uw gegevens laten wissen, zodat u geen mail van deze lijsten meer krijgt.',
  'form.explain.RESTRICTION':
    'Uw gegevens laten bewaren maar niet gebruiken, bijvoorbeeld zolang u betwist dat ze kloppen.',
  'form.explain.PORTABILITY':
    'Uw gegevens krijgen in een bestand dat u naar een andere dienst kunt meenemen.',
  'form.explain.OBJECTION':
    'De organisaties vragen uw gegevens niet meer te gebruiken; u wordt van hun lijsten gehaald.',
  'form.email': 'E-mailadres',
  'form.right': 'Wat wilt u?',
  'form.details': 'Toelichting',
  'form.detailsHint': 'Niet verplicht. Bij een verbetering: wat er fout is en wat het moet zijn.',
  'form.country': 'Land',
  'form.countryHint': 'Niet verplicht. De code van twee letters van het land waar u woont, bijvoorbeeld NL.',
  'form.submit': 'Mijn verzoek versturen',
  'form.errorTitle': 'Verbeter het formulier',
  'form.errorEmail': 'Vul een geldig e-mailadres in.',
  'form.errorRight': 'Kies een van de rechten.',
  'form.errorDetails': 'De toelichting mag hoogstens 2000 tekens lang zijn, zonder stuurtekens of HTML-tags.',
  'form.errorCountry': 'Vul een landcode van twee letters in, bijvoorbeeld NL, of laat het veld leeg.',
  'form.crossSite':
    'Dit formulier kan alleen vanaf deze site worden verstuurd. Open het hier en probeer het opnieuw.',
  'form.sentTitle': 'Kijk in uw inbox',
  'form.sent':
    'Dank u. Uw verzoek heeft het kenmerk {reference}. Als dit adres mail kan ontvangen, is er een bericht onderweg met een link om het verzoek te bevestigen. Er gebeurt niets tot de link is gebruikt; een onbevestigd verzoek vervalt na 7 dagen.',
  'mail.right': '{right} ({article} AVG)',
  'mail.verifySubjectOne': 'Bevestig uw privacyverzoek {refs}',
  'mail.verifySubjectMany': 'Bevestig uw privacyverzoeken {refs}',
  'mail.verifyOne': 'We hebben voor dit adres een verzoek om {right} ontvangen, kenmerk {reference}.',
  'mail.verifyOpen':
    'Open deze link en druk op de knop op de pagina om te bevestigen dat u het verzoek deed:',
  'mail.verifyMany':
    'We hebben voor dit adres {count} privacyverzoeken ontvangen. Elk heeft een eigen link, die alleen dat verzoek bevestigt: open de link van elk verzoek dat u deed en druk op de knop op de pagina.',
  'mail.verifyItem': '{n}. {reference}, ontvangen op {received}: {right}',
  'mail.verifyThen':
    'Daarna zoeken we elke klant van ons die gegevens over dit adres heeft en sturen het verzoek naar elk van hen door.',
  'mail.verifyIgnoreOne':
    'Als u dit verzoek niet deed, negeer dan dit bericht: het vervalt op {date} en de gegevens ervan worden gewist.',
  'mail.verifyIgnoreMany':
    'Als u een ervan niet deed, gebruik dan de link ervan niet: het vervalt onbevestigd ({lapses}) en de gegevens ervan worden gewist.',
  'mail.verifyLapse': '{reference} op {date}',
  'mail.verifyReplaces':
    'Dit bericht vervangt het eerdere bevestigingsbericht aan dit adres: de links daarin werken niet meer.',
  'mail.routedSubject': 'Uw verzoek {reference} is doorgestuurd',
  'mail.routedIntro':
    'Dank u voor het bevestigen van uw verzoek {reference}. Deze organisaties hebben gegevens over uw adres, en elk moet u uiterlijk {due} antwoorden:',
  'mail.routedFollow': 'Elk antwoordt per mail. De antwoorden verschijnen hier zodra ze binnenkomen:',
  'mail.routedUntil':
    'De link werkt tot {days, plural, one {# dag} other {# dagen}} na het laatste antwoord, en hoogstens tot {date}.',
  'mail.noDataSubject': 'Uw verzoek {reference}: geen gegevens bewaard',
  'mail.noDataIntro':
    'Dank u voor het bevestigen van uw verzoek {reference}. Geen van onze klanten heeft gegevens over dit adres, dus er is niets door te sturen.',
  'mail.noDataUntil': 'De gegevens van uw verzoek zijn gewist. De status blijft hier zichtbaar tot {date}:',

  'right.ACCESS': 'inzage in uw gegevens',
  'right.RECTIFICATION': 'correctie van uw gegevens',
  'right.ERASURE': 'wissen van uw gegevens',
  'right.RESTRICTION': 'beperking van de verwerking',
  'right.PORTABILITY': 'kopie van uw gegevens om mee te nemen',
  'right.OBJECTION': 'bezwaar tegen de verwerking',

  'request.AWAITING_VERIFICATION': 'wacht op uw bevestiging',
  'request.ROUTING': 'bevestigd; we zoeken de organisaties die gegevens over u hebben',
  'request.ROUTED': 'doorgestuurd; wacht op de antwoorden',
  'request.COMPLETED': 'door elke organisatie beantwoord',
  'request.NO_DATA_HELD': 'geen enkele organisatie heeft gegevens over dit adres',
  'request.EXPIRED': 'nooit bevestigd, dus vervallen',

  'task.PENDING': 'wacht op antwoord',
  'task.EXTENDED': 'termijn verlengd',
  'task.FULFILLED': 'afgehandeld',
  'task.REJECTED': 'geweigerd',

  'privacy.title': 'Hoe Steward met persoonsgegevens omgaat',
  'privacy.intro':
    'Steward beheert mailinglijsten voor de organisaties die ze versturen, onze klanten. Elke klant bepaalt waarvoor zijn lijsten dienen en is verantwoordelijk voor de gegevens van zijn abonnees (de verwerkingsverantwoordelijke); wij verwerken die gegevens alleen namens hem en volgens zijn instructies.',
  'privacy.whatTitle': 'Wat we verwerken, en waarom',
  'privacy.whatSubscriber':
    'Voor elke lijst waarop u zich inschrijft: uw e-mailadres en, alleen als u ze opgeeft, uw naam, land en gewenste opmaak, met een vastlegging van wanneer en hoe u toestemming gaf. We gebruiken ze om u de berichten van die lijst te sturen.',
  'privacy.whatTracking':
    'Of u een HTML-bericht hebt geopend, wordt alleen vastgelegd als u daarmee hebt ingestemd, en u kunt die toestemming altijd intrekken.',
  'privacy.whatRequest':
    'Als u een verzoek over gegevensbescherming doet: uw adres, het recht dat u gebruikt en wat u schrijft, om te controleren dat het adres van u is en het verzoek door te sturen naar elke klant die gegevens over dat adres heeft.',
  'privacy.whatLogs':
    'Logbestanden van de webserver met IP-adressen, om de dienst veilig te houden. We bekijken ze alleen samengevat, behalve om op een aanval te reageren.',
  'privacy.keepTitle': 'Hoe lang we ze bewaren',
  'privacy.keepSubscriber':
    'Zolang u ingeschreven bent. Als u zich uitschrijft, worden uw adres en gegevens meteen gewist; alleen anonieme tellingen blijven over, en een onomkeerbaar versleutelde vermelding zodat we u niets meer sturen.',
  'privacy.keepPending':
    'Een inschrijving die u niet hebt bevestigd: de link werkt {days, plural, one {# dag} other {# dagen}}, daarna wordt de inschrijving gewist.',
  'privacy.keepMail':
    'Verzonden e-mail: onze kopie met uw adres wordt {days, plural, one {# dag} other {# dagen}} na het aanmaken gewist.',
  'privacy.keepJobs':
    'Achtergrondtaken, die een adres kunnen bevatten: gewist {done, plural, one {# dag} other {# dagen}} nadat ze klaar zijn, of {dead, plural, one {# dag} other {# dagen}} nadat ze mislukten.',
  'privacy.keepRequest':
    'Verzoeken over gegevensbescherming: een verzoek dat niet binnen {verify, plural, one {# dag} other {# dagen}} is bevestigd, vervalt en de gegevens worden gewist; anders worden de persoonsgegevens {after, plural, one {# dag} other {# dagen}} na afloop gewist.',
  'privacy.keepLogs':
    'Logbestanden van de webserver: IP-adressen worden na {truncate, plural, one {# dag} other {# dagen}} ingekort en de logbestanden na {remove, plural, one {# dag} other {# dagen}} gewist.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: alleen voor medewerkers van onze klanten die inloggen op het portaal; het houdt hen {hours, plural, one {# uur} other {# uur}} ingelogd, of {days, plural, one {# dag} other {# dagen}} als ze ingelogd willen blijven.',
  'privacy.cookieLang': 'steward_lang: onthoudt een jaar lang de taal die u op deze pagina’s hebt gekozen.',
  'privacy.noTracking':
    'Er zijn geen andere cookies, er is geen tracking en er wordt niets van andere sites geladen.',
  'privacy.rightsTitle': 'Uw rechten',
  'privacy.rights':
    'Elk bericht bevat een link om u uit te schrijven. Om uw gegevens in te zien, te corrigeren of te wissen, neemt u contact op met de organisatie op wier lijst u staat; als u ons een verzoek over gegevensbescherming stuurt, controleren we dat het adres van u is en sturen we het door naar elke klant die gegevens over dat adres heeft.',
  'answer.footer':
    'Referentie: {reference}. De stand van uw verzoek: vraag het ons met deze referentie, of gebruik de statuslink die u hebt ontvangen.',
  'answer.complaint':
    'U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de EU-lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk heeft plaatsgevonden (art. 77 AVG), en een voorziening in rechte in te stellen (art. 79 AVG).',
  'answer.extendedSubject': '{controller} heeft meer tijd nodig voor uw verzoek {reference}',
  'answer.extended':
    '{controller} heeft de termijn om uw verzoek {reference} te beantwoorden met twee maanden verlengd (art. 12, lid 3, AVG). De redenen:',
  'answer.extendedDue': 'Het antwoord moet nu uiterlijk op {date} komen.',
  'answer.rejectedSubject': '{controller} heeft uw verzoek {reference} afgewezen',
  'answer.rejected': '{controller} heeft uw verzoek {reference} ({right}) afgewezen. De redenen:',
  'answer.offboardedSubject': '{controller} heeft het platform verlaten: uw verzoek {reference}',
  'answer.offboarded':
    '{controller} heeft zijn dienst bij het platform op {date} beëindigd. Het platform heeft alles wat het voor {controller} bewaarde teruggegeven en daarna verwijderd, en kan daarom niets meer met dit verzoek doen. Neem voor uw verzoek rechtstreeks contact op met {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} heeft zijn dienst bij het platform op {date} beëindigd. Het platform heeft alles wat het voor {controller} bewaarde teruggegeven en daarna verwijderd, ook uw gegevens, en kan daarom niets meer met dit verzoek doen. Neem voor al het andere rechtstreeks contact op met {controller}: {contact}.',
  'answer.dataSubject': '{controller}: uw gegevens ({reference})',
  'answer.access':
    '{controller} beantwoordt uw verzoek om inzage {reference} (art. 15 AVG). Dit is alles wat het over uw adres bewaart:',
  'answer.accessAttached': 'Dezelfde gegevens zijn bijgevoegd als JSON-bestand.',
  'answer.portability':
    '{controller} beantwoordt uw verzoek om gegevensoverdraagbaarheid {reference} (art. 20 AVG).',
  'answer.portabilityAttached':
    'Uw gegevens zijn bijgevoegd in een gestructureerde, machineleesbare vorm (JSON).',
  'answer.rectifiedSubject': '{controller} heeft uw gegevens gecorrigeerd ({reference})',
  'answer.rectified':
    '{controller} heeft uw gegevens gerectificeerd (art. 16 AVG) op verzoek {reference}: {changed}.',
  'answer.corrections': '{changes} in {n, plural, one {# inschrijving} other {# inschrijvingen}}',
  'answer.nameCorrected': 'naam gecorrigeerd',
  'answer.nameRemoved': 'naam verwijderd',
  'answer.countryCorrected': 'land gecorrigeerd',
  'answer.addressCorrected': 'adres gecorrigeerd',
  'answer.erasedSubject': '{controller} heeft uw gegevens verwijderd ({reference})',
  'answer.erased':
    '{controller} heeft uw gegevens gewist (art. 17 AVG) op verzoek {reference}: {n, plural, one {# inschrijving en de bijbehorende toestemmingsgegevens zijn verwijderd} other {# inschrijvingen en de bijbehorende toestemmingsgegevens zijn verwijderd}}.',
  'answer.objected':
    '{controller} heeft na uw bezwaar de verwerking van uw gegevens gestaakt (art. 21 AVG), verzoek {reference}: u bent uitgeschreven van {n, plural, one {# lijst} other {# lijsten}} en de gegevens zijn verwijderd.',
  'answer.keyedHash':
    'Alleen een hash met sleutel van het adres blijft bewaard, zodat het niet opnieuw wordt toegevoegd zonder uw eigen nieuwe toestemming.',
  'answer.restrictedSubject': '{controller} heeft de verwerking van uw gegevens beperkt ({reference})',
  'answer.restricted':
    '{controller} heeft de verwerking van uw gegevens beperkt (art. 18 AVG) op verzoek {reference}: {n, plural, one {# inschrijving blijft bewaard maar ontvangt niets} other {# inschrijvingen blijven bewaard maar ontvangen niets}}.',
  'answer.copyController': 'Verwerkingsverantwoordelijke: {name} (contact: {contact})',
  'answer.copyAddress': 'Adres: {address}',
  'answer.copyNone': 'Voor dit adres wordt geen inschrijving meer bewaard.',
  'answer.copyList': 'Lijst {list} (‘{title}’): {status}',
  'answer.copyListRestricted': 'Lijst {list} (‘{title}’): {status}, verwerking beperkt',
  'answer.copyDetails': 'naam: {name}; land: {country}; vorm: {format}; openingen meten: {tracking}',
  'answer.copyNotGiven': '(geen)',
  'answer.copyTrackingYes': 'toegestemd',
  'answer.copyTrackingNo': 'nee',
  'answer.copyRequested': 'aangevraagd {at}',
  'answer.copyConfirmed': 'aangevraagd {at}, bevestigd {confirmed}',
  'answer.copyConsent': 'toestemming: {event} via {source} op {at}{origin}; tekstversie: {wording}',
  'answer.copyFrom': 'vanaf {ip}',
  'answer.copyMessage': 'bericht ‘{subject}’: {state}{times}',
  'answer.copyOpened': 'geopend {at}',
  'answer.copyProcessing':
    'Verwerking van uw gegevens die het platform voor deze verantwoordelijke heeft vastgelegd:',
  'answer.copyProcessingNone': '(geen die u persoonlijk betreft)',
};
