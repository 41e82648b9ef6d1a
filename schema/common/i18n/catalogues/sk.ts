import type { Catalogue } from './en';

export const sk: Catalogue = {
  'page.language': 'Jazyk',
  'page.changeLanguage': 'Zmeniť',
  'page.privacy': 'Ochrana súkromia',
  'page.footer': 'Steward prevádzkuje e-mailové zoznamy v mene organizácií, ktoré ich rozosielajú.',

  'link.invalidTitle': 'Tento odkaz nemožno použiť',
  'link.invalid': 'Tento odkaz je neplatný, už bol použitý alebo vypršal.',
  'link.rateLimited': 'Z vašej siete prišlo príliš veľa pokusov. Počkajte minútu a skúste to znova.',
  'link.failed': 'Nepodarilo sa to. Skúste to, prosím, neskôr.',

  'confirm.title': 'Potvrďte svoje prihlásenie',
  'confirm.text': 'Stlačte tlačidlo a potvrďte, že chcete dostávať správy z tohto zoznamu.',
  'confirm.button': 'Potvrdiť prihlásenie',
  'confirm.doneTitle': 'Prihlásenie potvrdené',
  'confirm.done': 'Teraz ste prihlásení. Každá správa obsahuje odkaz na odhlásenie.',

  'welcome.title': 'Vitajte: vaše prihlásenie je potvrdené',
  'welcome.next':
    'Odteraz dostávate správy tohto zoznamu vo zvolenom formáte. Nič iné vám posielať nebudeme.',
  'welcome.leave':
    'Každá správa sa končí odkazom na odhlásenie: jedno kliknutie vás zo zoznamu odhlási a vymaže z neho vašu adresu a údaje.',
  'signup.intro': 'Prihláste sa na odber e-mailového zoznamu organizácie {organisation}.',
  'signup.consentTitle': 'S čím súhlasíte',
  'signup.consentVersion': 'Verzia textu {version}',
  'signup.email': 'E-mailová adresa',
  'signup.name': 'Meno (nepovinné)',
  'signup.country': 'Krajina (nepovinné)',
  'signup.countryNone': 'Neuvedené',
  'signup.format': 'Formát správ',
  'signup.formatText': 'Obyčajný text',
  'signup.formatHtml': 'HTML, s grafickou úpravou a obrázkami',
  'signup.tracking': 'Dať odosielateľovi vedieť, keď správu otvorím alebo kliknem na odkaz v nej (nepovinné)',
  'signup.trackingHelp':
    'Funguje to len pri správach HTML: obsahujú potom malinký obrázok a odkazy, ktoré hlásia otvorenia a kliknutia. Ak políčko nezaškrtnete, nič sa nezaznamenáva. Súhlas môžete kedykoľvek odvolať.',
  'signup.button': 'Prihlásiť sa',
  'signup.confirmNote': 'Pošleme vám e-mail s odkazom. Prihlásení budete, až keď ten odkaz použijete.',
  'signup.sentTitle': 'Pozrite sa do schránky',
  'signup.sent':
    'Ďakujeme. Ak tento zoznam prijíma prihlášky, na zadanú adresu je na ceste e-mail s potvrdzovacím odkazom. Kým odkaz nepoužijete, nič sa nestane. Ak e-mail nepríde, pozrite sa do priečinka so spamom.',
  'signup.errorTitle': 'Opravte, prosím, formulár',
  'signup.errorEmail': 'Zadajte platnú e-mailovú adresu, napríklad name@example.com.',
  'signup.errorName': 'Zadajte meno s najviac 200 znakmi, v jednom riadku, bez znakov < a >.',
  'signup.errorCountry': 'Vyberte krajinu zo zoznamu.',
  'signup.errorFormat': 'Vyberte Obyčajný text alebo HTML.',
  'signup.errorTooLarge': 'Formulár bol príliš veľký. Vyplňte ho, prosím, znova.',
  'signup.crossSite':
    'Tento formulár bol odoslaný z inej webovej stránky. Prihláste sa, prosím, na tejto stránke.',
  'signup.notFoundTitle': 'Tento prihlasovací formulár neexistuje',
  'signup.notFound':
    'Na tejto adrese nie je žiadny e-mailový zoznam. Skontrolujte odkaz alebo požiadajte organizáciu o jej prihlasovaciu stránku.',
  'signup.embedNote': 'Steward spracúva vaše údaje v mene organizácie {organisation}.',
  'signup.singleNote':
    'Prihlásení ste hneď po odoslaní tohto formulára. Každá správa obsahuje odkaz na odhlásenie.',
  'signup.singleSentTitle': 'Ďakujeme',
  'signup.singleSent':
    'Ďakujeme. Ak tento zoznam prijíma prihlásenia a adresa môže prijímať poštu, je teraz prihlásená a dostáva správy tohto zoznamu; každá správa obsahuje odkaz na odhlásenie. Ak sa adresa z tohto zoznamu predtým odhlásila alebo už čaká na potvrdenie, dostane namiesto toho e-mail s odkazom na potvrdenie.',
  'confirmMail.subject': 'Potvrďte, prosím, prihlásenie na odber {list}',
  'confirmMail.asked':
    'Niekto, dúfajme že vy, požiadal o prihlásenie tejto adresy do zoznamu „{list}“ ({name}) organizácie {organisation}.',
  'confirmMail.imported':
    '{organisation} pridala túto adresu do svojho zoznamu „{list}“ ({name}). Nič z neho nedostanete, kým to nepotvrdíte.',
  'confirmMail.confirm': 'Na potvrdenie otvorte tento odkaz a stlačte tlačidlo na stránke:',
  'confirmMail.refuseAsked':
    'Ak ste o to nežiadali, túto správu ignorujte: prihlásení nebudete a žiadosť sa po 7 dňoch vymaže. Ak ju chcete hneď odmietnuť a vymazať:',
  'confirmMail.refuseImported':
    'Ak to nechcete, túto správu ignorujte: žiadosť sa po 7 dňoch vymaže. Ak ju chcete hneď odmietnuť a vymazať:',

  'unsubscribe.title': 'Odhlásiť sa',
  'unsubscribe.text': 'Stlačte tlačidlo a opustite tento zoznam. Vaša adresa a údaje z neho budú vymazané.',
  'unsubscribe.button': 'Odhlásiť sa',
  'unsubscribe.doneTitle': 'Ste odhlásení',
  'unsubscribe.done': 'Vaša adresa a údaje boli z tohto zoznamu vymazané.',

  'verify.title': 'Potvrďte svoju žiadosť',
  'verify.text':
    'Stlačte tlačidlo a potvrďte, že ste túto žiadosť o ochranu údajov podali vy. Potom ju postúpime každému nášmu zákazníkovi, ktorý má údaje o vašej adrese.',
  'verify.button': 'Potvrdiť žiadosť',
  'verify.doneTitle': 'Žiadosť potvrdená',
  'verify.done':
    'Ďakujeme. Vaša žiadosť {reference} je potvrdená a postupuje sa ďalej; poslali sme vám správu s odkazom, kde ju môžete sledovať.',

  'status.title': 'Vaša žiadosť {reference}',
  'status.invalid':
    'Tento odkaz je neplatný alebo vypršal. Odkaz na stav funguje {days, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} po poslednej odpovedi na žiadosť, a najviac rovnako dlho po jej najneskoršom možnom termíne; samotné odpovede vám prišli e-mailom.',
  'status.summary': 'Vaša žiadosť ({right}) bola prijatá {received}. Odpovede majú prísť do {due}.',
  'status.state': 'Stav: {state}',
  'status.answers':
    '{count, plural, one {# organizácia má o vás údaje:} few {# organizácie majú o vás údaje:} many {# organizácie má o vás údaje:} other {# organizácií má o vás údaje:}}',
  'status.organisation': 'Organizácia',
  'status.answer': 'Odpoveď',
  'status.due': 'Termín',
  'status.answered': 'Zodpovedané',
  'status.reason': 'Dôvod',
  'status.extendedTo': '{controller} si vzal viac času: musí odpovedať do {due}.',
  'status.extendedWhy': '{controller} si vzal viac času: musí odpovedať do {due}. Dôvody: {reason}',
  'status.holdingsTitle': 'Kto o vás uchováva údaje',
  'status.holdings': '{controller} má údaje o vašej adrese v týchto zoznamoch: {lists}.',
  'form.title': 'Podať žiadosť o ochranu údajov',
  'form.intro':
    'Zákon o ochrane osobných údajov (GDPR) vám dáva práva k údajom, ktoré o vás majú organizácie. Vyberte, čo chcete, zadajte svoju e-mailovú adresu a my vám pošleme odkaz, ktorým potvrdíte, že adresa patrí vám. Potom žiadosť odovzdáme každému nášmu zákazníkovi, ktorý má o tejto adrese údaje, a každý vám musí do mesiaca odpovedať.',
  'form.rightsTitle': 'Vaše práva',
  'form.explain.ACCESS': 'Zistiť, ktoré organizácie o vás majú údaje a aké, a dostať ich kópiu.',
  'form.explain.RECTIFICATION':
    'Dať opraviť nesprávne alebo zastarané údaje o vás. Nižšie napíšte, čo opraviť.',
  'form.explain.ERASURE': 'Dať vymazať svoje údaje, aby ste z týchto zoznamov už nedostávali poštu.',
  'form.explain.RESTRICTION':
    'Dať svoje údaje uchovať, ale nepoužívať, napríklad kým spochybňujete ich správnosť.',
  'form.explain.PORTABILITY': 'Dostať svoje údaje v súbore, ktorý môžete vziať do inej služby.',
  'form.explain.OBJECTION':
    'Požiadať organizácie, aby prestali používať vaše údaje; budete vyradení z ich zoznamov.',
  'form.email': 'E-mailová adresa',
  'form.right': 'Čo chcete?',
  'form.details': 'Podrobnosti',
  'form.detailsHint': 'Nepovinné. Pri oprave napíšte, čo je zlé a ako to má byť.',
  'form.country': 'Krajina',
  'form.countryHint': 'Nepovinné. Dvojpísmenový kód krajiny, v ktorej žijete, napríklad SK.',
  'form.submit': 'Odoslať žiadosť',
  'form.errorTitle': 'Opravte, prosím, formulár',
  'form.errorEmail': 'Zadajte platnú e-mailovú adresu.',
  'form.errorRight': 'Vyberte jedno z práv.',
  'form.errorDetails': 'Podrobnosti môžu mať najviac 2000 znakov, bez riadiacich znakov a bez značiek HTML.',
  'form.errorCountry': 'Zadajte dvojpísmenový kód krajiny, napríklad SK, alebo nechajte pole prázdne.',
  'form.crossSite': 'Tento formulár sa dá odoslať len z tejto stránky. Otvorte ho tu a skúste to znova.',
  'form.sentTitle': 'Pozrite sa do schránky',
  'form.sent':
    'Ďakujeme. Vaša žiadosť má číslo {reference}. Ak táto adresa môže prijímať poštu, je na ceste správa s odkazom na overenie žiadosti. Kým odkaz nepoužijete, nič sa nestane; neoverená žiadosť po 7 dňoch zanikne.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Overte svoju žiadosť o ochranu údajov {refs}',
  'mail.verifySubjectMany': 'Overte svoje žiadosti o ochranu údajov {refs}',
  'mail.verifyOne': 'Pre túto adresu sme dostali žiadosť: {right}, číslo {reference}.',
  'mail.verifyOpen':
    'Aby ste potvrdili, že ste ju podali vy, otvorte tento odkaz a stlačte tlačidlo na stránke:',
  'mail.verifyMany':
    'Pre túto adresu sme dostali niekoľko žiadostí o ochranu údajov ({count}). Každá má vlastný odkaz, ktorý overí len ju: otvorte odkaz každej žiadosti, ktorú ste podali, a stlačte tlačidlo na stránke.',
  'mail.verifyItem': '{n}. {reference}, prijatá {received}: {right}',
  'mail.verifyThen':
    'Potom nájdeme každého nášho zákazníka, ktorý má údaje o tejto adrese, a žiadosť mu odovzdáme.',
  'mail.verifyIgnoreOne':
    'Ak ste túto žiadosť nepodali, správu ignorujte: zanikne {date} a jej údaje sa vymažú.',
  'mail.verifyIgnoreMany':
    'Ak ste niektorú z nich nepodali, nepoužívajte jej odkaz: zanikne neoverená ({lapses}) a jej údaje sa vymažú.',
  'mail.verifyLapse': '{reference} dňa {date}',
  'mail.verifyReplaces':
    'Táto správa nahrádza skoršiu overovaciu správu na túto adresu: odkazy v nej už nefungujú.',
  'mail.routedSubject': 'Vaša žiadosť {reference} bola odovzdaná',
  'mail.routedIntro':
    'Ďakujeme za overenie žiadosti {reference}. Tieto organizácie majú údaje o vašej adrese a každá vám musí odpovedať do {due}:',
  'mail.routedFollow': 'Každá odpovie e-mailom. Odpovede sa tu zobrazia, keď prídu:',
  'mail.routedUntil':
    'Odkaz funguje do {days, plural, one {# dňa} few {# dní} many {# dňa} other {# dní}} po poslednej odpovedi, najneskôr do {date}.',
  'mail.noDataSubject': 'Vaša žiadosť {reference}: žiadne údaje',
  'mail.noDataIntro':
    'Ďakujeme za overenie žiadosti {reference}. Žiadny z našich zákazníkov nemá o tejto adrese údaje, takže nie je čo odovzdať.',
  'mail.noDataUntil': 'Podrobnosti vašej žiadosti boli vymazané. Jej stav zostane viditeľný tu do {date}:',

  'right.ACCESS': 'prístup k vašim údajom',
  'right.RECTIFICATION': 'oprava vašich údajov',
  'right.ERASURE': 'vymazanie vašich údajov',
  'right.RESTRICTION': 'obmedzenie spracúvania',
  'right.PORTABILITY': 'kópia vašich údajov na prenesenie inam',
  'right.OBJECTION': 'námietka proti spracúvaniu',

  'request.AWAITING_VERIFICATION': 'čaká na vaše potvrdenie',
  'request.ROUTING': 'potvrdená; hľadáme organizácie, ktoré majú o vás údaje',
  'request.ROUTED': 'postúpená; čaká na odpovede',
  'request.COMPLETED': 'odpovedali všetky organizácie',
  'request.NO_DATA_HELD': 'žiadna organizácia nemá o tejto adrese údaje',
  'request.EXPIRED': 'nebola potvrdená, preto prepadla',

  'task.PENDING': 'čaká na odpoveď',
  'task.EXTENDED': 'lehota predĺžená',
  'task.FULFILLED': 'vybavené',
  'task.REJECTED': 'zamietnuté',

  'privacy.title': 'Ako Steward zaobchádza s osobnými údajmi',
  'privacy.intro':
    'Steward prevádzkuje e-mailové zoznamy pre organizácie, ktoré ich rozosielajú – našich zákazníkov. Každý zákazník rozhoduje, na čo jeho zoznamy slúžia, a zodpovedá za údaje svojich odberateľov (prevádzkovateľ); my tieto údaje spracúvame len v jeho mene a podľa jeho pokynov.',
  'privacy.whatTitle': 'Čo spracúvame a prečo',
  'privacy.whatSubscriber':
    'Pre každý zoznam, do ktorého sa prihlásite: vašu e-mailovú adresu a, len ak ich uvediete, vaše meno, krajinu a preferovaný formát, spolu so záznamom o tom, kedy a ako ste dali súhlas. Používame ich na zasielanie správ z tohto zoznamu.',
  'privacy.whatTracking':
    'Či ste otvorili správu HTML, sa zaznamenáva len vtedy, ak ste s tým súhlasili, a súhlas môžete kedykoľvek odvolať.',
  'privacy.whatRequest':
    'Keď podáte žiadosť o ochranu údajov: vašu adresu, právo, ktoré uplatňujete, a to, čo napíšete, aby sme overili, že adresa patrí vám, a postúpili žiadosť každému zákazníkovi, ktorý o nej má údaje.',
  'privacy.whatLogs':
    'Záznamy webového servera s IP adresami, aby bola služba bezpečná. Prezeráme ich len súhrnne, okrem reakcie na útok.',
  'privacy.keepTitle': 'Ako dlho ich uchovávame',
  'privacy.keepSubscriber':
    'Kým ste prihlásení. Keď sa odhlásite, vaša adresa a údaje sa hneď vymažú; zostanú len anonymné počty a nezvratne zašifrovaný záznam, aby sme vám už nič neposielali.',
  'privacy.keepPending':
    'Prihláška, ktorú ste nepotvrdili: jej odkaz funguje {days, plural, one {# deň} few {# dni} many {# dňa} other {# dní}}, potom sa prihláška vymaže.',
  'privacy.keepMail':
    'Odoslaná pošta: naša kópia s vašou adresou sa vymaže {days, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} po svojom vytvorení.',
  'privacy.keepJobs':
    'Úlohy na pozadí, ktoré môžu obsahovať adresu: vymažú sa {done, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} po dokončení alebo {dead, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} po zlyhaní.',
  'privacy.keepRequest':
    'Žiadosti o ochranu údajov: žiadosť nepotvrdená do {verify, plural, one {# dňa} few {# dní} many {# dňa} other {# dní}} prepadne a jej údaje sa vymažú; inak sa jej osobné údaje vymažú {after, plural, one {# deň} few {# dni} many {# dňa} other {# dní}} po jej ukončení.',
  'privacy.keepLogs':
    'Záznamy webového servera: IP adresy sa skracujú po {truncate, plural, one {# dni} few {# dňoch} many {# dňa} other {# dňoch}} a záznamy sa vymažú po {remove, plural, one {# dni} few {# dňoch} many {# dňa} other {# dňoch}}.',
  'privacy.cookiesTitle': 'Súbory cookie',
  'privacy.cookieSession':
    'steward_session: len pre pracovníkov našich zákazníkov, ktorí sa prihlasujú do portálu; udržiava ich prihlásených {hours, plural, one {# hodinu} few {# hodiny} many {# hodiny} other {# hodín}}, alebo {days, plural, one {# deň} few {# dni} many {# dňa} other {# dní}}, ak sa rozhodnú zostať prihlásení.',
  'privacy.cookieLang': 'steward_lang: jeden rok si pamätá jazyk, ktorý ste si na týchto stránkach vybrali.',
  'privacy.noTracking':
    'Nie sú tu žiadne iné súbory cookie, žiadne sledovanie a nič sa nenačítava z iných webov.',
  'privacy.rightsTitle': 'Vaše práva',
  'privacy.rights':
    'Každá správa obsahuje odkaz na odhlásenie. Ak chcete svoje údaje vidieť, opraviť alebo vymazať, obráťte sa na organizáciu, v ktorej zozname ste; ak nám pošlete žiadosť o ochranu údajov, overíme, že adresa patrí vám, a postúpime ju každému zákazníkovi, ktorý o nej má údaje.',
  'answer.footer':
    'Číslo: {reference}. Stav vašej žiadosti: opýtajte sa nás s týmto číslom alebo použite odkaz na stav, ktorý ste dostali.',
  'answer.complaint':
    'Máte právo podať sťažnosť dozornému orgánu, najmä v členskom štáte EÚ svojho obvyklého pobytu, miesta výkonu práce alebo miesta údajného porušenia (čl. 77 GDPR), a právo na účinný súdny prostriedok nápravy (čl. 79 GDPR).',
  'answer.extendedSubject': '{controller} potrebuje na vašu žiadosť {reference} viac času',
  'answer.extended':
    '{controller} predĺžil lehotu na vybavenie vašej žiadosti {reference} o dva mesiace (čl. 12 ods. 3 GDPR). Dôvody:',
  'answer.extendedDue': 'Odpovedať musí teraz do {date}.',
  'answer.rejectedSubject': '{controller} zamietol vašu žiadosť {reference}',
  'answer.rejected': '{controller} zamietol vašu žiadosť {reference} ({right}). Dôvody:',
  'answer.offboardedSubject': '{controller} opustil platformu: vaša žiadosť {reference}',
  'answer.offboarded':
    '{controller} ukončil využívanie služieb platformy dňa {date}. Platforma vrátila všetko, čo pre {controller} uchovávala, a potom to vymazala, takže v tejto žiadosti už nemôže nič urobiť. So svojou žiadosťou sa obráťte priamo na {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} ukončil využívanie služieb platformy dňa {date}. Platforma vrátila všetko, čo pre {controller} uchovávala, a potom to vymazala, vrátane vašich údajov, takže v tejto žiadosti už nemôže nič urobiť. So všetkým ostatným sa obráťte priamo na {controller}: {contact}.',
  'answer.dataSubject': '{controller}: vaše údaje ({reference})',
  'answer.access':
    '{controller} odpovedá na vašu žiadosť o prístup {reference} (čl. 15 GDPR). Toto je všetko, čo o vašej adrese uchováva:',
  'answer.accessAttached': 'Tie isté údaje sú priložené ako súbor JSON.',
  'answer.portability':
    '{controller} odpovedá na vašu žiadosť o prenosnosť údajov {reference} (čl. 20 GDPR).',
  'answer.portabilityAttached':
    'Vaše údaje sú priložené v štruktúrovanom, strojovo čitateľnom formáte (JSON).',
  'answer.rectifiedSubject': '{controller} opravil vaše údaje ({reference})',
  'answer.rectified':
    '{controller} opravil vaše údaje (čl. 16 GDPR) na základe žiadosti {reference}: {changed}.',
  'answer.corrections':
    '{changes} v {n, plural, one {# prihlásení} few {# prihláseniach} many {# prihlásenia} other {# prihláseniach}}',
  'answer.nameCorrected': 'meno opravené',
  'answer.nameRemoved': 'meno odstránené',
  'answer.countryCorrected': 'krajina opravená',
  'answer.addressCorrected': 'adresa opravená',
  'answer.erasedSubject': '{controller} vymazal vaše údaje ({reference})',
  'answer.erased':
    '{controller} vymazal vaše údaje (čl. 17 GDPR) na základe žiadosti {reference}: {n, plural, one {vymazalo sa # prihlásenie} few {vymazali sa # prihlásenia} many {vymazalo sa # prihlásenia} other {vymazalo sa # prihlásení}} aj so záznamami o súhlase.',
  'answer.objected':
    '{controller} na základe vašej námietky ukončil spracúvanie vašich údajov (čl. 21 GDPR), žiadosť {reference}: boli ste odhlásení z {n, plural, one {# zoznamu} few {# zoznamov} many {# zoznamu} other {# zoznamov}} a údaje boli vymazané.',
  'answer.keyedHash':
    'Uchováva sa len kľúčovaný odtlačok (hash) adresy, aby nebola znova pridaná bez vášho nového súhlasu.',
  'answer.restrictedSubject': '{controller} obmedzil spracúvanie vašich údajov ({reference})',
  'answer.restricted':
    '{controller} obmedzil spracúvanie vašich údajov (čl. 18 GDPR) na základe žiadosti {reference}: {n, plural, one {# prihlásenie sa uchováva, ale nič nedostáva} few {# prihlásenia sa uchovávajú, ale nič nedostávajú} many {# prihlásenia sa uchováva, ale nič nedostáva} other {# prihlásení sa uchováva, ale nič nedostávajú}}.',
  'answer.copyController': 'Prevádzkovateľ: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adresa: {address}',
  'answer.copyNone': 'Pre túto adresu sa už neuchováva žiadne prihlásenie.',
  'answer.copyList': 'Zoznam {list} („{title}“): {status}',
  'answer.copyListRestricted': 'Zoznam {list} („{title}“): {status}, spracúvanie obmedzené',
  'answer.copyDetails': 'meno: {name}; krajina: {country}; formát: {format}; sledovanie otvorení: {tracking}',
  'answer.copyNotGiven': '(neuvedené)',
  'answer.copyTrackingYes': 'súhlas udelený',
  'answer.copyTrackingNo': 'nie',
  'answer.copyRequested': 'prihlásené {at}',
  'answer.copyConfirmed': 'prihlásené {at}, potvrdené {confirmed}',
  'answer.copyConsent': 'súhlas: {event} cez {source} dňa {at}{origin}; verzia textu: {wording}',
  'answer.copyFrom': 'z {ip}',
  'answer.copyMessage': 'správa „{subject}“: {state}{times}',
  'answer.copyOpened': 'otvorená {at}',
  'answer.copyProcessing': 'Spracúvanie vašich údajov zaznamenané platformou pre tohto prevádzkovateľa:',
  'answer.copyProcessingNone': '(žiadne, ktoré by sa týkalo vás osobne)',
};
