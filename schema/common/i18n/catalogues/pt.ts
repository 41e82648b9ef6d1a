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

  'welcome.title': 'Bem-vindo: a sua subscrição está confirmada',
  'welcome.next':
    'A partir de agora recebe as mensagens desta lista, no formato que escolheu. Não lhe é enviado mais nada.',
  'welcome.leave':
    'Cada mensagem termina com uma ligação para cancelar a subscrição: um clique retira-o da lista e apaga o seu endereço e os seus dados.',
  'signup.intro': 'Subscreva a lista de correio de {organisation}.',
  'signup.consentTitle': 'Aquilo com que concorda',
  'signup.consentVersion': 'Versão {version} do texto',
  'signup.email': 'Endereço de email',
  'signup.name': 'Nome (opcional)',
  'signup.country': 'País (opcional)',
  'signup.countryNone': 'Não indicado',
  'signup.format': 'Formato das mensagens',
  'signup.formatText': 'Só texto',
  'signup.formatHtml': 'HTML, com formatação e imagens',
  'signup.tracking': 'Avisar o remetente quando eu abrir uma mensagem ou clicar numa ligação (opcional)',
  'signup.trackingHelp':
    'Só funciona com mensagens HTML: estas passam a conter uma imagem minúscula e ligações que comunicam aberturas e cliques. Se deixar a caixa por marcar, nada é registado. Pode retirar este consentimento a qualquer momento.',
  'signup.button': 'Subscrever',
  'signup.confirmNote':
    'Enviamos-lhe um email com uma ligação. Só fica subscrito depois de usar essa ligação.',
  'signup.sentTitle': 'Veja a sua caixa de correio',
  'signup.sent':
    'Obrigado. Se esta lista aceitar subscrições, um email com uma ligação de confirmação está a caminho do endereço indicado. Nada acontece até usar essa ligação. Se não chegar nenhum email, veja na pasta de spam.',
  'signup.errorTitle': 'Corrija o formulário',
  'signup.errorEmail': 'Escreva um endereço de email válido, por exemplo name@example.com.',
  'signup.errorName': 'Escreva um nome com 200 caracteres no máximo, numa só linha, sem os caracteres < e >.',
  'signup.errorCountry': 'Escolha um país da lista.',
  'signup.errorFormat': 'Escolha Só texto ou HTML.',
  'signup.errorTooLarge': 'O formulário era demasiado grande. Preencha-o de novo.',
  'signup.crossSite': 'Este formulário foi enviado a partir de outro site. Subscreva antes nesta página.',
  'signup.notFoundTitle': 'Este formulário de subscrição não existe',
  'signup.notFound':
    'Não há nenhuma lista de correio neste endereço. Verifique a ligação ou peça à organização a sua página de subscrição.',
  'signup.embedNote': 'O Steward trata os seus dados por conta de {organisation}.',
  'signup.singleNote':
    'Fica subscrito assim que envia este formulário. Cada mensagem tem uma ligação para sair.',
  'signup.singleSentTitle': 'Obrigado',
  'signup.singleSent':
    'Obrigado. Se esta lista aceita subscrições e o endereço pode receber correio, está agora subscrito e recebe as mensagens desta lista; cada mensagem tem uma ligação para sair. Se o endereço saiu desta lista antes ou já aguarda uma confirmação, recebe em vez disso um e-mail com uma ligação para confirmar.',
  'confirmMail.subject': 'Confirme a sua subscrição de {list}',
  'confirmMail.asked':
    'Alguém, esperamos que tenha sido você, pediu para subscrever este endereço em «{list}» ({name}), uma lista de {organisation}.',
  'confirmMail.imported':
    '{organisation} adicionou este endereço à lista «{list}» ({name}). Não receberá nada dela se não confirmar.',
  'confirmMail.confirm': 'Para confirmar, abra esta ligação e carregue no botão da página:',
  'confirmMail.refuseAsked':
    'Se não pediu isto, ignore esta mensagem: não ficará subscrito e o pedido é apagado ao fim de 7 dias. Para o recusar já e apagar de imediato:',
  'confirmMail.refuseImported':
    'Se não quiser, ignore esta mensagem: o pedido é apagado ao fim de 7 dias. Para o recusar já e apagar de imediato:',

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
  'status.extendedTo': '{controller} precisou de mais tempo: tem de responder até {due}.',
  'status.extendedWhy':
    '{controller} precisou de mais tempo: tem de responder até {due}. Os seus motivos: {reason}',
  'status.holdingsTitle': 'Quem guarda dados sobre si',
  'status.holdings': '{controller} guarda dados do seu endereço nestas listas: {lists}.',
  'form.title': 'Fazer um pedido sobre proteção de dados',
  'form.intro':
    'A lei de proteção de dados (RGPD) dá-lhe direitos sobre os dados que as organizações guardam sobre si. Escolha o que pretende, indique o seu endereço de email e enviamos-lhe uma ligação para confirmar que o endereço é seu. Depois reencaminhamos o pedido para cada um dos nossos clientes que tenha dados desse endereço, e cada um tem de lhe responder no prazo de um mês.',
  'form.rightsTitle': 'Os seus direitos',
  'form.explain.ACCESS': 'Saber que organizações têm dados sobre si, que dados, e receber uma cópia.',
  'form.explain.RECTIFICATION':
    'Corrigir dados errados ou desatualizados sobre si. Indique abaixo o que corrigir.',
  'form.explain.ERASURE': 'Apagar os seus dados, para deixar de receber emails destas listas.',
  'form.explain.RESTRICTION':
    'Guardar os seus dados sem os usar, por exemplo enquanto contesta se estão corretos.',
  'form.explain.PORTABILITY': 'Receber os seus dados num ficheiro que pode levar para outro serviço.',
  'form.explain.OBJECTION':
    'Pedir às organizações que deixem de usar os seus dados; é retirado das listas delas.',
  'form.email': 'Endereço de email',
  'form.right': 'O que pretende?',
  'form.details': 'Pormenores',
  'form.detailsHint': 'Opcional. Numa correção, diga o que está errado e como deve ficar.',
  'form.country': 'País',
  'form.countryHint': 'Opcional. O código de duas letras do país onde vive, por exemplo PT.',
  'form.submit': 'Enviar o meu pedido',
  'form.errorTitle': 'Corrija o formulário, por favor',
  'form.errorEmail': 'Introduza um endereço de email válido.',
  'form.errorRight': 'Escolha um dos direitos.',
  'form.errorDetails':
    'Os pormenores podem ter no máximo 2000 caracteres, sem caracteres de controlo nem etiquetas HTML.',
  'form.errorCountry': 'Introduza um código de país de duas letras, por exemplo PT, ou deixe o campo vazio.',
  'form.crossSite': 'Este formulário só pode ser enviado a partir deste site. Abra-o aqui e tente novamente.',
  'form.sentTitle': 'Veja a sua caixa de correio',
  'form.sent':
    'Obrigado. O seu pedido tem a referência {reference}. Se este endereço puder receber email, está a caminho uma mensagem com uma ligação para verificar o pedido. Nada acontece até a ligação ser usada; um pedido não verificado caduca ao fim de 7 dias.',
  'mail.right': '{right} ({article} RGPD)',
  'mail.verifySubjectOne': 'Verifique o seu pedido sobre proteção de dados {refs}',
  'mail.verifySubjectMany': 'Verifique os seus pedidos sobre proteção de dados {refs}',
  'mail.verifyOne': 'Recebemos um pedido de {right} para este endereço, referência {reference}.',
  'mail.verifyOpen':
    'Para confirmar que foi você quem o fez, abra esta ligação e carregue no botão da página:',
  'mail.verifyMany':
    'Recebemos {count} pedidos sobre proteção de dados para este endereço. Cada um tem a sua ligação, que verifica esse pedido e nenhum outro: abra a ligação de cada pedido que fez e carregue no botão da página.',
  'mail.verifyItem': '{n}. {reference}, recebido em {received}: {right}',
  'mail.verifyThen':
    'Depois procuramos cada um dos nossos clientes que tenha dados deste endereço e reencaminhamos-lhe o pedido.',
  'mail.verifyIgnoreOne':
    'Se não fez este pedido, ignore esta mensagem: caduca em {date} e os seus dados são apagados.',
  'mail.verifyIgnoreMany':
    'Se não fez algum deles, não use a ligação dele: caduca sem verificação ({lapses}) e os seus dados são apagados.',
  'mail.verifyLapse': '{reference} em {date}',
  'mail.verifyReplaces':
    'Esta mensagem substitui a mensagem de verificação anterior para este endereço: as ligações dessa já não funcionam.',
  'mail.routedSubject': 'O seu pedido {reference} foi reencaminhado',
  'mail.routedIntro':
    'Obrigado por verificar o seu pedido {reference}. Estas organizações têm dados do seu endereço, e cada uma tem de lhe responder até {due}:',
  'mail.routedFollow': 'Cada uma responderá por email. As respostas aparecem aqui à medida que chegam:',
  'mail.routedUntil':
    'A ligação funciona até {days, plural, one {# dia} other {# dias}} depois da última resposta, e no máximo até {date}.',
  'mail.noDataSubject': 'O seu pedido {reference}: não há dados guardados',
  'mail.noDataIntro':
    'Obrigado por verificar o seu pedido {reference}. Nenhum dos nossos clientes tem dados deste endereço, por isso não há nada a reencaminhar.',
  'mail.noDataUntil':
    'Os pormenores do seu pedido foram apagados. O seu estado fica visível aqui até {date}:',

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

  'privacy.title': 'Como o Steward trata os dados pessoais',
  'privacy.intro':
    'O Steward gere listas de correio para as organizações que as enviam, os nossos clientes. Cada cliente decide para que servem as suas listas e é responsável pelos dados dos seus subscritores (o responsável pelo tratamento); nós tratamos esses dados apenas em seu nome e segundo as suas instruções.',
  'privacy.whatTitle': 'O que tratamos e porquê',
  'privacy.whatSubscriber':
    'Para cada lista que subscreve: o seu endereço de correio eletrónico e, só se os indicar, o seu nome, país e formato preferido, com um registo de quando e como deu o seu consentimento. Usamo-los para lhe enviar as mensagens dessa lista.',
  'privacy.whatTracking':
    'Se abriu uma mensagem HTML só fica registado se o aceitou, e pode retirar esse consentimento a qualquer momento.',
  'privacy.whatRequest':
    'Quando faz um pedido de proteção de dados: o seu endereço, o direito que exerce e o que escreve, para confirmar que o endereço é seu e enviar o pedido a cada cliente que tenha dados sobre ele.',
  'privacy.whatLogs':
    'Registos do servidor web com endereços IP, para manter o serviço seguro. Só os consultamos de forma agregada, exceto para responder a um ataque.',
  'privacy.keepTitle': 'Durante quanto tempo os guardamos',
  'privacy.keepSubscriber':
    'Enquanto estiver subscrito. Quando cancela a subscrição, o seu endereço e os seus dados são apagados de imediato; ficam apenas contagens anónimas e uma impressão irreversível, para não lhe enviarmos mais nada.',
  'privacy.keepPending':
    'Uma subscrição que não confirmou: a sua ligação funciona durante {days, plural, one {# dia} other {# dias}} e depois a subscrição é apagada.',
  'privacy.keepMail':
    'Correio enviado: a nossa cópia com o seu endereço é apagada {days, plural, one {# dia} other {# dias}} depois de criada.',
  'privacy.keepJobs':
    'Tarefas em segundo plano, que podem conter um endereço: apagadas {done, plural, one {# dia} other {# dias}} depois de terminarem, ou {dead, plural, one {# dia} other {# dias}} depois de falharem.',
  'privacy.keepRequest':
    'Pedidos de proteção de dados: um pedido não confirmado em {verify, plural, one {# dia} other {# dias}} caduca e os seus dados são apagados; caso contrário, os seus dados pessoais são apagados {after, plural, one {# dia} other {# dias}} depois de encerrado.',
  'privacy.keepLogs':
    'Registos do servidor web: os endereços IP são encurtados ao fim de {truncate, plural, one {# dia} other {# dias}} e os registos apagados ao fim de {remove, plural, one {# dia} other {# dias}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: apenas para o pessoal dos nossos clientes que inicia sessão no portal; mantém a sessão aberta durante {hours, plural, one {# hora} other {# horas}}, ou {days, plural, one {# dia} other {# dias}} se escolherem continuar ligados.',
  'privacy.cookieLang': 'steward_lang: lembra durante um ano a língua que escolheu nestas páginas.',
  'privacy.noTracking': 'Não há outros cookies, nem rastreamento, nem nada carregado de outros sítios.',
  'privacy.rightsTitle': 'Os seus direitos',
  'privacy.rights':
    'Cada mensagem tem uma ligação para cancelar a subscrição. Para ver, corrigir ou apagar os seus dados, contacte a organização cuja lista subscreve; se nos enviar um pedido de proteção de dados, confirmamos que o endereço é seu e enviamo-lo a cada cliente que tenha dados sobre ele.',
  'answer.footer':
    'Referência: {reference}. Para saber o estado do seu pedido, contacte-nos com esta referência ou use a ligação de acompanhamento que recebeu.',
  'answer.complaint':
    'Tem o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da UE da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração (art. 77.º do RGPD), e de intentar uma ação judicial (art. 79.º do RGPD).',
  'answer.extendedSubject': '{controller} precisa de mais tempo para o seu pedido {reference}',
  'answer.extended':
    '{controller} prorrogou por dois meses o prazo de resposta ao seu pedido {reference} (art. 12.º, n.º 3, do RGPD). Os motivos:',
  'answer.extendedDue': 'Tem agora de responder até {date}.',
  'answer.rejectedSubject': '{controller} recusou o seu pedido {reference}',
  'answer.rejected': '{controller} recusou o seu pedido {reference} ({right}). Os motivos:',
  'answer.offboardedSubject': '{controller} deixou a plataforma: o seu pedido {reference}',
  'answer.offboarded':
    '{controller} terminou o seu serviço na plataforma em {date}. A plataforma devolveu a {controller} tudo o que guardava por sua conta e depois apagou-o, pelo que já não pode dar seguimento a este pedido. Para o seu pedido, contacte diretamente {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} terminou o seu serviço na plataforma em {date}. A plataforma devolveu a {controller} tudo o que guardava por sua conta e depois apagou-o, incluindo os seus dados, pelo que já não pode dar seguimento a este pedido. Para qualquer outro assunto, contacte diretamente {controller}: {contact}.',
  'answer.dataSubject': '{controller}: os seus dados ({reference})',
  'answer.access':
    '{controller} responde ao seu pedido de acesso {reference} (art. 15.º do RGPD). Isto é tudo o que guarda sobre o seu endereço:',
  'answer.accessAttached': 'Os mesmos dados seguem em anexo num ficheiro JSON.',
  'answer.portability':
    '{controller} responde ao seu pedido de portabilidade dos dados {reference} (art. 20.º do RGPD).',
  'answer.portabilityAttached':
    'Os seus dados seguem em anexo num formato estruturado e de leitura automática (JSON).',
  'answer.rectifiedSubject': '{controller} corrigiu os seus dados ({reference})',
  'answer.rectified':
    '{controller} retificou os seus dados (art. 16.º do RGPD) no pedido {reference}: {changed}.',
  'answer.corrections': '{changes} em {n, plural, one {# subscrição} other {# subscrições}}',
  'answer.nameCorrected': 'nome corrigido',
  'answer.nameRemoved': 'nome removido',
  'answer.countryCorrected': 'país corrigido',
  'answer.addressCorrected': 'endereço corrigido',
  'answer.erasedSubject': '{controller} apagou os seus dados ({reference})',
  'answer.erased':
    '{controller} apagou os seus dados (art. 17.º do RGPD) no pedido {reference}: {n, plural, one {# subscrição e os respetivos registos de consentimento foram apagados} other {# subscrições e os respetivos registos de consentimento foram apagados}}.',
  'answer.objected':
    '{controller} deixou de tratar os seus dados após a sua oposição (art. 21.º do RGPD), pedido {reference}: foi removido de {n, plural, one {# lista} other {# listas}} e os dados foram apagados.',
  'answer.keyedHash':
    'Só se guarda um hash com chave do endereço, para que não volte a ser adicionado sem um novo consentimento seu.',
  'answer.restrictedSubject': '{controller} limitou o tratamento dos seus dados ({reference})',
  'answer.restricted':
    '{controller} limitou o tratamento dos seus dados (art. 18.º do RGPD) no pedido {reference}: {n, plural, one {# subscrição é mantida mas não recebe nada} other {# subscrições são mantidas mas não recebem nada}}.',
  'answer.copyController': 'Responsável: {name} (contacto: {contact})',
  'answer.copyAddress': 'Endereço: {address}',
  'answer.copyNone': 'Já não se guarda nenhuma subscrição deste endereço.',
  'answer.copyList': 'Lista {list} («{title}»): {status}',
  'answer.copyListRestricted': 'Lista {list} («{title}»): {status}, tratamento limitado',
  'answer.copyDetails': 'nome: {name}; país: {country}; formato: {format}; registo de aberturas: {tracking}',
  'answer.copyNotGiven': '(nenhum)',
  'answer.copyTrackingYes': 'consentido',
  'answer.copyTrackingNo': 'não',
  'answer.copyRequested': 'pedida em {at}',
  'answer.copyConfirmed': 'pedida em {at}, confirmada em {confirmed}',
  'answer.copyConsent': 'consentimento: {event} via {source} em {at}{origin}; versão do texto: {wording}',
  'answer.copyFrom': 'a partir de {ip}',
  'answer.copyMessage': 'mensagem «{subject}»: {state}{times}',
  'answer.copyOpened': 'aberta em {at}',
  'answer.copyProcessing': 'Tratamentos dos seus dados registados pela plataforma para este responsável:',
  'answer.copyProcessingNone': '(nenhum relativo a si pessoalmente)',
};
