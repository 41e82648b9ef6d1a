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
};
