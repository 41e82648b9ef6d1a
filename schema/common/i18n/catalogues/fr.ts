import type { Catalogue } from './en';

export const fr: Catalogue = {
  'page.language': 'Langue',
  'page.changeLanguage': 'Changer',
  'page.privacy': 'Confidentialité',
  'page.footer': 'Steward gère des listes de diffusion pour le compte des organisations qui les envoient.',

  'link.invalidTitle': 'Ce lien ne peut pas être utilisé',
  'link.invalid': 'Ce lien n’est pas valide, a déjà été utilisé ou a expiré.',
  'link.rateLimited': 'Trop de tentatives depuis votre réseau. Veuillez patienter une minute et réessayer.',
  'link.failed': 'Cela n’a pas fonctionné. Veuillez réessayer plus tard.',

  'confirm.title': 'Confirmez votre abonnement',
  'confirm.text':
    'Appuyez sur le bouton pour confirmer que vous souhaitez recevoir les messages de cette liste.',
  'confirm.button': 'Confirmer mon abonnement',
  'confirm.doneTitle': 'Abonnement confirmé',
  'confirm.done': 'Vous êtes maintenant abonné. Chaque message contient un lien pour vous désabonner.',

  'unsubscribe.title': 'Se désabonner',
  'unsubscribe.text':
    'Appuyez sur le bouton pour quitter cette liste. Votre adresse et vos informations y sont alors supprimées.',
  'unsubscribe.button': 'Me désabonner',
  'unsubscribe.doneTitle': 'Vous êtes désabonné',
  'unsubscribe.done': 'Votre adresse et vos informations ont été supprimées de cette liste.',

  'verify.title': 'Confirmez votre demande',
  'verify.text':
    'Appuyez sur le bouton pour confirmer que vous avez fait cette demande relative à vos données personnelles. Nous la transmettons ensuite à chacun de nos clients qui détient des données sur votre adresse.',
  'verify.button': 'Confirmer ma demande',
  'verify.doneTitle': 'Demande confirmée',
  'verify.done':
    'Merci. Votre demande {reference} est confirmée et en cours de transmission ; un message avec un lien pour la suivre vous a été envoyé.',

  'status.title': 'Votre demande {reference}',
  'status.invalid':
    'Ce lien n’est pas valide ou a expiré. Un lien de suivi fonctionne jusqu’à {days, plural, one {# jour} other {# jours}} après la dernière réponse à la demande, et au plus aussi longtemps après sa dernière échéance possible ; les réponses elles-mêmes vous ont été envoyées par courriel.',
  'status.summary':
    'Votre demande ({right}) a été reçue le {received}. Les réponses sont attendues au plus tard le {due}.',
  'status.state': 'État : {state}',
  'status.answers':
    '{count, plural, one {# organisation détient des données sur vous :} other {# organisations détiennent des données sur vous :}}',
  'status.organisation': 'Organisation',
  'status.answer': 'Réponse',
  'status.due': 'Échéance',
  'status.answered': 'Répondu le',
  'status.reason': 'Motif',

  'right.ACCESS': 'accès à vos données',
  'right.RECTIFICATION': 'rectification de vos données',
  'right.ERASURE': 'effacement de vos données',
  'right.RESTRICTION': 'limitation du traitement',
  'right.PORTABILITY': 'copie de vos données à emporter ailleurs',
  'right.OBJECTION': 'opposition au traitement',

  'request.AWAITING_VERIFICATION': 'en attente de votre confirmation',
  'request.ROUTING': 'confirmée ; recherche des organisations qui détiennent des données sur vous',
  'request.ROUTED': 'transmise ; en attente des réponses',
  'request.COMPLETED': 'toutes les organisations ont répondu',
  'request.NO_DATA_HELD': 'aucune organisation ne détient de données sur cette adresse',
  'request.EXPIRED': 'jamais confirmée, elle a donc expiré',

  'task.PENDING': 'en attente de réponse',
  'task.EXTENDED': 'délai prolongé',
  'task.FULFILLED': 'traitée',
  'task.REJECTED': 'refusée',
};
