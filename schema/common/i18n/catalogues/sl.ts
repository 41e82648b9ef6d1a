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

  'welcome.title': 'Dobrodošli: vaša prijava je potrjena',
  'welcome.next':
    'Odslej prejemate sporočila tega seznama v izbrani obliki. Ničesar drugega vam ne pošiljamo.',
  'welcome.leave':
    'Vsako sporočilo se konča s povezavo za odjavo: en klik vas odstrani s seznama in izbriše vaš naslov in podatke z njega.',
  'signup.intro': 'Prijavite se na poštni seznam organizacije {organisation}.',
  'signup.consentTitle': 'S čim se strinjate',
  'signup.consentVersion': 'Različica besedila {version}',
  'signup.email': 'E-poštni naslov',
  'signup.name': 'Ime (neobvezno)',
  'signup.country': 'Država (neobvezno)',
  'signup.countryNone': 'Ni navedeno',
  'signup.format': 'Oblika sporočil',
  'signup.formatText': 'Samo besedilo',
  'signup.formatHtml': 'HTML, z oblikovanjem in slikami',
  'signup.tracking': 'Pošiljatelju sporoči, ko odprem sporočilo ali kliknem povezavo v njem (neobvezno)',
  'signup.trackingHelp':
    'To deluje samo pri sporočilih HTML: ta imajo potem drobno sliko in povezave, ki sporočajo odpiranja in klike. Če polja ne označite, se nič ne beleži. Privolitev lahko kadar koli prekličete.',
  'signup.button': 'Prijava',
  'signup.confirmNote': 'Poslali vam bomo e-pošto s povezavo. Prijavljeni ste šele, ko jo uporabite.',
  'signup.sentTitle': 'Poglejte v nabiralnik',
  'signup.sent':
    'Hvala. Če ta seznam sprejema prijave, je na vneseni naslov na poti e-pošta s povezavo za potrditev. Nič se ne zgodi, dokler povezave ne uporabite. Če e-pošte ni, poglejte v mapo z neželeno pošto.',
  'signup.errorTitle': 'Popravite obrazec',
  'signup.errorEmail': 'Vnesite veljaven e-poštni naslov, na primer name@example.com.',
  'signup.errorName': 'Vnesite ime z največ 200 znaki, v eni vrstici, brez znakov < in >.',
  'signup.errorCountry': 'Izberite državo s seznama.',
  'signup.errorFormat': 'Izberite Samo besedilo ali HTML.',
  'signup.errorTooLarge': 'Obrazec je bil prevelik. Izpolnite ga znova.',
  'signup.crossSite': 'Ta obrazec je bil poslan z drugega spletnega mesta. Prijavite se raje na tej strani.',
  'signup.notFoundTitle': 'Ta prijavni obrazec ne obstaja',
  'signup.notFound':
    'Na tem naslovu ni poštnega seznama. Preverite povezavo ali organizacijo prosite za njeno prijavno stran.',
  'signup.embedNote': 'Steward obdeluje vaše podatke v imenu organizacije {organisation}.',
  'confirmMail.subject': 'Potrdite prijavo na {list}',
  'confirmMail.asked':
    'Nekdo, upamo, da vi, je prosil za prijavo tega naslova na seznam »{list}« ({name}) organizacije {organisation}.',
  'confirmMail.imported':
    '{organisation} je ta naslov dodala na svoj seznam »{list}« ({name}). Od njega ne boste prejeli ničesar, če ne potrdite.',
  'confirmMail.confirm': 'Za potrditev odprite to povezavo in pritisnite gumb na strani:',
  'confirmMail.refuseAsked':
    'Če tega niste zahtevali, sporočilo prezrite: ne boste prijavljeni, zahteva pa se po 7 dneh izbriše. Če jo želite zavrniti zdaj in takoj izbrisati:',
  'confirmMail.refuseImported':
    'Če tega ne želite, sporočilo prezrite: zahteva se po 7 dneh izbriše. Če jo želite zavrniti zdaj in takoj izbrisati:',

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

  'privacy.title': 'Kako Steward ravna z osebnimi podatki',
  'privacy.intro':
    'Steward upravlja poštne sezname za organizacije, ki jih pošiljajo – naše stranke. Vsaka stranka odloča, čemu so njeni seznami namenjeni, in je odgovorna za podatke svojih naročnikov (upravljavec); mi te podatke obdelujemo le v njenem imenu in po njenih navodilih.',
  'privacy.whatTitle': 'Kaj obdelujemo in zakaj',
  'privacy.whatSubscriber':
    'Za vsak seznam, na katerega se naročite: vaš e-poštni naslov in, le če jih navedete, vaše ime, državo in želeno obliko, skupaj z zapisom o tem, kdaj in kako ste dali privolitev. Uporabljamo jih, da vam pošiljamo sporočila tega seznama.',
  'privacy.whatTracking':
    'Ali ste odprli sporočilo HTML, se beleži le, če ste v to privolili, privolitev pa lahko kadar koli prekličete.',
  'privacy.whatRequest':
    'Ko vložite zahtevo glede varstva podatkov: vaš naslov, pravico, ki jo uveljavljate, in kar napišete, da preverimo, da je naslov vaš, in zahtevo posredujemo vsaki stranki, ki ima podatke o njem.',
  'privacy.whatLogs':
    'Dnevniki spletnega strežnika z naslovi IP, da je storitev varna. Pregledujemo jih le zbirno, razen ob odzivu na napad.',
  'privacy.keepTitle': 'Kako dolgo jih hranimo',
  'privacy.keepSubscriber':
    'Dokler ste naročeni. Ko se odjavite, se vaš naslov in podatki takoj izbrišejo; ostanejo le anonimna štetja in nepovratno šifriran zapis, da vam ne pošljemo ničesar več.',
  'privacy.keepPending':
    'Prijava, ki je niste potrdili: njena povezava deluje {days, plural, one {# dan} two {# dneva} few {# dni} other {# dni}}, nato se prijava izbriše.',
  'privacy.keepMail':
    'Poslana pošta: naša kopija z vašim naslovom se izbriše {days, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po nastanku.',
  'privacy.keepJobs':
    'Opravila v ozadju, ki lahko vsebujejo naslov: izbrišejo se {done, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po koncu ali {dead, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po neuspehu.',
  'privacy.keepRequest':
    'Zahteve glede varstva podatkov: zahteva, ki ni potrjena v {verify, plural, one {# dnevu} two {# dneh} few {# dneh} other {# dneh}}, zapade in njeni podatki se izbrišejo; sicer se njeni osebni podatki izbrišejo {after, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po njenem zaključku.',
  'privacy.keepLogs':
    'Dnevniki spletnega strežnika: naslovi IP se skrajšajo po {truncate, plural, one {# dnevu} two {# dneh} few {# dneh} other {# dneh}}, dnevniki pa se izbrišejo po {remove, plural, one {# dnevu} two {# dneh} few {# dneh} other {# dneh}}.',
  'privacy.cookiesTitle': 'Piškotki',
  'privacy.cookieSession':
    'steward_session: le za osebje naših strank, ki se prijavi v portal; ohranja jih prijavljene {hours, plural, one {# uro} two {# uri} few {# ure} other {# ur}} ali {days, plural, one {# dan} two {# dneva} few {# dni} other {# dni}}, če se odločijo ostati prijavljeni.',
  'privacy.cookieLang': 'steward_lang: eno leto si zapomni jezik, ki ste ga izbrali na teh straneh.',
  'privacy.noTracking': 'Drugih piškotkov ni, ni sledenja in nič se ne nalaga z drugih spletnih mest.',
  'privacy.rightsTitle': 'Vaše pravice',
  'privacy.rights':
    'Vsako sporočilo ima povezavo za odjavo. Če želite svoje podatke videti, popraviti ali izbrisati, se obrnite na organizacijo, na katere seznamu ste; če nam pošljete zahtevo glede varstva podatkov, preverimo, da je naslov vaš, in jo posredujemo vsaki stranki, ki ima podatke o njem.',
};
