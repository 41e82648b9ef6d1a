import type { Catalogue } from './en';

export const sl: Catalogue = {
  'page.language': 'Jezik',
  'page.changeLanguage': 'Zamenjaj',
  'page.privacy': 'Zasebnost',
  'page.footer': 'Steward upravlja poštne sezname v imenu organizacij, ki jih pošiljajo.',

  'link.invalidTitle': 'Te povezave ni mogoče uporabiti',
  'link.invalid': 'Ta povezava je neveljavna, je že bila uporabljena ali je potekla.',
  'link.rateLimited': 'Iz vašega omrežja je preveč poskusov. Počakajte minuto in poskusite znova.',
  'link.failed': 'Ni uspelo. Poskusite znova pozneje.',

  'confirm.title': 'Potrdite naročnino',
  'confirm.text': 'Pritisnite gumb in potrdite, da želite prejemati sporočila tega seznama.',
  'confirm.button': 'Potrdi naročnino',
  'confirm.doneTitle': 'Naročnina potrjena',
  'confirm.done': 'Zdaj ste naročeni. Vsako sporočilo ima povezavo za odjavo.',

  'unsubscribe.title': 'Odjava',
  'unsubscribe.text':
    'Pritisnite gumb, da zapustite ta seznam. Vaš naslov in podatki so nato izbrisani z njega.',
  'unsubscribe.button': 'Odjavi me',
  'unsubscribe.doneTitle': 'Odjavljeni ste',
  'unsubscribe.done': 'Vaš naslov in podatki so bili izbrisani s tega seznama.',

  'verify.title': 'Potrdite svojo zahtevo',
  'verify.text':
    'Pritisnite gumb in potrdite, da ste to zahtevo glede varstva podatkov vložili vi. Nato jo posredujemo vsaki naši stranki, ki ima podatke o vašem naslovu.',
  'verify.button': 'Potrdi zahtevo',
  'verify.doneTitle': 'Zahteva potrjena',
  'verify.done':
    'Hvala. Vaša zahteva {reference} je potrjena in se posreduje naprej; poslali smo vam sporočilo s povezavo, kjer jo lahko spremljate.',

  'status.title': 'Vaša zahteva {reference}',
  'status.invalid':
    'Ta povezava je neveljavna ali je potekla. Povezava do stanja deluje {days, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po zadnjem odgovoru na zahtevo in največ toliko časa po njenem najpoznejšem možnem roku; same odgovore ste prejeli po e-pošti.',
  'status.summary': 'Vaša zahteva ({right}) je bila prejeta {received}. Odgovori morajo prispeti do {due}.',
  'status.state': 'Stanje: {state}',
  'status.answers':
    '{count, plural, one {# organizacija ima podatke o vas:} two {# organizaciji imata podatke o vas:} few {# organizacije imajo podatke o vas:} other {# organizacij ima podatke o vas:}}',
  'status.organisation': 'Organizacija',
  'status.answer': 'Odgovor',
  'status.due': 'Rok',
  'status.answered': 'Odgovorjeno',
  'status.reason': 'Razlog',

  'right.ACCESS': 'dostop do vaših podatkov',
  'right.RECTIFICATION': 'popravek vaših podatkov',
  'right.ERASURE': 'izbris vaših podatkov',
  'right.RESTRICTION': 'omejitev obdelave',
  'right.PORTABILITY': 'kopija vaših podatkov za prenos drugam',
  'right.OBJECTION': 'ugovor obdelavi',

  'request.AWAITING_VERIFICATION': 'čaka na vašo potrditev',
  'request.ROUTING': 'potrjena; iščemo organizacije, ki imajo podatke o vas',
  'request.ROUTED': 'posredovana; čaka na odgovore',
  'request.COMPLETED': 'odgovorile so vse organizacije',
  'request.NO_DATA_HELD': 'nobena organizacija nima podatkov o tem naslovu',
  'request.EXPIRED': 'ni bila potrjena, zato je zapadla',

  'task.PENDING': 'čaka na odgovor',
  'task.EXTENDED': 'rok podaljšan',
  'task.FULFILLED': 'izvedeno',
  'task.REJECTED': 'zavrnjeno',
};
