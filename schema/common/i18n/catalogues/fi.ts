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
};
