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
};
