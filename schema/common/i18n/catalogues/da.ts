import type { Catalogue } from './en';

export const da: Catalogue = {
  'page.language': 'Sprog',
  'page.changeLanguage': 'Skift',
  'page.privacy': 'Privatliv',
  'page.footer': 'Steward driver mailinglister på vegne af de organisationer, der sender dem.',

  'link.invalidTitle': 'Dette link kan ikke bruges',
  'link.invalid': 'Dette link er ugyldigt, er allerede brugt eller er udløbet.',
  'link.rateLimited': 'For mange forsøg fra dit netværk. Vent et minut, og prøv igen.',
  'link.failed': 'Det lykkedes ikke. Prøv igen senere.',

  'confirm.title': 'Bekræft dit abonnement',
  'confirm.text': 'Tryk på knappen for at bekræfte, at du vil modtage denne listes mails.',
  'confirm.button': 'Bekræft mit abonnement',
  'confirm.doneTitle': 'Abonnement bekræftet',
  'confirm.done': 'Du er nu tilmeldt. Hver mail har et link, så du kan framelde dig igen.',

  'welcome.title': 'Velkommen: dit abonnement er bekræftet',
  'welcome.next':
    'Fra nu af får du denne listes beskeder i det format, du valgte. Du får ikke andet tilsendt.',
  'welcome.leave':
    'Hver besked slutter med et afmeldingslink: ét klik tager dig af listen og sletter din adresse og dine oplysninger fra den.',
  'signup.intro': 'Tilmeld dig mailinglisten fra {organisation}.',
  'signup.consentTitle': 'Det siger du ja til',
  'signup.consentVersion': 'Tekstens version {version}',
  'signup.email': 'E-mailadresse',
  'signup.name': 'Navn (frivilligt)',
  'signup.country': 'Land (frivilligt)',
  'signup.countryNone': 'Ikke oplyst',
  'signup.format': 'Beskedernes format',
  'signup.formatText': 'Kun tekst',
  'signup.formatHtml': 'HTML, med layout og billeder',
  'signup.tracking': 'Fortæl afsenderen, når jeg åbner en besked eller klikker på et link i den (frivilligt)',
  'signup.trackingHelp':
    'Det virker kun med HTML-beskeder: de indeholder så et lillebitte billede og links, der melder åbninger og klik. Lader du feltet stå tomt, registreres intet. Du kan altid trække samtykket tilbage.',
  'signup.button': 'Tilmeld',
  'signup.confirmNote': 'Vi sender dig en e-mail med et link. Du er først tilmeldt, når du bruger linket.',
  'signup.sentTitle': 'Se i din indbakke',
  'signup.sent':
    'Tak. Hvis listen tager imod tilmeldinger, er en e-mail med et bekræftelseslink på vej til den adresse, du skrev. Intet sker, før du bruger linket. Kommer der ingen e-mail, så se i spammappen.',
  'signup.errorTitle': 'Ret venligst formularen',
  'signup.errorEmail': 'Skriv en gyldig e-mailadresse, fx name@example.com.',
  'signup.errorName': 'Skriv et navn på højst 200 tegn, på én linje, uden tegnene < og >.',
  'signup.errorCountry': 'Vælg et land på listen.',
  'signup.errorFormat': 'Vælg Kun tekst eller HTML.',
  'signup.errorTooLarge': 'Formularen var for stor. Udfyld den igen.',
  'signup.crossSite': 'Formularen blev sendt fra et andet websted. Tilmeld dig i stedet på denne side.',
  'signup.notFoundTitle': 'Denne tilmeldingsformular findes ikke',
  'signup.notFound':
    'Der er ingen mailingliste på denne adresse. Tjek linket, eller spørg organisationen om dens tilmeldingsside.',
  'signup.embedNote': 'Steward behandler dine oplysninger på vegne af {organisation}.',
  'signup.singleNote':
    'Du er tilmeldt, så snart du sender denne formular. Hver besked har et link til at framelde dig igen.',
  'signup.singleSentTitle': 'Tak',
  'signup.singleSent':
    'Tak. Hvis denne liste tager imod tilmeldinger, og adressen kan modtage post, er den nu tilmeldt og modtager listens beskeder; hver besked har et link til at framelde sig. Hvis adressen tidligere har forladt listen eller allerede venter på en bekræftelse, får den i stedet en e-mail med et link til at bekræfte.',
  'confirmMail.subject': 'Bekræft venligst dit abonnement på {list}',
  'confirmMail.asked':
    'Nogen, forhåbentlig dig, har bedt om at tilmelde denne adresse til "{list}" ({name}), en liste fra {organisation}.',
  'confirmMail.imported':
    '{organisation} har føjet denne adresse til listen "{list}" ({name}). Du får intet fra den, medmindre du bekræfter.',
  'confirmMail.confirm': 'For at bekræfte skal du åbne dette link og trykke på knappen på siden:',
  'confirmMail.refuseAsked':
    'Hvis du ikke har bedt om det, så se bort fra denne besked: du bliver ikke tilmeldt, og anmodningen slettes efter 7 dage. For at afvise den nu og slette den med det samme:',
  'confirmMail.refuseImported':
    'Hvis du ikke ønsker det, så se bort fra denne besked: anmodningen slettes efter 7 dage. For at afvise den nu og slette den med det samme:',

  'unsubscribe.title': 'Afmeld',
  'unsubscribe.text':
    'Tryk på knappen for at forlade denne liste. Din adresse og dine oplysninger slettes så fra den.',
  'unsubscribe.button': 'Afmeld',
  'unsubscribe.doneTitle': 'Du er afmeldt',
  'unsubscribe.done': 'Din adresse og dine oplysninger er slettet fra denne liste.',

  'verify.title': 'Bekræft din anmodning',
  'verify.text':
    'Tryk på knappen for at bekræfte, at du har sendt denne anmodning om databeskyttelse. Vi sender den derefter videre til hver af vores kunder, der har data om din adresse.',
  'verify.button': 'Bekræft min anmodning',
  'verify.doneTitle': 'Anmodning bekræftet',
  'verify.done':
    'Tak. Din anmodning {reference} er bekræftet og sendes videre; en mail med et link, hvor du kan følge den, er på vej.',

  'status.title': 'Din anmodning {reference}',
  'status.invalid':
    'Dette link er ugyldigt eller udløbet. Et statuslink virker indtil {days, plural, one {# dag} other {# dage}} efter det sidste svar på anmodningen og højst lige så længe efter dens senest mulige frist; selve svarene har du fået på mail.',
  'status.summary':
    'Din anmodning ({right}) blev modtaget den {received}. Svarene skal foreligge senest den {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisation har data om dig:} other {# organisationer har data om dig:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Svar',
  'status.due': 'Frist',
  'status.answered': 'Besvaret',
  'status.reason': 'Begrundelse',
  'status.extendedTo': '{controller} har taget mere tid: svaret skal komme senest {due}.',
  'status.extendedWhy':
    '{controller} har taget mere tid: svaret skal komme senest {due}. Begrundelse: {reason}',
  'status.holdingsTitle': 'Hvem har data om dig',
  'status.holdings': '{controller} har data om din adresse på disse lister: {lists}.',
  'form.title': 'Send en anmodning om databeskyttelse',
  'form.intro':
    'Databeskyttelsesloven (GDPR) giver dig rettigheder over de data, organisationer har om dig. Vælg, hvad du vil, skriv din e-mailadresse, og vi sender dig et link, så du kan bekræfte, at adressen er din. Derefter sender vi anmodningen videre til hver af vores kunder, der har data om adressen, og hver skal svare dig inden for en måned.',
  'form.rightsTitle': 'Dine rettigheder',
  'form.explain.ACCESS': 'Få at vide, hvilke organisationer der har data om dig, hvilke data, og få en kopi.',
  'form.explain.RECTIFICATION':
    'Få rettet forkerte eller forældede data om dig. Skriv nedenfor, hvad der skal rettes.',
  'form.explain.ERASURE': 'Få dine data slettet, så du ikke får mere post fra disse lister.',
  'form.explain.RESTRICTION':
    'Få dine data gemt, men ikke brugt, for eksempel mens du bestrider, at de er rigtige.',
  'form.explain.PORTABILITY': 'Få dine data i en fil, som du kan tage med til en anden tjeneste.',
  'form.explain.OBJECTION':
    'Bed organisationerne om at holde op med at bruge dine data; du bliver fjernet fra deres lister.',
  'form.email': 'E-mailadresse',
  'form.right': 'Hvad ønsker du?',
  'form.details': 'Uddybning',
  'form.detailsHint': 'Frivilligt. Ved en rettelse: hvad er forkert, og hvad skal det være.',
  'form.country': 'Land',
  'form.countryHint': 'Frivilligt. Tobogstavskoden for det land, du bor i, for eksempel DK.',
  'form.submit': 'Send min anmodning',
  'form.errorTitle': 'Ret venligst formularen',
  'form.errorEmail': 'Skriv en gyldig e-mailadresse.',
  'form.errorRight': 'Vælg en af rettighederne.',
  'form.errorDetails': 'Uddybningen må højst være 2000 tegn, uden kontroltegn og uden HTML-tags.',
  'form.errorCountry': 'Skriv en landekode på to bogstaver, for eksempel DK, eller lad feltet være tomt.',
  'form.crossSite': 'Formularen kan kun sendes fra dette websted. Åbn den her, og prøv igen.',
  'form.sentTitle': 'Se i din indbakke',
  'form.sent':
    'Tak. Din anmodning har referencen {reference}. Hvis adressen kan modtage post, er en besked med et link til at bekræfte anmodningen på vej. Der sker intet, før linket bruges; en ubekræftet anmodning bortfalder efter 7 dage.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Bekræft din anmodning om databeskyttelse {refs}',
  'mail.verifySubjectMany': 'Bekræft dine anmodninger om databeskyttelse {refs}',
  'mail.verifyOne': 'Vi har modtaget en anmodning om {right} for denne adresse, reference {reference}.',
  'mail.verifyOpen':
    'For at bekræfte, at det var dig, skal du åbne dette link og trykke på knappen på siden:',
  'mail.verifyMany':
    'Vi har modtaget {count} anmodninger om databeskyttelse for denne adresse. Hver har sit eget link, der kun bekræfter den anmodning: åbn linket til hver anmodning, du har sendt, og tryk på knappen på siden.',
  'mail.verifyItem': '{n}. {reference}, modtaget {received}: {right}',
  'mail.verifyThen':
    'Derefter finder vi hver af vores kunder, der har data om denne adresse, og sender anmodningen videre til dem.',
  'mail.verifyIgnoreOne':
    'Hvis du ikke har sendt denne anmodning, så se bort fra beskeden: den bortfalder {date}, og dens oplysninger slettes.',
  'mail.verifyIgnoreMany':
    'Hvis du ikke har sendt en af dem, så brug ikke dens link: den bortfalder ubekræftet ({lapses}), og dens oplysninger slettes.',
  'mail.verifyLapse': '{reference} den {date}',
  'mail.verifyReplaces':
    'Denne besked erstatter den tidligere bekræftelsesbesked til adressen: linkene i den virker ikke længere.',
  'mail.routedSubject': 'Din anmodning {reference} er sendt videre',
  'mail.routedIntro':
    'Tak, fordi du bekræftede din anmodning {reference}. Disse organisationer har data om din adresse, og hver skal svare dig senest {due}:',
  'mail.routedFollow': 'Hver svarer på mail. Svarene vises her, efterhånden som de kommer:',
  'mail.routedUntil':
    'Linket virker indtil {days, plural, one {# dag} other {# dage}} efter det sidste svar og højst indtil {date}.',
  'mail.noDataSubject': 'Din anmodning {reference}: ingen data',
  'mail.noDataIntro':
    'Tak, fordi du bekræftede din anmodning {reference}. Ingen af vores kunder har data om denne adresse, så der er intet at sende videre.',
  'mail.noDataUntil': 'Oplysningerne i din anmodning er slettet. Dens status kan ses her indtil {date}:',

  'right.ACCESS': 'indsigt i dine data',
  'right.RECTIFICATION': 'berigtigelse af dine data',
  'right.ERASURE': 'sletning af dine data',
  'right.RESTRICTION': 'begrænsning af behandlingen',
  'right.PORTABILITY': 'en kopi af dine data til at tage med',
  'right.OBJECTION': 'indsigelse mod behandlingen',

  'request.AWAITING_VERIFICATION': 'venter på, at du bekræfter den',
  'request.ROUTING': 'bekræftet; vi finder de organisationer, der har data om dig',
  'request.ROUTED': 'sendt videre; venter på svarene',
  'request.COMPLETED': 'besvaret af alle organisationer',
  'request.NO_DATA_HELD': 'ingen organisation har data om denne adresse',
  'request.EXPIRED': 'aldrig bekræftet, så den er bortfaldet',

  'task.PENDING': 'venter på svar',
  'task.EXTENDED': 'fristen er forlænget',
  'task.FULFILLED': 'udført',
  'task.REJECTED': 'afvist',

  'privacy.title': 'Sådan behandler Steward personoplysninger',
  'privacy.intro':
    'Steward driver mailinglister for de organisationer, der sender dem – vores kunder. Hver kunde bestemmer, hvad dens lister skal bruges til, og er ansvarlig for sine abonnenters data (den dataansvarlige); vi behandler kun disse data på kundens vegne og efter dens instrukser.',
  'privacy.whatTitle': 'Hvad vi behandler, og hvorfor',
  'privacy.whatSubscriber':
    'For hver liste, du tilmelder dig: din e-mailadresse og, kun hvis du oplyser dem, dit navn, dit land og dit foretrukne format, sammen med en registrering af, hvornår og hvordan du gav samtykke. Vi bruger dem til at sende dig listens mails.',
  'privacy.whatTracking':
    'Om du har åbnet en HTML-mail, registreres kun, hvis du har givet samtykke til det, og du kan til enhver tid trække det tilbage.',
  'privacy.whatRequest':
    'Når du sender en anmodning om databeskyttelse: din adresse, den rettighed, du bruger, og det, du skriver – for at kontrollere, at adressen er din, og sende anmodningen videre til hver kunde, der har data om den.',
  'privacy.whatLogs':
    'Webserverlogs med IP-adresser for at holde tjenesten sikker. Vi ser kun på dem samlet, undtagen for at reagere på et angreb.',
  'privacy.keepTitle': 'Hvor længe vi gemmer dem',
  'privacy.keepSubscriber':
    'Så længe du er tilmeldt. Når du afmelder dig, slettes din adresse og dine oplysninger straks; kun anonyme optællinger er tilbage, og en envejskrypteret post, så vi ikke sender dig mere.',
  'privacy.keepPending':
    'En tilmelding, du ikke har bekræftet: linket virker i {days, plural, one {# dag} other {# dage}}, derefter slettes tilmeldingen.',
  'privacy.keepMail':
    'Sendte mails: vores kopi med din adresse slettes {days, plural, one {# dag} other {# dage}} efter, at den blev oprettet.',
  'privacy.keepJobs':
    'Baggrundsopgaver, som kan indeholde en adresse: slettes {done, plural, one {# dag} other {# dage}} efter, at de er færdige, eller {dead, plural, one {# dag} other {# dage}} efter, at de mislykkedes.',
  'privacy.keepRequest':
    'Anmodninger om databeskyttelse: en anmodning, der ikke bekræftes inden for {verify, plural, one {# dag} other {# dage}}, bortfalder, og dens data slettes; ellers slettes dens personoplysninger {after, plural, one {# dag} other {# dage}} efter, at den er afsluttet.',
  'privacy.keepLogs':
    'Webserverlogs: IP-adresser forkortes efter {truncate, plural, one {# dag} other {# dage}}, og logfilerne slettes efter {remove, plural, one {# dag} other {# dage}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: kun for medarbejdere hos vores kunder, der logger ind på portalen; den holder dem logget ind i {hours, plural, one {# time} other {# timer}}, eller {days, plural, one {# dag} other {# dage}}, hvis de vælger at forblive logget ind.',
  'privacy.cookieLang': 'steward_lang: husker i et år det sprog, du har valgt på disse sider.',
  'privacy.noTracking': 'Der er ingen andre cookies, ingen sporing og intet, der hentes fra andre websteder.',
  'privacy.rightsTitle': 'Dine rettigheder',
  'privacy.rights':
    'Hver mail har et link til afmelding. Vil du se, rette eller slette dine data, så kontakt den organisation, hvis liste du er på; sender du os en anmodning om databeskyttelse, kontrollerer vi, at adressen er din, og sender den videre til hver kunde, der har data om den.',
  'answer.footer':
    'Reference: {reference}. Status for din anmodning: spørg os med denne reference, eller brug det statuslink, du har fået.',
  'answer.complaint':
    'Du har ret til at indgive en klage til en tilsynsmyndighed, navnlig i den EU-medlemsstat, hvor du har sædvanligt opholdssted, hvor du arbejder, eller hvor den påståede overtrædelse har fundet sted (art. 77 GDPR), og til at anlægge sag ved en domstol (art. 79 GDPR).',
  'answer.extendedSubject': '{controller} har brug for mere tid til din anmodning {reference}',
  'answer.extended':
    '{controller} har forlænget fristen for at besvare din anmodning {reference} med to måneder (art. 12, stk. 3, GDPR). Begrundelsen:',
  'answer.extendedDue': 'Svaret skal nu foreligge senest {date}.',
  'answer.rejectedSubject': '{controller} har afvist din anmodning {reference}',
  'answer.rejected': '{controller} har afvist din anmodning {reference} ({right}). Begrundelsen:',
  'answer.offboardedSubject': '{controller} har forladt platformen: din anmodning {reference}',
  'answer.offboarded':
    '{controller} ophørte med at bruge platformen den {date}. Platformen gav alt, hvad den havde for {controller}, tilbage og slettede det derefter, så den kan ikke længere gøre noget ved denne anmodning. Kontakt {controller} direkte om din anmodning: {contact}.',
  'answer.offboardedDone':
    '{controller} ophørte med at bruge platformen den {date}. Platformen gav alt, hvad den havde for {controller}, tilbage og slettede det derefter, også dine oplysninger, så den kan ikke længere gøre noget ved denne anmodning. Kontakt {controller} direkte om alt andet: {contact}.',
  'answer.dataSubject': '{controller}: dine oplysninger ({reference})',
  'answer.access':
    '{controller} besvarer din anmodning om indsigt {reference} (art. 15 GDPR). Dette er alt, hvad den har om din adresse:',
  'answer.accessAttached': 'De samme oplysninger er vedhæftet som en JSON-fil.',
  'answer.portability': '{controller} besvarer din anmodning om dataportabilitet {reference} (art. 20 GDPR).',
  'answer.portabilityAttached':
    'Dine oplysninger er vedhæftet i et struktureret, maskinlæsbart format (JSON).',
  'answer.rectifiedSubject': '{controller} har rettet dine oplysninger ({reference})',
  'answer.rectified':
    '{controller} har berigtiget dine oplysninger (art. 16 GDPR) efter anmodning {reference}: {changed}.',
  'answer.corrections': '{changes} i {n, plural, one {# tilmelding} other {# tilmeldinger}}',
  'answer.nameCorrected': 'navn rettet',
  'answer.nameRemoved': 'navn fjernet',
  'answer.countryCorrected': 'land rettet',
  'answer.addressCorrected': 'adresse rettet',
  'answer.erasedSubject': '{controller} har slettet dine oplysninger ({reference})',
  'answer.erased':
    '{controller} har slettet dine oplysninger (art. 17 GDPR) efter anmodning {reference}: {n, plural, one {# tilmelding og dens samtykkeregistreringer blev slettet} other {# tilmeldinger og deres samtykkeregistreringer blev slettet}}.',
  'answer.objected':
    '{controller} er stoppet med at behandle dine oplysninger efter din indsigelse (art. 21 GDPR), anmodning {reference}: du blev afmeldt {n, plural, one {# liste} other {# lister}}, og oplysningerne blev slettet.',
  'answer.keyedHash':
    'Kun en nøglebaseret hashværdi af adressen gemmes, så den ikke tilføjes igen uden dit eget nye samtykke.',
  'answer.restrictedSubject': '{controller} har begrænset behandlingen af dine oplysninger ({reference})',
  'answer.restricted':
    '{controller} har begrænset behandlingen af dine oplysninger (art. 18 GDPR) efter anmodning {reference}: {n, plural, one {# tilmelding bevares, men modtager intet} other {# tilmeldinger bevares, men modtager intet}}.',
  'answer.copyController': 'Dataansvarlig: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adresse: {address}',
  'answer.copyNone': 'Der gemmes ikke længere nogen tilmelding for denne adresse.',
  'answer.copyList': 'Liste {list} (»{title}«): {status}',
  'answer.copyListRestricted': 'Liste {list} (»{title}«): {status}, behandling begrænset',
  'answer.copyDetails': 'navn: {name}; land: {country}; format: {format}; åbningsmåling: {tracking}',
  'answer.copyNotGiven': '(intet)',
  'answer.copyTrackingYes': 'samtykket',
  'answer.copyTrackingNo': 'nej',
  'answer.copyRequested': 'anmodet {at}',
  'answer.copyConfirmed': 'anmodet {at}, bekræftet {confirmed}',
  'answer.copyConsent': 'samtykke: {event} via {source} den {at}{origin}; tekstversion: {wording}',
  'answer.copyFrom': 'fra {ip}',
  'answer.copyMessage': 'besked »{subject}«: {state}{times}',
  'answer.copyOpened': 'åbnet {at}',
  'answer.copyProcessing':
    'Behandling af dine oplysninger, som platformen har registreret for denne dataansvarlige:',
  'answer.copyProcessingNone': '(ingen, der angår dig personligt)',
};
