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

  'privacy.title': 'Conas a láimhseálann Steward sonraí pearsanta',
  'privacy.intro':
    'Reáchtálann Steward liostaí ríomhphoist do na heagraíochtaí a sheolann iad, ár gcustaiméirí. Socraíonn gach custaiméir cad chuige a bhfuil a liostaí agus is é atá freagrach as sonraí a shíntiúsóirí (an rialaitheoir); ní phróiseálaimidne na sonraí sin ach thar a cheann agus de réir a threoracha.',
  'privacy.whatTitle': 'Cad a phróiseálaimid, agus cén fáth',
  'privacy.whatSubscriber':
    'I gcás gach liosta a liostálann tú leis: do sheoladh ríomhphoist agus, ach amháin má thugann tú iad, d’ainm, do thír agus an fhormáid is fearr leat, mar aon le taifead ar cathain agus conas a thug tú toiliú. Úsáidimid iad chun ríomhphost an liosta sin a sheoladh chugat.',
  'privacy.whatTracking':
    'Ní thaifeadtar ar oscail tú teachtaireacht HTML ach amháin má thoiligh tú leis sin, agus is féidir leat an toiliú a tharraingt siar am ar bith.',
  'privacy.whatRequest':
    'Nuair a dhéanann tú iarratas cosanta sonraí: do sheoladh, an ceart atá á úsáid agat agus an méid a scríobhann tú, chun a sheiceáil gur leatsa an seoladh agus chun an t-iarratas a chur ar aghaidh chuig gach custaiméir a bhfuil sonraí aige faoi.',
  'privacy.whatLogs':
    'Logaí an fhreastalaí gréasáin le seoltaí IP, chun an tseirbhís a choinneáil slán. Ní fhéachaimid orthu ach i dteannta a chéile, ach amháin chun freagairt d’ionsaí.',
  'privacy.keepTitle': 'Cé chomh fada a choinnímid iad',
  'privacy.keepSubscriber':
    'Fad is atá tú liostáilte. Nuair a dhíliostálann tú, scriostar do sheoladh agus do shonraí láithreach; ní fhanann ach comhairimh gan ainm agus iontráil dhochúlaithe chriptithe, ionas nach seolfaimid aon rud eile chugat.',
  'privacy.keepPending':
    'Clárú nár dheimhnigh tú: oibríonn a nasc ar feadh {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, agus scriostar an clárú ina dhiaidh sin.',
  'privacy.keepMail':
    'Post seolta: scriostar ár gcóip le do sheoladh {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis a scríofa.',
  'privacy.keepJobs':
    'Tascanna cúlra, a bhféadfadh seoladh a bheith iontu: scriostar iad {done, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis dóibh críochnú, nó {dead, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis dóibh teip.',
  'privacy.keepRequest':
    'Iarratais chosanta sonraí: téann iarratas nach bhfíoraítear laistigh de {verify, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} as feidhm agus scriostar a shonraí; murach sin scriostar a shonraí pearsanta {after, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis dó críochnú.',
  'privacy.keepLogs':
    'Logaí an fhreastalaí gréasáin: giorraítear seoltaí IP tar éis {truncate, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}, agus scriostar na logaí tar éis {remove, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}.',
  'privacy.cookiesTitle': 'Fianáin',
  'privacy.cookieSession':
    'steward_session: d’fhoireann ár gcustaiméirí a shíníonn isteach sa tairseach amháin; coinníonn sé sínithe isteach iad ar feadh {hours, plural, one {# uair an chloig} two {# uair an chloig} few {# huaire an chloig} many {# n-uaire an chloig} other {# uair an chloig}}, nó {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} má roghnaíonn siad fanacht sínithe isteach.',
  'privacy.cookieLang':
    'steward_lang: cuimhníonn sé ar feadh bliana ar an teanga a roghnaigh tú ar na leathanaigh seo.',
  'privacy.noTracking':
    'Níl aon fhianáin eile ann, gan rianú, agus ní lódáiltear aon rud ó shuíomhanna eile.',
  'privacy.rightsTitle': 'Do chearta',
  'privacy.rights':
    'Tá nasc i ngach teachtaireacht chun díliostáil. Chun do shonraí a fheiceáil, a cheartú nó a scriosadh, déan teagmháil leis an eagraíocht a bhfuil tú ar a liosta; má sheolann tú iarratas cosanta sonraí chugainn, seiceálaimid gur leatsa an seoladh agus cuirimid ar aghaidh é chuig gach custaiméir a bhfuil sonraí aige faoi.',
};
