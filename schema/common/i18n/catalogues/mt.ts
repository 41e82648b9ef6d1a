import type { Catalogue } from './en';

export const mt: Catalogue = {
  'page.language': 'Lingwa',
  'page.changeLanguage': 'Ibdel',
  'page.privacy': 'Privatezza',
  'page.footer': 'Steward iħaddem listi tal-posta f’isem l-organizzazzjonijiet li jibagħtuhom.',

  'link.invalidTitle': 'Din il-link ma tistax tintuża',
  'link.invalid': 'Din il-link mhix valida, diġà ntużat jew skadiet.',
  'link.rateLimited': 'Saru wisq tentattivi min-netwerk tiegħek. Stenna minuta u erġa’ pprova.',
  'link.failed': 'Ma ħadimx. Erġa’ pprova aktar tard.',

  'confirm.title': 'Ikkonferma l-abbonament tiegħek',
  'confirm.text': 'Agħfas il-buttuna biex tikkonferma li trid tirċievi l-posta ta’ din il-lista.',
  'confirm.button': 'Ikkonferma l-abbonament tiegħi',
  'confirm.doneTitle': 'L-abbonament ġie kkonfermat',
  'confirm.done': 'Issa int abbonat. Kull messaġġ fih link biex titlaq mil-lista.',

  'welcome.title': 'Merħba: l-abbonament tiegħek huwa kkonfermat',
  'welcome.next':
    'Minn issa tirċievi l-messaġġi ta’ din il-lista, fil-format li għażilt. Ma jintbagħatlek xejn aktar.',
  'welcome.leave':
    'Kull messaġġ jispiċċa b’link biex titneħħa: għafsa waħda tneħħik mil-lista u tħassar l-indirizz u d-dettalji tiegħek minnha.',
  'signup.intro': 'Abbona fil-lista tal-posta ta’ {organisation}.',
  'signup.consentTitle': 'X’qed taqbel miegħu',
  'signup.consentVersion': 'Verżjoni {version} tat-test',
  'signup.email': 'Indirizz tal-email',
  'signup.name': 'Isem (mhux obbligatorju)',
  'signup.country': 'Pajjiż (mhux obbligatorju)',
  'signup.countryNone': 'Mhux mogħti',
  'signup.format': 'Format tal-messaġġi',
  'signup.formatText': 'Test biss',
  'signup.formatHtml': 'HTML, b’disinn u stampi',
  'signup.tracking': 'Għid lil min jibgħat meta niftaħ messaġġ jew nikklikkja link fih (mhux obbligatorju)',
  'signup.trackingHelp':
    'Dan jaħdem biss b’messaġġi HTML: dawn ikollhom stampa ċkejkna u links li jirrappurtaw meta jinfetħu u meta tikklikkja. Jekk tħalli l-kaxxa vojta, ma jinżamm xejn. Tista’ tirtira dan il-kunsens meta trid.',
  'signup.button': 'Abbona',
  'signup.confirmNote': 'Nibagħtulek email b’link. Tkun abbonat biss meta tuża dak il-link.',
  'signup.sentTitle': 'Iċċekkja l-inbox tiegħek',
  'signup.sent':
    'Grazzi. Jekk din il-lista taċċetta abbonamenti, email b’link ta’ konferma qiegħda fi triqitha lejn l-indirizz li tajt. Ma jiġri xejn sakemm tuża dak il-link. Jekk ma tasal l-ebda email, ħares fil-folder tal-ispam.',
  'signup.errorTitle': 'Jekk jogħġbok ikkoreġi l-formola',
  'signup.errorEmail': 'Daħħal indirizz tal-email validu, bħal name@example.com.',
  'signup.errorName':
    'Daħħal isem ta’ mhux aktar minn 200 karattru, fuq linja waħda, mingħajr il-karattri < u >.',
  'signup.errorCountry': 'Agħżel pajjiż mil-lista.',
  'signup.errorFormat': 'Agħżel Test biss jew HTML.',
  'signup.errorTooLarge': 'Il-formola kienet kbira wisq. Jekk jogħġbok imliha mill-ġdid.',
  'signup.crossSite':
    'Din il-formola ntbagħtet minn sit ieħor. Jekk jogħġbok abbona minn din il-paġna minflok.',
  'signup.notFoundTitle': 'Din il-formola tal-abbonament ma teżistix',
  'signup.notFound':
    'F’dan l-indirizz m’hemm l-ebda lista tal-posta. Iċċekkja l-link, jew staqsi lill-organizzazzjoni għall-paġna tal-abbonament tagħha.',
  'signup.embedNote': 'Steward jipproċessa d-dettalji tiegħek f’isem {organisation}.',
  'signup.singleNote':
    'Tkun abbonat hekk kif tibgħat din il-formola. Kull messaġġ għandu link biex toħroġ mil-lista.',
  'signup.singleSentTitle': 'Grazzi',
  'signup.singleSent':
    'Grazzi. Jekk din il-lista taċċetta abbonamenti u l-indirizz jista’ jirċievi l-posta, issa huwa abbonat u jirċievi l-messaġġi ta’ din il-lista; kull messaġġ għandu link biex toħroġ. Jekk l-indirizz ħalla din il-lista qabel jew diġà qed jistenna konferma, minflok jirċievi email b’link biex jikkonferma.',
  'confirmMail.subject': 'Jekk jogħġbok ikkonferma l-abbonament tiegħek għal {list}',
  'confirmMail.asked':
    'Xi ħadd, nittamaw li int, talab li dan l-indirizz jiġi abbonat għal “{list}” ({name}), lista ta’ {organisation}.',
  'confirmMail.imported':
    '{organisation} żiedet dan l-indirizz mal-lista tagħha “{list}” ({name}). Ma tirċievi xejn minnha jekk ma tikkonfermax.',
  'confirmMail.confirm': 'Biex tikkonferma, iftaħ dan il-link u agħfas il-buttuna fil-paġna:',
  'confirmMail.refuseAsked':
    'Jekk ma tlabtx dan, injora dan il-messaġġ: ma tiġix abbonat, u t-talba titħassar wara 7 ijiem. Biex tirrifjutaha issa u tħassarha minnufih:',
  'confirmMail.refuseImported':
    'Jekk ma tridx dan, injora dan il-messaġġ: it-talba titħassar wara 7 ijiem. Biex tirrifjutaha issa u tħassarha minnufih:',

  'unsubscribe.title': 'Ħassar l-abbonament',
  'unsubscribe.text':
    'Agħfas il-buttuna biex titlaq minn din il-lista. L-indirizz u d-dettalji tiegħek imbagħad jitħassru minnha.',
  'unsubscribe.button': 'Ħassar l-abbonament tiegħi',
  'unsubscribe.doneTitle': 'L-abbonament tiegħek tħassar',
  'unsubscribe.done': 'L-indirizz u d-dettalji tiegħek tħassru minn din il-lista.',

  'verify.title': 'Ivverifika t-talba tiegħek',
  'verify.text':
    'Agħfas il-buttuna biex tikkonferma li għamilt din it-talba dwar il-protezzjoni tad-data. Imbagħad nibagħtuha lil kull klijent tagħna li għandu data dwar l-indirizz tiegħek.',
  'verify.button': 'Ivverifika t-talba tiegħi',
  'verify.doneTitle': 'It-talba ġiet ivverifikata',
  'verify.done':
    'Grazzi. It-talba tiegħek {reference} ġiet ivverifikata u qed tintbagħat; messaġġ b’link biex issegwiha jinsab fi triqtu.',

  'status.title': 'It-talba tiegħek {reference}',
  'status.invalid':
    'Din il-link mhix valida jew skadiet. Link tal-istatus taħdem sa {days, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} wara l-aħħar tweġiba għat-talba, u mhux aktar minn hekk wara l-aħħar skadenza possibbli tagħha; it-tweġibiet infushom wasluk bil-posta.',
  'status.summary': 'It-talba tiegħek ({right}) waslet nhar {received}. It-tweġibiet huma dovuti sa {due}.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organizzazzjoni għandha data dwarek:} other {# organizzazzjonijiet għandhom data dwarek:}}',
  'status.organisation': 'Organizzazzjoni',
  'status.answer': 'Tweġiba',
  'status.due': 'Skadenza',
  'status.answered': 'Imwieġba',
  'status.reason': 'Raġuni',
  'status.extendedTo': '{controller} ħa aktar żmien: irid iwieġeb sa {due}.',
  'status.extendedWhy': '{controller} ħa aktar żmien: irid iwieġeb sa {due}. Ir-raġunijiet: {reason}',
  'status.holdingsTitle': 'Min għandu data dwarek',
  'status.holdings': '{controller} għandu data dwar l-indirizz tiegħek f’dawn il-listi: {lists}.',
  'form.title': 'Agħmel talba dwar il-protezzjoni tad-data',
  'form.intro':
    'Il-liġi dwar il-protezzjoni tad-data (GDPR) tagħtik drittijiet fuq id-data li l-organizzazzjonijiet għandhom dwarek. Agħżel dak li trid, ikteb l-indirizz tal-email tiegħek u nibagħtulek link biex tikkonferma li l-indirizz huwa tiegħek. Imbagħad nibagħtu t-talba lil kull klijent tagħna li għandu data dwar dak l-indirizz, u kull wieħed irid iwieġbek fi żmien xahar.',
  'form.rightsTitle': 'Id-drittijiet tiegħek',
  'form.explain.ACCESS':
    'Issir taf liema organizzazzjonijiet għandhom data dwarek, liema data, u tieħu kopja tagħha.',
  'form.explain.RECTIFICATION':
    'Tikkoreġi data żbaljata jew skaduta dwarek. Ikteb hawn taħt x’għandu jiġi kkoreġut.',
  'form.explain.ERASURE': 'Tħassar id-data tiegħek, biex ma tirċievix aktar posta minn dawn il-listi.',
  'form.explain.RESTRICTION':
    'Id-data tiegħek tinżamm iżda ma tintużax, pereżempju waqt li tikkontesta jekk hijiex korretta.',
  'form.explain.PORTABILITY': 'Tieħu d-data tiegħek f’fajl li tista’ tieħu għal servizz ieħor.',
  'form.explain.OBJECTION':
    'Titlob lill-organizzazzjonijiet jieqfu jużaw id-data tiegħek; titneħħa mil-listi tagħhom.',
  'form.email': 'Indirizz tal-email',
  'form.right': 'X’tixtieq?',
  'form.details': 'Dettalji',
  'form.detailsHint': 'Mhux obbligatorju. Għal korrezzjoni, għid x’inhu ħażin u x’għandu jkun.',
  'form.country': 'Pajjiż',
  'form.countryHint': 'Mhux obbligatorju. Il-kodiċi b’żewġ ittri tal-pajjiż fejn tgħix, pereżempju MT.',
  'form.submit': 'Ibgħat it-talba tiegħi',
  'form.errorTitle': 'Jekk jogħġbok ikkoreġi l-formola',
  'form.errorEmail': 'Ikteb indirizz tal-email validu.',
  'form.errorRight': 'Agħżel wieħed mid-drittijiet.',
  'form.errorDetails':
    'Id-dettalji jistgħu jkunu sa 2000 karattru, mingħajr karattri ta’ kontroll u mingħajr tikketti HTML.',
  'form.errorCountry': 'Ikteb kodiċi tal-pajjiż b’żewġ ittri, pereżempju MT, jew ħalli l-qasam vojt.',
  'form.crossSite': 'Din il-formola tista’ tintbagħat biss minn dan is-sit. Iftaħha hawn u erġa’ pprova.',
  'form.sentTitle': 'Iċċekkja l-inbox tiegħek',
  'form.sent':
    'Grazzi. It-talba tiegħek għandha r-referenza {reference}. Jekk dan l-indirizz jista’ jirċievi l-email, qed jasal messaġġ b’link biex tivverifika t-talba. Xejn ma jiġri sakemm jintuża l-link; talba mhux ivverifikata tiskadi wara 7 ijiem.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Ivverifika t-talba tiegħek dwar il-protezzjoni tad-data {refs}',
  'mail.verifySubjectMany': 'Ivverifika t-talbiet tiegħek dwar il-protezzjoni tad-data {refs}',
  'mail.verifyOne': 'Irċevejna talba għal {right} għal dan l-indirizz, referenza {reference}.',
  'mail.verifyOpen': 'Biex tikkonferma li għamiltha int, iftaħ dan il-link u agħfas il-buttuna fil-paġna:',
  'mail.verifyMany':
    'Irċevejna {count} talbiet dwar il-protezzjoni tad-data għal dan l-indirizz. Kull waħda għandha l-link tagħha, li jivverifika dik it-talba biss: iftaħ il-link ta’ kull talba li għamilt u agħfas il-buttuna fil-paġna.',
  'mail.verifyItem': '{n}. {reference}, riċevuta fi {received}: {right}',
  'mail.verifyThen':
    'Imbagħad insibu kull klijent tagħna li għandu data dwar dan l-indirizz u nibagħtulu t-talba.',
  'mail.verifyIgnoreOne':
    'Jekk ma għamiltx din it-talba, injora dan il-messaġġ: tiskadi fi {date} u d-dettalji tagħha jitħassru.',
  'mail.verifyIgnoreMany':
    'Jekk ma għamiltx waħda minnhom, tużax il-link tagħha: tiskadi mhux ivverifikata ({lapses}) u d-dettalji tagħha jitħassru.',
  'mail.verifyLapse': '{reference} fi {date}',
  'mail.verifyReplaces':
    'Dan il-messaġġ jieħu post il-messaġġ ta’ verifika ta’ qabel lil dan l-indirizz: il-links f’dak ma jaħdmux aktar.',
  'mail.routedSubject': 'It-talba tiegħek {reference} intbagħtet',
  'mail.routedIntro':
    'Grazzi talli vverifikajt it-talba tiegħek {reference}. Dawn l-organizzazzjonijiet għandhom data dwar l-indirizz tiegħek, u kull waħda trid twieġbek sa {due}:',
  'mail.routedFollow': 'Kull waħda se twieġeb bl-email. It-tweġibiet jidhru hawn hekk kif jaslu:',
  'mail.routedUntil':
    'Il-link jaħdem sa {days, plural, one {jum} few {# ijiem} many {# jum} other {# jum}} wara l-aħħar tweġiba, u mhux aktar tard minn {date}.',
  'mail.noDataSubject': 'It-talba tiegħek {reference}: l-ebda data',
  'mail.noDataIntro':
    'Grazzi talli vverifikajt it-talba tiegħek {reference}. Ħadd mill-klijenti tagħna ma għandu data dwar dan l-indirizz, għalhekk m’hemm xejn x’jintbagħat.',
  'mail.noDataUntil': 'Id-dettalji tat-talba tiegħek tħassru. L-istatus tagħha jibqa’ jidher hawn sa {date}:',

  'right.ACCESS': 'aċċess għad-data tiegħek',
  'right.RECTIFICATION': 'korrezzjoni tad-data tiegħek',
  'right.ERASURE': 'tħassir tad-data tiegħek',
  'right.RESTRICTION': 'restrizzjoni tal-ipproċessar',
  'right.PORTABILITY': 'kopja tad-data tiegħek biex teħodha x’imkien ieħor',
  'right.OBJECTION': 'oġġezzjoni għall-ipproċessar',

  'request.AWAITING_VERIFICATION': 'qed tistenna li tivverifikaha',
  'request.ROUTING': 'ivverifikata; qed infittxu l-organizzazzjonijiet li għandhom data dwarek',
  'request.ROUTED': 'mibgħuta; qed nistennew it-tweġibiet',
  'request.COMPLETED': 'kull organizzazzjoni wieġbet',
  'request.NO_DATA_HELD': 'l-ebda organizzazzjoni ma għandha data dwar dan l-indirizz',
  'request.EXPIRED': 'qatt ma ġiet ivverifikata, għalhekk skadiet',

  'task.PENDING': 'qed tistenna tweġiba',
  'task.EXTENDED': 'ittieħed aktar żmien',
  'task.FULFILLED': 'lesta',
  'task.REJECTED': 'miċħuda',

  'privacy.title': 'Kif Steward jittratta d-data personali',
  'privacy.intro':
    'Steward iħaddem listi tal-posta għall-organizzazzjonijiet li jibagħtuhom, il-klijenti tagħna. Kull klijent jiddeċiedi għal xiex huma l-listi tiegħu u huwa responsabbli għad-data tal-abbonati tiegħu (il-kontrollur); aħna nipproċessaw dik id-data biss f’ismu u skont l-istruzzjonijiet tiegħu.',
  'privacy.whatTitle': 'X’nipproċessaw, u għaliex',
  'privacy.whatSubscriber':
    'Għal kull lista li tingħaqad magħha: l-indirizz tal-email tiegħek u, biss jekk tagħtihom, ismek, il-pajjiż tiegħek u l-format li tippreferi, flimkien ma’ rekord ta’ meta u kif tajt il-kunsens. Nużawhom biex nibagħtulek il-posta ta’ dik il-lista.',
  'privacy.whatTracking':
    'Jekk ftaħtx messaġġ HTML jiġi rreġistrat biss jekk qbilt ma’ dan, u tista’ tirtira l-kunsens meta trid.',
  'privacy.whatRequest':
    'Meta tagħmel talba dwar il-protezzjoni tad-data: l-indirizz tiegħek, id-dritt li qed tuża u dak li tikteb, biex niċċekkjaw li l-indirizz huwa tiegħek u nibagħtu t-talba lil kull klijent li għandu data dwaru.',
  'privacy.whatLogs':
    'Ir-reġistri tas-server tal-web bl-indirizzi IP, biex is-servizz jibqa’ sigur. Inħarsu lejhom biss b’mod aggregat, ħlief biex nirrispondu għal attakk.',
  'privacy.keepTitle': 'Kemm inżommuha',
  'privacy.keepSubscriber':
    'Sakemm tkun abbonat. Meta tħassar l-abbonament, l-indirizz u d-dettalji tiegħek jitħassru minnufih; jibqgħu biss għadd anonimu u entrata kriptata b’mod irriversibbli, biex ma nibagħtulek xejn aktar.',
  'privacy.keepPending':
    'Reġistrazzjoni li ma kkonfermajtx: il-link tagħha taħdem għal {days, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}}, imbagħad ir-reġistrazzjoni titħassar.',
  'privacy.keepMail':
    'Posta mibgħuta: il-kopja tagħna bl-indirizz tiegħek titħassar {days, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} wara li nkitbet.',
  'privacy.keepJobs':
    'Ħidmiet fl-isfond, li jistgħu jkun fihom indirizz: jitħassru {done, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} wara li jintemmu, jew {dead, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} wara li jfallu.',
  'privacy.keepRequest':
    'Talbiet dwar il-protezzjoni tad-data: talba li ma tiġix ivverifikata fi żmien {verify, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} tiskadi u d-data tagħha titħassar; inkella d-data personali tagħha titħassar {after, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} wara li tintemm.',
  'privacy.keepLogs':
    'Ir-reġistri tas-server tal-web: l-indirizzi IP jitqassru wara {truncate, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}}, u r-reġistri jitħassru wara {remove, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: biss għall-persunal tal-klijenti tagħna li jidħlu fil-portal; iżommhom id-dħul għal {hours, plural, one {# siegħa} few {# sigħat} many {# siegħa} other {# siegħa}}, jew {days, plural, one {# jum} few {# ijiem} many {# jum} other {# jum}} jekk jagħżlu li jibqgħu dieħla.',
  'privacy.cookieLang': 'steward_lang: tiftakar għal sena l-lingwa li għażilt f’dawn il-paġni.',
  'privacy.noTracking': 'M’hemmx cookies oħra, l-ebda traċċar u xejn ma jitniżżel minn siti oħra.',
  'privacy.rightsTitle': 'Id-drittijiet tiegħek',
  'privacy.rights':
    'Kull messaġġ fih link biex tħassar l-abbonament. Biex tara, tikkoreġi jew tħassar id-data tiegħek, staqsi lill-organizzazzjoni li fil-lista tagħha tinsab; jekk tibgħatilna talba dwar il-protezzjoni tad-data, niċċekkjaw li l-indirizz huwa tiegħek u nibagħtuha lil kull klijent li għandu data dwaru.',
  'answer.footer':
    'Referenza: {reference}. L-istatus tat-talba tiegħek: staqsina b’din ir-referenza, jew uża l-link tal-istatus li rċevejt.',
  'answer.complaint':
    'Għandek id-dritt li tressaq ilment quddiem awtorità superviżorja, b’mod partikolari fl-Istat Membru tal-UE tar-residenza abitwali tiegħek, tal-post tax-xogħol tiegħek jew tal-post tal-ksur allegat (Art. 77 GDPR), u li tfittex rimedju ġudizzjarju (Art. 79 GDPR).',
  'answer.extendedSubject': '{controller} jeħtieġ aktar żmien għat-talba tiegħek {reference}',
  'answer.extended':
    '{controller} estenda b’xahrejn iż-żmien biex iwieġeb it-talba tiegħek {reference} (Art. 12(3) GDPR). Ir-raġunijiet:',
  'answer.extendedDue': 'Issa jrid iwieġeb sa {date}.',
  'answer.rejectedSubject': '{controller} ċaħad it-talba tiegħek {reference}',
  'answer.rejected': '{controller} ċaħad it-talba tiegħek {reference} ({right}). Ir-raġunijiet:',
  'answer.offboardedSubject': '{controller} ħalla l-pjattaforma: it-talba tiegħek {reference}',
  'answer.offboarded':
    '{controller} temm is-servizz tiegħu mal-pjattaforma fis-{date}. Il-pjattaforma rritornat kull ma kellha għal {controller} u mbagħad ħassritu, għalhekk ma tistax tagħmel aktar xejn dwar din it-talba. Għat-talba tiegħek, ikkuntattja lil {controller} direttament: {contact}.',
  'answer.offboardedDone':
    '{controller} temm is-servizz tiegħu mal-pjattaforma fis-{date}. Il-pjattaforma rritornat kull ma kellha għal {controller} u mbagħad ħassritu, inkluża d-data tiegħek, għalhekk ma tistax tagħmel aktar xejn dwar din it-talba. Għal kull ħaġa oħra, ikkuntattja lil {controller} direttament: {contact}.',
  'answer.dataSubject': '{controller}: id-data tiegħek ({reference})',
  'answer.access':
    '{controller} iwieġeb it-talba tiegħek għal aċċess {reference} (Art. 15 GDPR). Dan huwa kull ma għandu dwar l-indirizz tiegħek:',
  'answer.accessAttached': 'L-istess data hija mehmuża bħala fajl JSON.',
  'answer.portability':
    '{controller} iwieġeb it-talba tiegħek għall-portabbiltà tad-data {reference} (Art. 20 GDPR).',
  'answer.portabilityAttached':
    'Id-data tiegħek hija mehmuża f’format strutturat u li jinqara minn magna (JSON).',
  'answer.rectifiedSubject': '{controller} ikkoreġa d-data tiegħek ({reference})',
  'answer.rectified':
    '{controller} irrettifika d-data tiegħek (Art. 16 GDPR) fuq it-talba {reference}: {changed}.',
  'answer.corrections': '{changes} f’{n, plural, one {abbonament wieħed (#)} other {# abbonamenti}}',
  'answer.nameCorrected': 'isem ikkoreġut',
  'answer.nameRemoved': 'isem imneħħi',
  'answer.countryCorrected': 'pajjiż ikkoreġut',
  'answer.addressCorrected': 'indirizz ikkoreġut',
  'answer.erasedSubject': '{controller} ħassar id-data tiegħek ({reference})',
  'answer.erased':
    '{controller} ħassar id-data tiegħek (Art. 17 GDPR) fuq it-talba {reference}: tħassru {n, plural, one {abbonament wieħed (#)} other {# abbonamenti}} flimkien mar-rekords tal-kunsens tagħhom.',
  'answer.objected':
    '{controller} waqqaf l-ipproċessar tad-data tiegħek wara l-oġġezzjoni tiegħek (Art. 21 GDPR), talba {reference}: ġejt imneħħi minn {n, plural, one {lista waħda (#)} other {# listi}} u d-data tħassret.',
  'answer.keyedHash':
    'Jinżamm biss hash biċ-ċavetta tal-indirizz, biex ma jiżdiedx mill-ġdid mingħajr il-kunsens ġdid tiegħek.',
  'answer.restrictedSubject': '{controller} illimita l-ipproċessar tad-data tiegħek ({reference})',
  'answer.restricted':
    '{controller} illimita l-ipproċessar tad-data tiegħek (Art. 18 GDPR) fuq it-talba {reference}: {n, plural, one {abbonament wieħed (#) jinżamm iżda ma jirċievi xejn} other {# abbonamenti jinżammu iżda ma jirċievu xejn}}.',
  'answer.copyController': 'Kontrollur: {name} (kuntatt: {contact})',
  'answer.copyAddress': 'Indirizz: {address}',
  'answer.copyNone': 'M’għadu jinżamm l-ebda abbonament għal dan l-indirizz.',
  'answer.copyList': 'Lista {list} (“{title}”): {status}',
  'answer.copyListRestricted': 'Lista {list} (“{title}”): {status}, ipproċessar limitat',
  'answer.copyDetails': 'isem: {name}; pajjiż: {country}; format: {format}; traċċar tal-ftuħ: {tracking}',
  'answer.copyNotGiven': '(xejn)',
  'answer.copyTrackingYes': 'ta l-kunsens',
  'answer.copyTrackingNo': 'le',
  'answer.copyRequested': 'mitlub {at}',
  'answer.copyConfirmed': 'mitlub {at}, ikkonfermat {confirmed}',
  'answer.copyConsent':
    'kunsens: {event} permezz ta’ {source} fis-{at}{origin}; verżjoni tat-test: {wording}',
  'answer.copyFrom': 'minn {ip}',
  'answer.copyMessage': 'messaġġ “{subject}”: {state}{times}',
  'answer.copyOpened': 'miftuħ {at}',
  'answer.copyProcessing':
    'L-ipproċessar tad-data tiegħek irreġistrat mill-pjattaforma għal dan il-kontrollur:',
  'answer.copyProcessingNone': '(xejn dwarek personalment)',
};
