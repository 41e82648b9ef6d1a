import type { Catalogue } from './en';

export const ro: Catalogue = {
  'page.language': 'Limba',
  'page.changeLanguage': 'Schimbă',
  'page.privacy': 'Confidențialitate',
  'page.footer': 'Steward administrează liste de corespondență în numele organizațiilor care le trimit.',

  'link.invalidTitle': 'Acest link nu poate fi folosit',
  'link.invalid': 'Acest link nu este valid, a fost deja folosit sau a expirat.',
  'link.rateLimited':
    'Prea multe încercări din rețeaua dumneavoastră. Așteptați un minut și încercați din nou.',
  'link.failed': 'Nu a funcționat. Încercați din nou mai târziu.',

  'confirm.title': 'Confirmați abonarea',
  'confirm.text': 'Apăsați butonul pentru a confirma că doriți să primiți mesajele acestei liste.',
  'confirm.button': 'Confirm abonarea',
  'confirm.doneTitle': 'Abonare confirmată',
  'confirm.done': 'Acum sunteți abonat. Fiecare mesaj conține un link pentru dezabonare.',

  'welcome.title': 'Bun venit: abonarea dumneavoastră este confirmată',
  'welcome.next': 'De acum primiți mesajele acestei liste, în formatul ales. Nu vi se trimite nimic altceva.',
  'welcome.leave':
    'Fiecare mesaj se încheie cu un link de dezabonare: un clic vă scoate din listă și vă șterge adresa și datele din ea.',
  'signup.intro': 'Abonați-vă la lista de e-mail a {organisation}.',
  'signup.consentTitle': 'La ce vă dați acordul',
  'signup.consentVersion': 'Versiunea {version} a textului',
  'signup.email': 'Adresă de e-mail',
  'signup.name': 'Nume (opțional)',
  'signup.country': 'Țară (opțional)',
  'signup.countryNone': 'Nespecificată',
  'signup.format': 'Formatul mesajelor',
  'signup.formatText': 'Doar text',
  'signup.formatHtml': 'HTML, cu aranjare în pagină și imagini',
  'signup.tracking': 'Anunțați expeditorul când deschid un mesaj sau dau clic pe un link din el (opțional)',
  'signup.trackingHelp':
    'Funcționează doar cu mesajele HTML: acestea conțin atunci o imagine minusculă și linkuri care raportează deschiderile și clicurile. Dacă lăsați căsuța nebifată, nu se înregistrează nimic. Vă puteți retrage acordul oricând.',
  'signup.button': 'Mă abonez',
  'signup.confirmNote': 'Vă trimitem un e-mail cu un link. Sunteți abonat doar după ce folosiți acel link.',
  'signup.sentTitle': 'Verificați-vă căsuța de e-mail',
  'signup.sent':
    'Vă mulțumim. Dacă această listă acceptă abonări, un e-mail cu un link de confirmare este pe drum spre adresa indicată. Nu se întâmplă nimic până nu folosiți linkul. Dacă nu primiți niciun e-mail, verificați dosarul de spam.',
  'signup.errorTitle': 'Corectați formularul',
  'signup.errorEmail': 'Introduceți o adresă de e-mail validă, de exemplu name@example.com.',
  'signup.errorName':
    'Introduceți un nume de cel mult 200 de caractere, pe un singur rând, fără caracterele < și >.',
  'signup.errorCountry': 'Alegeți o țară din listă.',
  'signup.errorFormat': 'Alegeți Doar text sau HTML.',
  'signup.errorTooLarge': 'Formularul a fost prea mare. Completați-l din nou.',
  'signup.crossSite':
    'Acest formular a fost trimis de pe alt site. Abonați-vă mai bine de pe această pagină.',
  'signup.notFoundTitle': 'Acest formular de abonare nu există',
  'signup.notFound':
    'La această adresă nu există nicio listă de e-mail. Verificați linkul sau cereți organizației pagina sa de abonare.',
  'signup.embedNote': 'Steward prelucrează datele dumneavoastră în numele {organisation}.',
  'signup.singleNote':
    'Sunteți abonat imediat ce trimiteți acest formular. Fiecare mesaj are un link pentru dezabonare.',
  'signup.singleSentTitle': 'Vă mulțumim',
  'signup.singleSent':
    'Vă mulțumim. Dacă această listă acceptă abonări și adresa poate primi e-mailuri, acum este abonată și primește mesajele listei; fiecare mesaj are un link pentru dezabonare. Dacă adresa a părăsit anterior această listă sau așteaptă deja o confirmare, va primi în schimb un e-mail cu un link de confirmare.',
  'confirmMail.subject': 'Confirmați abonarea la {list}',
  'confirmMail.asked':
    'Cineva, sperăm că dumneavoastră, a cerut abonarea acestei adrese la „{list}” ({name}), o listă a {organisation}.',
  'confirmMail.imported':
    '{organisation} a adăugat această adresă în lista sa „{list}” ({name}). Nu veți primi nimic de la ea dacă nu confirmați.',
  'confirmMail.confirm': 'Pentru a confirma, deschideți acest link și apăsați butonul de pe pagină:',
  'confirmMail.refuseAsked':
    'Dacă nu ați cerut acest lucru, ignorați mesajul: nu veți fi abonat, iar cererea se șterge după 7 zile. Pentru a o refuza acum și a o șterge imediat:',
  'confirmMail.refuseImported':
    'Dacă nu doriți acest lucru, ignorați mesajul: cererea se șterge după 7 zile. Pentru a o refuza acum și a o șterge imediat:',

  'unsubscribe.title': 'Dezabonare',
  'unsubscribe.text':
    'Apăsați butonul pentru a părăsi această listă. Adresa și datele dumneavoastră sunt apoi șterse din ea.',
  'unsubscribe.button': 'Mă dezabonez',
  'unsubscribe.doneTitle': 'V-ați dezabonat',
  'unsubscribe.done': 'Adresa și datele dumneavoastră au fost șterse din această listă.',

  'verify.title': 'Confirmați cererea',
  'verify.text':
    'Apăsați butonul pentru a confirma că ați făcut această cerere privind protecția datelor. Apoi o transmitem fiecărui client al nostru care deține date despre adresa dumneavoastră.',
  'verify.button': 'Confirm cererea',
  'verify.doneTitle': 'Cerere confirmată',
  'verify.done':
    'Vă mulțumim. Cererea dumneavoastră {reference} este confirmată și se transmite mai departe; vă sosește un mesaj cu un link pentru a o urmări.',

  'status.title': 'Cererea dumneavoastră {reference}',
  'status.invalid':
    'Acest link nu este valid sau a expirat. Un link de urmărire funcționează până la {days, plural, one {# zi} few {# zile} other {# de zile}} după ultimul răspuns la cerere și cel mult tot atât după ultimul termen posibil al acesteia; răspunsurile v-au fost trimise prin e-mail.',
  'status.summary':
    'Cererea dumneavoastră ({right}) a fost primită pe {received}. Răspunsurile trebuie date până pe {due}.',
  'status.state': 'Stare: {state}',
  'status.answers':
    '{count, plural, one {# organizație deține date despre dumneavoastră:} few {# organizații dețin date despre dumneavoastră:} other {# de organizații dețin date despre dumneavoastră:}}',
  'status.organisation': 'Organizație',
  'status.answer': 'Răspuns',
  'status.due': 'Termen',
  'status.answered': 'Răspuns dat',
  'status.reason': 'Motiv',
  'status.extendedTo': '{controller} și-a luat mai mult timp: trebuie să răspundă până la {due}.',
  'status.extendedWhy':
    '{controller} și-a luat mai mult timp: trebuie să răspundă până la {due}. Motivele: {reason}',
  'status.holdingsTitle': 'Cine păstrează date despre dvs.',
  'status.holdings': '{controller} are date despre adresa dvs. pe aceste liste: {lists}.',
  'form.title': 'Faceți o cerere privind protecția datelor',
  'form.intro':
    'Legea privind protecția datelor (RGPD) vă dă drepturi asupra datelor pe care organizațiile le au despre dvs. Alegeți ce doriți, scrieți adresa de e-mail și vă trimitem un link ca să confirmați că adresa este a dvs. Apoi trimitem cererea fiecărui client al nostru care are date despre acea adresă, iar fiecare trebuie să vă răspundă în termen de o lună.',
  'form.rightsTitle': 'Drepturile dvs.',
  'form.explain.ACCESS': 'Aflați ce organizații au date despre dvs., ce date, și primiți o copie.',
  'form.explain.RECTIFICATION':
    'Corectați datele greșite sau învechite despre dvs. Scrieți mai jos ce trebuie corectat.',
  'form.explain.ERASURE': 'Ștergeți-vă datele, ca să nu mai primiți mesaje de pe aceste liste.',
  'form.explain.RESTRICTION':
    'Datele să fie păstrate, dar nefolosite, de exemplu cât timp contestați dacă sunt corecte.',
  'form.explain.PORTABILITY': 'Primiți datele într-un fișier pe care îl puteți duce la alt serviciu.',
  'form.explain.OBJECTION':
    'Cereți organizațiilor să nu vă mai folosească datele; sunteți scos de pe listele lor.',
  'form.email': 'Adresă de e-mail',
  'form.right': 'Ce doriți?',
  'form.details': 'Detalii',
  'form.detailsHint': 'Opțional. Pentru o corectare, spuneți ce este greșit și cum trebuie să fie.',
  'form.country': 'Țară',
  'form.countryHint': 'Opțional. Codul din două litere al țării în care locuiți, de exemplu RO.',
  'form.submit': 'Trimite cererea mea',
  'form.errorTitle': 'Corectați formularul',
  'form.errorEmail': 'Introduceți o adresă de e-mail validă.',
  'form.errorRight': 'Alegeți unul dintre drepturi.',
  'form.errorDetails':
    'Detaliile pot avea cel mult 2000 de caractere, fără caractere de control și fără etichete HTML.',
  'form.errorCountry': 'Introduceți un cod de țară din două litere, de exemplu RO, sau lăsați câmpul gol.',
  'form.crossSite':
    'Acest formular poate fi trimis doar de pe acest site. Deschideți-l aici și încercați din nou.',
  'form.sentTitle': 'Verificați-vă căsuța de e-mail',
  'form.sent':
    'Mulțumim. Cererea dvs. are referința {reference}. Dacă această adresă poate primi e-mailuri, un mesaj cu un link pentru verificarea cererii este pe drum. Nu se întâmplă nimic până nu folosiți linkul; o cerere neverificată expiră după 7 zile.',
  'mail.right': '{right} ({article} RGPD)',
  'mail.verifySubjectOne': 'Verificați cererea dvs. privind protecția datelor {refs}',
  'mail.verifySubjectMany': 'Verificați cererile dvs. privind protecția datelor {refs}',
  'mail.verifyOne': 'Am primit o cerere de {right} pentru această adresă, referința {reference}.',
  'mail.verifyOpen':
    'Ca să confirmați că ați făcut-o dvs., deschideți acest link și apăsați butonul de pe pagină:',
  'mail.verifyMany':
    'Am primit mai multe cereri privind protecția datelor pentru această adresă ({count}). Fiecare are linkul ei, care verifică doar acea cerere: deschideți linkul fiecărei cereri pe care ați făcut-o și apăsați butonul de pe pagină.',
  'mail.verifyItem': '{n}. {reference}, primită la {received}: {right}',
  'mail.verifyThen':
    'Apoi găsim fiecare client al nostru care are date despre această adresă și îi trimitem cererea.',
  'mail.verifyIgnoreOne':
    'Dacă nu ați făcut această cerere, ignorați mesajul: expiră la {date}, iar datele ei se șterg.',
  'mail.verifyIgnoreMany':
    'Dacă nu ați făcut una dintre ele, nu folosiți linkul ei: expiră neverificată ({lapses}), iar datele ei se șterg.',
  'mail.verifyLapse': '{reference} la {date}',
  'mail.verifyReplaces':
    'Acest mesaj înlocuiește mesajul de verificare anterior trimis la această adresă: linkurile din el nu mai funcționează.',
  'mail.routedSubject': 'Cererea dvs. {reference} a fost trimisă mai departe',
  'mail.routedIntro':
    'Mulțumim că ați verificat cererea {reference}. Aceste organizații au date despre adresa dvs. și fiecare trebuie să vă răspundă până la {due}:',
  'mail.routedFollow': 'Fiecare va răspunde prin e-mail. Răspunsurile apar aici pe măsură ce sosesc:',
  'mail.routedUntil':
    'Linkul funcționează până la {days, plural, one {# zi} few {# zile} other {# de zile}} după ultimul răspuns și cel mult până la {date}.',
  'mail.noDataSubject': 'Cererea dvs. {reference}: nu există date',
  'mail.noDataIntro':
    'Mulțumim că ați verificat cererea {reference}. Niciunul dintre clienții noștri nu are date despre această adresă, deci nu avem ce trimite mai departe.',
  'mail.noDataUntil': 'Detaliile cererii dvs. au fost șterse. Starea ei rămâne vizibilă aici până la {date}:',

  'right.ACCESS': 'acces la datele dumneavoastră',
  'right.RECTIFICATION': 'rectificarea datelor dumneavoastră',
  'right.ERASURE': 'ștergerea datelor dumneavoastră',
  'right.RESTRICTION': 'restricționarea prelucrării',
  'right.PORTABILITY': 'o copie a datelor dumneavoastră, de dus în altă parte',
  'right.OBJECTION': 'opoziție la prelucrare',

  'request.AWAITING_VERIFICATION': 'așteaptă confirmarea dumneavoastră',
  'request.ROUTING': 'confirmată; căutăm organizațiile care dețin date despre dumneavoastră',
  'request.ROUTED': 'transmisă; așteaptă răspunsurile',
  'request.COMPLETED': 'toate organizațiile au răspuns',
  'request.NO_DATA_HELD': 'nicio organizație nu deține date despre această adresă',
  'request.EXPIRED': 'nu a fost confirmată, așa că a expirat',

  'task.PENDING': 'așteaptă răspuns',
  'task.EXTENDED': 'termen prelungit',
  'task.FULFILLED': 'soluționată',
  'task.REJECTED': 'respinsă',

  'privacy.title': 'Cum tratează Steward datele cu caracter personal',
  'privacy.intro':
    'Steward administrează liste de corespondență pentru organizațiile care le trimit, clienții noștri. Fiecare client decide la ce servesc listele sale și răspunde de datele abonaților săi (operatorul); noi prelucrăm aceste date doar în numele lui și conform instrucțiunilor lui.',
  'privacy.whatTitle': 'Ce prelucrăm și de ce',
  'privacy.whatSubscriber':
    'Pentru fiecare listă la care vă abonați: adresa dumneavoastră de e-mail și, doar dacă le dați, numele, țara și formatul preferat, împreună cu o evidență a momentului și a modului în care v-ați dat acordul. Le folosim ca să vă trimitem mesajele acelei liste.',
  'privacy.whatTracking':
    'Faptul că ați deschis un mesaj HTML se înregistrează doar dacă ați fost de acord, iar acordul îl puteți retrage oricând.',
  'privacy.whatRequest':
    'Când faceți o cerere privind protecția datelor: adresa dumneavoastră, dreptul pe care îl exercitați și ce scrieți, pentru a verifica faptul că adresa este a dumneavoastră și a transmite cererea fiecărui client care deține date despre ea.',
  'privacy.whatLogs':
    'Jurnalele serverului web cu adrese IP, pentru a păstra serviciul în siguranță. Le consultăm doar agregat, cu excepția răspunsului la un atac.',
  'privacy.keepTitle': 'Cât timp le păstrăm',
  'privacy.keepSubscriber':
    'Cât timp sunteți abonat. Când vă dezabonați, adresa și datele dumneavoastră sunt șterse imediat; rămân doar numărători anonime și o înregistrare criptată ireversibil, ca să nu vă mai trimitem nimic.',
  'privacy.keepPending':
    'O înscriere pe care nu ați confirmat-o: linkul ei funcționează {days, plural, one {# zi} few {# zile} other {# de zile}}, apoi înscrierea este ștearsă.',
  'privacy.keepMail':
    'Mesaje trimise: copia noastră cu adresa dumneavoastră este ștearsă la {days, plural, one {# zi} few {# zile} other {# de zile}} după ce a fost creată.',
  'privacy.keepJobs':
    'Sarcini de fundal, care pot conține o adresă: șterse la {done, plural, one {# zi} few {# zile} other {# de zile}} după ce se termină sau la {dead, plural, one {# zi} few {# zile} other {# de zile}} după ce eșuează.',
  'privacy.keepRequest':
    'Cereri privind protecția datelor: o cerere neconfirmată în {verify, plural, one {# zi} few {# zile} other {# de zile}} expiră și datele ei sunt șterse; altfel, datele ei cu caracter personal sunt șterse la {after, plural, one {# zi} few {# zile} other {# de zile}} după încheierea ei.',
  'privacy.keepLogs':
    'Jurnalele serverului web: adresele IP sunt scurtate după {truncate, plural, one {# zi} few {# zile} other {# de zile}}, iar jurnalele sunt șterse după {remove, plural, one {# zi} few {# zile} other {# de zile}}.',
  'privacy.cookiesTitle': 'Cookie-uri',
  'privacy.cookieSession':
    'steward_session: doar pentru personalul clienților noștri care se conectează la portal; îi păstrează conectați {hours, plural, one {# oră} few {# ore} other {# de ore}}, sau {days, plural, one {# zi} few {# zile} other {# de zile}} dacă aleg să rămână conectați.',
  'privacy.cookieLang': 'steward_lang: ține minte timp de un an limba pe care ați ales-o pe aceste pagini.',
  'privacy.noTracking': 'Nu există alte cookie-uri, nicio urmărire și nimic încărcat de pe alte site-uri.',
  'privacy.rightsTitle': 'Drepturile dumneavoastră',
  'privacy.rights':
    'Fiecare mesaj are un link de dezabonare. Pentru a vedea, corecta sau șterge datele dumneavoastră, adresați-vă organizației pe a cărei listă sunteți; dacă ne trimiteți o cerere privind protecția datelor, verificăm că adresa este a dumneavoastră și o transmitem fiecărui client care deține date despre ea.',
  'answer.footer':
    'Referință: {reference}. Stadiul cererii dumneavoastră: întrebați-ne cu această referință sau folosiți linkul de stare primit.',
  'answer.complaint':
    'Aveți dreptul de a depune o plângere la o autoritate de supraveghere, în special în statul membru al UE în care vă aflați reședința obișnuită, locul de muncă sau locul presupusei încălcări (art. 77 RGPD), și dreptul la o cale de atac judiciară (art. 79 RGPD).',
  'answer.extendedSubject':
    '{controller} are nevoie de mai mult timp pentru cererea dumneavoastră {reference}',
  'answer.extended':
    '{controller} a prelungit cu două luni termenul de răspuns la cererea dumneavoastră {reference} (art. 12 alin. (3) RGPD). Motivele:',
  'answer.extendedDue': 'Acum trebuie să răspundă până la {date}.',
  'answer.rejectedSubject': '{controller} a respins cererea dumneavoastră {reference}',
  'answer.rejected': '{controller} a respins cererea dumneavoastră {reference} ({right}). Motivele:',
  'answer.offboardedSubject': '{controller} a părăsit platforma: cererea dumneavoastră {reference}',
  'answer.offboarded':
    '{controller} a încetat să folosească serviciul platformei la {date}. Platforma i-a returnat tot ce păstra pentru {controller} și apoi a șters, așa că nu mai poate da curs acestei cereri. Pentru cererea dumneavoastră, contactați direct {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} a încetat să folosească serviciul platformei la {date}. Platforma i-a returnat tot ce păstra pentru {controller} și apoi a șters, inclusiv datele dumneavoastră, așa că nu mai poate da curs acestei cereri. Pentru orice altceva, contactați direct {controller}: {contact}.',
  'answer.dataSubject': '{controller}: datele dumneavoastră ({reference})',
  'answer.access':
    '{controller} răspunde cererii dumneavoastră de acces {reference} (art. 15 RGPD). Acestea sunt toate datele pe care le păstrează despre adresa dumneavoastră:',
  'answer.accessAttached': 'Aceleași date sunt atașate ca fișier JSON.',
  'answer.portability':
    '{controller} răspunde cererii dumneavoastră de portabilitate a datelor {reference} (art. 20 RGPD).',
  'answer.portabilityAttached':
    'Datele dumneavoastră sunt atașate într-un format structurat, care poate fi citit automat (JSON).',
  'answer.rectifiedSubject': '{controller} v-a corectat datele ({reference})',
  'answer.rectified': '{controller} v-a rectificat datele (art. 16 RGPD) la cererea {reference}: {changed}.',
  'answer.corrections':
    '{changes} în {n, plural, one {# abonament} few {# abonamente} other {# de abonamente}}',
  'answer.nameCorrected': 'nume corectat',
  'answer.nameRemoved': 'nume eliminat',
  'answer.countryCorrected': 'țară corectată',
  'answer.addressCorrected': 'adresă corectată',
  'answer.erasedSubject': '{controller} v-a șters datele ({reference})',
  'answer.erased':
    '{controller} v-a șters datele (art. 17 RGPD) la cererea {reference}: {n, plural, one {a fost șters # abonament} few {au fost șterse # abonamente} other {au fost șterse # de abonamente}}, împreună cu înregistrările consimțământului.',
  'answer.objected':
    '{controller} a încetat prelucrarea datelor dumneavoastră în urma opoziției (art. 21 RGPD), cererea {reference}: ați fost dezabonat de pe {n, plural, one {# listă} few {# liste} other {# de liste}}, iar datele au fost șterse.',
  'answer.keyedHash':
    'Se păstrează doar un hash cu cheie al adresei, ca să nu fie adăugată din nou fără un nou consimțământ al dumneavoastră.',
  'answer.restrictedSubject': '{controller} a restricționat prelucrarea datelor dumneavoastră ({reference})',
  'answer.restricted':
    '{controller} a restricționat prelucrarea datelor dumneavoastră (art. 18 RGPD) la cererea {reference}: {n, plural, one {# abonament este păstrat, dar nu primește nimic} few {# abonamente sunt păstrate, dar nu primesc nimic} other {# de abonamente sunt păstrate, dar nu primesc nimic}}.',
  'answer.copyController': 'Operator: {name} (contact: {contact})',
  'answer.copyAddress': 'Adresă: {address}',
  'answer.copyNone': 'Pentru această adresă nu se mai păstrează niciun abonament.',
  'answer.copyList': 'Lista {list} („{title}”): {status}',
  'answer.copyListRestricted': 'Lista {list} („{title}”): {status}, prelucrare restricționată',
  'answer.copyDetails':
    'nume: {name}; țară: {country}; format: {format}; urmărirea deschiderilor: {tracking}',
  'answer.copyNotGiven': '(nimic)',
  'answer.copyTrackingYes': 'consimțit',
  'answer.copyTrackingNo': 'nu',
  'answer.copyRequested': 'solicitat la {at}',
  'answer.copyConfirmed': 'solicitat la {at}, confirmat la {confirmed}',
  'answer.copyConsent': 'consimțământ: {event} prin {source} la {at}{origin}; versiunea textului: {wording}',
  'answer.copyFrom': 'de la {ip}',
  'answer.copyMessage': 'mesaj „{subject}”: {state}{times}',
  'answer.copyOpened': 'deschis la {at}',
  'answer.copyProcessing':
    'Prelucrări ale datelor dumneavoastră înregistrate de platformă pentru acest operator:',
  'answer.copyProcessingNone': '(niciuna care să vă privească personal)',
};
