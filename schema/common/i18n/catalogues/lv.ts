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

  'privacy.title': 'Kā Steward apstrādā personas datus',
  'privacy.intro':
    'Steward uztur e-pasta sarakstus organizācijām, kas tos sūta, – mūsu klientiem. Katrs klients nosaka, kam tā saraksti paredzēti, un ir atbildīgs par savu abonentu datiem (pārzinis); mēs šos datus apstrādājam tikai tā vārdā un pēc tā norādījumiem.',
  'privacy.whatTitle': 'Ko mēs apstrādājam un kāpēc',
  'privacy.whatSubscriber':
    'Katram sarakstam, kuram pievienojaties: jūsu e-pasta adrese un, tikai ja tos norādāt, jūsu vārds, valsts un vēlamais formāts, kā arī ieraksts par to, kad un kā jūs devāt piekrišanu. Mēs tos izmantojam, lai sūtītu jums šī saraksta vēstules.',
  'privacy.whatTracking':
    'Tas, vai atvērāt HTML vēstuli, tiek reģistrēts tikai tad, ja jūs tam piekritāt, un piekrišanu varat jebkurā laikā atsaukt.',
  'privacy.whatRequest':
    'Kad iesniedzat datu aizsardzības pieprasījumu: jūsu adrese, tiesības, kuras izmantojat, un tas, ko rakstāt, lai pārbaudītu, ka adrese ir jūsu, un pārsūtītu pieprasījumu katram klientam, kuram par to ir dati.',
  'privacy.whatLogs':
    'Tīmekļa servera žurnāli ar IP adresēm, lai pakalpojums būtu drošs. Mēs tos skatām tikai apkopotā veidā, izņemot, lai reaģētu uz uzbrukumu.',
  'privacy.keepTitle': 'Cik ilgi mēs tos glabājam',
  'privacy.keepSubscriber':
    'Kamēr esat abonents. Kad atsakāties, jūsu adrese un dati tiek nekavējoties dzēsti; paliek tikai anonīmi skaitītāji un neatgriezeniski šifrēts ieraksts, lai mēs jums vairs neko nesūtītu.',
  'privacy.keepPending':
    'Pieteikums, ko neesat apstiprinājis: tā saite darbojas {days, plural, zero {# dienas} one {# dienu} other {# dienas}}, pēc tam pieteikums tiek dzēsts.',
  'privacy.keepMail':
    'Nosūtītās vēstules: mūsu kopija ar jūsu adresi tiek dzēsta {days, plural, zero {# dienas} one {# dienu} other {# dienas}} pēc tās izveides.',
  'privacy.keepJobs':
    'Fona uzdevumi, kuros var būt adrese: tiek dzēsti {done, plural, zero {# dienas} one {# dienu} other {# dienas}} pēc to pabeigšanas vai {dead, plural, zero {# dienas} one {# dienu} other {# dienas}} pēc to neizdošanās.',
  'privacy.keepRequest':
    'Datu aizsardzības pieprasījumi: pieprasījums, kas netiek apstiprināts {verify, plural, zero {# dienu} one {# dienas} other {# dienu}} laikā, zaudē spēku, un tā dati tiek dzēsti; citādi tā personas dati tiek dzēsti {after, plural, zero {# dienas} one {# dienu} other {# dienas}} pēc tā noslēguma.',
  'privacy.keepLogs':
    'Tīmekļa servera žurnāli: IP adreses tiek saīsinātas pēc {truncate, plural, zero {# dienām} one {# dienas} other {# dienām}}, un žurnāli tiek dzēsti pēc {remove, plural, zero {# dienām} one {# dienas} other {# dienām}}.',
  'privacy.cookiesTitle': 'Sīkdatnes',
  'privacy.cookieSession':
    'steward_session: tikai mūsu klientu darbiniekiem, kas piesakās portālā; tā uztur viņus pieteiktus {hours, plural, zero {# stundas} one {# stundu} other {# stundas}} vai {days, plural, zero {# dienas} one {# dienu} other {# dienas}}, ja viņi izvēlas palikt pieteikti.',
  'privacy.cookieLang': 'steward_lang: vienu gadu atceras valodu, ko izvēlējāties šajās lapās.',
  'privacy.noTracking': 'Citu sīkdatņu nav, nav izsekošanas, un nekas netiek ielādēts no citām vietnēm.',
  'privacy.rightsTitle': 'Jūsu tiesības',
  'privacy.rights':
    'Katrā vēstulē ir saite, ar kuru atteikties. Lai redzētu, labotu vai dzēstu savus datus, vērsieties pie organizācijas, kuras sarakstā esat; ja nosūtāt mums datu aizsardzības pieprasījumu, mēs pārbaudām, ka adrese ir jūsu, un pārsūtām to katram klientam, kuram par to ir dati.',
};
