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

  'welcome.title': 'Laipni lūdzam: jūsu abonements ir apstiprināts',
  'welcome.next': 'Turpmāk saņemsiet šī saraksta ziņas izvēlētajā formātā. Neko citu jums nesūtīs.',
  'welcome.leave':
    'Katras ziņas beigās ir atteikšanās saite: viens klikšķis jūs izņem no saraksta un izdzēš tajā jūsu adresi un datus.',
  'signup.intro': 'Pierakstieties organizācijas {organisation} e-pasta sarakstam.',
  'signup.consentTitle': 'Kam jūs piekrītat',
  'signup.consentVersion': 'Teksta versija {version}',
  'signup.email': 'E-pasta adrese',
  'signup.name': 'Vārds (nav obligāti)',
  'signup.country': 'Valsts (nav obligāti)',
  'signup.countryNone': 'Nav norādīta',
  'signup.format': 'Ziņu formāts',
  'signup.formatText': 'Tikai teksts',
  'signup.formatHtml': 'HTML, ar noformējumu un attēliem',
  'signup.tracking': 'Paziņot sūtītājam, kad atveru ziņu vai noklikšķinu uz saites tajā (nav obligāti)',
  'signup.trackingHelp':
    'Tas darbojas tikai ar HTML ziņām: tajās tad ir sīks attēls un saites, kas ziņo par atvēršanu un klikšķiem. Ja lodziņu neatzīmējat, nekas netiek reģistrēts. Piekrišanu varat atsaukt jebkurā laikā.',
  'signup.button': 'Pierakstīties',
  'signup.confirmNote':
    'Mēs jums nosūtīsim e-pastu ar saiti. Pierakstīti būsiet tikai tad, kad to izmantosiet.',
  'signup.sentTitle': 'Ieskatieties pastkastītē',
  'signup.sent':
    'Paldies. Ja šis saraksts pieņem pierakstīšanos, e-pasts ar apstiprinājuma saiti jau ceļo uz norādīto adresi. Kamēr neizmantosiet saiti, nekas nenotiks. Ja e-pasts nepienāk, ieskatieties mēstuļu mapē.',
  'signup.errorTitle': 'Lūdzu, izlabojiet veidlapu',
  'signup.errorEmail': 'Ierakstiet derīgu e-pasta adresi, piemēram, name@example.com.',
  'signup.errorName':
    'Ierakstiet vārdu, kurā ir ne vairāk par 200 rakstzīmēm, vienā rindā un bez rakstzīmēm < un >.',
  'signup.errorCountry': 'Izvēlieties valsti no saraksta.',
  'signup.errorFormat': 'Izvēlieties Tikai teksts vai HTML.',
  'signup.errorTooLarge': 'Veidlapa bija pārāk liela. Lūdzu, aizpildiet to vēlreiz.',
  'signup.crossSite': 'Šī veidlapa nosūtīta no citas tīmekļa vietnes. Lūdzu, pierakstieties šajā lapā.',
  'signup.notFoundTitle': 'Šādas pierakstīšanās veidlapas nav',
  'signup.notFound':
    'Šajā adresē nav e-pasta saraksta. Pārbaudiet saiti vai palūdziet organizācijai tās pierakstīšanās lapu.',
  'signup.embedNote': 'Steward apstrādā jūsu datus organizācijas {organisation} vārdā.',
  'signup.singleNote':
    'Jūs esat pierakstīts, tiklīdz nosūtāt šo veidlapu. Katrā ziņojumā ir saite, lai atrakstītos.',
  'signup.singleSentTitle': 'Paldies',
  'signup.singleSent':
    'Paldies. Ja šis saraksts pieņem pierakstīšanos un adrese var saņemt pastu, tā tagad ir pierakstīta un saņem šī saraksta ziņojumus; katrā ziņojumā ir saite, lai atrakstītos. Ja adrese agrāk ir atstājusi šo sarakstu vai jau gaida apstiprinājumu, tā tā vietā saņems e-pastu ar apstiprinājuma saiti.',
  'confirmMail.subject': 'Lūdzu, apstipriniet saraksta {list} abonementu',
  'confirmMail.asked':
    'Kāds, cerams, ka jūs, lūdza pierakstīt šo adresi sarakstam “{list}” ({name}), kas pieder organizācijai {organisation}.',
  'confirmMail.imported':
    '{organisation} pievienoja šo adresi savam sarakstam “{list}” ({name}). Jūs no tā neko nesaņemsiet, ja neapstiprināsiet.',
  'confirmMail.confirm': 'Lai apstiprinātu, atveriet šo saiti un nospiediet pogu lapā:',
  'confirmMail.refuseAsked':
    'Ja to nelūdzāt, neņemiet šo ziņu vērā: jūs netiksiet pierakstīts, un pieprasījums tiks dzēsts pēc 7 dienām. Lai to noraidītu tagad un uzreiz izdzēstu:',
  'confirmMail.refuseImported':
    'Ja to nevēlaties, neņemiet šo ziņu vērā: pieprasījums tiks dzēsts pēc 7 dienām. Lai to noraidītu tagad un uzreiz izdzēstu:',

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
  'status.extendedTo': '{controller} paņēma vairāk laika: tam jāatbild līdz {due}.',
  'status.extendedWhy': '{controller} paņēma vairāk laika: tam jāatbild līdz {due}. Iemesli: {reason}',
  'status.holdingsTitle': 'Kam ir dati par jums',
  'status.holdings': '{controller} glabā datus par jūsu adresi šajos sarakstos: {lists}.',
  'form.title': 'Iesniedziet datu aizsardzības pieprasījumu',
  'form.intro':
    'Datu aizsardzības likums (VDAR) dod jums tiesības uz datiem, ko organizācijas glabā par jums. Izvēlieties, ko vēlaties, ierakstiet savu e-pasta adresi, un mēs nosūtīsim saiti, ar kuru apstiprināt, ka adrese ir jūsu. Tad mēs pārsūtām pieprasījumu katram mūsu klientam, kam ir dati par šo adresi, un katram jums jāatbild viena mēneša laikā.',
  'form.rightsTitle': 'Jūsu tiesības',
  'form.explain.ACCESS': 'Uzzināt, kurām organizācijām ir dati par jums un kādi, un saņemt to kopiju.',
  'form.explain.RECTIFICATION':
    'Labot nepareizus vai novecojušus datus par jums. Zemāk uzrakstiet, ko labot.',
  'form.explain.ERASURE': 'Dzēst savus datus, lai vairs nesaņemtu vēstules no šiem sarakstiem.',
  'form.explain.RESTRICTION': 'Datus glabāt, bet neizmantot, piemēram, kamēr apstrīdat to pareizību.',
  'form.explain.PORTABILITY': 'Saņemt savus datus failā, ko varat aiznest uz citu pakalpojumu.',
  'form.explain.OBJECTION':
    'Lūgt organizācijām pārtraukt izmantot jūsu datus; jūs tiekat izņemts no to sarakstiem.',
  'form.email': 'E-pasta adrese',
  'form.right': 'Ko jūs vēlaties?',
  'form.details': 'Sīkāka informācija',
  'form.detailsHint': 'Nav obligāti. Labojumam uzrakstiet, kas ir nepareizi un kā jābūt.',
  'form.country': 'Valsts',
  'form.countryHint': 'Nav obligāti. Jūsu dzīvesvietas valsts divu burtu kods, piemēram, LV.',
  'form.submit': 'Nosūtīt manu pieprasījumu',
  'form.errorTitle': 'Lūdzu, izlabojiet veidlapu',
  'form.errorEmail': 'Ierakstiet derīgu e-pasta adresi.',
  'form.errorRight': 'Izvēlieties vienu no tiesībām.',
  'form.errorDetails':
    'Sīkākajā informācijā var būt ne vairāk kā 2000 rakstzīmju, bez vadības rakstzīmēm un HTML tagiem.',
  'form.errorCountry': 'Ierakstiet divu burtu valsts kodu, piemēram, LV, vai atstājiet lauku tukšu.',
  'form.crossSite': 'Šo veidlapu var nosūtīt tikai no šīs vietnes. Atveriet to šeit un mēģiniet vēlreiz.',
  'form.sentTitle': 'Pārbaudiet savu pastkastīti',
  'form.sent':
    'Paldies. Jūsu pieprasījuma numurs ir {reference}. Ja šī adrese var saņemt vēstules, ceļā ir ziņa ar saiti pieprasījuma apstiprināšanai. Kamēr saite nav izmantota, nekas nenotiek; neapstiprināts pieprasījums pēc 7 dienām zaudē spēku.',
  'mail.right': '{right} ({article} VDAR)',
  'mail.verifySubjectOne': 'Apstipriniet savu datu aizsardzības pieprasījumu {refs}',
  'mail.verifySubjectMany': 'Apstipriniet savus datu aizsardzības pieprasījumus {refs}',
  'mail.verifyOne': 'Mēs saņēmām pieprasījumu šai adresei: {right}, numurs {reference}.',
  'mail.verifyOpen': 'Lai apstiprinātu, ka to iesniedzāt jūs, atveriet šo saiti un nospiediet pogu lapā:',
  'mail.verifyMany':
    'Mēs saņēmām šai adresei vairākus datu aizsardzības pieprasījumus ({count}). Katram ir sava saite, kas apstiprina tikai to: atveriet katra jūsu iesniegtā pieprasījuma saiti un nospiediet pogu lapā.',
  'mail.verifyItem': '{n}. {reference}, saņemts {received}: {right}',
  'mail.verifyThen':
    'Tad mēs atrodam katru mūsu klientu, kam ir dati par šo adresi, un pārsūtām tam pieprasījumu.',
  'mail.verifyIgnoreOne':
    'Ja jūs neiesniedzāt šo pieprasījumu, neņemiet vērā šo ziņu: tas zaudē spēku {date}, un tā dati tiek dzēsti.',
  'mail.verifyIgnoreMany':
    'Ja kādu no tiem neiesniedzāt, neizmantojiet tā saiti: tas zaudē spēku neapstiprināts ({lapses}), un tā dati tiek dzēsti.',
  'mail.verifyLapse': '{reference} {date}',
  'mail.verifyReplaces':
    'Šī ziņa aizstāj iepriekšējo apstiprinājuma ziņu uz šo adresi: tās saites vairs nedarbojas.',
  'mail.routedSubject': 'Jūsu pieprasījums {reference} ir pārsūtīts',
  'mail.routedIntro':
    'Paldies, ka apstiprinājāt pieprasījumu {reference}. Šīm organizācijām ir dati par jūsu adresi, un katrai jums jāatbild līdz {due}:',
  'mail.routedFollow': 'Katra atbildēs pa e-pastu. Atbildes parādās šeit, kad tās pienāk:',
  'mail.routedUntil':
    'Saite darbojas līdz {days, plural, zero {# dienām} one {# dienai} other {# dienām}} pēc pēdējās atbildes un ne ilgāk kā līdz {date}.',
  'mail.noDataSubject': 'Jūsu pieprasījums {reference}: datu nav',
  'mail.noDataIntro':
    'Paldies, ka apstiprinājāt pieprasījumu {reference}. Nevienam mūsu klientam nav datu par šo adresi, tāpēc nav ko pārsūtīt.',
  'mail.noDataUntil': 'Jūsu pieprasījuma sīkākā informācija ir dzēsta. Tā statuss šeit redzams līdz {date}:',

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
  'answer.footer':
    'Numurs: {reference}. Jūsu pieprasījuma statuss: jautājiet mums ar šo numuru vai izmantojiet saņemto statusa saiti.',
  'answer.complaint':
    'Jums ir tiesības iesniegt sūdzību uzraudzības iestādē, jo īpaši tajā ES dalībvalstī, kurā ir jūsu pastāvīgā dzīvesvieta, darbavieta vai iespējamā pārkāpuma vieta (VDAR 77. pants), un tiesības uz efektīvu tiesību aizsardzību tiesā (VDAR 79. pants).',
  'answer.extendedSubject': '{controller} vajag vairāk laika jūsu pieprasījumam {reference}',
  'answer.extended':
    '{controller} pagarināja termiņu atbildei uz jūsu pieprasījumu {reference} par diviem mēnešiem (VDAR 12. panta 3. punkts). Iemesli:',
  'answer.extendedDue': 'Tagad jāatbild līdz {date}.',
  'answer.rejectedSubject': '{controller} noraidīja jūsu pieprasījumu {reference}',
  'answer.rejected': '{controller} noraidīja jūsu pieprasījumu {reference} ({right}). Iemesli:',
  'answer.offboardedSubject': '{controller} pameta platformu: jūsu pieprasījums {reference}',
  'answer.offboarded':
    '{controller} beidza izmantot platformas pakalpojumu {date}. Platforma atdeva visu, ko tā glabāja pārzinim {controller}, un pēc tam to izdzēsa, tāpēc tā vairs nevar neko darīt šajā pieprasījumā. Ar savu pieprasījumu vērsieties tieši: {controller}, {contact}.',
  'answer.offboardedDone':
    '{controller} beidza izmantot platformas pakalpojumu {date}. Platforma atdeva visu, ko tā glabāja pārzinim {controller}, un pēc tam to izdzēsa, arī jūsu datus, tāpēc tā vairs nevar neko darīt šajā pieprasījumā. Visos citos jautājumos vērsieties tieši: {controller}, {contact}.',
  'answer.dataSubject': '{controller}: jūsu dati ({reference})',
  'answer.access':
    '{controller} atbild uz jūsu piekļuves pieprasījumu {reference} (VDAR 15. pants). Tas ir viss, ko tas glabā par jūsu adresi:',
  'answer.accessAttached': 'Tie paši dati ir pievienoti kā JSON datne.',
  'answer.portability':
    '{controller} atbild uz jūsu datu pārnesamības pieprasījumu {reference} (VDAR 20. pants).',
  'answer.portabilityAttached': 'Jūsu dati ir pievienoti strukturētā, mašīnlasāmā formātā (JSON).',
  'answer.rectifiedSubject': '{controller} izlaboja jūsu datus ({reference})',
  'answer.rectified':
    '{controller} labojis jūsu datus (VDAR 16. pants) pēc pieprasījuma {reference}: {changed}.',
  'answer.corrections': '{changes}, abonementu skaits: {n}',
  'answer.nameCorrected': 'vārds izlabots',
  'answer.nameRemoved': 'vārds noņemts',
  'answer.countryCorrected': 'valsts izlabota',
  'answer.addressCorrected': 'adrese izlabota',
  'answer.erasedSubject': '{controller} izdzēsa jūsu datus ({reference})',
  'answer.erased':
    '{controller} dzēsis jūsu datus (VDAR 17. pants) pēc pieprasījuma {reference}: izdzēsti abonementi ({n}) un to piekrišanas ieraksti.',
  'answer.objected':
    '{controller} pēc jūsu iebilduma pārtrauca jūsu datu apstrādi (VDAR 21. pants), pieprasījums {reference}: jūs tikāt atrakstīts no sarakstiem ({n}), un dati izdzēsti.',
  'answer.keyedHash':
    'Tiek glabāta tikai adreses jaucējvērtība ar atslēgu, lai to atkal nepievienotu bez jūsu jaunas piekrišanas.',
  'answer.restrictedSubject': '{controller} ierobežoja jūsu datu apstrādi ({reference})',
  'answer.restricted':
    '{controller} ierobežojis jūsu datu apstrādi (VDAR 18. pants) pēc pieprasījuma {reference}: abonementi ({n}) tiek saglabāti, bet neko nesaņem.',
  'answer.copyController': 'Pārzinis: {name} (kontakts: {contact})',
  'answer.copyAddress': 'Adrese: {address}',
  'answer.copyNone': 'Šai adresei vairs netiek glabāts neviens abonements.',
  'answer.copyList': 'Saraksts {list} (“{title}”): {status}',
  'answer.copyListRestricted': 'Saraksts {list} (“{title}”): {status}, apstrāde ierobežota',
  'answer.copyDetails':
    'vārds: {name}; valsts: {country}; formāts: {format}; atvēršanas izsekošana: {tracking}',
  'answer.copyNotGiven': '(nav norādīts)',
  'answer.copyTrackingYes': 'piekrišana dota',
  'answer.copyTrackingNo': 'nē',
  'answer.copyRequested': 'pieprasīts {at}',
  'answer.copyConfirmed': 'pieprasīts {at}, apstiprināts {confirmed}',
  'answer.copyConsent': 'piekrišana: {event}, kanāls {source}, laiks {at}{origin}; teksta versija: {wording}',
  'answer.copyFrom': 'no {ip}',
  'answer.copyMessage': 'ziņojums “{subject}”: {state}{times}',
  'answer.copyOpened': 'atvērts {at}',
  'answer.copyProcessing': 'Platformas šim pārzinim reģistrētā jūsu datu apstrāde:',
  'answer.copyProcessingNone': '(nav tādas, kas attiektos uz jums personīgi)',
};
