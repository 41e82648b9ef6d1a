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
};
