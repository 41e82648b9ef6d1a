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

  'welcome.title': 'Vítejte: vaše přihlášení je potvrzeno',
  'welcome.next':
    'Od teď dostáváte zprávy tohoto seznamu ve zvoleném formátu. Nic jiného vám posíláno nebude.',
  'welcome.leave':
    'Každá zpráva končí odkazem na odhlášení: jedno kliknutí vás ze seznamu odhlásí a smaže z něj vaši adresu a údaje.',
  'signup.intro': 'Přihlaste se k odběru e-mailového seznamu organizace {organisation}.',
  'signup.consentTitle': 'S čím souhlasíte',
  'signup.consentVersion': 'Verze textu {version}',
  'signup.email': 'E-mailová adresa',
  'signup.name': 'Jméno (nepovinné)',
  'signup.country': 'Země (nepovinné)',
  'signup.countryNone': 'Neuvedeno',
  'signup.format': 'Formát zpráv',
  'signup.formatText': 'Prostý text',
  'signup.formatHtml': 'HTML, s grafickou úpravou a obrázky',
  'signup.tracking': 'Dát odesílateli vědět, když zprávu otevřu nebo kliknu na odkaz v ní (nepovinné)',
  'signup.trackingHelp':
    'Funguje to jen u zpráv HTML: obsahují pak malinký obrázek a odkazy, které hlásí otevření a kliknutí. Když políčko nezaškrtnete, nic se nezaznamenává. Souhlas můžete kdykoli odvolat.',
  'signup.button': 'Přihlásit se',
  'signup.confirmNote': 'Pošleme vám e-mail s odkazem. Přihlášeni budete, až když ten odkaz použijete.',
  'signup.sentTitle': 'Podívejte se do schránky',
  'signup.sent':
    'Děkujeme. Pokud tento seznam přijímá přihlášky, je na zadanou adresu na cestě e-mail s potvrzovacím odkazem. Dokud odkaz nepoužijete, nic se nestane. Pokud e-mail nepřijde, podívejte se do složky se spamem.',
  'signup.errorTitle': 'Opravte prosím formulář',
  'signup.errorEmail': 'Zadejte platnou e-mailovou adresu, například name@example.com.',
  'signup.errorName': 'Zadejte jméno o nejvýše 200 znacích, na jednom řádku, bez znaků < a >.',
  'signup.errorCountry': 'Vyberte zemi ze seznamu.',
  'signup.errorFormat': 'Vyberte Prostý text nebo HTML.',
  'signup.errorTooLarge': 'Formulář byl příliš velký. Vyplňte ho prosím znovu.',
  'signup.crossSite': 'Tento formulář byl odeslán z jiného webu. Přihlaste se prosím na této stránce.',
  'signup.notFoundTitle': 'Tento přihlašovací formulář neexistuje',
  'signup.notFound':
    'Na této adrese není žádný e-mailový seznam. Zkontrolujte odkaz nebo požádejte organizaci o její přihlašovací stránku.',
  'signup.embedNote': 'Steward zpracovává vaše údaje jménem organizace {organisation}.',
  'signup.singleNote':
    'Přihlášeni jste hned po odeslání tohoto formuláře. Každá zpráva obsahuje odkaz k odhlášení.',
  'signup.singleSentTitle': 'Děkujeme',
  'signup.singleSent':
    'Děkujeme. Pokud tento seznam přijímá přihlášky a adresa může přijímat poštu, je nyní přihlášena a dostává zprávy tohoto seznamu; každá zpráva obsahuje odkaz k odhlášení. Pokud se adresa z tohoto seznamu dříve odhlásila nebo už čeká na potvrzení, dostane místo toho e-mail s odkazem k potvrzení.',
  'confirmMail.subject': 'Potvrďte prosím přihlášení k odběru {list}',
  'confirmMail.asked':
    'Někdo, snad vy, požádal o přihlášení této adresy k seznamu „{list}“ ({name}) organizace {organisation}.',
  'confirmMail.imported':
    '{organisation} přidala tuto adresu do svého seznamu „{list}“ ({name}). Nic z něj nedostanete, dokud to nepotvrdíte.',
  'confirmMail.confirm': 'Pro potvrzení otevřete tento odkaz a stiskněte tlačítko na stránce:',
  'confirmMail.refuseAsked':
    'Pokud jste o to nežádali, tuto zprávu nevšímejte: přihlášeni nebudete a žádost se po 7 dnech smaže. Chcete-li ji hned odmítnout a smazat:',
  'confirmMail.refuseImported':
    'Pokud to nechcete, tuto zprávu nevšímejte: žádost se po 7 dnech smaže. Chcete-li ji hned odmítnout a smazat:',

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
  'status.extendedTo': '{controller} si vzal více času: musí odpovědět do {due}.',
  'status.extendedWhy': '{controller} si vzal více času: musí odpovědět do {due}. Důvody: {reason}',
  'status.holdingsTitle': 'Kdo o vás uchovává údaje',
  'status.holdings': '{controller} má údaje o vaší adrese na těchto seznamech: {lists}.',
  'form.title': 'Podat žádost o ochranu údajů',
  'form.intro':
    'Zákon o ochraně osobních údajů (GDPR) vám dává práva k údajům, které o vás organizace mají. Vyberte, co chcete, zadejte svou e-mailovou adresu a my vám pošleme odkaz, kterým potvrdíte, že adresa patří vám. Potom žádost předáme každému našemu zákazníkovi, který má o této adrese údaje, a každý vám musí do měsíce odpovědět.',
  'form.rightsTitle': 'Vaše práva',
  'form.explain.ACCESS': 'Zjistit, které organizace o vás mají údaje a jaké, a dostat jejich kopii.',
  'form.explain.RECTIFICATION': 'Nechat opravit chybné nebo zastaralé údaje o vás. Níže napište, co opravit.',
  'form.explain.ERASURE': 'Nechat vymazat své údaje, abyste z těchto seznamů už nedostávali poštu.',
  'form.explain.RESTRICTION':
    'Nechat své údaje uchovat, ale nepoužívat, například dokud zpochybňujete jejich správnost.',
  'form.explain.PORTABILITY': 'Dostat své údaje v souboru, který můžete vzít k jiné službě.',
  'form.explain.OBJECTION':
    'Požádat organizace, aby přestaly používat vaše údaje; budete vyřazeni z jejich seznamů.',
  'form.email': 'E-mailová adresa',
  'form.right': 'Co chcete?',
  'form.details': 'Podrobnosti',
  'form.detailsHint': 'Nepovinné. U opravy napište, co je špatně a jak to má být.',
  'form.country': 'Země',
  'form.countryHint': 'Nepovinné. Dvoupísmenný kód země, kde žijete, například CZ.',
  'form.submit': 'Odeslat žádost',
  'form.errorTitle': 'Opravte prosím formulář',
  'form.errorEmail': 'Zadejte platnou e-mailovou adresu.',
  'form.errorRight': 'Vyberte jedno z práv.',
  'form.errorDetails': 'Podrobnosti mohou mít nejvýše 2000 znaků, bez řídicích znaků a bez značek HTML.',
  'form.errorCountry': 'Zadejte dvoupísmenný kód země, například CZ, nebo pole nechte prázdné.',
  'form.crossSite': 'Tento formulář lze odeslat jen z tohoto webu. Otevřete ho zde a zkuste to znovu.',
  'form.sentTitle': 'Podívejte se do schránky',
  'form.sent':
    'Děkujeme. Vaše žádost má číslo {reference}. Pokud tato adresa může přijímat poštu, je na cestě zpráva s odkazem k ověření žádosti. Dokud odkaz nepoužijete, nic se nestane; neověřená žádost po 7 dnech propadne.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Ověřte svou žádost o ochranu údajů {refs}',
  'mail.verifySubjectMany': 'Ověřte své žádosti o ochranu údajů {refs}',
  'mail.verifyOne': 'Pro tuto adresu jsme obdrželi žádost: {right}, číslo {reference}.',
  'mail.verifyOpen':
    'Abyste potvrdili, že jste ji podali vy, otevřete tento odkaz a stiskněte tlačítko na stránce:',
  'mail.verifyMany':
    'Pro tuto adresu jsme obdrželi několik žádostí o ochranu údajů ({count}). Každá má vlastní odkaz, který ověří jen ji: otevřete odkaz každé žádosti, kterou jste podali, a stiskněte tlačítko na stránce.',
  'mail.verifyItem': '{n}. {reference}, přijata {received}: {right}',
  'mail.verifyThen':
    'Potom najdeme každého našeho zákazníka, který má údaje o této adrese, a žádost mu předáme.',
  'mail.verifyIgnoreOne':
    'Pokud jste tuto žádost nepodali, zprávu ignorujte: propadne {date} a její údaje budou vymazány.',
  'mail.verifyIgnoreMany':
    'Pokud jste některou z nich nepodali, nepoužívejte její odkaz: propadne neověřená ({lapses}) a její údaje budou vymazány.',
  'mail.verifyLapse': '{reference} dne {date}',
  'mail.verifyReplaces':
    'Tato zpráva nahrazuje dřívější ověřovací zprávu na tuto adresu: odkazy v ní už nefungují.',
  'mail.routedSubject': 'Vaše žádost {reference} byla předána',
  'mail.routedIntro':
    'Děkujeme za ověření žádosti {reference}. Tyto organizace mají údaje o vaší adrese a každá vám musí odpovědět do {due}:',
  'mail.routedFollow': 'Každá odpoví e-mailem. Odpovědi se zde zobrazí, jakmile dorazí:',
  'mail.routedUntil':
    'Odkaz funguje do {days, plural, one {# dne} few {# dnů} many {# dne} other {# dnů}} po poslední odpovědi, nejdéle do {date}.',
  'mail.noDataSubject': 'Vaše žádost {reference}: žádné údaje',
  'mail.noDataIntro':
    'Děkujeme za ověření žádosti {reference}. Žádný z našich zákazníků nemá o této adrese údaje, takže není co předat.',
  'mail.noDataUntil': 'Podrobnosti vaší žádosti byly vymazány. Její stav zůstane vidět zde do {date}:',

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

  'privacy.title': 'Jak Steward zachází s osobními údaji',
  'privacy.intro':
    'Steward provozuje e-mailové konference pro organizace, které je rozesílají – naše zákazníky. Každý zákazník rozhoduje, k čemu jeho konference slouží, a odpovídá za údaje svých odběratelů (správce); my tyto údaje zpracováváme jen jeho jménem a podle jeho pokynů.',
  'privacy.whatTitle': 'Co zpracováváme a proč',
  'privacy.whatSubscriber':
    'Pro každou konferenci, ke které se přihlásíte: vaši e-mailovou adresu a, jen pokud je uvedete, vaše jméno, zemi a upřednostňovaný formát, spolu se záznamem o tom, kdy a jak jste dali souhlas. Používáme je k zasílání zpráv této konference.',
  'privacy.whatTracking':
    'Zda jste otevřeli zprávu HTML, se zaznamenává jen tehdy, pokud jste s tím souhlasili, a souhlas můžete kdykoli odvolat.',
  'privacy.whatRequest':
    'Když podáte žádost o ochraně údajů: vaši adresu, právo, které uplatňujete, a to, co napíšete, abychom ověřili, že adresa patří vám, a předali žádost každému zákazníkovi, který o ní má údaje.',
  'privacy.whatLogs':
    'Protokoly webového serveru s IP adresami, aby služba byla bezpečná. Prohlížíme je jen souhrnně, kromě reakce na útok.',
  'privacy.keepTitle': 'Jak dlouho je uchováváme',
  'privacy.keepSubscriber':
    'Dokud jste přihlášeni. Když se odhlásíte, vaše adresa a údaje se ihned smažou; zůstanou jen anonymní počty a nevratně zašifrovaný záznam, abychom vám už nic neposílali.',
  'privacy.keepPending':
    'Přihláška, kterou jste nepotvrdili: její odkaz funguje {days, plural, one {# den} few {# dny} many {# dne} other {# dní}}, pak se přihláška smaže.',
  'privacy.keepMail':
    'Odeslaná pošta: naše kopie s vaší adresou se smaže {days, plural, one {# den} few {# dny} many {# dne} other {# dní}} po svém vytvoření.',
  'privacy.keepJobs':
    'Úlohy na pozadí, které mohou obsahovat adresu: mažou se {done, plural, one {# den} few {# dny} many {# dne} other {# dní}} po dokončení nebo {dead, plural, one {# den} few {# dny} many {# dne} other {# dní}} po selhání.',
  'privacy.keepRequest':
    'Žádosti o ochraně údajů: žádost nepotvrzená do {verify, plural, one {# dne} few {# dnů} many {# dne} other {# dnů}} propadne a její údaje se smažou; jinak se její osobní údaje smažou {after, plural, one {# den} few {# dny} many {# dne} other {# dní}} po jejím ukončení.',
  'privacy.keepLogs':
    'Protokoly webového serveru: IP adresy se zkracují po {truncate, plural, one {# dni} few {# dnech} many {# dne} other {# dnech}} a protokoly se mažou po {remove, plural, one {# dni} few {# dnech} many {# dne} other {# dnech}}.',
  'privacy.cookiesTitle': 'Soubory cookie',
  'privacy.cookieSession':
    'steward_session: jen pro pracovníky našich zákazníků, kteří se přihlašují do portálu; udržuje je přihlášené {hours, plural, one {# hodinu} few {# hodiny} many {# hodiny} other {# hodin}}, nebo {days, plural, one {# den} few {# dny} many {# dne} other {# dní}}, pokud zvolí, že chtějí zůstat přihlášeni.',
  'privacy.cookieLang':
    'steward_lang: po dobu jednoho roku si pamatuje jazyk, který jste na těchto stránkách zvolili.',
  'privacy.noTracking': 'Žádné jiné soubory cookie, žádné sledování a nic se nenačítá z jiných webů.',
  'privacy.rightsTitle': 'Vaše práva',
  'privacy.rights':
    'Každá zpráva obsahuje odkaz na odhlášení. Chcete-li své údaje vidět, opravit nebo smazat, obraťte se na organizaci, v jejíž konferenci jste; pokud nám pošlete žádost o ochraně údajů, ověříme, že adresa patří vám, a předáme ji každému zákazníkovi, který o ní má údaje.',
  'answer.footer':
    'Číslo: {reference}. Stav vaší žádosti: zeptejte se nás s tímto číslem, nebo použijte odkaz na stav, který jste obdrželi.',
  'answer.complaint':
    'Máte právo podat stížnost u dozorového úřadu, zejména v členském státě EU svého obvyklého bydliště, místa výkonu zaměstnání nebo místa, kde došlo k údajnému porušení (čl. 77 GDPR), a právo na účinnou soudní ochranu (čl. 79 GDPR).',
  'answer.extendedSubject': '{controller} potřebuje na vaši žádost {reference} více času',
  'answer.extended':
    '{controller} prodloužil lhůtu k vyřízení vaší žádosti {reference} o dva měsíce (čl. 12 odst. 3 GDPR). Důvody:',
  'answer.extendedDue': 'Odpovědět musí nyní do {date}.',
  'answer.rejectedSubject': '{controller} zamítl vaši žádost {reference}',
  'answer.rejected': '{controller} zamítl vaši žádost {reference} ({right}). Důvody:',
  'answer.offboardedSubject': '{controller} opustil platformu: vaše žádost {reference}',
  'answer.offboarded':
    '{controller} ukončil využívání služeb platformy dne {date}. Platforma vrátila vše, co pro {controller} uchovávala, a pak to smazala, takže v této žádosti už nemůže nic udělat. Se svou žádostí se obraťte přímo na {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} ukončil využívání služeb platformy dne {date}. Platforma vrátila vše, co pro {controller} uchovávala, a pak to smazala, včetně vašich údajů, takže v této žádosti už nemůže nic udělat. Se vším ostatním se obraťte přímo na {controller}: {contact}.',
  'answer.dataSubject': '{controller}: vaše údaje ({reference})',
  'answer.access':
    '{controller} odpovídá na vaši žádost o přístup {reference} (čl. 15 GDPR). Toto je vše, co o vaší adrese uchovává:',
  'answer.accessAttached': 'Tytéž údaje jsou přiloženy jako soubor JSON.',
  'answer.portability':
    '{controller} odpovídá na vaši žádost o přenositelnost údajů {reference} (čl. 20 GDPR).',
  'answer.portabilityAttached':
    'Vaše údaje jsou přiloženy ve strukturovaném, strojově čitelném formátu (JSON).',
  'answer.rectifiedSubject': '{controller} opravil vaše údaje ({reference})',
  'answer.rectified':
    '{controller} opravil vaše údaje (čl. 16 GDPR) na základě žádosti {reference}: {changed}.',
  'answer.corrections':
    '{changes} v {n, plural, one {# přihlášení} few {# přihláškách} many {# přihlášení} other {# přihláškách}}',
  'answer.nameCorrected': 'jméno opraveno',
  'answer.nameRemoved': 'jméno odstraněno',
  'answer.countryCorrected': 'země opravena',
  'answer.addressCorrected': 'adresa opravena',
  'answer.erasedSubject': '{controller} smazal vaše údaje ({reference})',
  'answer.erased':
    '{controller} vymazal vaše údaje (čl. 17 GDPR) na základě žádosti {reference}: {n, plural, one {bylo smazáno # přihlášení} few {byla smazána # přihlášení} many {bylo smazáno # přihlášení} other {bylo smazáno # přihlášení}} i se záznamy o souhlasu.',
  'answer.objected':
    '{controller} na základě vaší námitky ukončil zpracování vašich údajů (čl. 21 GDPR), žádost {reference}: byli jste odhlášeni z {n, plural, one {# seznamu} few {# seznamů} many {# seznamu} other {# seznamů}} a údaje byly smazány.',
  'answer.keyedHash':
    'Uchovává se jen klíčovaný otisk (hash) adresy, aby nebyla znovu přidána bez vašeho nového souhlasu.',
  'answer.restrictedSubject': '{controller} omezil zpracování vašich údajů ({reference})',
  'answer.restricted':
    '{controller} omezil zpracování vašich údajů (čl. 18 GDPR) na základě žádosti {reference}: {n, plural, one {# přihlášení zůstává zachováno, ale nic nedostává} few {# přihlášení zůstávají zachována, ale nic nedostávají} many {# přihlášení zůstává zachováno, ale nic nedostává} other {# přihlášení zůstává zachováno, ale nic nedostává}}.',
  'answer.copyController': 'Správce: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Adresa: {address}',
  'answer.copyNone': 'Pro tuto adresu už není uloženo žádné přihlášení.',
  'answer.copyList': 'Seznam {list} („{title}“): {status}',
  'answer.copyListRestricted': 'Seznam {list} („{title}“): {status}, zpracování omezeno',
  'answer.copyDetails': 'jméno: {name}; země: {country}; formát: {format}; sledování otevření: {tracking}',
  'answer.copyNotGiven': '(neuvedeno)',
  'answer.copyTrackingYes': 'souhlas udělen',
  'answer.copyTrackingNo': 'ne',
  'answer.copyRequested': 'přihlášeno {at}',
  'answer.copyConfirmed': 'přihlášeno {at}, potvrzeno {confirmed}',
  'answer.copyConsent': 'souhlas: {event} přes {source} dne {at}{origin}; verze textu: {wording}',
  'answer.copyFrom': 'z {ip}',
  'answer.copyMessage': 'zpráva „{subject}“: {state}{times}',
  'answer.copyOpened': 'otevřena {at}',
  'answer.copyProcessing': 'Zpracování vašich údajů zaznamenané platformou pro tohoto správce:',
  'answer.copyProcessingNone': '(žádné, které by se týkalo vás osobně)',
};
