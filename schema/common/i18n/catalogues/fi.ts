import type { Catalogue } from './en';

export const fi: Catalogue = {
  'page.language': 'Kieli',
  'page.changeLanguage': 'Vaihda',
  'page.privacy': 'Tietosuoja',
  'page.footer': 'Steward ylläpitää postituslistoja niitä lähettävien organisaatioiden puolesta.',

  'link.invalidTitle': 'Tätä linkkiä ei voi käyttää',
  'link.invalid': 'Tämä linkki on virheellinen, jo käytetty tai vanhentunut.',
  'link.rateLimited': 'Liian monta yritystä verkostasi. Odota minuutti ja yritä uudelleen.',
  'link.failed': 'Tämä ei onnistunut. Yritä myöhemmin uudelleen.',

  'confirm.title': 'Vahvista tilauksesi',
  'confirm.text': 'Paina painiketta vahvistaaksesi, että haluat saada tämän listan viestit.',
  'confirm.button': 'Vahvista tilaukseni',
  'confirm.doneTitle': 'Tilaus vahvistettu',
  'confirm.done': 'Olet nyt tilaaja. Jokaisessa viestissä on linkki, jolla voit lopettaa tilauksen.',

  'welcome.title': 'Tervetuloa: tilauksesi on vahvistettu',
  'welcome.next':
    'Tästä lähtien saat tämän listan viestit valitsemassasi muodossa. Muuta sinulle ei lähetetä.',
  'welcome.leave':
    'Jokaisen viestin lopussa on peruutuslinkki: yksi painallus poistaa sinut listalta ja poistaa osoitteesi ja tietosi siltä.',
  'signup.intro': 'Tilaa postituslista, jota ylläpitää {organisation}.',
  'signup.consentTitle': 'Mihin suostut',
  'signup.consentVersion': 'Tekstin versio {version}',
  'signup.email': 'Sähköpostiosoite',
  'signup.name': 'Nimi (vapaaehtoinen)',
  'signup.country': 'Maa (vapaaehtoinen)',
  'signup.countryNone': 'Ei ilmoitettu',
  'signup.format': 'Viestien muoto',
  'signup.formatText': 'Pelkkä teksti',
  'signup.formatHtml': 'HTML, asettelu ja kuvat',
  'signup.tracking':
    'Kerro lähettäjälle, kun avaan viestin tai napsautan siinä olevaa linkkiä (vapaaehtoinen)',
  'signup.trackingHelp':
    'Tämä toimii vain HTML-viesteissä: niissä on silloin pieni kuva ja linkkejä, jotka ilmoittavat avaukset ja napsautukset. Jos jätät ruudun tyhjäksi, mitään ei kirjata. Voit perua suostumuksen milloin tahansa.',
  'signup.button': 'Tilaa',
  'signup.confirmNote':
    'Lähetämme sinulle sähköpostin, jossa on linkki. Tilaus alkaa vasta, kun käytät linkkiä.',
  'signup.sentTitle': 'Katso saapuneet viestit',
  'signup.sent':
    'Kiitos. Jos lista ottaa vastaan tilauksia, vahvistuslinkin sisältävä sähköposti on matkalla antamaasi osoitteeseen. Mitään ei tapahdu ennen kuin käytät linkkiä. Jos viestiä ei tule, katso roskapostikansio.',
  'signup.errorTitle': 'Korjaa lomake',
  'signup.errorEmail': 'Anna kelvollinen sähköpostiosoite, esimerkiksi name@example.com.',
  'signup.errorName': 'Anna enintään 200 merkin nimi yhdellä rivillä ilman merkkejä < ja >.',
  'signup.errorCountry': 'Valitse maa luettelosta.',
  'signup.errorFormat': 'Valitse Pelkkä teksti tai HTML.',
  'signup.errorTooLarge': 'Lomake oli liian suuri. Täytä se uudelleen.',
  'signup.crossSite': 'Lomake lähetettiin toiselta verkkosivustolta. Tilaa sen sijaan tällä sivulla.',
  'signup.notFoundTitle': 'Tätä tilauslomaketta ei ole',
  'signup.notFound':
    'Tässä osoitteessa ei ole postituslistaa. Tarkista linkki tai kysy organisaatiolta sen tilaussivua.',
  'signup.embedNote': 'Steward käsittelee tietojasi toimeksiantajan puolesta: {organisation}.',
  'signup.singleNote':
    'Olet tilaaja heti, kun lähetät tämän lomakkeen. Jokaisessa viestissä on linkki tilauksen perumiseen.',
  'signup.singleSentTitle': 'Kiitos',
  'signup.singleSent':
    'Kiitos. Jos tämä lista ottaa vastaan tilauksia ja osoite voi vastaanottaa postia, se on nyt tilaaja ja saa listan viestit; jokaisessa viestissä on linkki tilauksen perumiseen. Jos osoite on aiemmin lähtenyt listalta tai odottaa jo vahvistusta, se saa sen sijaan sähköpostin, jossa on vahvistuslinkki.',
  'confirmMail.subject': 'Vahvista listan {list} tilaus',
  'confirmMail.asked':
    'Joku, toivottavasti sinä, pyysi liittämään tämän osoitteen listalle ”{list}” ({name}), jota ylläpitää {organisation}.',
  'confirmMail.imported':
    '{organisation} lisäsi tämän osoitteen listalleen ”{list}” ({name}). Et saa siltä mitään, ellet vahvista.',
  'confirmMail.confirm': 'Vahvista avaamalla tämä linkki ja painamalla sivulla olevaa painiketta:',
  'confirmMail.refuseAsked':
    'Jos et pyytänyt tätä, älä välitä viestistä: sinua ei liitetä listalle, ja pyyntö poistetaan 7 päivän kuluttua. Voit hylätä sen nyt ja poistaa sen heti:',
  'confirmMail.refuseImported':
    'Jos et halua tätä, älä välitä viestistä: pyyntö poistetaan 7 päivän kuluttua. Voit hylätä sen nyt ja poistaa sen heti:',

  'unsubscribe.title': 'Peru tilaus',
  'unsubscribe.text':
    'Paina painiketta poistuaksesi tältä listalta. Osoitteesi ja tietosi poistetaan silloin listalta.',
  'unsubscribe.button': 'Peru tilaus',
  'unsubscribe.doneTitle': 'Tilauksesi on peruttu',
  'unsubscribe.done': 'Osoitteesi ja tietosi on poistettu tältä listalta.',

  'verify.title': 'Vahvista pyyntösi',
  'verify.text':
    'Paina painiketta vahvistaaksesi, että teit tämän tietosuojapyynnön. Välitämme sen sitten jokaiselle asiakkaallemme, jolla on tietoja osoitteestasi.',
  'verify.button': 'Vahvista pyyntöni',
  'verify.doneTitle': 'Pyyntö vahvistettu',
  'verify.done':
    'Kiitos. Pyyntösi {reference} on vahvistettu ja sitä välitetään eteenpäin; saat viestin, jossa on linkki sen seuraamiseen.',

  'status.title': 'Pyyntösi {reference}',
  'status.invalid':
    'Tämä linkki on virheellinen tai vanhentunut. Tilalinkki toimii {days, plural, one {# päivän} other {# päivän}} ajan pyynnön viimeisestä vastauksesta ja enintään yhtä kauan sen viimeisestä mahdollisesta määräajasta; itse vastaukset olet saanut sähköpostitse.',
  'status.summary': 'Pyyntösi ({right}) vastaanotettiin {received}. Vastausten määräaika on {due}.',
  'status.state': 'Tila: {state}',
  'status.answers':
    '{count, plural, one {# organisaatiolla on tietoja sinusta:} other {# organisaatiolla on tietoja sinusta:}}',
  'status.organisation': 'Organisaatio',
  'status.answer': 'Vastaus',
  'status.due': 'Määräaika',
  'status.answered': 'Vastattu',
  'status.reason': 'Perustelu',
  'status.extendedTo': '{controller} otti lisäaikaa: sen on vastattava viimeistään {due}.',
  'status.extendedWhy':
    '{controller} otti lisäaikaa: sen on vastattava viimeistään {due}. Perustelut: {reason}',
  'status.holdingsTitle': 'Kenellä on tietojasi',
  'status.holdings': '{controller} säilyttää osoitteesi tietoja näillä listoilla: {lists}.',
  'form.title': 'Tee tietosuojapyyntö',
  'form.intro':
    'Tietosuojalaki (GDPR) antaa sinulle oikeuksia tietoihin, joita organisaatiot säilyttävät sinusta. Valitse, mitä haluat, anna sähköpostiosoitteesi, niin lähetämme linkin, jolla vahvistat osoitteen olevan sinun. Sen jälkeen välitämme pyynnön jokaiselle asiakkaallemme, jolla on tietoja osoitteesta, ja jokaisen on vastattava sinulle kuukauden kuluessa.',
  'form.rightsTitle': 'Oikeutesi',
  'form.explain.ACCESS': 'Saat tietää, millä organisaatioilla on tietojasi ja mitä, ja saat niistä kopion.',
  'form.explain.RECTIFICATION':
    'Saat korjattua väärät tai vanhentuneet tietosi. Kirjoita alle, mitä pitää korjata.',
  'form.explain.ERASURE': 'Saat tietosi poistettua, jolloin et enää saa postia näiltä listoilta.',
  'form.explain.RESTRICTION':
    'Tietosi säilytetään mutta niitä ei käytetä, esimerkiksi kun kiistät niiden oikeellisuuden.',
  'form.explain.PORTABILITY': 'Saat tietosi tiedostona, jonka voit viedä toiseen palveluun.',
  'form.explain.OBJECTION':
    'Pyydä organisaatioita lopettamaan tietojesi käyttö; sinut poistetaan niiden listoilta.',
  'form.email': 'Sähköpostiosoite',
  'form.right': 'Mitä haluat?',
  'form.details': 'Lisätiedot',
  'form.detailsHint': 'Vapaaehtoinen. Korjauksessa kerro, mikä on väärin ja mikä on oikein.',
  'form.country': 'Maa',
  'form.countryHint': 'Vapaaehtoinen. Asuinmaasi kaksikirjaiminen koodi, esimerkiksi FI.',
  'form.submit': 'Lähetä pyyntöni',
  'form.errorTitle': 'Korjaa lomake',
  'form.errorEmail': 'Anna kelvollinen sähköpostiosoite.',
  'form.errorRight': 'Valitse yksi oikeuksista.',
  'form.errorDetails': 'Lisätiedoissa saa olla enintään 2000 merkkiä, ei ohjausmerkkejä eikä HTML-tageja.',
  'form.errorCountry': 'Anna kaksikirjaiminen maakoodi, esimerkiksi FI, tai jätä kenttä tyhjäksi.',
  'form.crossSite': 'Tämän lomakkeen voi lähettää vain tältä sivustolta. Avaa se täällä ja yritä uudelleen.',
  'form.sentTitle': 'Katso sähköpostisi',
  'form.sent':
    'Kiitos. Pyyntösi tunnus on {reference}. Jos tähän osoitteeseen voi tulla postia, matkalla on viesti, jossa on linkki pyynnön vahvistamiseen. Mitään ei tapahdu ennen kuin linkkiä käytetään; vahvistamaton pyyntö raukeaa 7 päivän kuluttua.',
  'mail.right': '{right} ({article} GDPR)',
  'mail.verifySubjectOne': 'Vahvista tietosuojapyyntösi {refs}',
  'mail.verifySubjectMany': 'Vahvista kaikki tietosuojapyyntösi {refs}',
  'mail.verifyOne': 'Saimme tälle osoitteelle pyynnön: {right}, tunnus {reference}.',
  'mail.verifyOpen': 'Vahvista, että teit sen, avaamalla tämä linkki ja painamalla sivun painiketta:',
  'mail.verifyMany':
    'Saimme tälle osoitteelle {count} tietosuojapyyntöä. Jokaisella on oma linkkinsä, joka vahvistaa vain sen pyynnön: avaa jokaisen tekemäsi pyynnön linkki ja paina sivun painiketta.',
  'mail.verifyItem': '{n}. {reference}, vastaanotettu {received}: {right}',
  'mail.verifyThen':
    'Sen jälkeen etsimme jokaisen asiakkaamme, jolla on tietoja tästä osoitteesta, ja välitämme pyynnön heille.',
  'mail.verifyIgnoreOne':
    'Jos et tehnyt tätä pyyntöä, älä välitä viestistä: se raukeaa {date}, ja sen tiedot poistetaan.',
  'mail.verifyIgnoreMany':
    'Jos et tehnyt jotain niistä, älä käytä sen linkkiä: se raukeaa vahvistamattomana ({lapses}), ja sen tiedot poistetaan.',
  'mail.verifyLapse': '{reference} {date}',
  'mail.verifyReplaces':
    'Tämä viesti korvaa aiemman vahvistusviestin tähän osoitteeseen: sen linkit eivät enää toimi.',
  'mail.routedSubject': 'Pyyntösi {reference} on välitetty',
  'mail.routedIntro':
    'Kiitos, että vahvistit pyyntösi {reference}. Näillä organisaatioilla on tietoja osoitteestasi, ja jokaisen on vastattava sinulle viimeistään {due}:',
  'mail.routedFollow': 'Jokainen vastaa sähköpostilla. Vastaukset näkyvät täällä sitä mukaa kuin ne tulevat:',
  'mail.routedUntil':
    'Linkki toimii {days, plural, one {# päivän} other {# päivän}} ajan viimeisen vastauksen jälkeen ja enintään {date} asti.',
  'mail.noDataSubject': 'Pyyntösi {reference}: ei tietoja',
  'mail.noDataIntro':
    'Kiitos, että vahvistit pyyntösi {reference}. Yhdelläkään asiakkaallamme ei ole tietoja tästä osoitteesta, joten välitettävää ei ole.',
  'mail.noDataUntil': 'Pyyntösi tiedot on poistettu. Sen tila näkyy täällä {date} asti:',

  'right.ACCESS': 'pääsy tietoihisi',
  'right.RECTIFICATION': 'tietojesi oikaisu',
  'right.ERASURE': 'tietojesi poistaminen',
  'right.RESTRICTION': 'käsittelyn rajoittaminen',
  'right.PORTABILITY': 'kopio tiedoistasi siirrettäväksi muualle',
  'right.OBJECTION': 'käsittelyn vastustaminen',

  'request.AWAITING_VERIFICATION': 'odottaa vahvistustasi',
  'request.ROUTING': 'vahvistettu; etsimme organisaatioita, joilla on tietoja sinusta',
  'request.ROUTED': 'välitetty; odottaa vastauksia',
  'request.COMPLETED': 'kaikki organisaatiot ovat vastanneet',
  'request.NO_DATA_HELD': 'millään organisaatiolla ei ole tietoja tästä osoitteesta',
  'request.EXPIRED': 'ei koskaan vahvistettu, joten se raukesi',

  'task.PENDING': 'odottaa vastausta',
  'task.EXTENDED': 'määräaikaa jatkettu',
  'task.FULFILLED': 'hoidettu',
  'task.REJECTED': 'hylätty',

  'privacy.title': 'Miten Steward käsittelee henkilötietoja',
  'privacy.intro':
    'Steward ylläpitää postituslistoja niitä lähettäville organisaatioille eli asiakkaillemme. Kukin asiakas päättää, mihin sen listoja käytetään, ja vastaa tilaajiensa tiedoista (rekisterinpitäjä); me käsittelemme niitä vain asiakkaan puolesta ja sen ohjeiden mukaan.',
  'privacy.whatTitle': 'Mitä käsittelemme ja miksi',
  'privacy.whatSubscriber':
    'Jokaisesta listasta, jonka tilaat: sähköpostiosoitteesi ja, vain jos annat ne, nimesi, maasi ja haluamasi muoto sekä merkintä siitä, milloin ja miten annoit suostumuksesi. Käytämme niitä lähettääksemme sinulle listan viestit.',
  'privacy.whatTracking':
    'Se, avasitko HTML-viestin, kirjataan vain, jos olet suostunut siihen, ja voit perua suostumuksen milloin tahansa.',
  'privacy.whatRequest':
    'Kun teet tietosuojapyynnön: osoitteesi, käyttämäsi oikeus ja kirjoittamasi teksti, jotta voimme tarkistaa, että osoite on sinun, ja välittää pyynnön jokaiselle asiakkaalle, jolla on siitä tietoja.',
  'privacy.whatLogs':
    'Verkkopalvelimen lokit IP-osoitteineen palvelun turvallisuuden vuoksi. Tarkastelemme niitä vain koosteina, paitsi hyökkäykseen vastataksemme.',
  'privacy.keepTitle': 'Kuinka kauan säilytämme tietoja',
  'privacy.keepSubscriber':
    'Niin kauan kuin olet tilaaja. Kun perut tilauksen, osoitteesi ja tietosi poistetaan heti; jäljelle jäävät vain nimettömät laskurit ja peruuttamattomasti salattu merkintä, jotta emme lähetä sinulle enää mitään.',
  'privacy.keepPending':
    'Liittyminen, jota et ole vahvistanut: sen linkki toimii {days, plural, one {# päivän} other {# päivää}}, minkä jälkeen liittyminen poistetaan.',
  'privacy.keepMail':
    'Lähetetyt viestit: kopiomme, jossa on osoitteesi, poistetaan {days, plural, one {# päivän} other {# päivän}} kuluttua sen luomisesta.',
  'privacy.keepJobs':
    'Taustatehtävät, joissa voi olla osoite: poistetaan {done, plural, one {# päivän} other {# päivän}} kuluttua niiden valmistumisesta tai {dead, plural, one {# päivän} other {# päivän}} kuluttua niiden epäonnistumisesta.',
  'privacy.keepRequest':
    'Tietosuojapyynnöt: pyyntö, jota ei vahvisteta {verify, plural, one {# päivän} other {# päivän}} kuluessa, raukeaa ja sen tiedot poistetaan; muuten sen henkilötiedot poistetaan {after, plural, one {# päivän} other {# päivän}} kuluttua sen päättymisestä.',
  'privacy.keepLogs':
    'Verkkopalvelimen lokit: IP-osoitteet lyhennetään {truncate, plural, one {# päivän} other {# päivän}} kuluttua ja lokit poistetaan {remove, plural, one {# päivän} other {# päivän}} kuluttua.',
  'privacy.cookiesTitle': 'Evästeet',
  'privacy.cookieSession':
    'steward_session: vain asiakkaidemme henkilöstölle, joka kirjautuu portaaliin; se pitää heidät kirjautuneina {hours, plural, one {# tunnin} other {# tuntia}}, tai {days, plural, one {# päivän} other {# päivää}}, jos he haluavat pysyä kirjautuneina.',
  'privacy.cookieLang': 'steward_lang: muistaa vuoden ajan kielen, jonka valitsit näillä sivuilla.',
  'privacy.noTracking': 'Muita evästeitä ei ole, ei seurantaa eikä mitään muilta sivustoilta ladattavaa.',
  'privacy.rightsTitle': 'Oikeutesi',
  'privacy.rights':
    'Jokaisessa viestissä on linkki tilauksen perumiseen. Jos haluat nähdä, korjata tai poistaa tietosi, käänny sen organisaation puoleen, jonka listalla olet; jos lähetät meille tietosuojapyynnön, tarkistamme, että osoite on sinun, ja välitämme pyynnön jokaiselle asiakkaalle, jolla on siitä tietoja.',
  'answer.footer':
    'Viite: {reference}. Pyyntösi tila: kysy meiltä tällä viitteellä tai käytä saamaasi tilalinkkiä.',
  'answer.complaint':
    'Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU-jäsenvaltiossa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut (GDPR 77 artikla), sekä oikeus käyttää tehokkaita oikeussuojakeinoja tuomioistuimessa (GDPR 79 artikla).',
  'answer.extendedSubject': '{controller} tarvitsee lisää aikaa pyyntöösi {reference}',
  'answer.extended':
    '{controller} pidensi pyyntöösi {reference} vastaamisen määräaikaa kahdella kuukaudella (GDPR 12 artiklan 3 kohta). Perustelut:',
  'answer.extendedDue': 'Vastauksen on nyt tultava viimeistään {date}.',
  'answer.rejectedSubject': '{controller} hylkäsi pyyntösi {reference}',
  'answer.rejected': '{controller} hylkäsi pyyntösi {reference} ({right}). Perustelut:',
  'answer.offboardedSubject': '{controller} lähti alustalta: pyyntösi {reference}',
  'answer.offboarded':
    '{controller} lopetti alustan palvelun käytön {date}. Alusta palautti kaiken, mitä se säilytti organisaatiolle {controller}, ja poisti sen sitten, joten se ei voi enää tehdä mitään tämän pyynnön osalta. Ota pyyntösi vuoksi yhteyttä suoraan: {controller}, {contact}.',
  'answer.offboardedDone':
    '{controller} lopetti alustan palvelun käytön {date}. Alusta palautti kaiken, mitä se säilytti organisaatiolle {controller}, ja poisti sen sitten, myös tietosi, joten se ei voi enää tehdä mitään tämän pyynnön osalta. Ota muissa asioissa yhteyttä suoraan: {controller}, {contact}.',
  'answer.dataSubject': '{controller}: tietosi ({reference})',
  'answer.access':
    '{controller} vastaa pyyntöösi {reference} saada pääsy tietoihin (GDPR 15 artikla). Tässä on kaikki, mitä se säilyttää osoitteestasi:',
  'answer.accessAttached': 'Samat tiedot ovat liitteenä JSON-tiedostona.',
  'answer.portability':
    '{controller} vastaa pyyntöösi {reference} siirtää tiedot järjestelmästä toiseen (GDPR 20 artikla).',
  'answer.portabilityAttached':
    'Tietosi ovat liitteenä jäsennellyssä, koneellisesti luettavassa muodossa (JSON).',
  'answer.rectifiedSubject': '{controller} korjasi tietosi ({reference})',
  'answer.rectified': '{controller} oikaisi tietosi (GDPR 16 artikla) pyynnöstä {reference}: {changed}.',
  'answer.corrections': '{changes}, {n, plural, one {# tilauksessa} other {# tilauksessa}}',
  'answer.nameCorrected': 'nimi korjattu',
  'answer.nameRemoved': 'nimi poistettu',
  'answer.countryCorrected': 'maa korjattu',
  'answer.addressCorrected': 'osoite korjattu',
  'answer.erasedSubject': '{controller} poisti tietosi ({reference})',
  'answer.erased':
    '{controller} poisti tietosi (GDPR 17 artikla) pyynnöstä {reference}: {n, plural, one {# tilaus ja sen suostumustiedot poistettiin} other {# tilausta ja niiden suostumustiedot poistettiin}}.',
  'answer.objected':
    '{controller} lopetti tietojesi käsittelyn vastustamisesi vuoksi (GDPR 21 artikla), pyyntö {reference}: tilauksesi peruttiin {n, plural, one {# listalta} other {# listalta}} ja tiedot poistettiin.',
  'answer.keyedHash':
    'Osoitteesta säilytetään vain avaimella laskettu tiiviste, jotta sitä ei lisätä uudelleen ilman uutta suostumustasi.',
  'answer.restrictedSubject': '{controller} rajoitti tietojesi käsittelyä ({reference})',
  'answer.restricted':
    '{controller} rajoitti tietojesi käsittelyä (GDPR 18 artikla) pyynnöstä {reference}: {n, plural, one {# tilaus säilytetään, mutta se ei saa mitään} other {# tilausta säilytetään, mutta ne eivät saa mitään}}.',
  'answer.copyController': 'Rekisterinpitäjä: {name} (yhteystieto: {contact})',
  'answer.copyAddress': 'Osoite: {address}',
  'answer.copyNone': 'Tälle osoitteelle ei enää säilytetä tilauksia.',
  'answer.copyList': 'Lista {list} (”{title}”): {status}',
  'answer.copyListRestricted': 'Lista {list} (”{title}”): {status}, käsittelyä rajoitettu',
  'answer.copyDetails': 'nimi: {name}; maa: {country}; muoto: {format}; avausten seuranta: {tracking}',
  'answer.copyNotGiven': '(ei annettu)',
  'answer.copyTrackingYes': 'suostumus annettu',
  'answer.copyTrackingNo': 'ei',
  'answer.copyRequested': 'pyydetty {at}',
  'answer.copyConfirmed': 'pyydetty {at}, vahvistettu {confirmed}',
  'answer.copyConsent': 'suostumus: {event}, kanava {source}, aika {at}{origin}; tekstin versio: {wording}',
  'answer.copyFrom': 'osoitteesta {ip}',
  'answer.copyMessage': 'viesti ”{subject}”: {state}{times}',
  'answer.copyOpened': 'avattu {at}',
  'answer.copyProcessing': 'Alustan tälle rekisterinpitäjälle kirjaama tietojesi käsittely:',
  'answer.copyProcessingNone': '(ei sinua henkilökohtaisesti koskevaa)',
};
