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

  'welcome.title': 'Sveiki: jūsų prenumerata patvirtinta',
  'welcome.next': 'Nuo šiol gausite šio sąrašo laiškus pasirinktu formatu. Nieko kito jums nesiunčiama.',
  'welcome.leave':
    'Kiekvieno laiško pabaigoje yra atsisakymo nuoroda: vienu paspaudimu būsite išbraukti iš sąrašo, o jūsų adresas ir duomenys jame ištrinti.',
  'signup.intro': 'Užsiprenumeruokite organizacijos {organisation} naujienlaiškį.',
  'signup.consentTitle': 'Su kuo sutinkate',
  'signup.consentVersion': 'Teksto versija {version}',
  'signup.email': 'El. pašto adresas',
  'signup.name': 'Vardas (neprivaloma)',
  'signup.country': 'Šalis (neprivaloma)',
  'signup.countryNone': 'Nenurodyta',
  'signup.format': 'Laiškų formatas',
  'signup.formatText': 'Tik tekstas',
  'signup.formatHtml': 'HTML, su maketu ir paveikslėliais',
  'signup.tracking': 'Pranešti siuntėjui, kai atidarau laišką ar spaudžiu jame esančią nuorodą (neprivaloma)',
  'signup.trackingHelp':
    'Tai veikia tik su HTML laiškais: juose tada būna mažytis paveikslėlis ir nuorodos, pranešančios apie atidarymus ir paspaudimus. Jei langelio nepažymėsite, niekas neįrašoma. Sutikimą galite bet kada atšaukti.',
  'signup.button': 'Prenumeruoti',
  'signup.confirmNote':
    'Atsiųsime jums laišką su nuoroda. Prenumerata prasidės tik tada, kai ja pasinaudosite.',
  'signup.sentTitle': 'Patikrinkite pašto dėžutę',
  'signup.sent':
    'Ačiū. Jei šis sąrašas priima prenumeratas, laiškas su patvirtinimo nuoroda jau keliauja jūsų nurodytu adresu. Kol nepasinaudosite nuoroda, niekas nevyksta. Jei laiškas neateina, pažiūrėkite į šlamšto aplanką.',
  'signup.errorTitle': 'Pataisykite formą',
  'signup.errorEmail': 'Įrašykite tinkamą el. pašto adresą, pavyzdžiui, name@example.com.',
  'signup.errorName': 'Įrašykite ne ilgesnį kaip 200 ženklų vardą, vienoje eilutėje, be ženklų < ir >.',
  'signup.errorCountry': 'Pasirinkite šalį iš sąrašo.',
  'signup.errorFormat': 'Pasirinkite Tik tekstas arba HTML.',
  'signup.errorTooLarge': 'Forma buvo per didelė. Užpildykite ją iš naujo.',
  'signup.crossSite': 'Ši forma išsiųsta iš kitos svetainės. Prenumeruokite šiame puslapyje.',
  'signup.notFoundTitle': 'Tokios prenumeratos formos nėra',
  'signup.notFound':
    'Šiuo adresu naujienlaiškio nėra. Patikrinkite nuorodą arba paprašykite organizacijos jos prenumeratos puslapio.',
  'signup.embedNote': 'Steward tvarko jūsų duomenis organizacijos {organisation} vardu.',
  'signup.singleNote':
    'Užsiprenumeruojate iškart, kai išsiunčiate šią formą. Kiekviename laiške yra nuoroda atsisakyti.',
  'signup.singleSentTitle': 'Ačiū',
  'signup.singleSent':
    'Ačiū. Jei šis sąrašas priima prenumeratas ir adresas gali gauti laiškus, jis dabar užsiprenumeravo ir gauna šio sąrašo laiškus; kiekviename laiške yra nuoroda atsisakyti. Jei adresas anksčiau paliko šį sąrašą arba jau laukia patvirtinimo, jis vietoj to gaus el. laišką su patvirtinimo nuoroda.',
  'confirmMail.subject': 'Patvirtinkite sąrašo {list} prenumeratą',
  'confirmMail.asked':
    'Kažkas, tikimės, kad jūs, paprašė šį adresą užprenumeruoti sąrašą „{list}“ ({name}), priklausantį organizacijai {organisation}.',
  'confirmMail.imported':
    '{organisation} įtraukė šį adresą į savo sąrašą „{list}“ ({name}). Nieko iš jo negausite, jei nepatvirtinsite.',
  'confirmMail.confirm': 'Norėdami patvirtinti, atidarykite šią nuorodą ir paspauskite mygtuką puslapyje:',
  'confirmMail.refuseAsked':
    'Jei to neprašėte, nekreipkite dėmesio į šį laišką: prenumerata nebus pradėta, o prašymas bus ištrintas po 7 dienų. Norėdami jo atsisakyti dabar ir iškart ištrinti:',
  'confirmMail.refuseImported':
    'Jei to nenorite, nekreipkite dėmesio į šį laišką: prašymas bus ištrintas po 7 dienų. Norėdami jo atsisakyti dabar ir iškart ištrinti:',

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
  'status.extendedTo': '{controller} pasiėmė daugiau laiko: turi atsakyti iki {due}.',
  'status.extendedWhy': '{controller} pasiėmė daugiau laiko: turi atsakyti iki {due}. Priežastys: {reason}',
  'status.holdingsTitle': 'Kas saugo duomenis apie jus',
  'status.holdings': '{controller} saugo jūsų adreso duomenis šiuose sąrašuose: {lists}.',
  'form.title': 'Pateikite duomenų apsaugos prašymą',
  'form.intro':
    'Duomenų apsaugos įstatymas (BDAR) suteikia jums teises į duomenis, kuriuos organizacijos saugo apie jus. Pasirinkite, ko norite, įrašykite savo el. pašto adresą, ir mes atsiųsime nuorodą, kuria patvirtinsite, kad adresas jūsų. Tada persiunčiame prašymą kiekvienam mūsų klientui, turinčiam šio adreso duomenų, ir kiekvienas turi jums atsakyti per mėnesį.',
  'form.rightsTitle': 'Jūsų teisės',
  'form.explain.ACCESS': 'Sužinoti, kurios organizacijos turi duomenų apie jus ir kokių, ir gauti jų kopiją.',
  'form.explain.RECTIFICATION':
    'Ištaisyti neteisingus ar pasenusius duomenis apie jus. Žemiau parašykite, ką ištaisyti.',
  'form.explain.ERASURE': 'Ištrinti savo duomenis, kad nebegautumėte laiškų iš šių sąrašų.',
  'form.explain.RESTRICTION': 'Duomenis saugoti, bet nenaudoti, pavyzdžiui, kol ginčijate, ar jie teisingi.',
  'form.explain.PORTABILITY': 'Gauti savo duomenis faile, kurį galite perkelti į kitą paslaugą.',
  'form.explain.OBJECTION': 'Paprašyti organizacijų nebenaudoti jūsų duomenų; būsite pašalinti iš jų sąrašų.',
  'form.email': 'El. pašto adresas',
  'form.right': 'Ko norite?',
  'form.details': 'Išsamiau',
  'form.detailsHint': 'Neprivaloma. Taisymui parašykite, kas neteisinga ir kaip turi būti.',
  'form.country': 'Šalis',
  'form.countryHint': 'Neprivaloma. Šalies, kurioje gyvenate, dviejų raidžių kodas, pavyzdžiui, LT.',
  'form.submit': 'Siųsti mano prašymą',
  'form.errorTitle': 'Pataisykite formą',
  'form.errorEmail': 'Įrašykite galiojantį el. pašto adresą.',
  'form.errorRight': 'Pasirinkite vieną iš teisių.',
  'form.errorDetails':
    'Išsamus aprašymas gali būti ne ilgesnis kaip 2000 ženklų, be valdymo ženklų ir HTML žymų.',
  'form.errorCountry': 'Įrašykite dviejų raidžių šalies kodą, pavyzdžiui, LT, arba palikite lauką tuščią.',
  'form.crossSite':
    'Šią formą galima siųsti tik iš šios svetainės. Atidarykite ją čia ir bandykite dar kartą.',
  'form.sentTitle': 'Patikrinkite savo pašto dėžutę',
  'form.sent':
    'Ačiū. Jūsų prašymo numeris {reference}. Jei šis adresas gali gauti laiškus, jau siunčiamas laiškas su nuoroda prašymui patvirtinti. Kol nuoroda nepanaudota, nieko nevyksta; nepatvirtintas prašymas po 7 dienų nustoja galioti.',
  'mail.right': '{right} ({article} BDAR)',
  'mail.verifySubjectOne': 'Patvirtinkite savo duomenų apsaugos prašymą {refs}',
  'mail.verifySubjectMany': 'Patvirtinkite savo duomenų apsaugos prašymus {refs}',
  'mail.verifyOne': 'Gavome šio adreso prašymą: {right}, numeris {reference}.',
  'mail.verifyOpen':
    'Kad patvirtintumėte, jog jį pateikėte jūs, atidarykite šią nuorodą ir paspauskite mygtuką puslapyje:',
  'mail.verifyMany':
    'Gavome kelis šio adreso duomenų apsaugos prašymus ({count}). Kiekvienas turi savo nuorodą, kuri patvirtina tik jį: atidarykite kiekvieno jūsų pateikto prašymo nuorodą ir paspauskite mygtuką puslapyje.',
  'mail.verifyItem': '{n}. {reference}, gautas {received}: {right}',
  'mail.verifyThen':
    'Tada surandame kiekvieną mūsų klientą, turintį šio adreso duomenų, ir persiunčiame jam prašymą.',
  'mail.verifyIgnoreOne':
    'Jei šio prašymo nepateikėte, nekreipkite dėmesio į laišką: jis nustos galioti {date}, o jo duomenys bus ištrinti.',
  'mail.verifyIgnoreMany':
    'Jei kurio nors iš jų nepateikėte, nenaudokite jo nuorodos: jis nustos galioti nepatvirtintas ({lapses}), o jo duomenys bus ištrinti.',
  'mail.verifyLapse': '{reference} {date}',
  'mail.verifyReplaces':
    'Šis laiškas pakeičia ankstesnį patvirtinimo laišką šiuo adresu: jo nuorodos nebeveikia.',
  'mail.routedSubject': 'Jūsų prašymas {reference} persiųstas',
  'mail.routedIntro':
    'Ačiū, kad patvirtinote prašymą {reference}. Šios organizacijos turi jūsų adreso duomenų, ir kiekviena turi jums atsakyti iki {due}:',
  'mail.routedFollow': 'Kiekviena atsakys el. paštu. Atsakymai čia rodomi, kai tik ateina:',
  'mail.routedUntil':
    'Nuoroda veikia iki {days, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}} po paskutinio atsakymo ir ne ilgiau kaip iki {date}.',
  'mail.noDataSubject': 'Jūsų prašymas {reference}: duomenų nėra',
  'mail.noDataIntro':
    'Ačiū, kad patvirtinote prašymą {reference}. Nė vienas mūsų klientas neturi šio adreso duomenų, todėl nėra ką persiųsti.',
  'mail.noDataUntil': 'Jūsų prašymo išsamūs duomenys ištrinti. Jo būsena čia matoma iki {date}:',

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

  'privacy.title': 'Kaip Steward tvarko asmens duomenis',
  'privacy.intro':
    'Steward tvarko pašto sąrašus juos siunčiančioms organizacijoms – mūsų klientams. Kiekvienas klientas sprendžia, kam skirti jo sąrašai, ir atsako už savo prenumeratorių duomenis (duomenų valdytojas); mes tuos duomenis tvarkome tik jo vardu ir pagal jo nurodymus.',
  'privacy.whatTitle': 'Ką tvarkome ir kodėl',
  'privacy.whatSubscriber':
    'Kiekvienam sąrašui, kurį užsiprenumeruojate: jūsų el. pašto adresą ir, tik jei juos pateikiate, jūsų vardą, šalį ir pageidaujamą formatą, taip pat įrašą, kada ir kaip davėte sutikimą. Juos naudojame, kad siųstume jums to sąrašo laiškus.',
  'privacy.whatTracking':
    'Tai, ar atidarėte HTML laišką, registruojama tik jei su tuo sutikote, ir sutikimą galite bet kada atšaukti.',
  'privacy.whatRequest':
    'Kai pateikiate duomenų apsaugos prašymą: jūsų adresą, teisę, kuria naudojatės, ir tai, ką parašote, kad patikrintume, jog adresas jūsų, ir persiųstume prašymą kiekvienam klientui, turinčiam apie jį duomenų.',
  'privacy.whatLogs':
    'Interneto serverio žurnalus su IP adresais, kad paslauga būtų saugi. Juos peržiūrime tik apibendrintai, išskyrus atvejus, kai reikia reaguoti į ataką.',
  'privacy.keepTitle': 'Kiek laiko juos saugome',
  'privacy.keepSubscriber':
    'Tol, kol esate prenumeratorius. Kai atsisakote prenumeratos, jūsų adresas ir duomenys iš karto ištrinami; lieka tik anoniminiai skaičiai ir negrįžtamai užšifruotas įrašas, kad daugiau jums nieko nesiųstume.',
  'privacy.keepPending':
    'Nepatvirtinta registracija: jos nuoroda veikia {days, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}}, paskui registracija ištrinama.',
  'privacy.keepMail':
    'Išsiųsti laiškai: mūsų kopija su jūsų adresu ištrinama praėjus {days, plural, one {# dienai} few {# dienoms} many {# dienos} other {# dienų}} nuo jos sukūrimo.',
  'privacy.keepJobs':
    'Foninės užduotys, kuriose gali būti adresas: ištrinamos praėjus {done, plural, one {# dienai} few {# dienoms} many {# dienos} other {# dienų}} nuo jų pabaigos arba {dead, plural, one {# dienai} few {# dienoms} many {# dienos} other {# dienų}} nuo nesėkmės.',
  'privacy.keepRequest':
    'Duomenų apsaugos prašymai: per {verify, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}} nepatvirtintas prašymas nebegalioja, o jo duomenys ištrinami; kitu atveju jo asmens duomenys ištrinami praėjus {after, plural, one {# dienai} few {# dienoms} many {# dienos} other {# dienų}} po jo pabaigos.',
  'privacy.keepLogs':
    'Interneto serverio žurnalai: IP adresai sutrumpinami po {truncate, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}, o žurnalai ištrinami po {remove, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}.',
  'privacy.cookiesTitle': 'Slapukai',
  'privacy.cookieSession':
    'steward_session: tik mūsų klientų darbuotojams, kurie prisijungia prie portalo; jis palaiko jų prisijungimą {hours, plural, one {# valandą} few {# valandas} many {# valandos} other {# valandų}} arba {days, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}}, jei jie pasirenka likti prisijungę.',
  'privacy.cookieLang': 'steward_lang: metus prisimena kalbą, kurią pasirinkote šiuose puslapiuose.',
  'privacy.noTracking': 'Kitų slapukų nėra, nėra sekimo ir niekas nekeliama iš kitų svetainių.',
  'privacy.rightsTitle': 'Jūsų teisės',
  'privacy.rights':
    'Kiekviename laiške yra nuoroda prenumeratai atsisakyti. Norėdami pamatyti, ištaisyti ar ištrinti savo duomenis, kreipkitės į organizaciją, kurios sąraše esate; jei atsiųsite mums duomenų apsaugos prašymą, patikrinsime, kad adresas jūsų, ir persiųsime jį kiekvienam klientui, turinčiam apie jį duomenų.',
  'answer.footer':
    'Numeris: {reference}. Jūsų prašymo būsena: paklauskite mūsų nurodydami šį numerį arba naudokitės gauta būsenos nuoroda.',
  'answer.complaint':
    'Turite teisę pateikti skundą priežiūros institucijai, visų pirma toje ES valstybėje narėje, kurioje yra jūsų įprastinė gyvenamoji vieta, darbo vieta arba tariamo pažeidimo vieta (BDAR 77 str.), ir teisę į veiksmingą teisminę teisių gynimo priemonę (BDAR 79 str.).',
  'answer.extendedSubject': '{controller} reikia daugiau laiko jūsų prašymui {reference}',
  'answer.extended':
    '{controller} dviem mėnesiais pratęsė atsakymo į jūsų prašymą {reference} terminą (BDAR 12 str. 3 d.). Priežastys:',
  'answer.extendedDue': 'Dabar atsakyti reikia iki {date}.',
  'answer.rejectedSubject': '{controller} atmetė jūsų prašymą {reference}',
  'answer.rejected': '{controller} atmetė jūsų prašymą {reference} ({right}). Priežastys:',
  'answer.offboardedSubject': '{controller} paliko platformą: jūsų prašymas {reference}',
  'answer.offboarded':
    '{controller} nustojo naudotis platformos paslauga {date}. Platforma grąžino viską, ką saugojo valdytojui {controller}, ir tada tai ištrynė, todėl dėl šio prašymo nebegali nieko padaryti. Dėl savo prašymo kreipkitės tiesiogiai: {controller}, {contact}.',
  'answer.offboardedDone':
    '{controller} nustojo naudotis platformos paslauga {date}. Platforma grąžino viską, ką saugojo valdytojui {controller}, ir tada tai ištrynė, taip pat ir jūsų duomenis, todėl dėl šio prašymo nebegali nieko padaryti. Dėl visų kitų klausimų kreipkitės tiesiogiai: {controller}, {contact}.',
  'answer.dataSubject': '{controller}: jūsų duomenys ({reference})',
  'answer.access':
    '{controller} atsako į jūsų prašymą susipažinti su duomenimis {reference} (BDAR 15 str.). Tai viskas, ką jis saugo apie jūsų adresą:',
  'answer.accessAttached': 'Tie patys duomenys pridėti kaip JSON failas.',
  'answer.portability':
    '{controller} atsako į jūsų prašymą dėl duomenų perkeliamumo {reference} (BDAR 20 str.).',
  'answer.portabilityAttached': 'Jūsų duomenys pridėti susistemintu, kompiuterio skaitomu formatu (JSON).',
  'answer.rectifiedSubject': '{controller} ištaisė jūsų duomenis ({reference})',
  'answer.rectified':
    '{controller} ištaisė jūsų duomenis (BDAR 16 str.) pagal prašymą {reference}: {changed}.',
  'answer.corrections': '{changes}, prenumeratų: {n}',
  'answer.nameCorrected': 'vardas ištaisytas',
  'answer.nameRemoved': 'vardas pašalintas',
  'answer.countryCorrected': 'šalis ištaisyta',
  'answer.addressCorrected': 'adresas ištaisytas',
  'answer.erasedSubject': '{controller} ištrynė jūsų duomenis ({reference})',
  'answer.erased':
    '{controller} ištrynė jūsų duomenis (BDAR 17 str.) pagal prašymą {reference}: ištrinta prenumeratų ir jų sutikimų įrašų: {n}.',
  'answer.objected':
    '{controller} nustojo tvarkyti jūsų duomenis dėl jūsų prieštaravimo (BDAR 21 str.), prašymas {reference}: esate išbrauktas iš sąrašų ({n}), o duomenys ištrinti.',
  'answer.keyedHash':
    'Saugoma tik adreso maiša su raktu, kad jis nebūtų vėl įtrauktas be jūsų naujo sutikimo.',
  'answer.restrictedSubject': '{controller} apribojo jūsų duomenų tvarkymą ({reference})',
  'answer.restricted':
    '{controller} apribojo jūsų duomenų tvarkymą (BDAR 18 str.) pagal prašymą {reference}: prenumeratos ({n}) saugomos, bet nieko negauna.',
  'answer.copyController': 'Valdytojas: {name} (kontaktas: {contact})',
  'answer.copyAddress': 'Adresas: {address}',
  'answer.copyNone': 'Šiam adresui nebesaugoma jokia prenumerata.',
  'answer.copyList': 'Sąrašas {list} („{title}“): {status}',
  'answer.copyListRestricted': 'Sąrašas {list} („{title}“): {status}, tvarkymas apribotas',
  'answer.copyDetails':
    'vardas: {name}; šalis: {country}; formatas: {format}; atidarymų stebėjimas: {tracking}',
  'answer.copyNotGiven': '(nenurodyta)',
  'answer.copyTrackingYes': 'sutikimas duotas',
  'answer.copyTrackingNo': 'ne',
  'answer.copyRequested': 'užsakyta {at}',
  'answer.copyConfirmed': 'užsakyta {at}, patvirtinta {confirmed}',
  'answer.copyConsent':
    'sutikimas: {event}, kanalas {source}, laikas {at}{origin}; teksto versija: {wording}',
  'answer.copyFrom': 'iš {ip}',
  'answer.copyMessage': 'laiškas „{subject}“: {state}{times}',
  'answer.copyOpened': 'atidarytas {at}',
  'answer.copyProcessing': 'Platformos šiam valdytojui užregistruotas jūsų duomenų tvarkymas:',
  'answer.copyProcessingNone': '(nėra susijusio su jumis asmeniškai)',
};
