import type { Catalogue } from './en';

export const cs: Catalogue = {
  'page.language': 'Jazyk',
  'page.changeLanguage': 'Změnit',
  'page.privacy': 'Ochrana soukromí',
  'page.footer': 'Steward provozuje e-mailové konference jménem organizací, které je rozesílají.',

  'link.invalidTitle': 'Tento odkaz nelze použít',
  'link.invalid': 'Tento odkaz je neplatný, už byl použit nebo vypršel.',
  'link.rateLimited': 'Z vaší sítě přišlo příliš mnoho pokusů. Počkejte minutu a zkuste to znovu.',
  'link.failed': 'Nepodařilo se to. Zkuste to prosím později.',

  'confirm.title': 'Potvrďte své přihlášení',
  'confirm.text': 'Stiskněte tlačítko a potvrďte, že chcete dostávat zprávy této konference.',
  'confirm.button': 'Potvrdit přihlášení',
  'confirm.doneTitle': 'Přihlášení potvrzeno',
  'confirm.done': 'Nyní jste přihlášeni. Každá zpráva obsahuje odkaz na odhlášení.',

  'unsubscribe.title': 'Odhlásit se',
  'unsubscribe.text': 'Stiskněte tlačítko a opusťte tuto konferenci. Vaše adresa a údaje z ní budou smazány.',
  'unsubscribe.button': 'Odhlásit se',
  'unsubscribe.doneTitle': 'Jste odhlášeni',
  'unsubscribe.done': 'Vaše adresa a údaje byly z této konference smazány.',

  'verify.title': 'Potvrďte svou žádost',
  'verify.text':
    'Stiskněte tlačítko a potvrďte, že jste tuto žádost o ochraně údajů podali vy. Potom ji předáme každému našemu zákazníkovi, který má údaje o vaší adrese.',
  'verify.button': 'Potvrdit žádost',
  'verify.doneTitle': 'Žádost potvrzena',
  'verify.done':
    'Děkujeme. Vaše žádost {reference} je potvrzena a předává se dál; poslali jsme vám zprávu s odkazem, kde ji můžete sledovat.',

  'status.title': 'Vaše žádost {reference}',
  'status.invalid':
    'Tento odkaz je neplatný nebo vypršel. Odkaz na stav funguje {days, plural, one {# den} few {# dny} many {# dne} other {# dní}} po poslední odpovědi na žádost, a nejvýše stejně dlouho po jejím nejzazším možném termínu; samotné odpovědi vám přišly e-mailem.',
  'status.summary': 'Vaše žádost ({right}) byla přijata {received}. Odpovědi mají přijít do {due}.',
  'status.state': 'Stav: {state}',
  'status.answers':
    '{count, plural, one {# organizace má o vás údaje:} few {# organizace mají o vás údaje:} many {# organizace má o vás údaje:} other {# organizací má o vás údaje:}}',
  'status.organisation': 'Organizace',
  'status.answer': 'Odpověď',
  'status.due': 'Termín',
  'status.answered': 'Zodpovězeno',
  'status.reason': 'Důvod',

  'right.ACCESS': 'přístup k vašim údajům',
  'right.RECTIFICATION': 'oprava vašich údajů',
  'right.ERASURE': 'výmaz vašich údajů',
  'right.RESTRICTION': 'omezení zpracování',
  'right.PORTABILITY': 'kopie vašich údajů k přenesení jinam',
  'right.OBJECTION': 'námitka proti zpracování',

  'request.AWAITING_VERIFICATION': 'čeká na vaše potvrzení',
  'request.ROUTING': 'potvrzena; hledáme organizace, které mají o vás údaje',
  'request.ROUTED': 'předána; čeká na odpovědi',
  'request.COMPLETED': 'odpověděly všechny organizace',
  'request.NO_DATA_HELD': 'žádná organizace nemá o této adrese údaje',
  'request.EXPIRED': 'nebyla potvrzena, a proto propadla',

  'task.PENDING': 'čeká na odpověď',
  'task.EXTENDED': 'lhůta prodloužena',
  'task.FULFILLED': 'vyřízeno',
  'task.REJECTED': 'zamítnuto',
};
