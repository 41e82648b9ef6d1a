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
