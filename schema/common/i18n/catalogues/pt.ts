import type { Catalogue } from './en';

export const pt: Catalogue = {
  'page.language': 'Língua',
  'page.changeLanguage': 'Mudar',
  'page.privacy': 'Privacidade',
  'page.footer': 'O Steward gere listas de correio em nome das organizações que as enviam.',

  'link.invalidTitle': 'Esta ligação não pode ser usada',
  'link.invalid': 'Esta ligação não é válida, já foi usada ou expirou.',
  'link.rateLimited': 'Demasiadas tentativas a partir da sua rede. Aguarde um minuto e tente novamente.',
  'link.failed': 'Não funcionou. Tente novamente mais tarde.',

  'confirm.title': 'Confirme a sua subscrição',
  'confirm.text': 'Carregue no botão para confirmar que quer receber as mensagens desta lista.',
  'confirm.button': 'Confirmar a minha subscrição',
  'confirm.doneTitle': 'Subscrição confirmada',
  'confirm.done': 'Já está subscrito. Cada mensagem tem uma ligação para sair da lista.',

  'unsubscribe.title': 'Cancelar subscrição',
  'unsubscribe.text':
    'Carregue no botão para sair desta lista. O seu endereço e os seus dados são então apagados dela.',
  'unsubscribe.button': 'Cancelar subscrição',
  'unsubscribe.doneTitle': 'A sua subscrição foi cancelada',
  'unsubscribe.done': 'O seu endereço e os seus dados foram apagados desta lista.',

  'verify.title': 'Confirme o seu pedido',
  'verify.text':
    'Carregue no botão para confirmar que fez este pedido de proteção de dados. Depois enviamo-lo a cada um dos nossos clientes que tenha dados sobre o seu endereço.',
  'verify.button': 'Confirmar o meu pedido',
  'verify.doneTitle': 'Pedido confirmado',
  'verify.done':
    'Obrigado. O seu pedido {reference} está confirmado e a ser encaminhado; vai receber uma mensagem com uma ligação para o acompanhar.',

  'status.title': 'O seu pedido {reference}',
  'status.invalid':
    'Esta ligação não é válida ou expirou. Uma ligação de acompanhamento funciona até {days, plural, one {# dia} other {# dias}} depois da última resposta ao pedido, e no máximo o mesmo tempo depois do seu último prazo possível; as respostas chegaram-lhe por correio eletrónico.',
  'status.summary': 'O seu pedido ({right}) foi recebido em {received}. As respostas devem chegar até {due}.',
  'status.state': 'Estado: {state}',
  'status.answers':
    '{count, plural, one {# organização tem dados sobre si:} other {# organizações têm dados sobre si:}}',
  'status.organisation': 'Organização',
  'status.answer': 'Resposta',
  'status.due': 'Prazo',
  'status.answered': 'Respondido',
  'status.reason': 'Motivo',

  'right.ACCESS': 'acesso aos seus dados',
  'right.RECTIFICATION': 'retificação dos seus dados',
  'right.ERASURE': 'apagamento dos seus dados',
  'right.RESTRICTION': 'limitação do tratamento',
  'right.PORTABILITY': 'cópia dos seus dados para levar para outro lado',
  'right.OBJECTION': 'oposição ao tratamento',

  'request.AWAITING_VERIFICATION': 'à espera da sua confirmação',
  'request.ROUTING': 'confirmado; a procurar as organizações que têm dados sobre si',
  'request.ROUTED': 'encaminhado; à espera das respostas',
  'request.COMPLETED': 'respondido por todas as organizações',
  'request.NO_DATA_HELD': 'nenhuma organização tem dados sobre este endereço',
  'request.EXPIRED': 'nunca foi confirmado, por isso caducou',

  'task.PENDING': 'à espera de resposta',
  'task.EXTENDED': 'prazo prorrogado',
  'task.FULFILLED': 'tratado',
  'task.REJECTED': 'recusado',
};
