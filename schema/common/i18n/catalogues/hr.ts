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

  'welcome.title': 'Dobro došli: vaša je pretplata potvrđena',
  'welcome.next': 'Od sada primate poruke ovog popisa u odabranom obliku. Ništa vam drugo ne šaljemo.',
  'welcome.leave':
    'Svaka poruka završava poveznicom za odjavu: jedan klik uklanja vas s popisa i briše vašu adresu i podatke s njega.',
  'signup.intro': 'Prijavite se na popis e-pošte organizacije {organisation}.',
  'signup.consentTitle': 'Na što pristajete',
  'signup.consentVersion': 'Inačica teksta {version}',
  'signup.email': 'Adresa e-pošte',
  'signup.name': 'Ime (nije obvezno)',
  'signup.country': 'Država (nije obvezno)',
  'signup.countryNone': 'Nije navedeno',
  'signup.format': 'Oblik poruka',
  'signup.formatText': 'Samo tekst',
  'signup.formatHtml': 'HTML, s oblikovanjem i slikama',
  'signup.tracking': 'Javi pošiljatelju kad otvorim poruku ili kliknem poveznicu u njoj (nije obvezno)',
  'signup.trackingHelp':
    'To radi samo s porukama HTML: one tada sadrže sićušnu sliku i poveznice koje javljaju otvaranja i klikove. Ako polje ne označite, ništa se ne bilježi. Privolu možete povući u bilo kojem trenutku.',
  'signup.button': 'Pretplati se',
  'signup.confirmNote': 'Poslat ćemo vam e-poruku s poveznicom. Pretplaćeni ste tek kad je upotrijebite.',
  'signup.sentTitle': 'Pogledajte svoj sandučić',
  'signup.sent':
    'Hvala. Ako ovaj popis prima prijave, e-poruka s poveznicom za potvrdu putuje na adresu koju ste upisali. Ništa se ne događa dok ne upotrijebite poveznicu. Ako poruka ne stigne, pogledajte mapu neželjene pošte.',
  'signup.errorTitle': 'Ispravite obrazac',
  'signup.errorEmail': 'Upišite valjanu adresu e-pošte, na primjer name@example.com.',
  'signup.errorName': 'Upišite ime od najviše 200 znakova, u jednom retku, bez znakova < i >.',
  'signup.errorCountry': 'Odaberite državu s popisa.',
  'signup.errorFormat': 'Odaberite Samo tekst ili HTML.',
  'signup.errorTooLarge': 'Obrazac je bio prevelik. Ispunite ga ponovno.',
  'signup.crossSite': 'Ovaj je obrazec poslan s drugog web-mjesta. Prijavite se radije na ovoj stranici.',
  'signup.notFoundTitle': 'Ovaj obrazac za prijavu ne postoji',
  'signup.notFound':
    'Na ovoj adresi nema popisa e-pošte. Provjerite poveznicu ili zatražite od organizacije njezinu stranicu za prijavu.',
  'signup.embedNote': 'Steward obrađuje vaše podatke u ime organizacije {organisation}.',
  'signup.singleNote': 'Pretplaćeni ste čim pošaljete ovaj obrazac. Svaka poruka ima poveznicu za odjavu.',
  'signup.singleSentTitle': 'Hvala',
  'signup.singleSent':
    'Hvala. Ako ovaj popis prima prijave i adresa može primati poštu, sada je pretplaćena i prima poruke ovog popisa; svaka poruka ima poveznicu za odjavu. Ako se adresa s ovog popisa ranije odjavila ili već čeka potvrdu, umjesto toga dobit će e-poruku s poveznicom za potvrdu.',
  'confirmMail.subject': 'Potvrdite pretplatu na {list}',
  'confirmMail.asked':
    'Netko, nadamo se vi, zatražio je prijavu ove adrese na popis „{list}” ({name}) organizacije {organisation}.',
  'confirmMail.imported':
    '{organisation} je dodala ovu adresu na svoj popis „{list}” ({name}). Ništa s njega nećete primati ako ne potvrdite.',
  'confirmMail.confirm': 'Za potvrdu otvorite ovu poveznicu i pritisnite gumb na stranici:',
  'confirmMail.refuseAsked':
    'Ako to niste zatražili, zanemarite ovu poruku: nećete biti prijavljeni, a zahtjev se briše nakon 7 dana. Da ga odmah odbijete i izbrišete:',
  'confirmMail.refuseImported':
    'Ako to ne želite, zanemarite ovu poruku: zahtjev se briše nakon 7 dana. Da ga odmah odbijete i izbrišete:',

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
  'status.extendedTo': '{controller} je uzeo više vremena: mora odgovoriti do {due}.',
  'status.extendedWhy': '{controller} je uzeo više vremena: mora odgovoriti do {due}. Razlozi: {reason}',
  'status.holdingsTitle': 'Tko čuva podatke o vama',
  'status.holdings': '{controller} ima podatke o vašoj adresi na ovim popisima: {lists}.',
  'form.title': 'Podnesite zahtjev o zaštiti podataka',
  'form.intro':
    'Zakon o zaštiti podataka (GDPR) daje vam prava nad podacima koje organizacije imaju o vama. Odaberite što želite, upišite svoju adresu e-pošte i poslat ćemo vam poveznicu kojom potvrđujete da je adresa vaša. Zatim zahtjev prosljeđujemo svakom našem klijentu koji ima podatke o toj adresi, a svaki vam mora odgovoriti u roku od mjesec dana.',
  'form.rightsTitle': 'Vaša prava',
  'form.explain.ACCESS': 'Saznati koje organizacije imaju podatke o vama i koje, i dobiti njihovu kopiju.',
  'form.explain.RECTIFICATION':
    'Ispraviti netočne ili zastarjele podatke o vama. Ispod napišite što treba ispraviti.',
  'form.explain.ERASURE': 'Izbrisati svoje podatke, da s ovih popisa više ne dobivate poštu.',
  'form.explain.RESTRICTION':
    'Zadržati podatke, ali ih ne koristiti, na primjer dok osporavate njihovu točnost.',
  'form.explain.PORTABILITY': 'Dobiti svoje podatke u datoteci koju možete odnijeti drugoj usluzi.',
  'form.explain.OBJECTION':
    'Zatražiti od organizacija da prestanu koristiti vaše podatke; bit ćete uklonjeni s njihovih popisa.',
  'form.email': 'Adresa e-pošte',
  'form.right': 'Što želite?',
  'form.details': 'Pojedinosti',
  'form.detailsHint': 'Neobavezno. Za ispravak napišite što je pogrešno i kako treba biti.',
  'form.country': 'Država',
  'form.countryHint': 'Neobavezno. Dvoslovna oznaka države u kojoj živite, na primjer HR.',
  'form.submit': 'Pošalji moj zahtjev',
  'form.errorTitle': 'Ispravite obrazac',
  'form.errorEmail': 'Upišite valjanu adresu e-pošte.',
  'form.errorRight': 'Odaberite jedno od prava.',
  'form.errorDetails': 'Pojedinosti mogu imati najviše 2000 znakova, bez kontrolnih znakova i HTML oznaka.',
  'form.errorCountry': 'Upišite dvoslovnu oznaku države, na primjer HR, ili ostavite polje prazno.',
  'form.crossSite':
    'Ovaj se obrazac može poslati samo s ove stranice. Otvorite ga ovdje i pokušajte ponovno.',
  'form.sentTitle': 'Provjerite svoj sandučić',
  'form.sent':
    'Hvala. Vaš zahtjev ima oznaku {reference}. Ako ova adresa može primati poštu, na putu je poruka s poveznicom za potvrdu zahtjeva. Ništa se ne događa dok se poveznica ne upotrijebi; nepotvrđeni zahtjev istječe nakon 7 dana.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Potvrdite svoj zahtjev o zaštiti podataka {refs}',
  'mail.verifySubjectMany': 'Potvrdite svoje zahtjeve o zaštiti podataka {refs}',
  'mail.verifyOne': 'Za ovu adresu primili smo zahtjev: {right}, oznaka {reference}.',
  'mail.verifyOpen':
    'Da potvrdite da ste ga vi podnijeli, otvorite ovu poveznicu i pritisnite gumb na stranici:',
  'mail.verifyMany':
    'Za ovu adresu primili smo više zahtjeva o zaštiti podataka ({count}). Svaki ima svoju poveznicu koja potvrđuje samo njega: otvorite poveznicu svakog zahtjeva koji ste podnijeli i pritisnite gumb na stranici.',
  'mail.verifyItem': '{n}. {reference}, primljen {received}: {right}',
  'mail.verifyThen':
    'Zatim pronalazimo svakog našeg klijenta koji ima podatke o ovoj adresi i prosljeđujemo mu zahtjev.',
  'mail.verifyIgnoreOne':
    'Ako niste podnijeli ovaj zahtjev, zanemarite ovu poruku: istječe {date}, a njegovi se podaci brišu.',
  'mail.verifyIgnoreMany':
    'Ako neki od njih niste podnijeli, ne koristite njegovu poveznicu: istječe nepotvrđen ({lapses}), a njegovi se podaci brišu.',
  'mail.verifyLapse': '{reference} dana {date}',
  'mail.verifyReplaces':
    'Ova poruka zamjenjuje raniju poruku za potvrdu na ovu adresu: poveznice u njoj više ne rade.',
  'mail.routedSubject': 'Vaš zahtjev {reference} je proslijeđen',
  'mail.routedIntro':
    'Hvala što ste potvrdili zahtjev {reference}. Ove organizacije imaju podatke o vašoj adresi i svaka vam mora odgovoriti do {due}:',
  'mail.routedFollow': 'Svaka će odgovoriti e-poštom. Odgovori se ovdje prikazuju kako stignu:',
  'mail.routedUntil':
    'Poveznica radi do {days, plural, one {# dan} few {# dana} other {# dana}} nakon zadnjeg odgovora, a najdulje do {date}.',
  'mail.noDataSubject': 'Vaš zahtjev {reference}: nema podataka',
  'mail.noDataIntro':
    'Hvala što ste potvrdili zahtjev {reference}. Nijedan naš klijent nema podatke o ovoj adresi, pa nema što proslijediti.',
  'mail.noDataUntil':
    'Pojedinosti vašeg zahtjeva su izbrisane. Njegovo stanje ostaje vidljivo ovdje do {date}:',

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

  'privacy.title': 'Kako Steward postupa s osobnim podacima',
  'privacy.intro':
    'Steward vodi popise za slanje e-pošte za organizacije koje ih šalju – naše klijente. Svaki klijent odlučuje čemu služe njegovi popisi i odgovoran je za podatke svojih pretplatnika (voditelj obrade); mi te podatke obrađujemo samo u njegovo ime i prema njegovim uputama.',
  'privacy.whatTitle': 'Što obrađujemo i zašto',
  'privacy.whatSubscriber':
    'Za svaki popis na koji se pretplatite: vašu adresu e-pošte i, samo ako ih navedete, vaše ime, državu i željeni format, uz zapis o tome kada ste i kako dali privolu. Koristimo ih da vam šaljemo poruke tog popisa.',
  'privacy.whatTracking':
    'Jeste li otvorili HTML poruku bilježi se samo ako ste na to pristali, a privolu možete povući u bilo kojem trenutku.',
  'privacy.whatRequest':
    'Kada podnesete zahtjev u vezi sa zaštitom podataka: vašu adresu, pravo koje ostvarujete i ono što napišete, kako bismo provjerili da je adresa vaša i proslijedili zahtjev svakom klijentu koji o njoj ima podatke.',
  'privacy.whatLogs':
    'Zapisnike web-poslužitelja s IP adresama, kako bi usluga bila sigurna. Pregledavamo ih samo zbirno, osim radi odgovora na napad.',
  'privacy.keepTitle': 'Koliko ih dugo čuvamo',
  'privacy.keepSubscriber':
    'Dok ste pretplaćeni. Kada se odjavite, vaša adresa i podaci odmah se brišu; ostaju samo anonimni brojevi i nepovratno šifrirani zapis kako vam više ništa ne bismo slali.',
  'privacy.keepPending':
    'Prijava koju niste potvrdili: njezina poveznica radi {days, plural, one {# dan} few {# dana} other {# dana}}, a zatim se prijava briše.',
  'privacy.keepMail':
    'Poslana pošta: naša kopija s vašom adresom briše se {days, plural, one {# dan} few {# dana} other {# dana}} nakon što je nastala.',
  'privacy.keepJobs':
    'Pozadinski zadaci, koji mogu sadržavati adresu: brišu se {done, plural, one {# dan} few {# dana} other {# dana}} nakon završetka ili {dead, plural, one {# dan} few {# dana} other {# dana}} nakon neuspjeha.',
  'privacy.keepRequest':
    'Zahtjevi u vezi sa zaštitom podataka: zahtjev koji nije potvrđen u roku od {verify, plural, one {# dana} few {# dana} other {# dana}} istječe i njegovi se podaci brišu; inače se njegovi osobni podaci brišu {after, plural, one {# dan} few {# dana} other {# dana}} nakon završetka.',
  'privacy.keepLogs':
    'Zapisnici web-poslužitelja: IP adrese skraćuju se nakon {truncate, plural, one {# dana} few {# dana} other {# dana}}, a zapisnici se brišu nakon {remove, plural, one {# dana} few {# dana} other {# dana}}.',
  'privacy.cookiesTitle': 'Kolačići',
  'privacy.cookieSession':
    'steward_session: samo za osoblje naših klijenata koje se prijavljuje na portal; drži ih prijavljenima {hours, plural, one {# sat} few {# sata} other {# sati}}, ili {days, plural, one {# dan} few {# dana} other {# dana}} ako odluče ostati prijavljeni.',
  'privacy.cookieLang': 'steward_lang: godinu dana pamti jezik koji ste odabrali na ovim stranicama.',
  'privacy.noTracking': 'Nema drugih kolačića, nema praćenja i ništa se ne učitava s drugih web-mjesta.',
  'privacy.rightsTitle': 'Vaša prava',
  'privacy.rights':
    'Svaka poruka sadrži poveznicu za odjavu. Ako želite vidjeti, ispraviti ili izbrisati svoje podatke, obratite se organizaciji na čijem ste popisu; ako nam pošaljete zahtjev u vezi sa zaštitom podataka, provjerit ćemo da je adresa vaša i proslijediti ga svakom klijentu koji o njoj ima podatke.',
  'answer.footer':
    'Broj: {reference}. Stanje vašeg zahtjeva: pitajte nas uz ovaj broj ili upotrijebite poveznicu za stanje koju ste primili.',
  'answer.complaint':
    'Imate pravo podnijeti pritužbu nadzornom tijelu, osobito u državi članici EU u kojoj imate uobičajeno boravište, mjesto rada ili mjesto navodne povrede (čl. 77 GDPR), te pravo na učinkovit pravni lijek pred sudom (čl. 79 GDPR).',
  'answer.extendedSubject': '{controller} treba više vremena za vaš zahtjev {reference}',
  'answer.extended':
    '{controller} produljio je rok za odgovor na vaš zahtjev {reference} za dva mjeseca (čl. 12. st. 3. GDPR). Razlozi:',
  'answer.extendedDue': 'Sada mora odgovoriti do {date}.',
  'answer.rejectedSubject': '{controller} odbio je vaš zahtjev {reference}',
  'answer.rejected': '{controller} odbio je vaš zahtjev {reference} ({right}). Razlozi:',
  'answer.offboardedSubject': '{controller} napustio je platformu: vaš zahtjev {reference}',
  'answer.offboarded':
    '{controller} prestao je koristiti uslugu platforme {date}. Platforma je vratila sve što je čuvala za {controller} i zatim to izbrisala, pa više ne može postupiti po ovom zahtjevu. Za svoj zahtjev obratite se izravno {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} prestao je koristiti uslugu platforme {date}. Platforma je vratila sve što je čuvala za {controller} i zatim to izbrisala, uključujući vaše podatke, pa više ne može postupiti po ovom zahtjevu. Za sve ostalo obratite se izravno {controller}: {contact}.',
  'answer.dataSubject': '{controller}: vaši podaci ({reference})',
  'answer.access':
    '{controller} odgovara na vaš zahtjev za pristup {reference} (čl. 15. GDPR). Ovo je sve što čuva o vašoj adresi:',
  'answer.accessAttached': 'Isti su podaci priloženi kao datoteka JSON.',
  'answer.portability':
    '{controller} odgovara na vaš zahtjev za prenosivost podataka {reference} (čl. 20. GDPR).',
  'answer.portabilityAttached': 'Vaši su podaci priloženi u strukturiranom, strojno čitljivom obliku (JSON).',
  'answer.rectifiedSubject': '{controller} ispravio je vaše podatke ({reference})',
  'answer.rectified':
    '{controller} ispravio je vaše podatke (čl. 16. GDPR) na zahtjev {reference}: {changed}.',
  'answer.corrections': '{changes} u {n, plural, one {# pretplati} few {# pretplate} other {# pretplata}}',
  'answer.nameCorrected': 'ime ispravljeno',
  'answer.nameRemoved': 'ime uklonjeno',
  'answer.countryCorrected': 'zemlja ispravljena',
  'answer.addressCorrected': 'adresa ispravljena',
  'answer.erasedSubject': '{controller} izbrisao je vaše podatke ({reference})',
  'answer.erased':
    '{controller} izbrisao je vaše podatke (čl. 17. GDPR) na zahtjev {reference}: {n, plural, one {izbrisana je # pretplata} few {izbrisane su # pretplate} other {izbrisano je # pretplata}} sa zapisima o privoli.',
  'answer.objected':
    '{controller} prestao je obrađivati vaše podatke zbog vašeg prigovora (čl. 21. GDPR), zahtjev {reference}: odjavljeni ste s {n, plural, one {# popisa} few {# popisa} other {# popisa}}, a podaci su izbrisani.',
  'answer.keyedHash':
    'Čuva se samo sažetak adrese izrađen ključem, kako je ne bi ponovno dodali bez vaše nove privole.',
  'answer.restrictedSubject': '{controller} ograničio je obradu vaših podataka ({reference})',
  'answer.restricted':
    '{controller} ograničio je obradu vaših podataka (čl. 18. GDPR) na zahtjev {reference}: {n, plural, one {# pretplata se čuva, ali ništa ne prima} few {# pretplate se čuvaju, ali ništa ne primaju} other {# pretplata se čuva, ali ništa ne primaju}}.',
  'answer.copyController': 'Voditelj obrade: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adresa: {address}',
  'answer.copyNone': 'Za ovu adresu više se ne čuva nijedna pretplata.',
  'answer.copyList': 'Popis {list} („{title}”): {status}',
  'answer.copyListRestricted': 'Popis {list} („{title}”): {status}, obrada ograničena',
  'answer.copyDetails': 'ime: {name}; zemlja: {country}; oblik: {format}; praćenje otvaranja: {tracking}',
  'answer.copyNotGiven': '(nije navedeno)',
  'answer.copyTrackingYes': 'privola dana',
  'answer.copyTrackingNo': 'ne',
  'answer.copyRequested': 'prijava {at}',
  'answer.copyConfirmed': 'prijava {at}, potvrđeno {confirmed}',
  'answer.copyConsent': 'privola: {event} putem {source} dana {at}{origin}; inačica teksta: {wording}',
  'answer.copyFrom': 's {ip}',
  'answer.copyMessage': 'poruka „{subject}”: {state}{times}',
  'answer.copyOpened': 'otvorena {at}',
  'answer.copyProcessing': 'Obrada vaših podataka koju je platforma zabilježila za ovog voditelja obrade:',
  'answer.copyProcessingNone': '(nijedna koja se odnosi na vas osobno)',
};
