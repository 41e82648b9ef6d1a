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
};
