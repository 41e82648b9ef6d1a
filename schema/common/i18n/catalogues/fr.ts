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

  'welcome.title': 'Bienvenue : votre abonnement est confirmé',
  'welcome.next':
    'Vous recevez désormais les messages de cette liste, dans le format choisi. Rien d’autre ne vous est envoyé.',
  'welcome.leave':
    'Chaque message se termine par un lien de désinscription : un clic vous retire de la liste et efface votre adresse et vos informations.',
  'signup.intro': 'Inscrivez-vous à la liste de diffusion de {organisation}.',
  'signup.consentTitle': 'Ce que vous acceptez',
  'signup.consentVersion': 'Version {version} du texte',
  'signup.email': 'Adresse e-mail',
  'signup.name': 'Nom (facultatif)',
  'signup.country': 'Pays (facultatif)',
  'signup.countryNone': 'Non indiqué',
  'signup.format': 'Format des messages',
  'signup.formatText': 'Texte seul',
  'signup.formatHtml': 'HTML, avec mise en page et images',
  'signup.tracking': 'Signaler à l’expéditeur quand j’ouvre un message ou clique sur un lien (facultatif)',
  'signup.trackingHelp':
    'Cela ne fonctionne qu’avec les messages HTML : ils contiennent alors une minuscule image et des liens qui signalent les ouvertures et les clics. Si vous ne cochez pas la case, rien n’est enregistré. Vous pouvez retirer ce consentement à tout moment.',
  'signup.button': 'M’inscrire',
  'signup.confirmNote':
    'Nous vous envoyons un e-mail avec un lien. Vous n’êtes inscrit qu’une fois ce lien utilisé.',
  'signup.sentTitle': 'Consultez votre boîte de réception',
  'signup.sent':
    'Merci. Si cette liste accepte les inscriptions, un e-mail avec un lien de confirmation est en route vers l’adresse indiquée. Rien ne se passe tant que vous n’utilisez pas ce lien. Si aucun e-mail n’arrive, regardez dans vos courriers indésirables.',
  'signup.errorTitle': 'Veuillez corriger le formulaire',
  'signup.errorEmail': 'Saisissez une adresse e-mail valide, par exemple name@example.com.',
  'signup.errorName':
    'Saisissez un nom de 200 caractères au plus, sur une ligne, sans les caractères < et >.',
  'signup.errorCountry': 'Choisissez un pays dans la liste.',
  'signup.errorFormat': 'Choisissez Texte seul ou HTML.',
  'signup.errorTooLarge': 'Le formulaire était trop volumineux. Veuillez le remplir à nouveau.',
  'signup.crossSite':
    'Ce formulaire a été envoyé depuis un autre site. Veuillez vous inscrire sur cette page.',
  'signup.notFoundTitle': 'Ce formulaire d’inscription n’existe pas',
  'signup.notFound':
    'Il n’y a pas de liste de diffusion à cette adresse. Vérifiez le lien, ou demandez sa page d’inscription à l’organisation.',
  'signup.embedNote': 'Steward traite vos informations pour le compte de {organisation}.',
  'signup.singleNote':
    'Vous êtes inscrit dès l’envoi de ce formulaire. Chaque message contient un lien pour vous désinscrire.',
  'signup.singleSentTitle': 'Merci',
  'signup.singleSent':
    'Merci. Si cette liste accepte les inscriptions et que l’adresse peut recevoir des messages, elle est désormais inscrite et reçoit les messages de cette liste ; chaque message contient un lien pour se désinscrire. Si l’adresse a quitté cette liste auparavant ou attend déjà une confirmation, elle reçoit à la place un e-mail avec un lien de confirmation.',
  'confirmMail.subject': 'Veuillez confirmer votre abonnement à {list}',
  'confirmMail.asked':
    'Quelqu’un, vous sans doute, a demandé à inscrire cette adresse à « {list} » ({name}), une liste de {organisation}.',
  'confirmMail.imported':
    '{organisation} a ajouté cette adresse à sa liste « {list} » ({name}). Vous n’en recevrez rien sans confirmation de votre part.',
  'confirmMail.confirm': 'Pour confirmer, ouvrez ce lien et appuyez sur le bouton de la page :',
  'confirmMail.refuseAsked':
    'Si vous n’avez rien demandé, ignorez ce message : vous ne serez pas inscrit et la demande sera effacée après 7 jours. Pour la refuser maintenant et l’effacer tout de suite :',
  'confirmMail.refuseImported':
    'Si vous n’en voulez pas, ignorez ce message : la demande sera effacée après 7 jours. Pour la refuser maintenant et l’effacer tout de suite :',

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
  'status.extendedTo': '{controller} a pris plus de temps : la réponse doit arriver d’ici le {due}.',
  'status.extendedWhy':
    '{controller} a pris plus de temps : la réponse doit arriver d’ici le {due}. Ses raisons : {reason}',
  'status.holdingsTitle': 'Qui détient des données sur vous',
  'status.holdings': '{controller} détient des données liées à votre adresse sur ces listes : {lists}.',
  'form.title': 'Faire une demande relative à vos données',
  'form.intro':
    'La loi sur la protection des données (RGPD) vous donne des droits sur les données que les organisations détiennent sur vous. Choisissez ce que vous voulez, indiquez votre adresse e-mail, et nous vous envoyons un lien pour confirmer que l’adresse est bien la vôtre. Nous transmettons ensuite votre demande à chacun de nos clients qui détient des données liées à cette adresse, et chacun doit vous répondre dans un délai d’un mois.',
  'form.rightsTitle': 'Vos droits',
  'form.explain.ACCESS':
    'Savoir quelles organisations détiennent des données sur vous, lesquelles, et en recevoir une copie.',
  'form.explain.RECTIFICATION':
    'Faire corriger des données fausses ou périmées. Indiquez ci-dessous ce qu’il faut corriger.',
  'form.explain.ERASURE': 'Faire effacer vos données, pour ne plus recevoir de messages de ces listes.',
  'form.explain.RESTRICTION':
    'Faire conserver vos données sans qu’elles soient utilisées, par exemple pendant que vous contestez leur exactitude.',
  'form.explain.PORTABILITY':
    'Recevoir vos données dans un fichier que vous pouvez apporter à un autre service.',
  'form.explain.OBJECTION':
    'Demander aux organisations de cesser d’utiliser vos données ; vous êtes retiré de leurs listes.',
  'form.email': 'Adresse e-mail',
  'form.right': 'Que souhaitez-vous ?',
  'form.details': 'Précisions',
  'form.detailsHint': 'Facultatif. Pour une correction, dites ce qui est faux et ce qui est juste.',
  'form.country': 'Pays',
  'form.countryHint': 'Facultatif. Le code à deux lettres du pays où vous vivez, par exemple FR.',
  'form.submit': 'Envoyer ma demande',
  'form.errorTitle': 'Veuillez corriger le formulaire',
  'form.errorEmail': 'Saisissez une adresse e-mail valide.',
  'form.errorRight': 'Choisissez l’un des droits.',
  'form.errorDetails':
    'Les précisions ne peuvent pas dépasser 2000 caractères, sans caractères de contrôle ni balises HTML.',
  'form.errorCountry': 'Saisissez un code pays à deux lettres, par exemple FR, ou laissez le champ vide.',
  'form.crossSite': 'Ce formulaire ne peut être envoyé que depuis ce site. Ouvrez-le ici et réessayez.',
  'form.sentTitle': 'Consultez votre boîte de réception',
  'form.sent':
    'Merci. Votre demande a la référence {reference}. Si cette adresse peut recevoir des e-mails, un message avec un lien pour confirmer la demande est en route. Rien ne se passe tant que le lien n’est pas utilisé ; une demande non confirmée expire après 7 jours.',
  'mail.right': '{right} ({article} RGPD)',
  'mail.verifySubjectOne': 'Confirmez votre demande relative à vos données {refs}',
  'mail.verifySubjectMany': 'Confirmez vos demandes relatives à vos données {refs}',
  'mail.verifyOne': 'Nous avons reçu une demande de {right} pour cette adresse, référence {reference}.',
  'mail.verifyOpen':
    'Pour confirmer qu’elle vient de vous, ouvrez ce lien et appuyez sur le bouton de la page :',
  'mail.verifyMany':
    'Nous avons reçu {count} demandes relatives aux données pour cette adresse. Chacune a son propre lien, qui confirme cette demande et aucune autre : ouvrez le lien de chaque demande que vous avez faite et appuyez sur le bouton de la page.',
  'mail.verifyItem': '{n}. {reference}, reçue le {received} : {right}',
  'mail.verifyThen':
    'Nous cherchons ensuite chacun de nos clients qui détient des données liées à cette adresse et lui transmettons la demande.',
  'mail.verifyIgnoreOne':
    'Si vous n’avez pas fait cette demande, ignorez ce message : elle expire le {date} et ses informations sont supprimées.',
  'mail.verifyIgnoreMany':
    'Si vous n’avez pas fait l’une d’elles, n’utilisez pas son lien : elle expire sans confirmation ({lapses}) et ses informations sont supprimées.',
  'mail.verifyLapse': '{reference} le {date}',
  'mail.verifyReplaces':
    'Ce message remplace le précédent message de confirmation envoyé à cette adresse : ses liens ne fonctionnent plus.',
  'mail.routedSubject': 'Votre demande {reference} a été transmise',
  'mail.routedIntro':
    'Merci d’avoir confirmé votre demande {reference}. Ces organisations détiennent des données liées à votre adresse, et chacune doit vous répondre d’ici le {due} :',
  'mail.routedFollow':
    'Chacune répondra par e-mail. Leurs réponses s’affichent ici à mesure qu’elles arrivent :',
  'mail.routedUntil':
    'Le lien fonctionne jusqu’à {days, plural, one {# jour} other {# jours}} après la dernière réponse, et au plus tard jusqu’au {date}.',
  'mail.noDataSubject': 'Votre demande {reference} : aucune donnée détenue',
  'mail.noDataIntro':
    'Merci d’avoir confirmé votre demande {reference}. Aucun de nos clients ne détient de données liées à cette adresse : il n’y a rien à transmettre.',
  'mail.noDataUntil':
    'Les informations de votre demande ont été supprimées. Son état reste visible ici jusqu’au {date} :',

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

  'privacy.title': 'Comment Steward traite les données personnelles',
  'privacy.intro':
    'Steward gère des listes de diffusion pour les organisations qui les envoient, nos clients. Chaque client décide à quoi servent ses listes et est responsable des données de ses abonnés (le responsable du traitement) ; nous ne traitons ces données que pour son compte et selon ses instructions.',
  'privacy.whatTitle': 'Ce que nous traitons, et pourquoi',
  'privacy.whatSubscriber':
    'Pour chaque liste à laquelle vous vous abonnez : votre adresse électronique et, seulement si vous les donnez, votre nom, votre pays et votre format préféré, avec une trace de quand et comment vous avez donné votre accord. Nous les utilisons pour vous envoyer les messages de cette liste.',
  'privacy.whatTracking':
    'L’ouverture d’un message HTML n’est enregistrée que si vous l’avez accepté, et vous pouvez retirer cet accord à tout moment.',
  'privacy.whatRequest':
    'Quand vous faites une demande relative à vos données : votre adresse, le droit que vous exercez et ce que vous écrivez, pour vérifier que l’adresse est bien la vôtre et transmettre la demande à chaque client qui détient des données sur elle.',
  'privacy.whatLogs':
    'Les journaux du serveur web avec les adresses IP, pour assurer la sécurité du service. Nous ne les consultons que de façon agrégée, sauf pour répondre à une attaque.',
  'privacy.keepTitle': 'Combien de temps nous les conservons',
  'privacy.keepSubscriber':
    'Tant que vous êtes abonné. Quand vous vous désabonnez, votre adresse et vos informations sont supprimées aussitôt ; il ne reste que des comptages anonymes et une empreinte irréversible, pour ne plus rien vous envoyer.',
  'privacy.keepPending':
    'Une inscription que vous n’avez pas confirmée : son lien fonctionne pendant {days, plural, one {# jour} other {# jours}}, puis l’inscription est supprimée.',
  'privacy.keepMail':
    'Messages envoyés : notre copie avec votre adresse est supprimée {days, plural, one {# jour} other {# jours}} après sa création.',
  'privacy.keepJobs':
    'Tâches de fond, qui peuvent contenir une adresse : supprimées {done, plural, one {# jour} other {# jours}} après leur fin, ou {dead, plural, one {# jour} other {# jours}} après leur échec.',
  'privacy.keepRequest':
    'Demandes relatives aux données : une demande non confirmée dans les {verify, plural, one {# jour} other {# jours}} expire et ses données sont supprimées ; sinon, ses données personnelles sont supprimées {after, plural, one {# jour} other {# jours}} après sa clôture.',
  'privacy.keepLogs':
    'Journaux du serveur web : les adresses IP sont raccourcies après {truncate, plural, one {# jour} other {# jours}}, et les journaux supprimés après {remove, plural, one {# jour} other {# jours}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session : uniquement pour le personnel de nos clients qui se connecte au portail ; il le garde connecté pendant {hours, plural, one {# heure} other {# heures}}, ou {days, plural, one {# jour} other {# jours}} s’il choisit de rester connecté.',
  'privacy.cookieLang': 'steward_lang : retient pendant un an la langue que vous avez choisie sur ces pages.',
  'privacy.noTracking':
    'Il n’y a pas d’autre cookie, aucun pistage et rien n’est chargé depuis d’autres sites.',
  'privacy.rightsTitle': 'Vos droits',
  'privacy.rights':
    'Chaque message contient un lien de désabonnement. Pour consulter, corriger ou supprimer vos données, adressez-vous à l’organisation dont vous recevez la liste ; si vous nous envoyez une demande relative à vos données, nous vérifions que l’adresse est la vôtre et la transmettons à chaque client qui détient des données sur elle.',
  'answer.footer':
    'Référence : {reference}. Pour connaître l’état de votre demande, interrogez-nous avec cette référence ou utilisez le lien de suivi que vous avez reçu.',
  'answer.complaint':
    'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre de l’UE de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise (art. 77 RGPD), et de former un recours juridictionnel (art. 79 RGPD).',
  'answer.extendedSubject': '{controller} a besoin de plus de temps pour votre demande {reference}',
  'answer.extended':
    '{controller} a prolongé de deux mois le délai de réponse à votre demande {reference} (art. 12, par. 3, RGPD). Ses motifs :',
  'answer.extendedDue': 'Elle doit désormais répondre au plus tard le {date}.',
  'answer.rejectedSubject': '{controller} a refusé votre demande {reference}',
  'answer.rejected': '{controller} a refusé votre demande {reference} ({right}). Ses motifs :',
  'answer.offboardedSubject': '{controller} a quitté la plateforme : votre demande {reference}',
  'answer.offboarded':
    '{controller} a mis fin à son service sur la plateforme le {date}. La plateforme lui a restitué tout ce qu’elle détenait pour {controller}, puis l’a supprimé ; elle ne peut donc plus donner suite à cette demande. Pour votre demande, contactez directement {controller} : {contact}.',
  'answer.offboardedDone':
    '{controller} a mis fin à son service sur la plateforme le {date}. La plateforme lui a restitué tout ce qu’elle détenait pour {controller}, puis l’a supprimé, y compris vos données ; elle ne peut donc plus donner suite à cette demande. Pour toute autre question, contactez directement {controller} : {contact}.',
  'answer.dataSubject': '{controller} : vos données ({reference})',
  'answer.access':
    '{controller} répond à votre demande d’accès {reference} (art. 15 RGPD). Voici tout ce qu’elle détient sur votre adresse :',
  'answer.accessAttached': 'Les mêmes données sont jointes dans un fichier JSON.',
  'answer.portability':
    '{controller} répond à votre demande de portabilité des données {reference} (art. 20 RGPD).',
  'answer.portabilityAttached':
    'Vos données sont jointes dans un format structuré et lisible par machine (JSON).',
  'answer.rectifiedSubject': '{controller} a rectifié vos données ({reference})',
  'answer.rectified':
    '{controller} a rectifié vos données (art. 16 RGPD) à la suite de la demande {reference} : {changed}.',
  'answer.corrections': '{changes} dans {n, plural, one {# abonnement} other {# abonnements}}',
  'answer.nameCorrected': 'nom rectifié',
  'answer.nameRemoved': 'nom supprimé',
  'answer.countryCorrected': 'pays rectifié',
  'answer.addressCorrected': 'adresse rectifiée',
  'answer.erasedSubject': '{controller} a supprimé vos données ({reference})',
  'answer.erased':
    '{controller} a effacé vos données (art. 17 RGPD) à la suite de la demande {reference} : {n, plural, one {# abonnement et ses preuves de consentement ont été supprimés} other {# abonnements et leurs preuves de consentement ont été supprimés}}.',
  'answer.objected':
    '{controller} a cessé de traiter vos données à la suite de votre opposition (art. 21 RGPD), demande {reference} : vous avez été désinscrit de {n, plural, one {# liste} other {# listes}} et les données ont été supprimées.',
  'answer.keyedHash':
    'Seule une empreinte à clé de l’adresse est conservée, afin qu’elle ne soit pas ajoutée de nouveau sans votre propre nouveau consentement.',
  'answer.restrictedSubject': '{controller} a limité le traitement de vos données ({reference})',
  'answer.restricted':
    '{controller} a limité le traitement de vos données (art. 18 RGPD) à la suite de la demande {reference} : {n, plural, one {# abonnement est conservé mais ne reçoit plus rien} other {# abonnements sont conservés mais ne reçoivent plus rien}}.',
  'answer.copyController': 'Responsable du traitement : {name} (contact : {contact})',
  'answer.copyAddress': 'Adresse : {address}',
  'answer.copyNone': 'Plus aucun abonnement n’est conservé pour cette adresse.',
  'answer.copyList': 'Liste {list} (« {title} ») : {status}',
  'answer.copyListRestricted': 'Liste {list} (« {title} ») : {status}, traitement limité',
  'answer.copyDetails':
    'nom : {name} ; pays : {country} ; format : {format} ; suivi des ouvertures : {tracking}',
  'answer.copyNotGiven': '(aucun)',
  'answer.copyTrackingYes': 'accepté',
  'answer.copyTrackingNo': 'non',
  'answer.copyRequested': 'demandé le {at}',
  'answer.copyConfirmed': 'demandé le {at}, confirmé le {confirmed}',
  'answer.copyConsent': 'consentement : {event} via {source} le {at}{origin} ; version du texte : {wording}',
  'answer.copyFrom': 'depuis {ip}',
  'answer.copyMessage': 'message « {subject} » : {state}{times}',
  'answer.copyOpened': 'ouvert le {at}',
  'answer.copyProcessing': 'Traitements de vos données enregistrés par la plateforme pour ce responsable :',
  'answer.copyProcessingNone': '(aucun ne vous concerne personnellement)',
};
