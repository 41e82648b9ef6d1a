import type { Catalogue } from './en';

export const hu: Catalogue = {
  'page.language': 'Nyelv',
  'page.changeLanguage': 'Váltás',
  'page.privacy': 'Adatvédelem',
  'page.footer': 'A Steward levelezőlistákat üzemeltet az azokat küldő szervezetek megbízásából.',

  'link.invalidTitle': 'Ez a hivatkozás nem használható',
  'link.invalid': 'Ez a hivatkozás érvénytelen, már felhasználták, vagy lejárt.',
  'link.rateLimited': 'Túl sok próbálkozás érkezett a hálózatáról. Várjon egy percet, és próbálja újra.',
  'link.failed': 'Ez nem sikerült. Kérjük, próbálja újra később.',

  'confirm.title': 'Erősítse meg feliratkozását',
  'confirm.text':
    'Nyomja meg a gombot annak megerősítéséhez, hogy szeretné megkapni ennek a listának a leveleit.',
  'confirm.button': 'Feliratkozásom megerősítése',
  'confirm.doneTitle': 'Feliratkozás megerősítve',
  'confirm.done': 'Ön most már feliratkozott. Minden levélben van egy hivatkozás a leiratkozáshoz.',

  'welcome.title': 'Üdvözöljük: a feliratkozása megerősítve',
  'welcome.next': 'Mostantól megkapja a lista üzeneteit a választott formátumban. Mást nem küldünk Önnek.',
  'welcome.leave':
    'Minden üzenet végén van egy leiratkozási link: egy kattintással lekerül a listáról, és a címe és adatai törlődnek róla.',
  'signup.intro': 'Iratkozzon fel a(z) {organisation} levelezőlistájára.',
  'signup.consentTitle': 'Mihez járul hozzá',
  'signup.consentVersion': 'A szöveg {version}. változata',
  'signup.email': 'E-mail-cím',
  'signup.name': 'Név (nem kötelező)',
  'signup.country': 'Ország (nem kötelező)',
  'signup.countryNone': 'Nincs megadva',
  'signup.format': 'Az üzenetek formátuma',
  'signup.formatText': 'Csak szöveg',
  'signup.formatHtml': 'HTML, formázással és képekkel',
  'signup.tracking':
    'Jelezzék a feladónak, ha megnyitok egy üzenetet vagy rákattintok egy linkjére (nem kötelező)',
  'signup.trackingHelp':
    'Ez csak HTML-üzeneteknél működik: ilyenkor egy apró képet és olyan linkeket tartalmaznak, amelyek jelentik a megnyitást és a kattintást. Ha üresen hagyja a négyzetet, semmit sem rögzítünk. A hozzájárulást bármikor visszavonhatja.',
  'signup.button': 'Feliratkozom',
  'signup.confirmNote':
    'Küldünk Önnek egy e-mailt egy linkkel. Csak akkor lesz feliratkozva, ha használja a linket.',
  'signup.sentTitle': 'Nézze meg a postafiókját',
  'signup.sent':
    'Köszönjük. Ha ez a lista fogad feliratkozást, egy megerősítő linket tartalmazó e-mail úton van a megadott címre. Amíg nem használja a linket, nem történik semmi. Ha nem érkezik e-mail, nézze meg a levélszemét mappát.',
  'signup.errorTitle': 'Kérjük, javítsa az űrlapot',
  'signup.errorEmail': 'Adjon meg érvényes e-mail-címet, például name@example.com.',
  'signup.errorName': 'Adjon meg legfeljebb 200 karakteres nevet, egy sorban, a < és > karakterek nélkül.',
  'signup.errorCountry': 'Válasszon országot a listából.',
  'signup.errorFormat': 'Válassza a Csak szöveg vagy a HTML lehetőséget.',
  'signup.errorTooLarge': 'Az űrlap túl nagy volt. Kérjük, töltse ki újra.',
  'signup.crossSite':
    'Ezt az űrlapot egy másik webhelyről küldték. Kérjük, inkább ezen az oldalon iratkozzon fel.',
  'signup.notFoundTitle': 'Ez a feliratkozási űrlap nem létezik',
  'signup.notFound':
    'Ezen a címen nincs levelezőlista. Ellenőrizze a linket, vagy kérje el a szervezettől a feliratkozási oldalát.',
  'signup.embedNote': 'Az adatait a Steward kezeli a(z) {organisation} megbízásából.',
  'signup.singleNote':
    'Az űrlap elküldésével azonnal feliratkozik. Minden üzenetben van egy link a leiratkozáshoz.',
  'signup.singleSentTitle': 'Köszönjük',
  'signup.singleSent':
    'Köszönjük. Ha ez a lista fogad feliratkozásokat, és a cím tud levelet fogadni, a cím most fel van iratkozva, és megkapja a lista üzeneteit; minden üzenetben van egy link a leiratkozáshoz. Ha a cím korábban elhagyta ezt a listát, vagy már megerősítésre vár, helyette egy megerősítő linket tartalmazó e-mailt kap.',
  'confirmMail.subject': 'Kérjük, erősítse meg feliratkozását: {list}',
  'confirmMail.asked':
    'Valaki, reméljük Ön, kérte, hogy ez a cím feliratkozzon a(z) „{list}” ({name}) listára, amely a(z) {organisation} listája.',
  'confirmMail.imported':
    'A(z) {organisation} felvette ezt a címet a(z) „{list}” ({name}) listájára. Nem kap róla semmit, ha nem erősíti meg.',
  'confirmMail.confirm': 'A megerősítéshez nyissa meg ezt a linket, és nyomja meg az oldalon a gombot:',
  'confirmMail.refuseAsked':
    'Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: nem lesz feliratkozva, és a kérést 7 nap után töröljük. Ha most elutasítja, azonnal töröljük:',
  'confirmMail.refuseImported':
    'Ha nem kéri, hagyja figyelmen kívül ezt az üzenetet: a kérést 7 nap után töröljük. Ha most elutasítja, azonnal töröljük:',

  'unsubscribe.title': 'Leiratkozás',
  'unsubscribe.text':
    'Nyomja meg a gombot, hogy elhagyja ezt a listát. Címét és adatait ekkor töröljük róla.',
  'unsubscribe.button': 'Leiratkozás',
  'unsubscribe.doneTitle': 'Ön leiratkozott',
  'unsubscribe.done': 'Címét és adatait töröltük erről a listáról.',

  'verify.title': 'Erősítse meg kérelmét',
  'verify.text':
    'Nyomja meg a gombot annak megerősítéséhez, hogy Ön nyújtotta be ezt az adatvédelmi kérelmet. Ezután továbbítjuk minden ügyfelünknek, amely adatot tárol az Ön címéről.',
  'verify.button': 'Kérelmem megerősítése',
  'verify.doneTitle': 'Kérelem megerősítve',
  'verify.done':
    'Köszönjük. A(z) {reference} kérelmét megerősítettük, és továbbítjuk; úton van egy levél egy hivatkozással, ahol nyomon követheti.',

  'status.title': 'Az Ön kérelme: {reference}',
  'status.invalid':
    'Ez a hivatkozás érvénytelen vagy lejárt. Az állapotoldal hivatkozása a kérelemre adott utolsó választól számított {days, plural, one {# napig} other {# napig}} működik, és legfeljebb ugyanennyi ideig a legkésőbbi lehetséges határidő után; magukat a válaszokat e-mailben kapta meg.',
  'status.summary': 'Kérelme ({right}) beérkezésének napja: {received}. A válaszok határideje: {due}.',
  'status.state': 'Állapot: {state}',
  'status.answers':
    '{count, plural, one {# szervezet tárol adatot Önről:} other {# szervezet tárol adatot Önről:}}',
  'status.organisation': 'Szervezet',
  'status.answer': 'Válasz',
  'status.due': 'Határidő',
  'status.answered': 'Megválaszolva',
  'status.reason': 'Indoklás',
  'status.extendedTo': '{controller} több időt kért: {due}-ig kell válaszolnia.',
  'status.extendedWhy': '{controller} több időt kért: {due}-ig kell válaszolnia. Indoklása: {reason}',
  'status.holdingsTitle': 'Ki tárol adatot Önről',
  'status.holdings': '{controller} ezeken a listákon tárol adatot az Ön címéről: {lists}.',
  'form.title': 'Adatvédelmi kérelem benyújtása',
  'form.intro':
    'Az adatvédelmi rendelet (GDPR) jogokat ad Önnek azokhoz az adatokhoz, amelyeket szervezetek tárolnak Önről. Válassza ki, mit szeretne, adja meg e-mail-címét, és küldünk egy linket, amellyel megerősíti, hogy a cím az Öné. Ezután a kérelmet továbbítjuk minden ügyfelünknek, amely adatot tárol erről a címről, és mindegyiknek egy hónapon belül válaszolnia kell.',
  'form.rightsTitle': 'Az Ön jogai',
  'form.explain.ACCESS':
    'Megtudhatja, mely szervezetek tárolnak adatot Önről, milyet, és másolatot kap róla.',
  'form.explain.RECTIFICATION':
    'Kijavíttathatja a hibás vagy elavult adatait. Írja le alább, mit kell javítani.',
  'form.explain.ERASURE': 'Töröltetheti az adatait, így nem kap több levelet ezekről a listákról.',
  'form.explain.RESTRICTION':
    'Kérheti, hogy adatait megőrizzék, de ne használják, például amíg vitatja, hogy helyesek-e.',
  'form.explain.PORTABILITY': 'Megkaphatja adatait egy fájlban, amelyet másik szolgáltatáshoz vihet.',
  'form.explain.OBJECTION':
    'Kérheti a szervezetektől, hogy ne használják tovább az adatait; lekerül a listáikról.',
  'form.email': 'E-mail-cím',
  'form.right': 'Mit szeretne?',
  'form.details': 'Részletek',
  'form.detailsHint': 'Nem kötelező. Javításnál írja le, mi a hibás és mi a helyes.',
  'form.country': 'Ország',
  'form.countryHint': 'Nem kötelező. Annak az országnak a kétbetűs kódja, ahol él, például HU.',
  'form.submit': 'Kérelem elküldése',
  'form.errorTitle': 'Kérjük, javítsa az űrlapot',
  'form.errorEmail': 'Adjon meg érvényes e-mail-címet.',
  'form.errorRight': 'Válasszon egyet a jogok közül.',
  'form.errorDetails':
    'A részletek legfeljebb 2000 karakteresek lehetnek, vezérlőkarakterek és HTML-címkék nélkül.',
  'form.errorCountry': 'Adjon meg kétbetűs országkódot, például HU, vagy hagyja üresen a mezőt.',
  'form.crossSite': 'Ez az űrlap csak erről a webhelyről küldhető el. Nyissa meg itt, és próbálja újra.',
  'form.sentTitle': 'Nézze meg a postafiókját',
  'form.sent':
    'Köszönjük. Kérelmének azonosítója {reference}. Ha erre a címre érkezhet levél, úton van egy üzenet a kérelem megerősítésére szolgáló linkkel. Amíg a linket nem használja, semmi sem történik; a meg nem erősített kérelem 7 nap után megszűnik.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Erősítse meg adatvédelmi kérelmét: {refs}',
  'mail.verifySubjectMany': 'Erősítse meg adatvédelmi kérelmeit: {refs}',
  'mail.verifyOne': 'Erre a címre kérelmet kaptunk: {right}, azonosító: {reference}.',
  'mail.verifyOpen':
    'Annak megerősítéséhez, hogy Ön nyújtotta be, nyissa meg ezt a linket, és nyomja meg a gombot az oldalon:',
  'mail.verifyMany':
    'Erre a címre több adatvédelmi kérelmet kaptunk ({count}). Mindegyiknek saját linkje van, amely csak azt a kérelmet erősíti meg: nyissa meg minden Ön által benyújtott kérelem linkjét, és nyomja meg a gombot az oldalon.',
  'mail.verifyItem': '{n}. {reference}, beérkezett: {received}: {right}',
  'mail.verifyThen':
    'Ezután megkeressük minden ügyfelünket, amely adatot tárol erről a címről, és továbbítjuk nekik a kérelmet.',
  'mail.verifyIgnoreOne':
    'Ha nem Ön nyújtotta be ezt a kérelmet, hagyja figyelmen kívül ezt az üzenetet: {date} napon megszűnik, és adatai törlődnek.',
  'mail.verifyIgnoreMany':
    'Ha valamelyiket nem Ön nyújtotta be, ne használja a linkjét: megerősítés nélkül megszűnik ({lapses}), és adatai törlődnek.',
  'mail.verifyLapse': '{reference}: {date}',
  'mail.verifyReplaces':
    'Ez az üzenet a címre korábban küldött megerősítő üzenetet váltja fel: az abban lévő linkek már nem működnek.',
  'mail.routedSubject': '{reference} kérelmét továbbítottuk',
  'mail.routedIntro':
    'Köszönjük, hogy megerősítette {reference} kérelmét. Ezek a szervezetek tárolnak adatot a címéről, és mindegyiknek {due}-ig kell válaszolnia:',
  'mail.routedFollow': 'Mindegyik e-mailben válaszol. A válaszok itt jelennek meg, ahogy beérkeznek:',
  'mail.routedUntil':
    'A link az utolsó válasz után {days, plural, one {# napig} other {# napig}} működik, legfeljebb {date}-ig.',
  'mail.noDataSubject': '{reference} kérelme: nincs tárolt adat',
  'mail.noDataIntro':
    'Köszönjük, hogy megerősítette {reference} kérelmét. Egyik ügyfelünk sem tárol adatot erről a címről, így nincs mit továbbítani.',
  'mail.noDataUntil': 'Kérelmének részleteit töröltük. Állapota {date}-ig itt látható:',

  'right.ACCESS': 'hozzáférés az adataihoz',
  'right.RECTIFICATION': 'adatai helyesbítése',
  'right.ERASURE': 'adatai törlése',
  'right.RESTRICTION': 'az adatkezelés korlátozása',
  'right.PORTABILITY': 'másolat az adatairól, hogy máshová vigye',
  'right.OBJECTION': 'tiltakozás az adatkezelés ellen',

  'request.AWAITING_VERIFICATION': 'az Ön megerősítésére vár',
  'request.ROUTING': 'megerősítve; keressük azokat a szervezeteket, amelyek adatot tárolnak Önről',
  'request.ROUTED': 'továbbítva; a válaszokra vár',
  'request.COMPLETED': 'minden szervezet válaszolt',
  'request.NO_DATA_HELD': 'egyetlen szervezet sem tárol adatot erről a címről',
  'request.EXPIRED': 'nem erősítették meg, ezért lejárt',

  'task.PENDING': 'válaszra vár',
  'task.EXTENDED': 'határidő meghosszabbítva',
  'task.FULFILLED': 'teljesítve',
  'task.REJECTED': 'elutasítva',

  'privacy.title': 'Hogyan kezeli a Steward a személyes adatokat',
  'privacy.intro':
    'A Steward levelezőlistákat üzemeltet az azokat küldő szervezeteknek, az ügyfeleinknek. Minden ügyfél maga dönti el, mire valók a listái, és ő felel feliratkozói adataiért (az adatkezelő); mi ezeket az adatokat csak az ő nevében és utasításai szerint kezeljük.',
  'privacy.whatTitle': 'Mit kezelünk és miért',
  'privacy.whatSubscriber':
    'Minden listához, amelyre feliratkozik: az e-mail-címét és – csak ha megadja – a nevét, országát és kívánt formátumát, valamint annak nyilvántartását, hogy mikor és hogyan adta hozzájárulását. Ezeket arra használjuk, hogy elküldjük Önnek a lista leveleit.',
  'privacy.whatTracking':
    'Azt, hogy megnyitott-e egy HTML-levelet, csak akkor rögzítjük, ha ehhez hozzájárult, és a hozzájárulását bármikor visszavonhatja.',
  'privacy.whatRequest':
    'Ha adatvédelmi kérelmet nyújt be: a címét, a gyakorolt jogot és amit ír, hogy ellenőrizzük, a cím az Öné, és továbbítsuk a kérelmet minden ügyfélnek, amely adatot tárol róla.',
  'privacy.whatLogs':
    'A webszerver naplói IP-címekkel, a szolgáltatás biztonsága érdekében. Csak összesítve tekintjük meg őket, kivéve egy támadás elhárításához.',
  'privacy.keepTitle': 'Meddig őrizzük meg',
  'privacy.keepSubscriber':
    'Amíg fel van iratkozva. Leiratkozáskor a címét és adatait azonnal töröljük; csak névtelen számlálók maradnak, és egy visszafejthetetlen bejegyzés, hogy többé ne küldjünk Önnek semmit.',
  'privacy.keepPending':
    'Meg nem erősített feliratkozás: a hivatkozása {days, plural, one {# napig} other {# napig}} működik, utána a feliratkozást töröljük.',
  'privacy.keepMail':
    'Elküldött levelek: a címét tartalmazó másolatunkat a létrehozása után {days, plural, one {# nappal} other {# nappal}} töröljük.',
  'privacy.keepJobs':
    'Háttérfeladatok, amelyek címet tartalmazhatnak: a befejezésük után {done, plural, one {# nappal} other {# nappal}}, sikertelenség esetén {dead, plural, one {# nappal} other {# nappal}} töröljük őket.',
  'privacy.keepRequest':
    'Adatvédelmi kérelmek: a {verify, plural, one {# napon} other {# napon}} belül meg nem erősített kérelem érvényét veszti, és adatait töröljük; egyébként személyes adatait a lezárása után {after, plural, one {# nappal} other {# nappal}} töröljük.',
  'privacy.keepLogs':
    'A webszerver naplói: az IP-címeket {truncate, plural, one {# nap} other {# nap}} után rövidítjük, a naplókat {remove, plural, one {# nap} other {# nap}} után töröljük.',
  'privacy.cookiesTitle': 'Sütik',
  'privacy.cookieSession':
    'steward_session: csak ügyfeleink munkatársainak, akik bejelentkeznek a portálra; {hours, plural, one {# óráig} other {# óráig}} tartja őket bejelentkezve, vagy {days, plural, one {# napig} other {# napig}}, ha a bejelentkezve maradást választják.',
  'privacy.cookieLang': 'steward_lang: egy évig megjegyzi, milyen nyelvet választott ezeken az oldalakon.',
  'privacy.noTracking': 'Nincs más süti, nincs követés, és semmi sem töltődik be más webhelyekről.',
  'privacy.rightsTitle': 'Az Ön jogai',
  'privacy.rights':
    'Minden levélben van egy leiratkozási hivatkozás. Ha látni, helyesbíteni vagy törölni szeretné adatait, forduljon ahhoz a szervezethez, amelynek listáján szerepel; ha adatvédelmi kérelmet küld nekünk, ellenőrizzük, hogy a cím az Öné, és továbbítjuk minden ügyfélnek, amely adatot tárol róla.',
  'answer.footer':
    'Hivatkozási szám: {reference}. Kérelme állapota: kérdezzen minket ezzel a számmal, vagy használja a kapott állapotlinket.',
  'answer.complaint':
    'Önnek joga van panaszt tenni egy felügyeleti hatóságnál, különösen a szokásos tartózkodási helye, munkahelye vagy a feltételezett jogsértés helye szerinti uniós tagállamban (GDPR 77. cikk), és bírósági jogorvoslatot igénybe venni (GDPR 79. cikk).',
  'answer.extendedSubject': '{controller} több időt kér a(z) {reference} kérelmére',
  'answer.extended':
    '{controller} két hónappal meghosszabbította a(z) {reference} kérelmére adandó válasz határidejét (GDPR 12. cikk (3) bekezdés). Indokai:',
  'answer.extendedDue': 'Most {date} napjáig kell válaszolnia.',
  'answer.rejectedSubject': '{controller} elutasította a(z) {reference} kérelmét',
  'answer.rejected': '{controller} elutasította a(z) {reference} kérelmét ({right}). Indokai:',
  'answer.offboardedSubject': '{controller} elhagyta a platformot: a(z) {reference} kérelme',
  'answer.offboarded':
    '{controller} {date} napján befejezte a platform szolgáltatásának használatát. A platform mindent visszaadott, amit a(z) {controller} számára tárolt, majd törölte, így ebben a kérelemben már nem tud eljárni. Kérelmével forduljon közvetlenül ide: {controller}, {contact}.',
  'answer.offboardedDone':
    '{controller} {date} napján befejezte a platform szolgáltatásának használatát. A platform mindent visszaadott, amit a(z) {controller} számára tárolt, majd törölte, az Ön adatait is, így ebben a kérelemben már nem tud eljárni. Minden más ügyben forduljon közvetlenül ide: {controller}, {contact}.',
  'answer.dataSubject': '{controller}: az Ön adatai ({reference})',
  'answer.access':
    '{controller} válaszol a(z) {reference} hozzáférési kérelmére (GDPR 15. cikk). Ez minden, amit az Ön címéről tárol:',
  'answer.accessAttached': 'Ugyanezek az adatok JSON-fájlként mellékelve.',
  'answer.portability':
    '{controller} válaszol a(z) {reference} adathordozhatósági kérelmére (GDPR 20. cikk).',
  'answer.portabilityAttached': 'Adatait tagolt, géppel olvasható formátumban (JSON) mellékeltük.',
  'answer.rectifiedSubject': '{controller} helyesbítette adatait ({reference})',
  'answer.rectified':
    '{controller} helyesbítette adatait (GDPR 16. cikk) a(z) {reference} kérelemre: {changed}.',
  'answer.corrections': '{changes}, {n} feliratkozásban',
  'answer.nameCorrected': 'név helyesbítve',
  'answer.nameRemoved': 'név eltávolítva',
  'answer.countryCorrected': 'ország helyesbítve',
  'answer.addressCorrected': 'cím helyesbítve',
  'answer.erasedSubject': '{controller} törölte adatait ({reference})',
  'answer.erased':
    '{controller} törölte adatait (GDPR 17. cikk) a(z) {reference} kérelemre: {n} feliratkozást és a hozzájuk tartozó hozzájárulási nyilvántartást törölte.',
  'answer.objected':
    '{controller} az Ön tiltakozására leállította adatai kezelését (GDPR 21. cikk), kérelem: {reference}: {n} listáról leiratkoztattuk, és az adatokat töröltük.',
  'answer.keyedHash':
    'Csak a cím kulcsos hash-értékét őrizzük meg, hogy az Ön új hozzájárulása nélkül ne kerüljön újra fel.',
  'answer.restrictedSubject': '{controller} korlátozta adatai kezelését ({reference})',
  'answer.restricted':
    '{controller} korlátozta adatai kezelését (GDPR 18. cikk) a(z) {reference} kérelemre: {n} feliratkozás megmarad, de nem kap semmit.',
  'answer.copyController': 'Adatkezelő: {name} (kapcsolat: {contact})',
  'answer.copyAddress': 'Cím: {address}',
  'answer.copyNone': 'Ehhez a címhez már nem tárolunk feliratkozást.',
  'answer.copyList': 'Lista: {list} („{title}”): {status}',
  'answer.copyListRestricted': 'Lista: {list} („{title}”): {status}, kezelés korlátozva',
  'answer.copyDetails': 'név: {name}; ország: {country}; formátum: {format}; megnyitások mérése: {tracking}',
  'answer.copyNotGiven': '(nincs megadva)',
  'answer.copyTrackingYes': 'hozzájárult',
  'answer.copyTrackingNo': 'nem',
  'answer.copyRequested': 'kérve: {at}',
  'answer.copyConfirmed': 'kérve: {at}, megerősítve: {confirmed}',
  'answer.copyConsent':
    'hozzájárulás: {event}, csatorna: {source}, időpont: {at}{origin}; szövegváltozat: {wording}',
  'answer.copyFrom': 'innen: {ip}',
  'answer.copyMessage': 'üzenet: „{subject}”: {state}{times}',
  'answer.copyOpened': 'megnyitva: {at}',
  'answer.copyProcessing': 'Az adatai kezelése, amelyet a platform ennek az adatkezelőnek rögzített:',
  'answer.copyProcessingNone': '(nincs, amely személyesen Önre vonatkozna)',
};
