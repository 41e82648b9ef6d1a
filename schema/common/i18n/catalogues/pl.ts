import type { Catalogue } from './en';

export const pl: Catalogue = {
  'page.language': 'Język',
  'page.changeLanguage': 'Zmień',
  'page.privacy': 'Prywatność',
  'page.footer': 'Steward prowadzi listy mailingowe w imieniu organizacji, które je wysyłają.',

  'link.invalidTitle': 'Tego linku nie można użyć',
  'link.invalid': 'Ten link jest nieprawidłowy, został już użyty lub wygasł.',
  'link.rateLimited': 'Zbyt wiele prób z Twojej sieci. Odczekaj minutę i spróbuj ponownie.',
  'link.failed': 'Nie udało się. Spróbuj ponownie później.',

  'confirm.title': 'Potwierdź subskrypcję',
  'confirm.text': 'Naciśnij przycisk, aby potwierdzić, że chcesz otrzymywać wiadomości z tej listy.',
  'confirm.button': 'Potwierdzam subskrypcję',
  'confirm.doneTitle': 'Subskrypcja potwierdzona',
  'confirm.done': 'Subskrybujesz teraz tę listę. Każda wiadomość zawiera link do wypisania się.',

  'welcome.title': 'Witamy: subskrypcja jest potwierdzona',
  'welcome.next':
    'Od teraz otrzymujesz wiadomości z tej listy w wybranym formacie. Nic innego nie będzie do Ciebie wysyłane.',
  'welcome.leave':
    'Każda wiadomość kończy się linkiem do wypisania: jedno kliknięcie usuwa Cię z listy i kasuje Twój adres oraz dane.',
  'signup.intro': 'Zapisz się na listę mailingową organizacji {organisation}.',
  'signup.consentTitle': 'Na co się zgadzasz',
  'signup.consentVersion': 'Wersja tekstu {version}',
  'signup.email': 'Adres e-mail',
  'signup.name': 'Imię i nazwisko (nieobowiązkowe)',
  'signup.country': 'Kraj (nieobowiązkowe)',
  'signup.countryNone': 'Nie podano',
  'signup.format': 'Format wiadomości',
  'signup.formatText': 'Zwykły tekst',
  'signup.formatHtml': 'HTML, z układem i obrazkami',
  'signup.tracking': 'Informuj nadawcę, gdy otworzę wiadomość lub kliknę w niej link (nieobowiązkowe)',
  'signup.trackingHelp':
    'Działa to tylko w wiadomościach HTML: zawierają one wtedy maleńki obrazek i linki, które zgłaszają otwarcia i kliknięcia. Jeśli zostawisz pole puste, nic nie jest zapisywane. Zgodę możesz w każdej chwili wycofać.',
  'signup.button': 'Zapisz mnie',
  'signup.confirmNote':
    'Wyślemy Ci e-mail z linkiem. Subskrypcja zacznie się dopiero, gdy użyjesz tego linku.',
  'signup.sentTitle': 'Sprawdź skrzynkę odbiorczą',
  'signup.sent':
    'Dziękujemy. Jeśli ta lista przyjmuje zapisy, e-mail z linkiem potwierdzającym jest w drodze na podany adres. Nic się nie stanie, dopóki nie użyjesz tego linku. Jeśli e-mail nie dotrze, zajrzyj do folderu spam.',
  'signup.errorTitle': 'Popraw formularz',
  'signup.errorEmail': 'Wpisz poprawny adres e-mail, na przykład name@example.com.',
  'signup.errorName':
    'Wpisz imię i nazwisko o długości najwyżej 200 znaków, w jednym wierszu, bez znaków < i >.',
  'signup.errorCountry': 'Wybierz kraj z listy.',
  'signup.errorFormat': 'Wybierz Zwykły tekst lub HTML.',
  'signup.errorTooLarge': 'Formularz był za duży. Wypełnij go ponownie.',
  'signup.crossSite': 'Ten formularz wysłano z innej witryny. Zapisz się na tej stronie.',
  'signup.notFoundTitle': 'Taki formularz zapisu nie istnieje',
  'signup.notFound':
    'Pod tym adresem nie ma listy mailingowej. Sprawdź link albo poproś organizację o jej stronę zapisu.',
  'signup.embedNote': 'Steward przetwarza Twoje dane w imieniu organizacji {organisation}.',
  'signup.singleNote':
    'Zapisujesz się od razu po wysłaniu tego formularza. Każda wiadomość zawiera link do wypisania się.',
  'signup.singleSentTitle': 'Dziękujemy',
  'signup.singleSent':
    'Dziękujemy. Jeśli ta lista przyjmuje zapisy, a adres może odbierać pocztę, jest on teraz zapisany i otrzymuje wiadomości tej listy; każda wiadomość zawiera link do wypisania się. Jeśli adres wcześniej wypisał się z tej listy lub już czeka na potwierdzenie, zamiast tego otrzyma e-mail z linkiem do potwierdzenia.',
  'confirmMail.subject': 'Potwierdź subskrypcję listy {list}',
  'confirmMail.asked':
    'Ktoś, mamy nadzieję że Ty, poprosił o zapisanie tego adresu na listę „{list}” ({name}) organizacji {organisation}.',
  'confirmMail.imported':
    '{organisation} dodała ten adres do swojej listy „{list}” ({name}). Nie otrzymasz z niej nic, jeśli nie potwierdzisz.',
  'confirmMail.confirm': 'Aby potwierdzić, otwórz ten link i naciśnij przycisk na stronie:',
  'confirmMail.refuseAsked':
    'Jeśli to nie Ty, zignoruj tę wiadomość: nie zostaniesz zapisany, a prośba zostanie usunięta po 7 dniach. Aby odrzucić ją teraz i od razu usunąć:',
  'confirmMail.refuseImported':
    'Jeśli tego nie chcesz, zignoruj tę wiadomość: prośba zostanie usunięta po 7 dniach. Aby odrzucić ją teraz i od razu usunąć:',

  'unsubscribe.title': 'Wypisz się',
  'unsubscribe.text':
    'Naciśnij przycisk, aby opuścić tę listę. Twój adres i dane zostaną wtedy z niej usunięte.',
  'unsubscribe.button': 'Wypisz mnie',
  'unsubscribe.doneTitle': 'Wypisano Cię z listy',
  'unsubscribe.done': 'Twój adres i dane zostały usunięte z tej listy.',

  'verify.title': 'Potwierdź swoje żądanie',
  'verify.text':
    'Naciśnij przycisk, aby potwierdzić, że to Ty złożyłeś to żądanie dotyczące ochrony danych. Następnie przekażemy je każdemu naszemu klientowi, który ma dane o Twoim adresie.',
  'verify.button': 'Potwierdzam żądanie',
  'verify.doneTitle': 'Żądanie potwierdzone',
  'verify.done':
    'Dziękujemy. Twoje żądanie {reference} zostało potwierdzone i jest przekazywane; wysłaliśmy wiadomość z linkiem, pod którym możesz je śledzić.',

  'status.title': 'Twoje żądanie {reference}',
  'status.invalid':
    'Ten link jest nieprawidłowy lub wygasł. Link do statusu działa do {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} po ostatniej odpowiedzi na żądanie i najwyżej tyle samo po jego najpóźniejszym możliwym terminie; same odpowiedzi otrzymałeś e-mailem.',
  'status.summary': 'Twoje żądanie ({right}) wpłynęło {received}. Termin odpowiedzi upływa {due}.',
  'status.state': 'Stan: {state}',
  'status.answers':
    '{count, plural, one {# organizacja ma dane o Tobie:} few {# organizacje mają dane o Tobie:} many {# organizacji ma dane o Tobie:} other {# organizacji ma dane o Tobie:}}',
  'status.organisation': 'Organizacja',
  'status.answer': 'Odpowiedź',
  'status.due': 'Termin',
  'status.answered': 'Odpowiedziano',
  'status.reason': 'Uzasadnienie',
  'status.extendedTo': '{controller} potrzebuje więcej czasu: musi odpowiedzieć do {due}.',
  'status.extendedWhy': '{controller} potrzebuje więcej czasu: musi odpowiedzieć do {due}. Powody: {reason}',
  'status.holdingsTitle': 'Kto ma Twoje dane',
  'status.holdings': '{controller} ma dane Twojego adresu na tych listach: {lists}.',
  'form.title': 'Złóż żądanie dotyczące danych osobowych',
  'form.intro':
    'Przepisy o ochronie danych (RODO) dają Ci prawa do danych, które organizacje mają o Tobie. Wybierz, czego chcesz, podaj swój adres e-mail, a wyślemy Ci link, którym potwierdzisz, że adres należy do Ciebie. Potem przekażemy żądanie każdemu naszemu klientowi, który ma dane tego adresu, a każdy musi Ci odpowiedzieć w ciągu miesiąca.',
  'form.rightsTitle': 'Twoje prawa',
  'form.explain.ACCESS': 'Dowiedz się, które organizacje mają Twoje dane i jakie, i otrzymaj ich kopię.',
  'form.explain.RECTIFICATION': 'Popraw błędne lub nieaktualne dane o sobie. Napisz niżej, co poprawić.',
  'form.explain.ERASURE': 'Usuń swoje dane, aby nie dostawać już poczty z tych list.',
  'form.explain.RESTRICTION':
    'Niech Twoje dane będą przechowywane, ale nie używane, na przykład gdy kwestionujesz ich prawidłowość.',
  'form.explain.PORTABILITY': 'Otrzymaj swoje dane w pliku, który możesz przenieść do innej usługi.',
  'form.explain.OBJECTION':
    'Poproś organizacje, by przestały używać Twoich danych; zostaniesz usunięty z ich list.',
  'form.email': 'Adres e-mail',
  'form.right': 'Czego chcesz?',
  'form.details': 'Szczegóły',
  'form.detailsHint': 'Nieobowiązkowe. Przy poprawieniu napisz, co jest błędne i jak powinno być.',
  'form.country': 'Kraj',
  'form.countryHint': 'Nieobowiązkowe. Dwuliterowy kod kraju, w którym mieszkasz, na przykład PL.',
  'form.submit': 'Wyślij moje żądanie',
  'form.errorTitle': 'Popraw formularz',
  'form.errorEmail': 'Podaj prawidłowy adres e-mail.',
  'form.errorRight': 'Wybierz jedno z praw.',
  'form.errorDetails':
    'Szczegóły mogą mieć najwyżej 2000 znaków, bez znaków sterujących i bez znaczników HTML.',
  'form.errorCountry': 'Podaj dwuliterowy kod kraju, na przykład PL, albo zostaw pole puste.',
  'form.crossSite': 'Ten formularz można wysłać tylko z tej strony. Otwórz go tutaj i spróbuj ponownie.',
  'form.sentTitle': 'Sprawdź swoją skrzynkę',
  'form.sent':
    'Dziękujemy. Twoje żądanie ma numer {reference}. Jeśli ten adres może odbierać pocztę, wysłaliśmy na niego wiadomość z linkiem do potwierdzenia żądania. Nic się nie dzieje, dopóki link nie zostanie użyty; niepotwierdzone żądanie wygasa po 7 dniach.',
  'mail.right': '{right} ({article} RODO)',
  'mail.verifySubjectOne': 'Potwierdź swoje żądanie dotyczące danych {refs}',
  'mail.verifySubjectMany': 'Potwierdź swoje żądania dotyczące danych {refs}',
  'mail.verifyOne': 'Otrzymaliśmy dla tego adresu żądanie: {right}, numer {reference}.',
  'mail.verifyOpen': 'Aby potwierdzić, że to Ty je złożyłeś, otwórz ten link i naciśnij przycisk na stronie:',
  'mail.verifyMany':
    'Otrzymaliśmy dla tego adresu kilka żądań dotyczących danych ({count}). Każde ma własny link, który potwierdza tylko to żądanie: otwórz link każdego żądania, które złożyłeś, i naciśnij przycisk na stronie.',
  'mail.verifyItem': '{n}. {reference}, otrzymane {received}: {right}',
  'mail.verifyThen':
    'Potem znajdujemy każdego naszego klienta, który ma dane tego adresu, i przekazujemy mu żądanie.',
  'mail.verifyIgnoreOne':
    'Jeśli to nie Ty złożyłeś to żądanie, zignoruj tę wiadomość: wygaśnie {date}, a jego dane zostaną usunięte.',
  'mail.verifyIgnoreMany':
    'Jeśli któregoś z nich nie złożyłeś, nie używaj jego linku: wygaśnie niepotwierdzone ({lapses}), a jego dane zostaną usunięte.',
  'mail.verifyLapse': '{reference} dnia {date}',
  'mail.verifyReplaces':
    'Ta wiadomość zastępuje wcześniejszą wiadomość potwierdzającą na ten adres: jej linki już nie działają.',
  'mail.routedSubject': 'Twoje żądanie {reference} zostało przekazane',
  'mail.routedIntro':
    'Dziękujemy za potwierdzenie żądania {reference}. Te organizacje mają dane Twojego adresu i każda musi Ci odpowiedzieć do {due}:',
  'mail.routedFollow': 'Każda odpowie e-mailem. Odpowiedzi pojawiają się tutaj, gdy nadejdą:',
  'mail.routedUntil':
    'Link działa do {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} po ostatniej odpowiedzi i najdłużej do {date}.',
  'mail.noDataSubject': 'Twoje żądanie {reference}: brak danych',
  'mail.noDataIntro':
    'Dziękujemy za potwierdzenie żądania {reference}. Żaden z naszych klientów nie ma danych tego adresu, więc nie ma czego przekazać.',
  'mail.noDataUntil': 'Szczegóły Twojego żądania zostały usunięte. Jego stan jest widoczny tutaj do {date}:',

  'right.ACCESS': 'dostęp do Twoich danych',
  'right.RECTIFICATION': 'sprostowanie Twoich danych',
  'right.ERASURE': 'usunięcie Twoich danych',
  'right.RESTRICTION': 'ograniczenie przetwarzania',
  'right.PORTABILITY': 'kopia Twoich danych do przeniesienia',
  'right.OBJECTION': 'sprzeciw wobec przetwarzania',

  'request.AWAITING_VERIFICATION': 'czeka na Twoje potwierdzenie',
  'request.ROUTING': 'potwierdzone; szukamy organizacji, które mają dane o Tobie',
  'request.ROUTED': 'przekazane; czekamy na odpowiedzi',
  'request.COMPLETED': 'odpowiedziały wszystkie organizacje',
  'request.NO_DATA_HELD': 'żadna organizacja nie ma danych o tym adresie',
  'request.EXPIRED': 'nigdy niepotwierdzone, więc wygasło',

  'task.PENDING': 'czeka na odpowiedź',
  'task.EXTENDED': 'termin przedłużony',
  'task.FULFILLED': 'zrealizowane',
  'task.REJECTED': 'odrzucone',

  'privacy.title': 'Jak Steward przetwarza dane osobowe',
  'privacy.intro':
    'Steward prowadzi listy mailingowe dla organizacji, które je wysyłają – naszych klientów. Każdy klient decyduje, do czego służą jego listy, i odpowiada za dane swoich subskrybentów (administrator); my przetwarzamy te dane wyłącznie w jego imieniu i zgodnie z jego poleceniami.',
  'privacy.whatTitle': 'Co przetwarzamy i dlaczego',
  'privacy.whatSubscriber':
    'Dla każdej listy, którą subskrybujesz: Twój adres e-mail oraz, tylko jeśli je podasz, imię, kraj i preferowany format, wraz z zapisem, kiedy i jak wyraziłeś zgodę. Używamy ich, aby wysyłać Ci wiadomości z tej listy.',
  'privacy.whatTracking':
    'To, czy otworzyłeś wiadomość HTML, jest zapisywane tylko wtedy, gdy się na to zgodziłeś, a zgodę możesz w każdej chwili wycofać.',
  'privacy.whatRequest':
    'Gdy składasz żądanie dotyczące ochrony danych: Twój adres, prawo, z którego korzystasz, i to, co piszesz – aby sprawdzić, że adres należy do Ciebie, i przekazać żądanie każdemu klientowi, który ma o nim dane.',
  'privacy.whatLogs':
    'Logi serwera WWW z adresami IP, aby usługa była bezpieczna. Przeglądamy je tylko zbiorczo, chyba że trzeba odpowiedzieć na atak.',
  'privacy.keepTitle': 'Jak długo je przechowujemy',
  'privacy.keepSubscriber':
    'Dopóki subskrybujesz. Gdy się wypiszesz, Twój adres i dane są od razu usuwane; zostają tylko anonimowe liczniki i nieodwracalnie zaszyfrowany wpis, abyśmy nic więcej Ci nie wysyłali.',
  'privacy.keepPending':
    'Zapis, którego nie potwierdziłeś: jego link działa przez {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, potem zapis jest usuwany.',
  'privacy.keepMail':
    'Wysłane wiadomości: nasza kopia z Twoim adresem jest usuwana {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po jej utworzeniu.',
  'privacy.keepJobs':
    'Zadania w tle, które mogą zawierać adres: usuwane {done, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po zakończeniu lub {dead, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po niepowodzeniu.',
  'privacy.keepRequest':
    'Żądania dotyczące ochrony danych: żądanie niepotwierdzone w ciągu {verify, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} wygasa, a jego dane są usuwane; w przeciwnym razie jego dane osobowe są usuwane {after, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po jego zakończeniu.',
  'privacy.keepLogs':
    'Logi serwera WWW: adresy IP są skracane po {truncate, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}, a logi usuwane po {remove, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}.',
  'privacy.cookiesTitle': 'Pliki cookie',
  'privacy.cookieSession':
    'steward_session: tylko dla pracowników naszych klientów, którzy logują się do portalu; utrzymuje ich zalogowanych przez {hours, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}} lub {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, jeśli zechcą pozostać zalogowani.',
  'privacy.cookieLang': 'steward_lang: przez rok pamięta język wybrany przez Ciebie na tych stronach.',
  'privacy.noTracking': 'Nie ma innych plików cookie, śledzenia ani niczego ładowanego z innych witryn.',
  'privacy.rightsTitle': 'Twoje prawa',
  'privacy.rights':
    'Każda wiadomość zawiera link do wypisania się. Aby zobaczyć, poprawić lub usunąć swoje dane, zwróć się do organizacji, na której liście jesteś; jeśli wyślesz nam żądanie dotyczące ochrony danych, sprawdzimy, że adres należy do Ciebie, i przekażemy je każdemu klientowi, który ma o nim dane.',
  'answer.footer':
    'Numer: {reference}. Stan Twojego żądania: zapytaj nas, podając ten numer, albo skorzystaj z otrzymanego linku do statusu.',
  'answer.complaint':
    'Masz prawo wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim UE swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia (art. 77 RODO), oraz prawo do skutecznego środka ochrony prawnej przed sądem (art. 79 RODO).',
  'answer.extendedSubject': '{controller} potrzebuje więcej czasu na Twoje żądanie {reference}',
  'answer.extended':
    '{controller} przedłużył o dwa miesiące termin odpowiedzi na Twoje żądanie {reference} (art. 12 ust. 3 RODO). Powody:',
  'answer.extendedDue': 'Odpowiedź musi teraz nadejść do {date}.',
  'answer.rejectedSubject': '{controller} odmówił spełnienia Twojego żądania {reference}',
  'answer.rejected': '{controller} odmówił spełnienia Twojego żądania {reference} ({right}). Powody:',
  'answer.offboardedSubject': '{controller} opuścił platformę: Twoje żądanie {reference}',
  'answer.offboarded':
    '{controller} zakończył korzystanie z usług platformy dnia {date}. Platforma zwróciła wszystko, co przechowywała dla {controller}, a następnie to usunęła, więc nie może już nic zrobić w sprawie tego żądania. W sprawie swojego żądania skontaktuj się bezpośrednio z {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} zakończył korzystanie z usług platformy dnia {date}. Platforma zwróciła wszystko, co przechowywała dla {controller}, a następnie to usunęła, w tym Twoje dane, więc nie może już nic zrobić w sprawie tego żądania. We wszystkich innych sprawach skontaktuj się bezpośrednio z {controller}: {contact}.',
  'answer.dataSubject': '{controller}: Twoje dane ({reference})',
  'answer.access':
    '{controller} odpowiada na Twoje żądanie dostępu {reference} (art. 15 RODO). To wszystko, co przechowuje o Twoim adresie:',
  'answer.accessAttached': 'Te same dane są załączone jako plik JSON.',
  'answer.portability':
    '{controller} odpowiada na Twoje żądanie przeniesienia danych {reference} (art. 20 RODO).',
  'answer.portabilityAttached':
    'Twoje dane są załączone w ustrukturyzowanym formacie nadającym się do odczytu maszynowego (JSON).',
  'answer.rectifiedSubject': '{controller} poprawił Twoje dane ({reference})',
  'answer.rectified': '{controller} sprostował Twoje dane (art. 16 RODO) na żądanie {reference}: {changed}.',
  'answer.corrections':
    '{changes} w {n, plural, one {# subskrypcji} few {# subskrypcjach} many {# subskrypcjach} other {# subskrypcjach}}',
  'answer.nameCorrected': 'poprawiono imię i nazwisko',
  'answer.nameRemoved': 'usunięto imię i nazwisko',
  'answer.countryCorrected': 'poprawiono kraj',
  'answer.addressCorrected': 'poprawiono adres',
  'answer.erasedSubject': '{controller} usunął Twoje dane ({reference})',
  'answer.erased':
    '{controller} usunął Twoje dane (art. 17 RODO) na żądanie {reference}: {n, plural, one {usunięto # subskrypcję} few {usunięto # subskrypcje} many {usunięto # subskrypcji} other {usunięto # subskrypcji}} wraz z zapisami zgód.',
  'answer.objected':
    '{controller} zaprzestał przetwarzania Twoich danych wskutek Twojego sprzeciwu (art. 21 RODO), żądanie {reference}: wypisano Cię z {n, plural, one {# listy} few {# list} many {# list} other {# list}}, a dane usunięto.',
  'answer.keyedHash':
    'Przechowywany jest tylko skrót adresu utworzony z kluczem, aby nie został ponownie dodany bez Twojej nowej zgody.',
  'answer.restrictedSubject': '{controller} ograniczył przetwarzanie Twoich danych ({reference})',
  'answer.restricted':
    '{controller} ograniczył przetwarzanie Twoich danych (art. 18 RODO) na żądanie {reference}: {n, plural, one {# subskrypcja jest przechowywana, ale nic nie otrzymuje} few {# subskrypcje są przechowywane, ale nic nie otrzymują} many {# subskrypcji jest przechowywanych, ale nic nie otrzymują} other {# subskrypcji jest przechowywanych, ale nic nie otrzymują}}.',
  'answer.copyController': 'Administrator: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adres: {address}',
  'answer.copyNone': 'Dla tego adresu nie są już przechowywane żadne subskrypcje.',
  'answer.copyList': 'Lista {list} („{title}”): {status}',
  'answer.copyListRestricted': 'Lista {list} („{title}”): {status}, przetwarzanie ograniczone',
  'answer.copyDetails':
    'imię i nazwisko: {name}; kraj: {country}; format: {format}; śledzenie otwarć: {tracking}',
  'answer.copyNotGiven': '(brak)',
  'answer.copyTrackingYes': 'zgoda udzielona',
  'answer.copyTrackingNo': 'nie',
  'answer.copyRequested': 'zapis {at}',
  'answer.copyConfirmed': 'zapis {at}, potwierdzenie {confirmed}',
  'answer.copyConsent': 'zgoda: {event} przez {source} dnia {at}{origin}; wersja treści: {wording}',
  'answer.copyFrom': 'z {ip}',
  'answer.copyMessage': 'wiadomość „{subject}”: {state}{times}',
  'answer.copyOpened': 'otwarta {at}',
  'answer.copyProcessing':
    'Przetwarzanie Twoich danych zarejestrowane przez platformę dla tego administratora:',
  'answer.copyProcessingNone': '(brak dotyczących Ciebie osobiście)',
};
