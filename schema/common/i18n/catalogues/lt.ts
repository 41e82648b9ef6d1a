import type { Catalogue } from './en';

export const lt: Catalogue = {
  'page.language': 'Kalba',
  'page.changeLanguage': 'Keisti',
  'page.privacy': 'Privatumas',
  'page.footer': 'Steward tvarko pašto sąrašus jas siunčiančių organizacijų vardu.',

  'link.invalidTitle': 'Šios nuorodos naudoti negalima',
  'link.invalid': 'Ši nuoroda negaliojanti, jau panaudota arba pasibaigęs jos galiojimas.',
  'link.rateLimited': 'Iš jūsų tinklo per daug bandymų. Palaukite minutę ir bandykite dar kartą.',
  'link.failed': 'Nepavyko. Bandykite vėliau.',

  'confirm.title': 'Patvirtinkite prenumeratą',
  'confirm.text': 'Paspauskite mygtuką ir patvirtinkite, kad norite gauti šio sąrašo laiškus.',
  'confirm.button': 'Patvirtinti prenumeratą',
  'confirm.doneTitle': 'Prenumerata patvirtinta',
  'confirm.done': 'Dabar esate prenumeratorius. Kiekviename laiške yra nuoroda, kuria galite atsisakyti.',

  'unsubscribe.title': 'Atsisakyti prenumeratos',
  'unsubscribe.text':
    'Paspauskite mygtuką, kad paliktumėte šį sąrašą. Tada jūsų adresas ir duomenys iš jo ištrinami.',
  'unsubscribe.button': 'Atsisakyti prenumeratos',
  'unsubscribe.doneTitle': 'Prenumeratos atsisakėte',
  'unsubscribe.done': 'Jūsų adresas ir duomenys ištrinti iš šio sąrašo.',

  'verify.title': 'Patvirtinkite savo prašymą',
  'verify.text':
    'Paspauskite mygtuką ir patvirtinkite, kad pateikėte šį duomenų apsaugos prašymą. Tada jį persiųsime kiekvienam mūsų klientui, turinčiam duomenų apie jūsų adresą.',
  'verify.button': 'Patvirtinti prašymą',
  'verify.doneTitle': 'Prašymas patvirtintas',
  'verify.done':
    'Ačiū. Jūsų prašymas {reference} patvirtintas ir persiunčiamas; jums išsiųstas laiškas su nuoroda, kurioje galėsite jį sekti.',

  'status.title': 'Jūsų prašymas {reference}',
  'status.invalid':
    'Ši nuoroda negaliojanti arba pasibaigęs jos galiojimas. Būsenos nuoroda veikia {days, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}} po paskutinio atsakymo į prašymą ir ne ilgiau kaip tiek pat po vėliausio galimo jo termino; pačius atsakymus gavote el. paštu.',
  'status.summary': 'Jūsų prašymas ({right}) gautas {received}. Atsakymai turi būti pateikti iki {due}.',
  'status.state': 'Būsena: {state}',
  'status.answers':
    '{count, plural, one {# organizacija turi duomenų apie jus:} few {# organizacijos turi duomenų apie jus:} many {# organizacijos turi duomenų apie jus:} other {# organizacijų turi duomenų apie jus:}}',
  'status.organisation': 'Organizacija',
  'status.answer': 'Atsakymas',
  'status.due': 'Terminas',
  'status.answered': 'Atsakyta',
  'status.reason': 'Priežastis',

  'right.ACCESS': 'susipažinimas su jūsų duomenimis',
  'right.RECTIFICATION': 'jūsų duomenų ištaisymas',
  'right.ERASURE': 'jūsų duomenų ištrynimas',
  'right.RESTRICTION': 'tvarkymo apribojimas',
  'right.PORTABILITY': 'jūsų duomenų kopija perkėlimui kitur',
  'right.OBJECTION': 'prieštaravimas dėl tvarkymo',

  'request.AWAITING_VERIFICATION': 'laukia jūsų patvirtinimo',
  'request.ROUTING': 'patvirtintas; ieškome organizacijų, turinčių duomenų apie jus',
  'request.ROUTED': 'persiųstas; laukiama atsakymų',
  'request.COMPLETED': 'atsakė visos organizacijos',
  'request.NO_DATA_HELD': 'jokia organizacija neturi duomenų apie šį adresą',
  'request.EXPIRED': 'nebuvo patvirtintas, todėl nebegalioja',

  'task.PENDING': 'laukiama atsakymo',
  'task.EXTENDED': 'terminas pratęstas',
  'task.FULFILLED': 'įvykdyta',
  'task.REJECTED': 'atmesta',
};
