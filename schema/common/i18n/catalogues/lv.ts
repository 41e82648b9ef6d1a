import type { Catalogue } from './en';

export const lv: Catalogue = {
  'page.language': 'Valoda',
  'page.changeLanguage': 'Mainīt',
  'page.privacy': 'Privātums',
  'page.footer': 'Steward uztur e-pasta sarakstus to organizāciju vārdā, kuras tos sūta.',

  'link.invalidTitle': 'Šo saiti nevar izmantot',
  'link.invalid': 'Šī saite ir nederīga, jau izmantota vai novecojusi.',
  'link.rateLimited': 'No jūsu tīkla ir pārāk daudz mēģinājumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.',
  'link.failed': 'Tas neizdevās. Lūdzu, mēģiniet vēlāk vēlreiz.',

  'confirm.title': 'Apstipriniet savu abonementu',
  'confirm.text': 'Nospiediet pogu, lai apstiprinātu, ka vēlaties saņemt šī saraksta vēstules.',
  'confirm.button': 'Apstiprināt manu abonementu',
  'confirm.doneTitle': 'Abonements apstiprināts',
  'confirm.done': 'Jūs tagad esat abonents. Katrā vēstulē ir saite, ar kuru var atteikties.',

  'unsubscribe.title': 'Atteikties',
  'unsubscribe.text':
    'Nospiediet pogu, lai pamestu šo sarakstu. Jūsu adrese un dati pēc tam tiek no tā dzēsti.',
  'unsubscribe.button': 'Atteikties',
  'unsubscribe.doneTitle': 'Jūs esat atteicies',
  'unsubscribe.done': 'Jūsu adrese un dati ir dzēsti no šī saraksta.',

  'verify.title': 'Apstipriniet savu pieprasījumu',
  'verify.text':
    'Nospiediet pogu, lai apstiprinātu, ka iesniedzāt šo datu aizsardzības pieprasījumu. Pēc tam mēs to pārsūtām katram mūsu klientam, kuram ir dati par jūsu adresi.',
  'verify.button': 'Apstiprināt manu pieprasījumu',
  'verify.doneTitle': 'Pieprasījums apstiprināts',
  'verify.done':
    'Paldies. Jūsu pieprasījums {reference} ir apstiprināts un tiek pārsūtīts; jums ir nosūtīta vēstule ar saiti, kur to sekot.',

  'status.title': 'Jūsu pieprasījums {reference}',
  'status.invalid':
    'Šī saite ir nederīga vai novecojusi. Statusa saite darbojas {days, plural, zero {# dienas} one {# dienu} other {# dienas}} pēc pēdējās atbildes uz pieprasījumu un ne ilgāk kā tikpat ilgi pēc tā vēlākā iespējamā termiņa; pašas atbildes jūs saņēmāt pa e-pastu.',
  'status.summary': 'Jūsu pieprasījums ({right}) saņemts {received}. Atbildes jāsniedz līdz {due}.',
  'status.state': 'Statuss: {state}',
  'status.answers':
    '{count, plural, zero {# organizācijām ir dati par jums:} one {# organizācijai ir dati par jums:} other {# organizācijām ir dati par jums:}}',
  'status.organisation': 'Organizācija',
  'status.answer': 'Atbilde',
  'status.due': 'Termiņš',
  'status.answered': 'Atbildēts',
  'status.reason': 'Iemesls',

  'right.ACCESS': 'piekļuve jūsu datiem',
  'right.RECTIFICATION': 'jūsu datu labošana',
  'right.ERASURE': 'jūsu datu dzēšana',
  'right.RESTRICTION': 'apstrādes ierobežošana',
  'right.PORTABILITY': 'jūsu datu kopija pārnešanai citur',
  'right.OBJECTION': 'iebildums pret apstrādi',

  'request.AWAITING_VERIFICATION': 'gaida jūsu apstiprinājumu',
  'request.ROUTING': 'apstiprināts; meklējam organizācijas, kurām ir dati par jums',
  'request.ROUTED': 'pārsūtīts; gaida atbildes',
  'request.COMPLETED': 'visas organizācijas ir atbildējušas',
  'request.NO_DATA_HELD': 'nevienai organizācijai nav datu par šo adresi',
  'request.EXPIRED': 'netika apstiprināts, tāpēc zaudēja spēku',

  'task.PENDING': 'gaida atbildi',
  'task.EXTENDED': 'termiņš pagarināts',
  'task.FULFILLED': 'izpildīts',
  'task.REJECTED': 'noraidīts',
};
