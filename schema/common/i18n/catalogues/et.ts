import type { Catalogue } from './en';

export const et: Catalogue = {
  'page.language': 'Keel',
  'page.changeLanguage': 'Vaheta',
  'page.privacy': 'Privaatsus',
  'page.footer': 'Steward haldab meililiste neid saatvate organisatsioonide nimel.',

  'link.invalidTitle': 'Seda linki ei saa kasutada',
  'link.invalid': 'See link on vigane, juba kasutatud või aegunud.',
  'link.rateLimited': 'Teie võrgust on tehtud liiga palju katseid. Oodake minut ja proovige uuesti.',
  'link.failed': 'See ei õnnestunud. Proovige hiljem uuesti.',

  'confirm.title': 'Kinnitage oma tellimus',
  'confirm.text': 'Vajutage nuppu, et kinnitada, et soovite selle listi kirju saada.',
  'confirm.button': 'Kinnitan tellimuse',
  'confirm.doneTitle': 'Tellimus on kinnitatud',
  'confirm.done': 'Olete nüüd tellija. Igas kirjas on link, millega saate tellimusest loobuda.',

  'welcome.title': 'Tere tulemast: teie tellimus on kinnitatud',
  'welcome.next': 'Nüüdsest saate selle listi sõnumeid valitud vormingus. Muud teile ei saadeta.',
  'welcome.leave':
    'Iga sõnumi lõpus on tellimusest loobumise link: üks klõps eemaldab teid listist ja kustutab teie aadressi ja andmed sealt.',
  'signup.intro': 'Liituge meililistiga, mida haldab {organisation}.',
  'signup.consentTitle': 'Millega te nõustute',
  'signup.consentVersion': 'Teksti versioon {version}',
  'signup.email': 'E-posti aadress',
  'signup.name': 'Nimi (vabatahtlik)',
  'signup.country': 'Riik (vabatahtlik)',
  'signup.countryNone': 'Märkimata',
  'signup.format': 'Sõnumite vorming',
  'signup.formatText': 'Ainult tekst',
  'signup.formatHtml': 'HTML, kujunduse ja piltidega',
  'signup.tracking': 'Andke saatjale teada, kui avan sõnumi või klõpsan selles lingil (vabatahtlik)',
  'signup.trackingHelp':
    'See toimib ainult HTML-sõnumitega: neis on siis väike pilt ja lingid, mis annavad teada avamistest ja klõpsudest. Kui jätate kasti märkimata, ei salvestata midagi. Nõusoleku saate igal ajal tagasi võtta.',
  'signup.button': 'Telli',
  'signup.confirmNote': 'Saadame teile lingiga e-kirja. Tellimus hakkab kehtima alles siis, kui lingi avate.',
  'signup.sentTitle': 'Vaadake oma postkasti',
  'signup.sent':
    'Aitäh. Kui see list võtab tellimusi vastu, on kinnituslingiga e-kiri teel teie antud aadressile. Midagi ei juhtu enne, kui lingi avate. Kui kirja ei tule, vaadake rämpsposti kausta.',
  'signup.errorTitle': 'Palun parandage vormi',
  'signup.errorEmail': 'Sisestage kehtiv e-posti aadress, näiteks name@example.com.',
  'signup.errorName': 'Sisestage nimi, milles on kuni 200 märki, ühel real ja ilma märkideta < ja >.',
  'signup.errorCountry': 'Valige loendist riik.',
  'signup.errorFormat': 'Valige Ainult tekst või HTML.',
  'signup.errorTooLarge': 'Vorm oli liiga suur. Palun täitke see uuesti.',
  'signup.crossSite': 'See vorm saadeti teiselt veebisaidilt. Palun liituge hoopis sellel lehel.',
  'signup.notFoundTitle': 'Sellist liitumisvormi ei ole',
  'signup.notFound':
    'Sellel aadressil ei ole meililisti. Kontrollige linki või küsige organisatsioonilt tema liitumislehte.',
  'signup.embedNote': 'Steward töötleb teie andmeid organisatsiooni {organisation} nimel.',
  'signup.singleNote':
    'Tellimus hakkab kehtima kohe, kui selle vormi saadate. Igas sõnumis on link tellimusest loobumiseks.',
  'signup.singleSentTitle': 'Aitäh',
  'signup.singleSent':
    'Aitäh. Kui see list võtab tellimusi vastu ja aadress saab e-kirju vastu võtta, on see nüüd tellitud ja saab selle listi sõnumeid; igas sõnumis on link tellimusest loobumiseks. Kui aadress on sellest listist varem lahkunud või ootab juba kinnitust, saab see selle asemel kinnituslingiga e-kirja.',
  'confirmMail.subject': 'Palun kinnitage listi {list} tellimus',
  'confirmMail.asked':
    'Keegi, loodetavasti teie, palus selle aadressi liita listiga „{list}” ({name}), mida haldab {organisation}.',
  'confirmMail.imported':
    '{organisation} lisas selle aadressi oma listi „{list}” ({name}). Te ei saa sealt midagi, kui te ei kinnita.',
  'confirmMail.confirm': 'Kinnitamiseks avage see link ja vajutage lehel nuppu:',
  'confirmMail.refuseAsked':
    'Kui te seda ei palunud, jätke see kiri tähelepanuta: teid ei liideta ja taotlus kustutatakse 7 päeva pärast. Et see kohe tagasi lükata ja kustutada:',
  'confirmMail.refuseImported':
    'Kui te seda ei soovi, jätke see kiri tähelepanuta: taotlus kustutatakse 7 päeva pärast. Et see kohe tagasi lükata ja kustutada:',

  'unsubscribe.title': 'Loobu tellimusest',
  'unsubscribe.text':
    'Vajutage nuppu, et sellest listist lahkuda. Teie aadress ja andmed kustutatakse siis sealt.',
  'unsubscribe.button': 'Loobu tellimusest',
  'unsubscribe.doneTitle': 'Olete tellimusest loobunud',
  'unsubscribe.done': 'Teie aadress ja andmed on sellest listist kustutatud.',

  'verify.title': 'Kinnitage oma taotlus',
  'verify.text':
    'Vajutage nuppu, et kinnitada, et esitasite selle andmekaitsetaotluse. Seejärel edastame selle igale meie kliendile, kellel on teie aadressi kohta andmeid.',
  'verify.button': 'Kinnitan taotluse',
  'verify.doneTitle': 'Taotlus on kinnitatud',
  'verify.done':
    'Aitäh. Teie taotlus {reference} on kinnitatud ja seda edastatakse; teele on saadetud kiri lingiga, mille kaudu saate selle käiku jälgida.',

  'status.title': 'Teie taotlus {reference}',
  'status.invalid':
    'See link on vigane või aegunud. Olekulink töötab {days, plural, one {# päeva} other {# päeva}} pärast viimast vastust taotlusele ja kõige rohkem sama kaua pärast selle viimast võimalikku tähtaega; vastused ise saite meili teel.',
  'status.summary': 'Teie taotlus ({right}) saabus {received}. Vastuste tähtaeg on {due}.',
  'status.state': 'Olek: {state}',
  'status.answers':
    '{count, plural, one {# organisatsioonil on teie kohta andmeid:} other {# organisatsioonil on teie kohta andmeid:}}',
  'status.organisation': 'Organisatsioon',
  'status.answer': 'Vastus',
  'status.due': 'Tähtaeg',
  'status.answered': 'Vastatud',
  'status.reason': 'Põhjus',
  'status.extendedTo': '{controller} võttis rohkem aega: ta peab vastama hiljemalt {due}.',
  'status.extendedWhy':
    '{controller} võttis rohkem aega: ta peab vastama hiljemalt {due}. Põhjused: {reason}',
  'status.holdingsTitle': 'Kellel on teie andmeid',
  'status.holdings': '{controller} hoiab teie aadressi andmeid nendes loendites: {lists}.',
  'form.title': 'Esitage andmekaitsetaotlus',
  'form.intro':
    'Andmekaitseseadus (GDPR) annab teile õigused andmetele, mida organisatsioonid teie kohta hoiavad. Valige, mida soovite, sisestage oma e-posti aadress ja me saadame lingi, millega kinnitate, et aadress on teie oma. Seejärel edastame taotluse igale meie kliendile, kellel on selle aadressi andmeid, ja igaüks peab teile vastama ühe kuu jooksul.',
  'form.rightsTitle': 'Teie õigused',
  'form.explain.ACCESS':
    'Saate teada, millistel organisatsioonidel on teie andmeid ja milliseid, ning saate neist koopia.',
  'form.explain.RECTIFICATION':
    'Laske parandada teie valed või vananenud andmed. Kirjutage allpool, mida parandada.',
  'form.explain.ERASURE': 'Laske oma andmed kustutada, et te ei saaks nendest loenditest enam kirju.',
  'form.explain.RESTRICTION':
    'Laske oma andmeid hoida, kuid mitte kasutada, näiteks kuni vaidlustate nende õigsust.',
  'form.explain.PORTABILITY': 'Saate oma andmed failina, mille saate viia teise teenusesse.',
  'form.explain.OBJECTION':
    'Paluge organisatsioonidel lõpetada teie andmete kasutamine; teid eemaldatakse nende loenditest.',
  'form.email': 'E-posti aadress',
  'form.right': 'Mida soovite?',
  'form.details': 'Üksikasjad',
  'form.detailsHint': 'Vabatahtlik. Parandamise korral kirjutage, mis on vale ja mis peaks olema.',
  'form.country': 'Riik',
  'form.countryHint': 'Vabatahtlik. Teie elukohariigi kahetäheline kood, näiteks EE.',
  'form.submit': 'Saada minu taotlus',
  'form.errorTitle': 'Palun parandage vormi',
  'form.errorEmail': 'Sisestage kehtiv e-posti aadress.',
  'form.errorRight': 'Valige üks õigustest.',
  'form.errorDetails': 'Üksikasjad võivad olla kuni 2000 märki, ilma juhtmärkide ja HTML-märgenditeta.',
  'form.errorCountry': 'Sisestage kahetäheline riigikood, näiteks EE, või jätke väli tühjaks.',
  'form.crossSite': 'Selle vormi saab saata ainult sellelt saidilt. Avage see siin ja proovige uuesti.',
  'form.sentTitle': 'Vaadake oma postkasti',
  'form.sent':
    'Aitäh. Teie taotluse viide on {reference}. Kui see aadress saab kirju vastu võtta, on teel kiri taotluse kinnitamise lingiga. Enne lingi kasutamist ei juhtu midagi; kinnitamata taotlus aegub 7 päeva pärast.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Kinnitage oma andmekaitsetaotlus {refs}',
  'mail.verifySubjectMany': 'Kinnitage oma andmekaitsetaotlused {refs}',
  'mail.verifyOne': 'Saime selle aadressi kohta taotluse: {right}, viide {reference}.',
  'mail.verifyOpen': 'Et kinnitada, et esitasite selle teie, avage see link ja vajutage lehel nuppu:',
  'mail.verifyMany':
    'Saime selle aadressi kohta {count} andmekaitsetaotlust. Igal on oma link, mis kinnitab ainult seda taotlust: avage iga teie esitatud taotluse link ja vajutage lehel nuppu.',
  'mail.verifyItem': '{n}. {reference}, saabunud {received}: {right}',
  'mail.verifyThen':
    'Seejärel leiame iga meie kliendi, kellel on selle aadressi andmeid, ja edastame taotluse neile.',
  'mail.verifyIgnoreOne':
    'Kui te seda taotlust ei esitanud, jätke kiri tähelepanuta: see aegub {date} ja selle andmed kustutatakse.',
  'mail.verifyIgnoreMany':
    'Kui te mõnda neist ei esitanud, ärge kasutage selle linki: see aegub kinnitamata ({lapses}) ja selle andmed kustutatakse.',
  'mail.verifyLapse': '{reference} {date}',
  'mail.verifyReplaces':
    'See kiri asendab varasema kinnituskirja sellele aadressile: selle lingid enam ei tööta.',
  'mail.routedSubject': 'Teie taotlus {reference} on edastatud',
  'mail.routedIntro':
    'Aitäh, et kinnitasite taotluse {reference}. Nendel organisatsioonidel on teie aadressi andmeid ja igaüks peab teile vastama hiljemalt {due}:',
  'mail.routedFollow': 'Igaüks vastab e-postiga. Vastused ilmuvad siia, kui need saabuvad:',
  'mail.routedUntil':
    'Link töötab kuni {days, plural, one {# päev} other {# päeva}} pärast viimast vastust ja kõige kauem kuni {date}.',
  'mail.noDataSubject': 'Teie taotlus {reference}: andmeid ei ole',
  'mail.noDataIntro':
    'Aitäh, et kinnitasite taotluse {reference}. Ühelgi meie kliendil ei ole selle aadressi andmeid, seega pole midagi edastada.',
  'mail.noDataUntil': 'Teie taotluse üksikasjad on kustutatud. Selle olek on siin näha kuni {date}:',

  'right.ACCESS': 'juurdepääs teie andmetele',
  'right.RECTIFICATION': 'teie andmete parandamine',
  'right.ERASURE': 'teie andmete kustutamine',
  'right.RESTRICTION': 'töötlemise piiramine',
  'right.PORTABILITY': 'teie andmete koopia mujale viimiseks',
  'right.OBJECTION': 'vastuväide töötlemisele',

  'request.AWAITING_VERIFICATION': 'ootab teie kinnitust',
  'request.ROUTING': 'kinnitatud; otsime organisatsioone, kellel on teie kohta andmeid',
  'request.ROUTED': 'edastatud; ootab vastuseid',
  'request.COMPLETED': 'kõik organisatsioonid on vastanud',
  'request.NO_DATA_HELD': 'ühelgi organisatsioonil pole selle aadressi kohta andmeid',
  'request.EXPIRED': 'ei kinnitatud kunagi, seega aegus',

  'task.PENDING': 'ootab vastust',
  'task.EXTENDED': 'tähtaega pikendati',
  'task.FULFILLED': 'täidetud',
  'task.REJECTED': 'tagasi lükatud',

  'privacy.title': 'Kuidas Steward isikuandmeid käsitleb',
  'privacy.intro':
    'Steward haldab meililiste neid saatvate organisatsioonide ehk meie klientide jaoks. Iga klient otsustab, milleks tema listid on, ja vastutab oma tellijate andmete eest (vastutav töötleja); meie töötleme neid andmeid ainult tema nimel ja tema juhiste järgi.',
  'privacy.whatTitle': 'Mida me töötleme ja miks',
  'privacy.whatSubscriber':
    'Iga listi kohta, millega liitute: teie e-posti aadress ja, ainult kui need annate, teie nimi, riik ja eelistatud vorming koos märkega, millal ja kuidas te nõusoleku andsite. Kasutame neid, et saata teile selle listi kirju.',
  'privacy.whatTracking':
    'Seda, kas avasite HTML-kirja, salvestatakse ainult siis, kui olete sellega nõustunud, ja nõusoleku saate igal ajal tagasi võtta.',
  'privacy.whatRequest':
    'Kui esitate andmekaitsetaotluse: teie aadress, õigus, mida kasutate, ja see, mida kirjutate, et kontrollida, et aadress on teie oma, ning edastada taotlus igale kliendile, kellel on selle kohta andmeid.',
  'privacy.whatLogs':
    'Veebiserveri logid IP-aadressidega, et hoida teenus turvaline. Vaatame neid ainult koondatult, välja arvatud rünnakule reageerimiseks.',
  'privacy.keepTitle': 'Kui kaua me neid hoiame',
  'privacy.keepSubscriber':
    'Nii kaua, kuni olete tellija. Kui loobute tellimusest, kustutatakse teie aadress ja andmed kohe; alles jäävad ainult anonüümsed loendurid ja pöördumatult krüpteeritud kirje, et me teile enam midagi ei saadaks.',
  'privacy.keepPending':
    'Liitumine, mida te pole kinnitanud: selle link töötab {days, plural, one {# päeva} other {# päeva}}, seejärel liitumine kustutatakse.',
  'privacy.keepMail':
    'Saadetud kirjad: meie koopia teie aadressiga kustutatakse {days, plural, one {# päev} other {# päeva}} pärast selle loomist.',
  'privacy.keepJobs':
    'Taustatoimingud, milles võib olla aadress: kustutatakse {done, plural, one {# päev} other {# päeva}} pärast nende lõppu või {dead, plural, one {# päev} other {# päeva}} pärast nende nurjumist.',
  'privacy.keepRequest':
    'Andmekaitsetaotlused: taotlus, mida ei kinnitata {verify, plural, one {# päeva} other {# päeva}} jooksul, aegub ja selle andmed kustutatakse; muul juhul kustutatakse selle isikuandmed {after, plural, one {# päev} other {# päeva}} pärast selle lõppu.',
  'privacy.keepLogs':
    'Veebiserveri logid: IP-aadressid lühendatakse {truncate, plural, one {# päeva} other {# päeva}} pärast ja logid kustutatakse {remove, plural, one {# päeva} other {# päeva}} pärast.',
  'privacy.cookiesTitle': 'Küpsised',
  'privacy.cookieSession':
    'steward_session: ainult meie klientide töötajatele, kes portaali sisse logivad; see hoiab neid sisse logituna {hours, plural, one {# tund} other {# tundi}} või {days, plural, one {# päev} other {# päeva}}, kui nad soovivad sisse logituks jääda.',
  'privacy.cookieLang': 'steward_lang: jätab aastaks meelde keele, mille nendel lehtedel valisite.',
  'privacy.noTracking': 'Muid küpsiseid ei ole, jälgimist ei ole ja midagi ei laadita teistelt saitidelt.',
  'privacy.rightsTitle': 'Teie õigused',
  'privacy.rights':
    'Igas kirjas on link tellimusest loobumiseks. Oma andmete nägemiseks, parandamiseks või kustutamiseks pöörduge organisatsiooni poole, kelle listis olete; kui saadate meile andmekaitsetaotluse, kontrollime, et aadress on teie oma, ja edastame selle igale kliendile, kellel on selle kohta andmeid.',
  'answer.footer':
    'Viide: {reference}. Teie taotluse seis: küsige meilt selle viitega või kasutage saadud olekulinki.',
  'answer.complaint':
    'Teil on õigus esitada kaebus järelevalveasutusele, eelkõige selles ELi liikmesriigis, kus on teie alaline elukoht või töökoht või kus väidetav rikkumine toimus (GDPR art 77), ning õigus tõhusale õiguskaitsevahendile kohtus (GDPR art 79).',
  'answer.extendedSubject': '{controller} vajab teie taotlusele {reference} vastamiseks rohkem aega',
  'answer.extended':
    '{controller} pikendas teie taotlusele {reference} vastamise tähtaega kahe kuu võrra (GDPR art 12 lg 3). Põhjused:',
  'answer.extendedDue': 'Vastus peab nüüd tulema hiljemalt {date}.',
  'answer.rejectedSubject': '{controller} lükkas teie taotluse {reference} tagasi',
  'answer.rejected': '{controller} lükkas teie taotluse {reference} ({right}) tagasi. Põhjused:',
  'answer.offboardedSubject': '{controller} lahkus platvormilt: teie taotlus {reference}',
  'answer.offboarded':
    '{controller} lõpetas platvormi teenuse kasutamise {date}. Platvorm tagastas kõik, mida ta hoidis vastutava töötleja {controller} jaoks, ja kustutas selle seejärel, seega ei saa ta selle taotlusega enam midagi teha. Oma taotlusega pöörduge otse: {controller}, {contact}.',
  'answer.offboardedDone':
    '{controller} lõpetas platvormi teenuse kasutamise {date}. Platvorm tagastas kõik, mida ta hoidis vastutava töötleja {controller} jaoks, ja kustutas selle seejärel, ka teie andmed, seega ei saa ta selle taotlusega enam midagi teha. Kõige muuga pöörduge otse: {controller}, {contact}.',
  'answer.dataSubject': '{controller}: teie andmed ({reference})',
  'answer.access':
    '{controller} vastab teie juurdepääsutaotlusele {reference} (GDPR art 15). See on kõik, mida ta teie aadressi kohta hoiab:',
  'answer.accessAttached': 'Samad andmed on lisatud JSON-failina.',
  'answer.portability': '{controller} vastab teie andmete ülekandmise taotlusele {reference} (GDPR art 20).',
  'answer.portabilityAttached': 'Teie andmed on lisatud struktureeritud, masinloetavas vormingus (JSON).',
  'answer.rectifiedSubject': '{controller} parandas teie andmed ({reference})',
  'answer.rectified':
    '{controller} parandas teie andmed (GDPR art 16) taotluse {reference} alusel: {changed}.',
  'answer.corrections': '{changes}, {n, plural, one {# tellimuses} other {# tellimuses}}',
  'answer.nameCorrected': 'nimi parandatud',
  'answer.nameRemoved': 'nimi eemaldatud',
  'answer.countryCorrected': 'riik parandatud',
  'answer.addressCorrected': 'aadress parandatud',
  'answer.erasedSubject': '{controller} kustutas teie andmed ({reference})',
  'answer.erased':
    '{controller} kustutas teie andmed (GDPR art 17) taotluse {reference} alusel: {n, plural, one {kustutati # tellimus koos nõusolekukirjetega} other {kustutati # tellimust koos nõusolekukirjetega}}.',
  'answer.objected':
    '{controller} lõpetas teie vastuväite tõttu teie andmete töötlemise (GDPR art 21), taotlus {reference}: teid eemaldati {n, plural, one {# listist} other {# listist}} ja andmed kustutati.',
  'answer.keyedHash':
    'Alles jäetakse ainult aadressi võtmega räsi, et seda ei lisataks uuesti ilma teie enda uue nõusolekuta.',
  'answer.restrictedSubject': '{controller} piiras teie andmete töötlemist ({reference})',
  'answer.restricted':
    '{controller} piiras teie andmete töötlemist (GDPR art 18) taotluse {reference} alusel: {n, plural, one {# tellimus säilitatakse, kuid see ei saa midagi} other {# tellimust säilitatakse, kuid need ei saa midagi}}.',
  'answer.copyController': 'Vastutav töötleja: {name} (kontakt: {contact})',
  'answer.copyAddress': 'Aadress: {address}',
  'answer.copyNone': 'Selle aadressi kohta ei hoita enam ühtegi tellimust.',
  'answer.copyList': 'List {list} („{title}“): {status}',
  'answer.copyListRestricted': 'List {list} („{title}“): {status}, töötlemine piiratud',
  'answer.copyDetails': 'nimi: {name}; riik: {country}; vorming: {format}; avamiste jälgimine: {tracking}',
  'answer.copyNotGiven': '(puudub)',
  'answer.copyTrackingYes': 'nõusolek antud',
  'answer.copyTrackingNo': 'ei',
  'answer.copyRequested': 'taotletud {at}',
  'answer.copyConfirmed': 'taotletud {at}, kinnitatud {confirmed}',
  'answer.copyConsent': 'nõusolek: {event}, kanal {source}, aeg {at}{origin}; teksti versioon: {wording}',
  'answer.copyFrom': 'aadressilt {ip}',
  'answer.copyMessage': 'sõnum „{subject}“: {state}{times}',
  'answer.copyOpened': 'avatud {at}',
  'answer.copyProcessing':
    'Platvormi poolt selle vastutava töötleja jaoks registreeritud teie andmete töötlemine:',
  'answer.copyProcessingNone': '(puudub, mis puudutaks teid isiklikult)',
};
