import type { Catalogue } from './en';

export const hr: Catalogue = {
  'page.language': 'Jezik',
  'page.changeLanguage': 'Promijeni',
  'page.privacy': 'Privatnost',
  'page.footer': 'Steward vodi popise za slanje e-pošte u ime organizacija koje ih šalju.',

  'link.invalidTitle': 'Ova se poveznica ne može upotrijebiti',
  'link.invalid': 'Ova poveznica nije valjana, već je upotrijebljena ili je istekla.',
  'link.rateLimited': 'Previše pokušaja iz vaše mreže. Pričekajte minutu i pokušajte ponovno.',
  'link.failed': 'Nije uspjelo. Pokušajte ponovno kasnije.',

  'confirm.title': 'Potvrdite pretplatu',
  'confirm.text': 'Pritisnite gumb kako biste potvrdili da želite primati poruke s ovog popisa.',
  'confirm.button': 'Potvrdi moju pretplatu',
  'confirm.doneTitle': 'Pretplata potvrđena',
  'confirm.done': 'Sada ste pretplaćeni. Svaka poruka sadrži poveznicu za odjavu.',

  'unsubscribe.title': 'Odjava',
  'unsubscribe.text':
    'Pritisnite gumb kako biste napustili ovaj popis. Vaša adresa i podaci tada se brišu s njega.',
  'unsubscribe.button': 'Odjavi me',
  'unsubscribe.doneTitle': 'Odjavljeni ste',
  'unsubscribe.done': 'Vaša adresa i podaci izbrisani su s ovog popisa.',

  'verify.title': 'Potvrdite svoj zahtjev',
  'verify.text':
    'Pritisnite gumb kako biste potvrdili da ste vi podnijeli ovaj zahtjev u vezi sa zaštitom podataka. Zatim ga prosljeđujemo svakom našem klijentu koji ima podatke o vašoj adresi.',
  'verify.button': 'Potvrdi moj zahtjev',
  'verify.doneTitle': 'Zahtjev potvrđen',
  'verify.done':
    'Hvala. Vaš zahtjev {reference} je potvrđen i prosljeđuje se; poslali smo vam poruku s poveznicom na kojoj ga možete pratiti.',

  'status.title': 'Vaš zahtjev {reference}',
  'status.invalid':
    'Ova poveznica nije valjana ili je istekla. Poveznica za praćenje radi do {days, plural, one {# dan} few {# dana} other {# dana}} nakon posljednjeg odgovora na zahtjev, i najviše toliko nakon njegova najkasnijeg mogućeg roka; same odgovore primili ste e-poštom.',
  'status.summary': 'Vaš zahtjev ({right}) zaprimljen je {received}. Odgovori moraju stići do {due}.',
  'status.state': 'Stanje: {state}',
  'status.answers':
    '{count, plural, one {# organizacija ima podatke o vama:} few {# organizacije imaju podatke o vama:} other {# organizacija ima podatke o vama:}}',
  'status.organisation': 'Organizacija',
  'status.answer': 'Odgovor',
  'status.due': 'Rok',
  'status.answered': 'Odgovoreno',
  'status.reason': 'Razlog',

  'right.ACCESS': 'pristup vašim podacima',
  'right.RECTIFICATION': 'ispravak vaših podataka',
  'right.ERASURE': 'brisanje vaših podataka',
  'right.RESTRICTION': 'ograničenje obrade',
  'right.PORTABILITY': 'kopija vaših podataka za prijenos drugamo',
  'right.OBJECTION': 'prigovor na obradu',

  'request.AWAITING_VERIFICATION': 'čeka vašu potvrdu',
  'request.ROUTING': 'potvrđen; tražimo organizacije koje imaju podatke o vama',
  'request.ROUTED': 'proslijeđen; čeka odgovore',
  'request.COMPLETED': 'odgovorile su sve organizacije',
  'request.NO_DATA_HELD': 'nijedna organizacija nema podatke o ovoj adresi',
  'request.EXPIRED': 'nikad nije potvrđen pa je istekao',

  'task.PENDING': 'čeka odgovor',
  'task.EXTENDED': 'rok produljen',
  'task.FULFILLED': 'izvršeno',
  'task.REJECTED': 'odbijeno',
};
