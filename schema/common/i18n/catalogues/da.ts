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
};
