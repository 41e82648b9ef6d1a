import type { Catalogue } from './en';

export const ga: Catalogue = {
  'page.language': 'Teanga',
  'page.changeLanguage': 'Athraigh',
  'page.privacy': 'Príobháideachas',
  'page.footer': 'Reáchtálann Steward liostaí ríomhphoist thar ceann na n-eagraíochtaí a sheolann iad.',

  'link.invalidTitle': 'Ní féidir an nasc seo a úsáid',
  'link.invalid': 'Tá an nasc seo neamhbhailí, úsáideadh cheana é, nó tá sé imithe as feidhm.',
  'link.rateLimited': 'An iomarca iarrachtaí ó do líonra. Fan nóiméad agus bain triail eile as.',
  'link.failed': 'Níor oibrigh sé sin. Bain triail eile as ar ball.',

  'confirm.title': 'Deimhnigh do shíntiús',
  'confirm.text': 'Brúigh an cnaipe chun a dheimhniú gur mian leat ríomhphost an liosta seo a fháil.',
  'confirm.button': 'Deimhnigh mo shíntiús',
  'confirm.doneTitle': 'Síntiús deimhnithe',
  'confirm.done': 'Tá tú cláraithe anois. Tá nasc i ngach teachtaireacht chun an liosta a fhágáil arís.',

  'unsubscribe.title': 'Díliostáil',
  'unsubscribe.text':
    'Brúigh an cnaipe chun an liosta seo a fhágáil. Scriostar do sheoladh agus do shonraí as ansin.',
  'unsubscribe.button': 'Díliostáil',
  'unsubscribe.doneTitle': 'Tá tú díliostáilte',
  'unsubscribe.done': 'Scriosadh do sheoladh agus do shonraí ón liosta seo.',

  'verify.title': 'Fíoraigh d’iarratas',
  'verify.text':
    'Brúigh an cnaipe chun a dheimhniú gur tusa a rinne an t-iarratas cosanta sonraí seo. Ansin cuirimid ar aghaidh é chuig gach custaiméir dár gcuid a bhfuil sonraí aige faoi do sheoladh.',
  'verify.button': 'Fíoraigh m’iarratas',
  'verify.doneTitle': 'Iarratas fíoraithe',
  'verify.done':
    'Go raibh maith agat. Tá d’iarratas {reference} fíoraithe agus á chur ar aghaidh; tá teachtaireacht ar an mbealach chugat le nasc chun é a leanúint.',

  'status.title': 'D’iarratas {reference}',
  'status.invalid':
    'Tá an nasc seo neamhbhailí nó imithe as feidhm. Oibríonn nasc stádais go dtí {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis an fhreagra dheireanaigh ar an iarratas, agus ar a mhéad an fad céanna tar éis an spriocdháta is déanaí is féidir; tháinig na freagraí féin chugat sa phost.',
  'status.summary': 'Fuarthas d’iarratas ({right}) ar {received}. Tá na freagraí dlite faoin {due}.',
  'status.state': 'Stádas: {state}',
  'status.answers':
    '{count, plural, one {Tá sonraí fút ag # eagraíocht:} two {Tá sonraí fút ag # eagraíocht:} few {Tá sonraí fút ag # eagraíocht:} many {Tá sonraí fút ag # n-eagraíocht:} other {Tá sonraí fút ag # eagraíocht:}}',
  'status.organisation': 'Eagraíocht',
  'status.answer': 'Freagra',
  'status.due': 'Dlite',
  'status.answered': 'Freagartha',
  'status.reason': 'Cúis',

  'right.ACCESS': 'rochtain ar do shonraí',
  'right.RECTIFICATION': 'ceartú do shonraí',
  'right.ERASURE': 'scriosadh do shonraí',
  'right.RESTRICTION': 'srianadh na próiseála',
  'right.PORTABILITY': 'cóip de do shonraí le tabhairt áit eile',
  'right.OBJECTION': 'agóid in aghaidh na próiseála',

  'request.AWAITING_VERIFICATION': 'ag fanacht go bhfíorófá é',
  'request.ROUTING': 'fíoraithe; ag aimsiú na n-eagraíochtaí a bhfuil sonraí acu fút',
  'request.ROUTED': 'curtha ar aghaidh; ag fanacht leis na freagraí',
  'request.COMPLETED': 'd’fhreagair gach eagraíocht é',
  'request.NO_DATA_HELD': 'níl sonraí faoin seoladh seo ag aon eagraíocht',
  'request.EXPIRED': 'níor fíoraíodh riamh é, mar sin chuaigh sé as feidhm',

  'task.PENDING': 'ag fanacht le freagra',
  'task.EXTENDED': 'tógadh tuilleadh ama',
  'task.FULFILLED': 'déanta',
  'task.REJECTED': 'diúltaithe',
};
