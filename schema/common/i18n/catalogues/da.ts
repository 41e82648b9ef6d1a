import type { Catalogue } from './en';

export const da: Catalogue = {
  'page.language': 'Sprog',
  'page.changeLanguage': 'Skift',
  'page.privacy': 'Privatliv',
  'page.footer': 'Steward driver mailinglister på vegne af de organisationer, der sender dem.',

  'link.invalidTitle': 'Dette link kan ikke bruges',
  'link.invalid': 'Dette link er ugyldigt, er allerede brugt eller er udløbet.',
  'link.rateLimited': 'For mange forsøg fra dit netværk. Vent et minut, og prøv igen.',
  'link.failed': 'Det lykkedes ikke. Prøv igen senere.',

  'confirm.title': 'Bekræft dit abonnement',
  'confirm.text': 'Tryk på knappen for at bekræfte, at du vil modtage denne listes mails.',
  'confirm.button': 'Bekræft mit abonnement',
  'confirm.doneTitle': 'Abonnement bekræftet',
  'confirm.done': 'Du er nu tilmeldt. Hver mail har et link, så du kan framelde dig igen.',

  'unsubscribe.title': 'Afmeld',
  'unsubscribe.text':
    'Tryk på knappen for at forlade denne liste. Din adresse og dine oplysninger slettes så fra den.',
  'unsubscribe.button': 'Afmeld',
  'unsubscribe.doneTitle': 'Du er afmeldt',
  'unsubscribe.done': 'Din adresse og dine oplysninger er slettet fra denne liste.',

  'verify.title': 'Bekræft din anmodning',
  'verify.text':
    'Tryk på knappen for at bekræfte, at du har sendt denne anmodning om databeskyttelse. Vi sender den derefter videre til hver af vores kunder, der har data om din adresse.',
  'verify.button': 'Bekræft min anmodning',
  'verify.doneTitle': 'Anmodning bekræftet',
  'verify.done':
    'Tak. Din anmodning {reference} er bekræftet og sendes videre; en mail med et link, hvor du kan følge den, er på vej.',

  'status.title': 'Din anmodning {reference}',
  'status.invalid':
    'Dette link er ugyldigt eller udløbet. Et statuslink virker indtil {days, plural, one {# dag} other {# dage}} efter det sidste svar på anmodningen og højst lige så længe efter dens senest mulige frist; selve svarene har du fået på mail.',
  'status.summary':
    'Din anmodning ({right}) blev modtaget den {received}. Svarene skal foreligge senest den {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisation har data om dig:} other {# organisationer har data om dig:}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Svar',
  'status.due': 'Frist',
  'status.answered': 'Besvaret',
  'status.reason': 'Begrundelse',

  'right.ACCESS': 'indsigt i dine data',
  'right.RECTIFICATION': 'berigtigelse af dine data',
  'right.ERASURE': 'sletning af dine data',
  'right.RESTRICTION': 'begrænsning af behandlingen',
  'right.PORTABILITY': 'en kopi af dine data til at tage med',
  'right.OBJECTION': 'indsigelse mod behandlingen',

  'request.AWAITING_VERIFICATION': 'venter på, at du bekræfter den',
  'request.ROUTING': 'bekræftet; vi finder de organisationer, der har data om dig',
  'request.ROUTED': 'sendt videre; venter på svarene',
  'request.COMPLETED': 'besvaret af alle organisationer',
  'request.NO_DATA_HELD': 'ingen organisation har data om denne adresse',
  'request.EXPIRED': 'aldrig bekræftet, så den er bortfaldet',

  'task.PENDING': 'venter på svar',
  'task.EXTENDED': 'fristen er forlænget',
  'task.FULFILLED': 'udført',
  'task.REJECTED': 'afvist',
};
