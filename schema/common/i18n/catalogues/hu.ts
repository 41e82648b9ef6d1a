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
};
