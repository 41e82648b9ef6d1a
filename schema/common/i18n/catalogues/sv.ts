import type { Catalogue } from './en';

export const sv: Catalogue = {
  'page.language': 'Språk',
  'page.changeLanguage': 'Byt',
  'page.privacy': 'Integritet',
  'page.footer': 'Steward driver e-postlistor åt de organisationer som skickar dem.',

  'link.invalidTitle': 'Den här länken kan inte användas',
  'link.invalid': 'Den här länken är ogiltig, har redan använts eller har gått ut.',
  'link.rateLimited': 'För många försök från ditt nätverk. Vänta en minut och försök igen.',
  'link.failed': 'Det fungerade inte. Försök igen senare.',

  'confirm.title': 'Bekräfta din prenumeration',
  'confirm.text': 'Tryck på knappen för att bekräfta att du vill få e-post från den här listan.',
  'confirm.button': 'Bekräfta min prenumeration',
  'confirm.doneTitle': 'Prenumerationen är bekräftad',
  'confirm.done': 'Du prenumererar nu. Varje meddelande har en länk för att avsluta igen.',

  'unsubscribe.title': 'Avsluta prenumerationen',
  'unsubscribe.text':
    'Tryck på knappen för att lämna den här listan. Din adress och dina uppgifter raderas då från den.',
  'unsubscribe.button': 'Avsluta prenumerationen',
  'unsubscribe.doneTitle': 'Din prenumeration är avslutad',
  'unsubscribe.done': 'Din adress och dina uppgifter har raderats från den här listan.',

  'verify.title': 'Bekräfta din begäran',
  'verify.text':
    'Tryck på knappen för att bekräfta att du har gjort den här begäran om dataskydd. Vi skickar den sedan vidare till var och en av våra kunder som har uppgifter om din adress.',
  'verify.button': 'Bekräfta min begäran',
  'verify.doneTitle': 'Begäran är bekräftad',
  'verify.done':
    'Tack. Din begäran {reference} är bekräftad och skickas vidare; ett meddelande med en länk där du kan följa den är på väg.',

  'status.title': 'Din begäran {reference}',
  'status.invalid':
    'Den här länken är ogiltig eller har gått ut. En statuslänk fungerar till {days, plural, one {# dag} other {# dagar}} efter det sista svaret på begäran, och högst lika länge efter dess senast möjliga tidsfrist; själva svaren har du fått via e-post.',
  'status.summary': 'Din begäran ({right}) togs emot den {received}. Svaren ska komma senast den {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisation har uppgifter om dig:} other {# organisationer har uppgifter om dig:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Svar',
  'status.due': 'Tidsfrist',
  'status.answered': 'Besvarad',
  'status.reason': 'Skäl',

  'right.ACCESS': 'tillgång till dina uppgifter',
  'right.RECTIFICATION': 'rättelse av dina uppgifter',
  'right.ERASURE': 'radering av dina uppgifter',
  'right.RESTRICTION': 'begränsning av behandlingen',
  'right.PORTABILITY': 'en kopia av dina uppgifter att ta med dig',
  'right.OBJECTION': 'invändning mot behandlingen',

  'request.AWAITING_VERIFICATION': 'väntar på att du bekräftar den',
  'request.ROUTING': 'bekräftad; vi letar upp de organisationer som har uppgifter om dig',
  'request.ROUTED': 'vidareskickad; väntar på svaren',
  'request.COMPLETED': 'besvarad av alla organisationer',
  'request.NO_DATA_HELD': 'ingen organisation har uppgifter om den här adressen',
  'request.EXPIRED': 'aldrig bekräftad, så den har förfallit',

  'task.PENDING': 'väntar på svar',
  'task.EXTENDED': 'tidsfristen förlängd',
  'task.FULFILLED': 'klar',
  'task.REJECTED': 'avslagen',
};
