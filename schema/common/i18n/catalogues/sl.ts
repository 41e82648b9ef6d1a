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
  'signup.singleNote':
    'Prijavljeni ste takoj, ko pošljete ta obrazec. Vsako sporočilo ima povezavo za odjavo.',
  'signup.singleSentTitle': 'Hvala',
  'signup.singleSent':
    'Hvala. Če ta seznam sprejema prijave in naslov lahko prejema pošto, je zdaj prijavljen in prejema sporočila tega seznama; vsako sporočilo ima povezavo za odjavo. Če se je naslov s tega seznama že prej odjavil ali že čaka na potrditev, namesto tega prejme e-pošto s povezavo za potrditev.',
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
  'status.extendedTo': '{controller} si je vzel več časa: odgovoriti mora do {due}.',
  'status.extendedWhy': '{controller} si je vzel več časa: odgovoriti mora do {due}. Razlogi: {reason}',
  'status.holdingsTitle': 'Kdo hrani podatke o vas',
  'status.holdings': '{controller} hrani podatke o vašem naslovu na teh seznamih: {lists}.',
  'form.title': 'Oddajte zahtevo glede varstva podatkov',
  'form.intro':
    'Zakonodaja o varstvu podatkov (GDPR) vam daje pravice glede podatkov, ki jih organizacije hranijo o vas. Izberite, kaj želite, vpišite svoj e-poštni naslov in poslali vam bomo povezavo, s katero potrdite, da je naslov vaš. Nato zahtevo posredujemo vsem našim strankam, ki imajo podatke o tem naslovu, in vsaka vam mora odgovoriti v enem mesecu.',
  'form.rightsTitle': 'Vaše pravice',
  'form.explain.ACCESS':
    'Izvedeti, katere organizacije imajo podatke o vas in katere, ter dobiti njihovo kopijo.',
  'form.explain.RECTIFICATION':
    'Popraviti napačne ali zastarele podatke o vas. Spodaj napišite, kaj popraviti.',
  'form.explain.ERASURE': 'Izbrisati svoje podatke, da s teh seznamov ne dobivate več pošte.',
  'form.explain.RESTRICTION':
    'Podatke ohraniti, a jih ne uporabljati, na primer dokler izpodbijate njihovo pravilnost.',
  'form.explain.PORTABILITY': 'Dobiti svoje podatke v datoteki, ki jo lahko odnesete k drugi storitvi.',
  'form.explain.OBJECTION':
    'Organizacijam sporočiti, naj prenehajo uporabljati vaše podatke; odstranjeni boste z njihovih seznamov.',
  'form.email': 'E-poštni naslov',
  'form.right': 'Kaj želite?',
  'form.details': 'Podrobnosti',
  'form.detailsHint': 'Neobvezno. Pri popravku napišite, kaj je narobe in kako mora biti.',
  'form.country': 'Država',
  'form.countryHint': 'Neobvezno. Dvočrkovna oznaka države, v kateri živite, na primer SI.',
  'form.submit': 'Pošlji mojo zahtevo',
  'form.errorTitle': 'Popravite obrazec',
  'form.errorEmail': 'Vpišite veljaven e-poštni naslov.',
  'form.errorRight': 'Izberite eno od pravic.',
  'form.errorDetails': 'Podrobnosti imajo lahko največ 2000 znakov, brez krmilnih znakov in oznak HTML.',
  'form.errorCountry': 'Vpišite dvočrkovno oznako države, na primer SI, ali pustite polje prazno.',
  'form.crossSite':
    'Ta obrazec je mogoče poslati samo s tega spletnega mesta. Odprite ga tukaj in poskusite znova.',
  'form.sentTitle': 'Preverite svoj nabiralnik',
  'form.sent':
    'Hvala. Vaša zahteva ima oznako {reference}. Če ta naslov lahko prejema pošto, je na poti sporočilo s povezavo za potrditev zahteve. Dokler povezave ne uporabite, se nič ne zgodi; nepotrjena zahteva po 7 dneh poteče.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Potrdite svojo zahtevo glede varstva podatkov {refs}',
  'mail.verifySubjectMany': 'Potrdite svoje zahteve glede varstva podatkov {refs}',
  'mail.verifyOne': 'Za ta naslov smo prejeli zahtevo: {right}, oznaka {reference}.',
  'mail.verifyOpen': 'Da potrdite, da ste jo oddali vi, odprite to povezavo in pritisnite gumb na strani:',
  'mail.verifyMany':
    'Za ta naslov smo prejeli več zahtev glede varstva podatkov ({count}). Vsaka ima svojo povezavo, ki potrdi samo njo: odprite povezavo vsake zahteve, ki ste jo oddali, in pritisnite gumb na strani.',
  'mail.verifyItem': '{n}. {reference}, prejeta {received}: {right}',
  'mail.verifyThen':
    'Nato poiščemo vse naše stranke, ki imajo podatke o tem naslovu, in jim posredujemo zahtevo.',
  'mail.verifyIgnoreOne':
    'Če te zahteve niste oddali, sporočilo prezrite: poteče {date}, njeni podatki pa se izbrišejo.',
  'mail.verifyIgnoreMany':
    'Če katere od njih niste oddali, ne uporabite njene povezave: poteče nepotrjena ({lapses}), njeni podatki pa se izbrišejo.',
  'mail.verifyLapse': '{reference} dne {date}',
  'mail.verifyReplaces':
    'To sporočilo nadomešča prejšnje potrditveno sporočilo na ta naslov: povezave v njem ne delujejo več.',
  'mail.routedSubject': 'Vaša zahteva {reference} je bila posredovana',
  'mail.routedIntro':
    'Hvala, ker ste potrdili zahtevo {reference}. Te organizacije imajo podatke o vašem naslovu in vsaka vam mora odgovoriti do {due}:',
  'mail.routedFollow': 'Vsaka bo odgovorila po e-pošti. Odgovori se prikažejo tukaj, ko prispejo:',
  'mail.routedUntil':
    'Povezava deluje do {days, plural, one {# dan} two {# dneva} few {# dni} other {# dni}} po zadnjem odgovoru, največ do {date}.',
  'mail.noDataSubject': 'Vaša zahteva {reference}: ni podatkov',
  'mail.noDataIntro':
    'Hvala, ker ste potrdili zahtevo {reference}. Nobena od naših strank nima podatkov o tem naslovu, zato ni česa posredovati.',
  'mail.noDataUntil': 'Podrobnosti vaše zahteve so izbrisane. Njeno stanje ostane vidno tukaj do {date}:',

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
  'answer.footer':
    'Številka: {reference}. Stanje vaše zahteve: vprašajte nas s to številko ali uporabite povezavo do stanja, ki ste jo prejeli.',
  'answer.complaint':
    'Imate pravico vložiti pritožbo pri nadzornem organu, zlasti v državi članici EU, v kateri imate običajno prebivališče, kraj zaposlitve ali kjer je domnevno prišlo do kršitve (člen 77 GDPR), in pravico do učinkovitega pravnega sredstva pred sodiščem (člen 79 GDPR).',
  'answer.extendedSubject': '{controller} potrebuje več časa za vašo zahtevo {reference}',
  'answer.extended':
    '{controller} je rok za odgovor na vašo zahtevo {reference} podaljšal za dva meseca (člen 12(3) GDPR). Razlogi:',
  'answer.extendedDue': 'Odgovoriti mora zdaj do {date}.',
  'answer.rejectedSubject': '{controller} je zavrnil vašo zahtevo {reference}',
  'answer.rejected': '{controller} je zavrnil vašo zahtevo {reference} ({right}). Razlogi:',
  'answer.offboardedSubject': '{controller} je zapustil platformo: vaša zahteva {reference}',
  'answer.offboarded':
    '{controller} je {date} prenehal uporabljati storitev platforme. Platforma je vrnila vse, kar je hranila za {controller}, in to nato izbrisala, zato v zvezi s to zahtevo ne more več ukrepati. Glede svoje zahteve se obrnite neposredno na {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} je {date} prenehal uporabljati storitev platforme. Platforma je vrnila vse, kar je hranila za {controller}, in to nato izbrisala, tudi vaše podatke, zato v zvezi s to zahtevo ne more več ukrepati. Za vse drugo se obrnite neposredno na {controller}: {contact}.',
  'answer.dataSubject': '{controller}: vaši podatki ({reference})',
  'answer.access':
    '{controller} odgovarja na vašo zahtevo za dostop {reference} (člen 15 GDPR). To je vse, kar hrani o vašem naslovu:',
  'answer.accessAttached': 'Isti podatki so priloženi kot datoteka JSON.',
  'answer.portability':
    '{controller} odgovarja na vašo zahtevo za prenosljivost podatkov {reference} (člen 20 GDPR).',
  'answer.portabilityAttached': 'Vaši podatki so priloženi v strukturirani, strojno berljivi obliki (JSON).',
  'answer.rectifiedSubject': '{controller} je popravil vaše podatke ({reference})',
  'answer.rectified':
    '{controller} je popravil vaše podatke (člen 16 GDPR) na podlagi zahteve {reference}: {changed}.',
  'answer.corrections':
    '{changes} v {n, plural, one {# naročnini} two {# naročninah} few {# naročninah} other {# naročninah}}',
  'answer.nameCorrected': 'ime popravljeno',
  'answer.nameRemoved': 'ime odstranjeno',
  'answer.countryCorrected': 'država popravljena',
  'answer.addressCorrected': 'naslov popravljen',
  'answer.erasedSubject': '{controller} je izbrisal vaše podatke ({reference})',
  'answer.erased':
    '{controller} je izbrisal vaše podatke (člen 17 GDPR) na podlagi zahteve {reference}: {n, plural, one {izbrisana je bila # naročnina} two {izbrisani sta bili # naročnini} few {izbrisane so bile # naročnine} other {izbrisanih je bilo # naročnin}} z zapisi o privolitvi.',
  'answer.objected':
    '{controller} je zaradi vašega ugovora prenehal obdelovati vaše podatke (člen 21 GDPR), zahteva {reference}: odjavljeni ste bili s {n, plural, one {# seznama} two {# seznamov} few {# seznamov} other {# seznamov}}, podatki pa izbrisani.',
  'answer.keyedHash':
    'Hrani se le zgoščena vrednost naslova s ključem, da ga ne bi znova dodali brez vaše nove privolitve.',
  'answer.restrictedSubject': '{controller} je omejil obdelavo vaših podatkov ({reference})',
  'answer.restricted':
    '{controller} je omejil obdelavo vaših podatkov (člen 18 GDPR) na podlagi zahteve {reference}: {n, plural, one {# naročnina ostaja, a ne prejema ničesar} two {# naročnini ostajata, a ne prejemata ničesar} few {# naročnine ostajajo, a ne prejemajo ničesar} other {# naročnin ostaja, a ne prejemajo ničesar}}.',
  'answer.copyController': 'Upravljavec: {name} (stik: {contact})',
  'answer.copyAddress': 'Naslov: {address}',
  'answer.copyNone': 'Za ta naslov se ne hrani več nobena naročnina.',
  'answer.copyList': 'Seznam {list} (»{title}«): {status}',
  'answer.copyListRestricted': 'Seznam {list} (»{title}«): {status}, obdelava omejena',
  'answer.copyDetails': 'ime: {name}; država: {country}; oblika: {format}; spremljanje odpiranja: {tracking}',
  'answer.copyNotGiven': '(ni navedeno)',
  'answer.copyTrackingYes': 'privolitev dana',
  'answer.copyTrackingNo': 'ne',
  'answer.copyRequested': 'prijava {at}',
  'answer.copyConfirmed': 'prijava {at}, potrjeno {confirmed}',
  'answer.copyConsent': 'privolitev: {event} prek {source} dne {at}{origin}; različica besedila: {wording}',
  'answer.copyFrom': 'z {ip}',
  'answer.copyMessage': 'sporočilo »{subject}«: {state}{times}',
  'answer.copyOpened': 'odprto {at}',
  'answer.copyProcessing': 'Obdelava vaših podatkov, ki jo je platforma zabeležila za tega upravljavca:',
  'answer.copyProcessingNone': '(nobena, ki bi zadevala vas osebno)',
};
