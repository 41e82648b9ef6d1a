import type { Catalogue } from './en';

export const ro: Catalogue = {
  'page.language': 'Limba',
  'page.changeLanguage': 'Schimbă',
  'page.privacy': 'Confidențialitate',
  'page.footer': 'Steward administrează liste de corespondență în numele organizațiilor care le trimit.',

  'link.invalidTitle': 'Acest link nu poate fi folosit',
  'link.invalid': 'Acest link nu este valid, a fost deja folosit sau a expirat.',
  'link.rateLimited':
    'Prea multe încercări din rețeaua dumneavoastră. Așteptați un minut și încercați din nou.',
  'link.failed': 'Nu a funcționat. Încercați din nou mai târziu.',

  'confirm.title': 'Confirmați abonarea',
  'confirm.text': 'Apăsați butonul pentru a confirma că doriți să primiți mesajele acestei liste.',
  'confirm.button': 'Confirm abonarea',
  'confirm.doneTitle': 'Abonare confirmată',
  'confirm.done': 'Acum sunteți abonat. Fiecare mesaj conține un link pentru dezabonare.',

  'unsubscribe.title': 'Dezabonare',
  'unsubscribe.text':
    'Apăsați butonul pentru a părăsi această listă. Adresa și datele dumneavoastră sunt apoi șterse din ea.',
  'unsubscribe.button': 'Mă dezabonez',
  'unsubscribe.doneTitle': 'V-ați dezabonat',
  'unsubscribe.done': 'Adresa și datele dumneavoastră au fost șterse din această listă.',

  'verify.title': 'Confirmați cererea',
  'verify.text':
    'Apăsați butonul pentru a confirma că ați făcut această cerere privind protecția datelor. Apoi o transmitem fiecărui client al nostru care deține date despre adresa dumneavoastră.',
  'verify.button': 'Confirm cererea',
  'verify.doneTitle': 'Cerere confirmată',
  'verify.done':
    'Vă mulțumim. Cererea dumneavoastră {reference} este confirmată și se transmite mai departe; vă sosește un mesaj cu un link pentru a o urmări.',

  'status.title': 'Cererea dumneavoastră {reference}',
  'status.invalid':
    'Acest link nu este valid sau a expirat. Un link de urmărire funcționează până la {days, plural, one {# zi} few {# zile} other {# de zile}} după ultimul răspuns la cerere și cel mult tot atât după ultimul termen posibil al acesteia; răspunsurile v-au fost trimise prin e-mail.',
  'status.summary':
    'Cererea dumneavoastră ({right}) a fost primită pe {received}. Răspunsurile trebuie date până pe {due}.',
  'status.state': 'Stare: {state}',
  'status.answers':
    '{count, plural, one {# organizație deține date despre dumneavoastră:} few {# organizații dețin date despre dumneavoastră:} other {# de organizații dețin date despre dumneavoastră:}}',
  'status.organisation': 'Organizație',
  'status.answer': 'Răspuns',
  'status.due': 'Termen',
  'status.answered': 'Răspuns dat',
  'status.reason': 'Motiv',

  'right.ACCESS': 'acces la datele dumneavoastră',
  'right.RECTIFICATION': 'rectificarea datelor dumneavoastră',
  'right.ERASURE': 'ștergerea datelor dumneavoastră',
  'right.RESTRICTION': 'restricționarea prelucrării',
  'right.PORTABILITY': 'o copie a datelor dumneavoastră, de dus în altă parte',
  'right.OBJECTION': 'opoziție la prelucrare',

  'request.AWAITING_VERIFICATION': 'așteaptă confirmarea dumneavoastră',
  'request.ROUTING': 'confirmată; căutăm organizațiile care dețin date despre dumneavoastră',
  'request.ROUTED': 'transmisă; așteaptă răspunsurile',
  'request.COMPLETED': 'toate organizațiile au răspuns',
  'request.NO_DATA_HELD': 'nicio organizație nu deține date despre această adresă',
  'request.EXPIRED': 'nu a fost confirmată, așa că a expirat',

  'task.PENDING': 'așteaptă răspuns',
  'task.EXTENDED': 'termen prelungit',
  'task.FULFILLED': 'soluționată',
  'task.REJECTED': 'respinsă',
};
