import type { Catalogue } from './en';

export const sv: Catalogue = {
  'page.language': 'Språk',
  'page.changeLanguage': 'Byt',
  'page.privacy': 'Integritet',
  'page.footer': 'Steward driver e-postlistor åt de organisationer som skickar dem.',

  'link.invalidTitle': 'Den här länken kan inte användas',
  'link.invalid': 'Den här länken är ogiltig, har redan använts eller har gått ut.',
  'link.rateLimited': 'För många försök från ditt nätverk. Vänta en minut och försök igen.',
  'link.failed': 'Det fungerade inte. Försök igen senare.',

  'confirm.title': 'Bekräfta din prenumeration',
  'confirm.text': 'Tryck på knappen för att bekräfta att du vill få e-post från den här listan.',
  'confirm.button': 'Bekräfta min prenumeration',
  'confirm.doneTitle': 'Prenumerationen är bekräftad',
  'confirm.done': 'Du prenumererar nu. Varje meddelande har en länk för att avsluta igen.',

  'welcome.title': 'Välkommen: din prenumeration är bekräftad',
  'welcome.next':
    'Från och med nu får du listans meddelanden i det format du valde. Inget annat skickas till dig.',
  'welcome.leave':
    'Varje meddelande slutar med en avregistreringslänk: ett klick tar bort dig från listan och raderar din adress och dina uppgifter där.',
  'signup.intro': 'Anmäl dig till e-postlistan från {organisation}.',
  'signup.consentTitle': 'Det här godkänner du',
  'signup.consentVersion': 'Textens version {version}',
  'signup.email': 'E-postadress',
  'signup.name': 'Namn (frivilligt)',
  'signup.country': 'Land (frivilligt)',
  'signup.countryNone': 'Inte angivet',
  'signup.format': 'Meddelandenas format',
  'signup.formatText': 'Bara text',
  'signup.formatHtml': 'HTML, med layout och bilder',
  'signup.tracking':
    'Tala om för avsändaren när jag öppnar ett meddelande eller klickar på en länk i det (frivilligt)',
  'signup.trackingHelp':
    'Det fungerar bara med HTML-meddelanden: de innehåller då en mycket liten bild och länkar som rapporterar öppningar och klick. Lämnar du rutan tom registreras ingenting. Du kan när som helst ta tillbaka samtycket.',
  'signup.button': 'Prenumerera',
  'signup.confirmNote':
    'Vi skickar ett e-postmeddelande med en länk. Du prenumererar först när du har använt länken.',
  'signup.sentTitle': 'Titta i din inkorg',
  'signup.sent':
    'Tack. Om listan tar emot anmälningar är ett e-postmeddelande med en bekräftelselänk på väg till adressen du angav. Inget händer förrän du använder länken. Om inget kommer, titta i skräppostmappen.',
  'signup.errorTitle': 'Rätta formuläret',
  'signup.errorEmail': 'Skriv en giltig e-postadress, till exempel name@example.com.',
  'signup.errorName': 'Skriv ett namn på högst 200 tecken, på en rad, utan tecknen < och >.',
  'signup.errorCountry': 'Välj ett land i listan.',
  'signup.errorFormat': 'Välj Bara text eller HTML.',
  'signup.errorTooLarge': 'Formuläret var för stort. Fyll i det igen.',
  'signup.crossSite': 'Formuläret skickades från en annan webbplats. Anmäl dig på den här sidan i stället.',
  'signup.notFoundTitle': 'Det här anmälningsformuläret finns inte',
  'signup.notFound':
    'Det finns ingen e-postlista på den här adressen. Kontrollera länken eller be organisationen om dess anmälningssida.',
  'signup.embedNote': 'Steward behandlar dina uppgifter för {organisation}s räkning.',
  'signup.singleNote':
    'Du är prenumerant så snart du skickar detta formulär. Varje meddelande har en länk för att avsluta igen.',
  'signup.singleSentTitle': 'Tack',
  'signup.singleSent':
    'Tack. Om listan tar emot anmälningar och adressen kan ta emot e-post är den nu anmäld och får listans meddelanden; varje meddelande har en länk för att avsluta. Om adressen tidigare har lämnat listan eller redan väntar på en bekräftelse får den i stället ett mejl med en länk för att bekräfta.',
  'confirmMail.subject': 'Bekräfta din prenumeration på {list}',
  'confirmMail.asked':
    'Någon, förhoppningsvis du, har bett att få anmäla den här adressen till ”{list}” ({name}), en lista från {organisation}.',
  'confirmMail.imported':
    '{organisation} har lagt till den här adressen i listan ”{list}” ({name}). Du får ingenting från den om du inte bekräftar.',
  'confirmMail.confirm': 'Bekräfta genom att öppna den här länken och trycka på knappen på sidan:',
  'confirmMail.refuseAsked':
    'Om du inte har bett om detta kan du strunta i meddelandet: du anmäls inte, och begäran raderas efter 7 dagar. För att avböja nu och radera den direkt:',
  'confirmMail.refuseImported':
    'Om du inte vill detta kan du strunta i meddelandet: begäran raderas efter 7 dagar. För att avböja nu och radera den direkt:',

  'unsubscribe.title': 'Avsluta prenumerationen',
  'unsubscribe.text':
    'Tryck på knappen för att lämna den här listan. Din adress och dina uppgifter raderas då från den.',
  'unsubscribe.button': 'Avsluta prenumerationen',
  'unsubscribe.doneTitle': 'Din prenumeration är avslutad',
  'unsubscribe.done': 'Din adress och dina uppgifter har raderats från den här listan.',

  'verify.title': 'Bekräfta din begäran',
  'verify.text':
    'Tryck på knappen för att bekräfta att du har gjort den här begäran om dataskydd. Vi skickar den sedan vidare till var och en av våra kunder som har uppgifter om din adress.',
  'verify.button': 'Bekräfta min begäran',
  'verify.doneTitle': 'Begäran är bekräftad',
  'verify.done':
    'Tack. Din begäran {reference} är bekräftad och skickas vidare; ett meddelande med en länk där du kan följa den är på väg.',

  'status.title': 'Din begäran {reference}',
  'status.invalid':
    'Den här länken är ogiltig eller har gått ut. En statuslänk fungerar till {days, plural, one {# dag} other {# dagar}} efter det sista svaret på begäran, och högst lika länge efter dess senast möjliga tidsfrist; själva svaren har du fått via e-post.',
  'status.summary': 'Din begäran ({right}) togs emot den {received}. Svaren ska komma senast den {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisation har uppgifter om dig:} other {# organisationer har uppgifter om dig:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Svar',
  'status.due': 'Tidsfrist',
  'status.answered': 'Besvarad',
  'status.reason': 'Skäl',
  'status.extendedTo': '{controller} har tagit mer tid: svaret ska komma senast {due}.',
  'status.extendedWhy': '{controller} har tagit mer tid: svaret ska komma senast {due}. Skälen: {reason}',
  'status.holdingsTitle': 'Vem som har uppgifter om dig',
  'status.holdings': '{controller} har uppgifter om din adress på de här listorna: {lists}.',
  'form.title': 'Gör en begäran om dataskydd',
  'form.intro':
    'Dataskyddslagen (GDPR) ger dig rättigheter till de uppgifter som organisationer har om dig. Välj vad du vill, skriv din e-postadress så skickar vi en länk där du bekräftar att adressen är din. Sedan skickar vi begäran vidare till var och en av våra kunder som har uppgifter om adressen, och var och en måste svara dig inom en månad.',
  'form.rightsTitle': 'Dina rättigheter',
  'form.explain.ACCESS': 'Få veta vilka organisationer som har uppgifter om dig, vilka, och få en kopia.',
  'form.explain.RECTIFICATION':
    'Få felaktiga eller gamla uppgifter om dig rättade. Skriv nedan vad som ska rättas.',
  'form.explain.ERASURE': 'Få dina uppgifter raderade, så att du inte får mer e-post från de här listorna.',
  'form.explain.RESTRICTION':
    'Få dina uppgifter sparade men inte använda, till exempel medan du ifrågasätter om de stämmer.',
  'form.explain.PORTABILITY': 'Få dina uppgifter i en fil som du kan ta med till en annan tjänst.',
  'form.explain.OBJECTION':
    'Be organisationerna sluta använda dina uppgifter; du tas bort från deras listor.',
  'form.email': 'E-postadress',
  'form.right': 'Vad vill du?',
  'form.details': 'Beskrivning',
  'form.detailsHint': 'Frivilligt. Vid en rättelse: vad som är fel och vad det ska vara.',
  'form.country': 'Land',
  'form.countryHint': 'Frivilligt. Tvåbokstavskoden för landet där du bor, till exempel SE.',
  'form.submit': 'Skicka min begäran',
  'form.errorTitle': 'Rätta formuläret',
  'form.errorEmail': 'Skriv en giltig e-postadress.',
  'form.errorRight': 'Välj en av rättigheterna.',
  'form.errorDetails': 'Beskrivningen får vara högst 2000 tecken, utan styrtecken och utan HTML-taggar.',
  'form.errorCountry': 'Skriv en landskod med två bokstäver, till exempel SE, eller lämna fältet tomt.',
  'form.crossSite': 'Formuläret kan bara skickas från den här webbplatsen. Öppna det här och försök igen.',
  'form.sentTitle': 'Titta i din inkorg',
  'form.sent':
    'Tack. Din begäran har referensen {reference}. Om adressen kan ta emot e-post är ett meddelande med en länk för att bekräfta begäran på väg. Inget händer förrän länken används; en obekräftad begäran förfaller efter 7 dagar.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Bekräfta din begäran om dataskydd {refs}',
  'mail.verifySubjectMany': 'Bekräfta dina begäranden om dataskydd {refs}',
  'mail.verifyOne': 'Vi har fått en begäran om {right} för den här adressen, referens {reference}.',
  'mail.verifyOpen': 'För att bekräfta att det var du, öppna den här länken och tryck på knappen på sidan:',
  'mail.verifyMany':
    'Vi har fått {count} begäranden om dataskydd för den här adressen. Var och en har en egen länk som bara bekräftar den begäran: öppna länken för varje begäran du gjorde och tryck på knappen på sidan.',
  'mail.verifyItem': '{n}. {reference}, mottagen {received}: {right}',
  'mail.verifyThen':
    'Sedan letar vi upp varje kund hos oss som har uppgifter om adressen och skickar begäran vidare till dem.',
  'mail.verifyIgnoreOne':
    'Om du inte gjorde den här begäran kan du strunta i meddelandet: den förfaller {date} och dess uppgifter raderas.',
  'mail.verifyIgnoreMany':
    'Om du inte gjorde någon av dem, använd inte dess länk: den förfaller obekräftad ({lapses}) och dess uppgifter raderas.',
  'mail.verifyLapse': '{reference} den {date}',
  'mail.verifyReplaces':
    'Det här meddelandet ersätter det tidigare bekräftelsemeddelandet till adressen: länkarna i det fungerar inte längre.',
  'mail.routedSubject': 'Din begäran {reference} har skickats vidare',
  'mail.routedIntro':
    'Tack för att du bekräftade din begäran {reference}. De här organisationerna har uppgifter om din adress, och var och en måste svara dig senast {due}:',
  'mail.routedFollow': 'Var och en svarar via e-post. Svaren visas här allteftersom de kommer:',
  'mail.routedUntil':
    'Länken fungerar till {days, plural, one {# dag} other {# dagar}} efter det sista svaret och som längst till {date}.',
  'mail.noDataSubject': 'Din begäran {reference}: inga uppgifter',
  'mail.noDataIntro':
    'Tack för att du bekräftade din begäran {reference}. Ingen av våra kunder har uppgifter om adressen, så det finns inget att skicka vidare.',
  'mail.noDataUntil': 'Uppgifterna i din begäran har raderats. Dess status syns här till {date}:',

  'right.ACCESS': 'tillgång till dina uppgifter',
  'right.RECTIFICATION': 'rättelse av dina uppgifter',
  'right.ERASURE': 'radering av dina uppgifter',
  'right.RESTRICTION': 'begränsning av behandlingen',
  'right.PORTABILITY': 'en kopia av dina uppgifter att ta med dig',
  'right.OBJECTION': 'invändning mot behandlingen',

  'request.AWAITING_VERIFICATION': 'väntar på att du bekräftar den',
  'request.ROUTING': 'bekräftad; vi letar upp de organisationer som har uppgifter om dig',
  'request.ROUTED': 'vidareskickad; väntar på svaren',
  'request.COMPLETED': 'besvarad av alla organisationer',
  'request.NO_DATA_HELD': 'ingen organisation har uppgifter om den här adressen',
  'request.EXPIRED': 'aldrig bekräftad, så den har förfallit',

  'task.PENDING': 'väntar på svar',
  'task.EXTENDED': 'tidsfristen förlängd',
  'task.FULFILLED': 'klar',
  'task.REJECTED': 'avslagen',

  'privacy.title': 'Så hanterar Steward personuppgifter',
  'privacy.intro':
    'Steward driver e-postlistor åt de organisationer som skickar dem, våra kunder. Varje kund bestämmer vad dess listor är till för och ansvarar för sina prenumeranters uppgifter (personuppgiftsansvarig); vi behandlar uppgifterna bara för kundens räkning och enligt dess instruktioner.',
  'privacy.whatTitle': 'Vad vi behandlar, och varför',
  'privacy.whatSubscriber':
    'För varje lista du går med i: din e-postadress och, bara om du anger dem, ditt namn, ditt land och ditt föredragna format, med en uppgift om när och hur du gav ditt samtycke. Vi använder dem för att skicka dig listans e-post.',
  'privacy.whatTracking':
    'Om du har öppnat ett HTML-meddelande registreras bara om du har samtyckt till det, och du kan när som helst återkalla det.',
  'privacy.whatRequest':
    'När du gör en begäran om dataskydd: din adress, den rättighet du använder och det du skriver, för att kontrollera att adressen är din och skicka begäran vidare till varje kund som har uppgifter om den.',
  'privacy.whatLogs':
    'Webbserverloggar med IP-adresser, för att hålla tjänsten säker. Vi tittar bara på dem sammanställda, utom för att bemöta en attack.',
  'privacy.keepTitle': 'Hur länge vi sparar dem',
  'privacy.keepSubscriber':
    'Så länge du prenumererar. När du avslutar prenumerationen raderas din adress och dina uppgifter direkt; kvar blir bara anonyma räkningar och en envägskrypterad post så att vi inte skickar dig något mer.',
  'privacy.keepPending':
    'En anmälan som du inte har bekräftat: länken fungerar i {days, plural, one {# dag} other {# dagar}}, sedan raderas anmälan.',
  'privacy.keepMail':
    'Skickad e-post: vår kopia med din adress raderas {days, plural, one {# dag} other {# dagar}} efter att den skapades.',
  'privacy.keepJobs':
    'Bakgrundsuppgifter, som kan innehålla en adress: raderas {done, plural, one {# dag} other {# dagar}} efter att de är klara, eller {dead, plural, one {# dag} other {# dagar}} efter att de misslyckades.',
  'privacy.keepRequest':
    'Begäranden om dataskydd: en begäran som inte bekräftas inom {verify, plural, one {# dag} other {# dagar}} förfaller och dess uppgifter raderas; annars raderas dess personuppgifter {after, plural, one {# dag} other {# dagar}} efter att den avslutats.',
  'privacy.keepLogs':
    'Webbserverloggar: IP-adresser förkortas efter {truncate, plural, one {# dag} other {# dagar}} och loggarna raderas efter {remove, plural, one {# dag} other {# dagar}}.',
  'privacy.cookiesTitle': 'Kakor',
  'privacy.cookieSession':
    'steward_session: bara för personal hos våra kunder som loggar in i portalen; den håller dem inloggade i {hours, plural, one {# timme} other {# timmar}}, eller {days, plural, one {# dag} other {# dagar}} om de väljer att förbli inloggade.',
  'privacy.cookieLang': 'steward_lang: kommer ihåg det språk du valde på de här sidorna, i ett år.',
  'privacy.noTracking':
    'Det finns inga andra kakor, ingen spårning och inget som hämtas från andra webbplatser.',
  'privacy.rightsTitle': 'Dina rättigheter',
  'privacy.rights':
    'Varje meddelande har en länk för att avsluta prenumerationen. För att se, rätta eller radera dina uppgifter vänder du dig till den organisation vars lista du är med på; om du skickar en begäran om dataskydd till oss kontrollerar vi att adressen är din och skickar den vidare till varje kund som har uppgifter om den.',
  'answer.footer':
    'Referens: {reference}. Status för din begäran: fråga oss med denna referens eller använd statuslänken du fick.',
  'answer.complaint':
    'Du har rätt att lämna klagomål till en tillsynsmyndighet, särskilt i den EU-medlemsstat där du har din vanliga vistelseort, din arbetsplats eller där det påstådda intrånget begicks (art. 77 GDPR), och rätt till ett effektivt rättsmedel vid domstol (art. 79 GDPR).',
  'answer.extendedSubject': '{controller} behöver mer tid för din begäran {reference}',
  'answer.extended':
    '{controller} har förlängt tiden för att besvara din begäran {reference} med två månader (art. 12.3 GDPR). Skälen:',
  'answer.extendedDue': 'Svaret ska nu komma senast {date}.',
  'answer.rejectedSubject': '{controller} har avslagit din begäran {reference}',
  'answer.rejected': '{controller} har avslagit din begäran {reference} ({right}). Skälen:',
  'answer.offboardedSubject': '{controller} har lämnat plattformen: din begäran {reference}',
  'answer.offboarded':
    '{controller} avslutade sin tjänst hos plattformen den {date}. Plattformen lämnade tillbaka allt den hade för {controller} och raderade det sedan, så den kan inte längre göra något åt denna begäran. Kontakta {controller} direkt om din begäran: {contact}.',
  'answer.offboardedDone':
    '{controller} avslutade sin tjänst hos plattformen den {date}. Plattformen lämnade tillbaka allt den hade för {controller} och raderade det sedan, även dina uppgifter, så den kan inte längre göra något åt denna begäran. Kontakta {controller} direkt om allt annat: {contact}.',
  'answer.dataSubject': '{controller}: dina uppgifter ({reference})',
  'answer.access':
    '{controller} besvarar din begäran om tillgång {reference} (art. 15 GDPR). Detta är allt den har om din adress:',
  'answer.accessAttached': 'Samma uppgifter bifogas som en JSON-fil.',
  'answer.portability': '{controller} besvarar din begäran om dataportabilitet {reference} (art. 20 GDPR).',
  'answer.portabilityAttached': 'Dina uppgifter bifogas i ett strukturerat, maskinläsbart format (JSON).',
  'answer.rectifiedSubject': '{controller} har rättat dina uppgifter ({reference})',
  'answer.rectified':
    '{controller} har rättat dina uppgifter (art. 16 GDPR) på begäran {reference}: {changed}.',
  'answer.corrections': '{changes} i {n, plural, one {# prenumeration} other {# prenumerationer}}',
  'answer.nameCorrected': 'namn rättat',
  'answer.nameRemoved': 'namn borttaget',
  'answer.countryCorrected': 'land rättat',
  'answer.addressCorrected': 'adress rättad',
  'answer.erasedSubject': '{controller} har raderat dina uppgifter ({reference})',
  'answer.erased':
    '{controller} har raderat dina uppgifter (art. 17 GDPR) på begäran {reference}: {n, plural, one {# prenumeration och dess samtyckesposter raderades} other {# prenumerationer och deras samtyckesposter raderades}}.',
  'answer.objected':
    '{controller} har slutat behandla dina uppgifter efter din invändning (art. 21 GDPR), begäran {reference}: du avregistrerades från {n, plural, one {# lista} other {# listor}} och uppgifterna raderades.',
  'answer.keyedHash':
    'Bara en nyckelbaserad hash av adressen sparas, så att den inte läggs till igen utan ditt eget nya samtycke.',
  'answer.restrictedSubject': '{controller} har begränsat behandlingen av dina uppgifter ({reference})',
  'answer.restricted':
    '{controller} har begränsat behandlingen av dina uppgifter (art. 18 GDPR) på begäran {reference}: {n, plural, one {# prenumeration behålls men får ingenting} other {# prenumerationer behålls men får ingenting}}.',
  'answer.copyController': 'Personuppgiftsansvarig: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adress: {address}',
  'answer.copyNone': 'Inga prenumerationer sparas längre för denna adress.',
  'answer.copyList': 'Lista {list} (”{title}”): {status}',
  'answer.copyListRestricted': 'Lista {list} (”{title}”): {status}, behandlingen begränsad',
  'answer.copyDetails': 'namn: {name}; land: {country}; format: {format}; öppningsmätning: {tracking}',
  'answer.copyNotGiven': '(inget)',
  'answer.copyTrackingYes': 'samtyckt',
  'answer.copyTrackingNo': 'nej',
  'answer.copyRequested': 'begärd {at}',
  'answer.copyConfirmed': 'begärd {at}, bekräftad {confirmed}',
  'answer.copyConsent': 'samtycke: {event} via {source} den {at}{origin}; textversion: {wording}',
  'answer.copyFrom': 'från {ip}',
  'answer.copyMessage': 'meddelande ”{subject}”: {state}{times}',
  'answer.copyOpened': 'öppnat {at}',
  'answer.copyProcessing':
    'Behandling av dina uppgifter som plattformen har registrerat för denna ansvariga:',
  'answer.copyProcessingNone': '(ingen som gäller dig personligen)',
};
