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
};
