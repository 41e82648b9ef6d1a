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

  'welcome.title': 'Fáilte: tá do shíntiús deimhnithe',
  'welcome.next':
    'Feasta gheobhaidh tú teachtaireachtaí an liosta seo, san fhormáid a roghnaigh tú. Ní sheoltar aon rud eile chugat.',
  'welcome.leave':
    'Tá nasc díliostála ag deireadh gach teachtaireachta: le brú amháin bainfear den liosta thú agus scriosfar do sheoladh agus do shonraí uaidh.',
  'signup.intro': 'Cláraigh le liosta ríomhphoist {organisation}.',
  'signup.consentTitle': 'An rud a aontaíonn tú leis',
  'signup.consentVersion': 'Leagan {version} den téacs',
  'signup.email': 'Seoladh ríomhphoist',
  'signup.name': 'Ainm (roghnach)',
  'signup.country': 'Tír (roghnach)',
  'signup.countryNone': 'Níor tugadh',
  'signup.format': 'Formáid na dteachtaireachtaí',
  'signup.formatText': 'Téacs amháin',
  'signup.formatHtml': 'HTML, le leagan amach agus pictiúir',
  'signup.tracking':
    'Inis don seoltóir nuair a osclaím teachtaireacht nó nuair a chliceálaim ar nasc inti (roghnach)',
  'signup.trackingHelp':
    'Ní oibríonn sé seo ach le teachtaireachtaí HTML: bíonn íomhá bhídeach iontu ansin agus naisc a thuairiscíonn oscailtí agus cliceanna. Mura gcuireann tú tic sa bhosca, ní thaifeadtar faic. Is féidir leat an toiliú a tharraingt siar am ar bith.',
  'signup.button': 'Cláraigh',
  'signup.confirmNote':
    'Seolfaimid ríomhphost chugat le nasc. Ní bheidh tú cláraithe go dtí go n-úsáideann tú an nasc sin.',
  'signup.sentTitle': 'Féach i do bhosca isteach',
  'signup.sent':
    'Go raibh maith agat. Má ghlacann an liosta seo le clárúcháin, tá ríomhphost le nasc deimhnithe ar a bhealach chuig an seoladh a thug tú. Ní tharlaíonn faic go dtí go n-úsáideann tú an nasc. Mura dtagann aon ríomhphost, féach san fhillteán turscair.',
  'signup.errorTitle': 'Ceartaigh an fhoirm, le do thoil',
  'signup.errorEmail': 'Cuir isteach seoladh ríomhphoist bailí, mar shampla name@example.com.',
  'signup.errorName':
    'Cuir isteach ainm nach faide ná 200 carachtar, ar líne amháin, gan na carachtair < agus >.',
  'signup.errorCountry': 'Roghnaigh tír ón liosta.',
  'signup.errorFormat': 'Roghnaigh Téacs amháin nó HTML.',
  'signup.errorTooLarge': 'Bhí an fhoirm rómhór. Líon isteach arís í, le do thoil.',
  'signup.crossSite':
    'Seoladh an fhoirm seo ó shuíomh gréasáin eile. Cláraigh ar an leathanach seo ina áit sin.',
  'signup.notFoundTitle': 'Níl an fhoirm chlárúcháin seo ann',
  'signup.notFound':
    'Níl aon liosta ríomhphoist ag an seoladh seo. Seiceáil an nasc, nó iarr a leathanach clárúcháin ar an eagraíocht.',
  'signup.embedNote': 'Próiseálann Steward do shonraí thar ceann {organisation}.',
  'signup.singleNote':
    'Tá tú liostáilte a luaithe a sheolann tú an fhoirm seo. Tá nasc i ngach teachtaireacht chun díliostáil arís.',
  'signup.singleSentTitle': 'Go raibh maith agat',
  'signup.singleSent':
    'Go raibh maith agat. Má ghlacann an liosta seo le clárúcháin agus más féidir leis an seoladh ríomhphost a fháil, tá sé liostáilte anois agus faigheann sé teachtaireachtaí an liosta; tá nasc i ngach teachtaireacht chun díliostáil. Má d’fhág an seoladh an liosta seo cheana nó má tá sé ag fanacht ar dheimhniú cheana, gheobhaidh sé ríomhphost le nasc deimhnithe ina ionad sin.',
  'confirmMail.subject': 'Deimhnigh do shíntiús le {list}, le do thoil',
  'confirmMail.asked':
    'D’iarr duine éigin, tusa tá súil againn, an seoladh seo a chlárú le “{list}” ({name}), liosta de chuid {organisation}.',
  'confirmMail.imported':
    'Chuir {organisation} an seoladh seo lena liosta “{list}” ({name}). Ní bhfaighidh tú faic uaidh mura ndeimhníonn tú.',
  'confirmMail.confirm': 'Chun deimhniú, oscail an nasc seo agus brúigh an cnaipe ar an leathanach:',
  'confirmMail.refuseAsked':
    'Murar iarr tú é seo, déan neamhaird den teachtaireacht: ní chlárófar thú, agus scriosfar an t-iarratas tar éis 7 lá. Chun é a dhiúltú anois agus a scriosadh láithreach:',
  'confirmMail.refuseImported':
    'Mura bhfuil sé seo uait, déan neamhaird den teachtaireacht: scriosfar an t-iarratas tar éis 7 lá. Chun é a dhiúltú anois agus a scriosadh láithreach:',

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
  'status.extendedTo': 'Ghlac {controller} tuilleadh ama: caithfidh sé freagra a thabhairt faoin {due}.',
  'status.extendedWhy':
    'Ghlac {controller} tuilleadh ama: caithfidh sé freagra a thabhairt faoin {due}. A chúiseanna: {reason}',
  'status.holdingsTitle': 'Cé a choinníonn sonraí fút',
  'status.holdings': 'Tá sonraí faoi do sheoladh ag {controller} ar na liostaí seo: {lists}.',
  'form.title': 'Déan iarratas cosanta sonraí',
  'form.intro':
    'Tugann an dlí cosanta sonraí (RGCS) cearta duit ar na sonraí a choinníonn eagraíochtaí fút. Roghnaigh a bhfuil uait, tabhair do sheoladh ríomhphoist, agus seolfaimid nasc chugat chun a dheimhniú gur leatsa an seoladh. Ansin cuirimid d’iarratas ar aghaidh chuig gach custaiméir dár gcuid a bhfuil sonraí aige faoin seoladh sin, agus caithfidh gach duine acu freagra a thabhairt ort laistigh de mhí.',
  'form.rightsTitle': 'Do chearta',
  'form.explain.ACCESS':
    'Faigh amach cé na heagraíochtaí a bhfuil sonraí acu fút, cé na sonraí, agus faigh cóip díobh.',
  'form.explain.RECTIFICATION':
    'Faigh sonraí míchearta nó as dáta fút ceartaithe. Scríobh thíos cad ba cheart a cheartú.',
  'form.explain.ERASURE':
    'Faigh do shonraí scriosta, ionas nach bhfaighidh tú post ó na liostaí seo níos mó.',
  'form.explain.RESTRICTION':
    'Coinnítear do shonraí ach ní úsáidtear iad, mar shampla fad a bhíonn tú ag conspóid faoi cé acu atá siad ceart.',
  'form.explain.PORTABILITY': 'Faigh do shonraí i gcomhad ar féidir leat a thabhairt chuig seirbhís eile.',
  'form.explain.OBJECTION':
    'Iarr ar na heagraíochtaí stop a chur le do shonraí a úsáid; bainfear de na liostaí iad thú.',
  'form.email': 'Seoladh ríomhphoist',
  'form.right': 'Cad atá uait?',
  'form.details': 'Sonraí breise',
  'form.detailsHint':
    'Roghnach. Le haghaidh ceartúcháin, abair cad atá mícheart agus cad ba cheart a bheith ann.',
  'form.country': 'Tír',
  'form.countryHint': 'Roghnach. Cód dhá litir na tíre ina gcónaíonn tú, mar shampla IE.',
  'form.submit': 'Seol m’iarratas',
  'form.errorTitle': 'Ceartaigh an fhoirm, le do thoil',
  'form.errorEmail': 'Cuir isteach seoladh ríomhphoist bailí.',
  'form.errorRight': 'Roghnaigh ceann de na cearta.',
  'form.errorDetails':
    'Ní féidir níos mó ná 2000 carachtar a bheith sna sonraí breise, gan carachtair rialaithe ná clibeanna HTML.',
  'form.errorCountry': 'Cuir isteach cód tíre dhá litir, mar shampla IE, nó fág an réimse folamh.',
  'form.crossSite':
    'Ní féidir an fhoirm seo a sheoladh ach ón suíomh seo. Oscail anseo í agus bain triail eile as.',
  'form.sentTitle': 'Féach i do bhosca isteach',
  'form.sent':
    'Go raibh maith agat. Is é {reference} tagairt d’iarratais. Más féidir leis an seoladh seo post a fháil, tá teachtaireacht le nasc chun an t-iarratas a fhíorú ar a bealach. Ní tharlaíonn aon rud go n-úsáidtear an nasc; téann iarratas nach bhfíoraítear as feidhm tar éis 7 lá.',
  'mail.right': '{right} ({article} RGCS)',
  'mail.verifySubjectOne': 'Fíoraigh d’iarratas cosanta sonraí {refs}',
  'mail.verifySubjectMany': 'Fíoraigh d’iarratais cosanta sonraí {refs}',
  'mail.verifyOne': 'Fuaireamar iarratas ar {right} don seoladh seo, tagairt {reference}.',
  'mail.verifyOpen':
    'Chun a dheimhniú gur tusa a rinne é, oscail an nasc seo agus brúigh an cnaipe ar an leathanach:',
  'mail.verifyMany':
    'Fuaireamar roinnt iarratas cosanta sonraí ({count}) don seoladh seo. Tá a nasc féin ag gach ceann, a fhíoraíonn an t-iarratas sin amháin: oscail nasc gach iarratais a rinne tú agus brúigh an cnaipe ar an leathanach.',
  'mail.verifyItem': '{n}. {reference}, faighte {received}: {right}',
  'mail.verifyThen':
    'Ansin aimsímid gach custaiméir dár gcuid a bhfuil sonraí aige faoin seoladh seo agus cuirimid an t-iarratas ar aghaidh chucu.',
  'mail.verifyIgnoreOne':
    'Mura ndearna tú an t-iarratas seo, déan neamhaird den teachtaireacht: rachaidh sé as feidhm ar {date} agus scriosfar a shonraí.',
  'mail.verifyIgnoreMany':
    'Mura ndearna tú ceann acu, ná húsáid a nasc: rachaidh sé as feidhm gan fhíorú ({lapses}) agus scriosfar a shonraí.',
  'mail.verifyLapse': '{reference} ar {date}',
  'mail.verifyReplaces':
    'Tagann an teachtaireacht seo in áit na teachtaireachta fíoraithe roimhe seo chuig an seoladh seo: ní oibríonn na naisc inti a thuilleadh.',
  'mail.routedSubject': 'Cuireadh d’iarratas {reference} ar aghaidh',
  'mail.routedIntro':
    'Go raibh maith agat as d’iarratas {reference} a fhíorú. Tá sonraí faoi do sheoladh ag na heagraíochtaí seo, agus caithfidh gach ceann freagra a thabhairt ort faoin {due}:',
  'mail.routedFollow':
    'Freagróidh gach ceann acu trí ríomhphost. Taispeántar na freagraí anseo de réir mar a thagann siad:',
  'mail.routedUntil':
    'Oibríonn an nasc go dtí {days, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}} tar éis an fhreagra dheireanaigh, agus ar a dhéanaí go dtí {date}.',
  'mail.noDataSubject': 'D’iarratas {reference}: níl aon sonraí ann',
  'mail.noDataIntro':
    'Go raibh maith agat as d’iarratas {reference} a fhíorú. Níl sonraí faoin seoladh seo ag aon chustaiméir dár gcuid, mar sin níl aon rud le cur ar aghaidh.',
  'mail.noDataUntil': 'Scriosadh sonraí d’iarratais. Beidh a stádas le feiceáil anseo go dtí {date}:',

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
  'answer.footer':
    'Tagairt: {reference}. Stádas d’iarratais: fiafraigh dínn leis an tagairt seo, nó úsáid an nasc stádais a fuair tú.',
  'answer.complaint':
    'Tá sé de cheart agat gearán a dhéanamh chuig údarás maoirseachta, go háirithe i mBallstát an AE ina bhfuil do ghnáthchónaí, d’áit oibre nó áit an tsáraithe líomhnaithe (Airt. 77 RGCS), agus leigheas breithiúnach a lorg (Airt. 79 RGCS).',
  'answer.extendedSubject': 'Tá níos mó ama ag teastáil ó {controller} le haghaidh d’iarratais {reference}',
  'answer.extended':
    'Chuir {controller} síneadh dhá mhí leis an am chun freagra a thabhairt ar d’iarratas {reference} (Airt. 12(3) RGCS). A chúiseanna:',
  'answer.extendedDue': 'Caithfidh sé freagra a thabhairt anois faoin {date}.',
  'answer.rejectedSubject': 'Dhiúltaigh {controller} d’iarratas {reference}',
  'answer.rejected': 'Dhiúltaigh {controller} d’iarratas {reference} ({right}). A chúiseanna:',
  'answer.offboardedSubject': 'D’fhág {controller} an t-ardán: d’iarratas {reference}',
  'answer.offboarded':
    'Chuir {controller} deireadh lena sheirbhís leis an ardán ar {date}. Thug an t-ardán gach a raibh aige do {controller} ar ais dó agus ansin scrios sé é, mar sin ní féidir leis aon rud a dhéanamh faoin iarratas seo a thuilleadh. Maidir le d’iarratas, déan teagmháil go díreach le {controller}: {contact}.',
  'answer.offboardedDone':
    'Chuir {controller} deireadh lena sheirbhís leis an ardán ar {date}. Thug an t-ardán gach a raibh aige do {controller} ar ais dó agus ansin scrios sé é, do shonraí san áireamh, mar sin ní féidir leis aon rud a dhéanamh faoin iarratas seo a thuilleadh. Maidir le haon rud eile, déan teagmháil go díreach le {controller}: {contact}.',
  'answer.dataSubject': '{controller}: do shonraí ({reference})',
  'answer.access':
    'Freagraíonn {controller} d’iarratas rochtana {reference} (Airt. 15 RGCS). Seo gach a bhfuil aige faoi do sheoladh:',
  'answer.accessAttached': 'Tá na sonraí céanna ceangailte mar chomhad JSON.',
  'answer.portability':
    'Freagraíonn {controller} d’iarratas ar iniomparthacht sonraí {reference} (Airt. 20 RGCS).',
  'answer.portabilityAttached':
    'Tá do shonraí ceangailte i bhformáid struchtúrtha, inléite ag meaisín (JSON).',
  'answer.rectifiedSubject': 'Cheartaigh {controller} do shonraí ({reference})',
  'answer.rectified':
    'Cheartaigh {controller} do shonraí (Airt. 16 RGCS) ar iarratas {reference}: {changed}.',
  'answer.corrections': '{changes} i líon síntiús: {n}',
  'answer.nameCorrected': 'ainm ceartaithe',
  'answer.nameRemoved': 'ainm bainte',
  'answer.countryCorrected': 'tír ceartaithe',
  'answer.addressCorrected': 'seoladh ceartaithe',
  'answer.erasedSubject': 'Scrios {controller} do shonraí ({reference})',
  'answer.erased':
    'Léirscrios {controller} do shonraí (Airt. 17 RGCS) ar iarratas {reference}: scriosadh síntiúis ({n}) agus a dtaifid toilithe.',
  'answer.objected':
    'Stop {controller} de do shonraí a phróiseáil de bharr d’agóide (Airt. 21 RGCS), iarratas {reference}: baineadh thú de liostaí ({n}) agus scriosadh na sonraí.',
  'answer.keyedHash':
    'Ní choimeádtar ach haisc eochraithe den seoladh, ionas nach gcuirfear leis arís é gan do thoiliú nua féin.',
  'answer.restrictedSubject': 'Shrian {controller} próiseáil do shonraí ({reference})',
  'answer.restricted':
    'Shrian {controller} próiseáil do shonraí (Airt. 18 RGCS) ar iarratas {reference}: coimeádtar síntiúis ({n}) ach ní fhaigheann siad faic.',
  'answer.copyController': 'Rialaitheoir: {name} (teagmháil: {contact})',
  'answer.copyAddress': 'Seoladh: {address}',
  'answer.copyNone': 'Ní choimeádtar síntiús ar bith don seoladh seo a thuilleadh.',
  'answer.copyList': 'Liosta {list} (“{title}”): {status}',
  'answer.copyListRestricted': 'Liosta {list} (“{title}”): {status}, próiseáil srianta',
  'answer.copyDetails': 'ainm: {name}; tír: {country}; formáid: {format}; rianú oscailtí: {tracking}',
  'answer.copyNotGiven': '(dada)',
  'answer.copyTrackingYes': 'toilithe',
  'answer.copyTrackingNo': 'níl',
  'answer.copyRequested': 'iarrtha {at}',
  'answer.copyConfirmed': 'iarrtha {at}, deimhnithe {confirmed}',
  'answer.copyConsent': 'toiliú: {event} trí {source} ag {at}{origin}; leagan an téacs: {wording}',
  'answer.copyFrom': 'ó {ip}',
  'answer.copyMessage': 'teachtaireacht “{subject}”: {state}{times}',
  'answer.copyOpened': 'oscailte {at}',
  'answer.copyProcessing': 'Próiseáil do shonraí a thaifead an t-ardán don rialaitheoir seo:',
  'answer.copyProcessingNone': '(dada fút féin go pearsanta)',
};
