import type { Catalogue } from './en';

export const es: Catalogue = {
  'page.language': 'Idioma',
  'page.changeLanguage': 'Cambiar',
  'page.privacy': 'Privacidad',
  'page.footer': 'Steward gestiona listas de correo en nombre de las organizaciones que las envían.',

  'link.invalidTitle': 'Este enlace no se puede usar',
  'link.invalid': 'Este enlace no es válido, ya se ha usado o ha caducado.',
  'link.rateLimited': 'Demasiados intentos desde su red. Espere un minuto y vuelva a intentarlo.',
  'link.failed': 'No ha funcionado. Vuelva a intentarlo más tarde.',

  'confirm.title': 'Confirme su suscripción',
  'confirm.text': 'Pulse el botón para confirmar que quiere recibir los mensajes de esta lista.',
  'confirm.button': 'Confirmar mi suscripción',
  'confirm.doneTitle': 'Suscripción confirmada',
  'confirm.done': 'Ya está suscrito. Cada mensaje incluye un enlace para darse de baja.',

  'welcome.title': 'Bienvenido: su suscripción está confirmada',
  'welcome.next':
    'A partir de ahora recibirá los mensajes de esta lista, en el formato que eligió. No se le enviará nada más.',
  'welcome.leave':
    'Cada mensaje termina con un enlace para darse de baja: un clic le saca de la lista y borra de ella su dirección y sus datos.',
  'signup.intro': 'Suscríbase a la lista de correo de {organisation}.',
  'signup.consentTitle': 'Lo que usted acepta',
  'signup.consentVersion': 'Versión {version} del texto',
  'signup.email': 'Correo electrónico',
  'signup.name': 'Nombre (opcional)',
  'signup.country': 'País (opcional)',
  'signup.countryNone': 'Sin indicar',
  'signup.format': 'Formato de los mensajes',
  'signup.formatText': 'Solo texto',
  'signup.formatHtml': 'HTML, con diseño e imágenes',
  'signup.tracking': 'Avisar al remitente cuando abra un mensaje o haga clic en un enlace (opcional)',
  'signup.trackingHelp':
    'Solo funciona con mensajes HTML: entonces llevan una imagen diminuta y enlaces que informan de aperturas y clics. Si deja la casilla sin marcar, no se registra nada. Puede retirar este consentimiento en cualquier momento.',
  'signup.button': 'Suscribirme',
  'signup.confirmNote': 'Le enviamos un correo con un enlace. Solo quedará suscrito cuando use ese enlace.',
  'signup.sentTitle': 'Revise su bandeja de entrada',
  'signup.sent':
    'Gracias. Si esta lista acepta suscripciones, un correo con un enlace de confirmación va de camino a la dirección indicada. No pasa nada hasta que use ese enlace. Si no llega ningún correo, mire en la carpeta de spam.',
  'signup.errorTitle': 'Corrija el formulario',
  'signup.errorEmail': 'Escriba una dirección de correo válida, por ejemplo name@example.com.',
  'signup.errorName':
    'Escriba un nombre de 200 caracteres como máximo, en una sola línea y sin los caracteres < y >.',
  'signup.errorCountry': 'Elija un país de la lista.',
  'signup.errorFormat': 'Elija Solo texto o HTML.',
  'signup.errorTooLarge': 'El formulario era demasiado grande. Rellénelo de nuevo.',
  'signup.crossSite': 'Este formulario se envió desde otro sitio web. Suscríbase en esta página.',
  'signup.notFoundTitle': 'Este formulario de suscripción no existe',
  'signup.notFound':
    'No hay ninguna lista de correo en esta dirección. Compruebe el enlace o pida a la organización su página de suscripción.',
  'signup.embedNote': 'Steward trata sus datos por cuenta de {organisation}.',
  'signup.singleNote':
    'Queda suscrito en cuanto envía este formulario. Cada mensaje incluye un enlace para darse de baja.',
  'signup.singleSentTitle': 'Gracias',
  'signup.singleSent':
    'Gracias. Si esta lista acepta suscripciones y la dirección puede recibir correo, ya está suscrita y recibe los mensajes de esta lista; cada mensaje incluye un enlace para darse de baja. Si la dirección dejó esta lista antes o ya espera una confirmación, recibirá en su lugar un correo con un enlace para confirmar.',
  'confirmMail.subject': 'Confirme su suscripción a {list}',
  'confirmMail.asked':
    'Alguien, seguramente usted, pidió suscribir esta dirección a «{list}» ({name}), una lista de {organisation}.',
  'confirmMail.imported':
    '{organisation} añadió esta dirección a su lista «{list}» ({name}). No recibirá nada de ella a menos que lo confirme.',
  'confirmMail.confirm': 'Para confirmar, abra este enlace y pulse el botón de la página:',
  'confirmMail.refuseAsked':
    'Si no lo pidió, ignore este mensaje: no quedará suscrito y la solicitud se borrará a los 7 días. Para rechazarla ahora y borrarla de inmediato:',
  'confirmMail.refuseImported':
    'Si no lo desea, ignore este mensaje: la solicitud se borrará a los 7 días. Para rechazarla ahora y borrarla de inmediato:',

  'unsubscribe.title': 'Darse de baja',
  'unsubscribe.text':
    'Pulse el botón para salir de esta lista. Su dirección y sus datos se borrarán de ella.',
  'unsubscribe.button': 'Darme de baja',
  'unsubscribe.doneTitle': 'Se ha dado de baja',
  'unsubscribe.done': 'Su dirección y sus datos se han borrado de esta lista.',

  'verify.title': 'Confirme su solicitud',
  'verify.text':
    'Pulse el botón para confirmar que usted hizo esta solicitud de protección de datos. Después la enviamos a cada uno de nuestros clientes que tenga datos sobre su dirección.',
  'verify.button': 'Confirmar mi solicitud',
  'verify.doneTitle': 'Solicitud confirmada',
  'verify.done':
    'Gracias. Su solicitud {reference} está confirmada y se está enviando; le llegará un mensaje con un enlace para seguirla.',

  'status.title': 'Su solicitud {reference}',
  'status.invalid':
    'Este enlace no es válido o ha caducado. Un enlace de seguimiento funciona hasta {days, plural, one {# día} other {# días}} después de la última respuesta a la solicitud, y como mucho ese tiempo después de su último plazo posible; las respuestas le llegaron por correo.',
  'status.summary':
    'Su solicitud ({right}) se recibió el {received}. Las respuestas deben llegar antes del {due}.',
  'status.state': 'Estado: {state}',
  'status.answers':
    '{count, plural, one {# organización tiene datos sobre usted:} other {# organizaciones tienen datos sobre usted:}}',
  'status.organisation': 'Organización',
  'status.answer': 'Respuesta',
  'status.due': 'Plazo',
  'status.answered': 'Respondida',
  'status.reason': 'Motivo',
  'status.extendedTo': '{controller} se ha tomado más tiempo: debe responder antes del {due}.',
  'status.extendedWhy':
    '{controller} se ha tomado más tiempo: debe responder antes del {due}. Sus motivos: {reason}',
  'status.holdingsTitle': 'Quién tiene datos sobre usted',
  'status.holdings': '{controller} tiene datos de su dirección en estas listas: {lists}.',
  'form.title': 'Hacer una solicitud de protección de datos',
  'form.intro':
    'La ley de protección de datos (RGPD) le da derechos sobre los datos que las organizaciones tienen sobre usted. Elija lo que quiere, indique su dirección de correo y le enviaremos un enlace para confirmar que la dirección es suya. Después enviamos su solicitud a cada uno de nuestros clientes que tenga datos de esa dirección, y cada uno debe responderle en el plazo de un mes.',
  'form.rightsTitle': 'Sus derechos',
  'form.explain.ACCESS': 'Saber qué organizaciones tienen datos sobre usted, qué datos, y recibir una copia.',
  'form.explain.RECTIFICATION':
    'Corregir datos suyos erróneos o desactualizados. Indique abajo qué hay que corregir.',
  'form.explain.ERASURE': 'Borrar sus datos, para no recibir más correos de estas listas.',
  'form.explain.RESTRICTION':
    'Que sus datos se guarden pero no se usen, por ejemplo mientras discute si son correctos.',
  'form.explain.PORTABILITY': 'Recibir sus datos en un archivo que puede llevar a otro servicio.',
  'form.explain.OBJECTION':
    'Pedir a las organizaciones que dejen de usar sus datos; se le da de baja de sus listas.',
  'form.email': 'Dirección de correo electrónico',
  'form.right': '¿Qué desea?',
  'form.details': 'Detalles',
  'form.detailsHint': 'Opcional. Para una corrección, diga qué está mal y cómo debe quedar.',
  'form.country': 'País',
  'form.countryHint': 'Opcional. El código de dos letras del país donde vive, por ejemplo ES.',
  'form.submit': 'Enviar mi solicitud',
  'form.errorTitle': 'Corrija el formulario, por favor',
  'form.errorEmail': 'Escriba una dirección de correo válida.',
  'form.errorRight': 'Elija uno de los derechos.',
  'form.errorDetails':
    'Los detalles pueden tener como máximo 2000 caracteres, sin caracteres de control ni etiquetas HTML.',
  'form.errorCountry': 'Escriba un código de país de dos letras, por ejemplo ES, o deje el campo vacío.',
  'form.crossSite': 'Este formulario solo puede enviarse desde este sitio. Ábralo aquí e inténtelo de nuevo.',
  'form.sentTitle': 'Revise su bandeja de entrada',
  'form.sent':
    'Gracias. Su solicitud tiene la referencia {reference}. Si esta dirección puede recibir correo, va en camino un mensaje con un enlace para verificar la solicitud. No ocurre nada hasta que se use el enlace; una solicitud sin verificar caduca a los 7 días.',
  'mail.right': '{right} ({article} RGPD)',
  'mail.verifySubjectOne': 'Verifique su solicitud de protección de datos {refs}',
  'mail.verifySubjectMany': 'Verifique sus solicitudes de protección de datos {refs}',
  'mail.verifyOne': 'Hemos recibido una solicitud de {right} para esta dirección, referencia {reference}.',
  'mail.verifyOpen': 'Para confirmar que la hizo usted, abra este enlace y pulse el botón de la página:',
  'mail.verifyMany':
    'Hemos recibido {count} solicitudes de protección de datos para esta dirección. Cada una tiene su propio enlace, que verifica esa solicitud y ninguna otra: abra el enlace de cada solicitud que hizo y pulse el botón de la página.',
  'mail.verifyItem': '{n}. {reference}, recibida el {received}: {right}',
  'mail.verifyThen':
    'Después buscamos a cada uno de nuestros clientes que tenga datos de esta dirección y le enviamos la solicitud.',
  'mail.verifyIgnoreOne':
    'Si no hizo esta solicitud, ignore este mensaje: caduca el {date} y sus datos se borran.',
  'mail.verifyIgnoreMany':
    'Si no hizo alguna de ellas, no use su enlace: caduca sin verificar ({lapses}) y sus datos se borran.',
  'mail.verifyLapse': '{reference} el {date}',
  'mail.verifyReplaces':
    'Este mensaje sustituye al mensaje de verificación anterior enviado a esta dirección: sus enlaces ya no funcionan.',
  'mail.routedSubject': 'Su solicitud {reference} ha sido enviada',
  'mail.routedIntro':
    'Gracias por verificar su solicitud {reference}. Estas organizaciones tienen datos de su dirección, y cada una debe responderle antes del {due}:',
  'mail.routedFollow': 'Cada una responderá por correo. Sus respuestas aparecen aquí a medida que llegan:',
  'mail.routedUntil':
    'El enlace funciona hasta {days, plural, one {# día} other {# días}} después de la última respuesta, y como mucho hasta el {date}.',
  'mail.noDataSubject': 'Su solicitud {reference}: no hay datos',
  'mail.noDataIntro':
    'Gracias por verificar su solicitud {reference}. Ninguno de nuestros clientes tiene datos de esta dirección, así que no hay nada que enviar.',
  'mail.noDataUntil':
    'Los detalles de su solicitud se han borrado. Su estado sigue visible aquí hasta el {date}:',

  'right.ACCESS': 'acceso a sus datos',
  'right.RECTIFICATION': 'rectificación de sus datos',
  'right.ERASURE': 'supresión de sus datos',
  'right.RESTRICTION': 'limitación del tratamiento',
  'right.PORTABILITY': 'copia de sus datos para llevarlos a otro sitio',
  'right.OBJECTION': 'oposición al tratamiento',

  'request.AWAITING_VERIFICATION': 'esperando su confirmación',
  'request.ROUTING': 'confirmada; buscando las organizaciones que tienen datos sobre usted',
  'request.ROUTED': 'enviada; esperando las respuestas',
  'request.COMPLETED': 'respondida por todas las organizaciones',
  'request.NO_DATA_HELD': 'ninguna organización tiene datos sobre esta dirección',
  'request.EXPIRED': 'nunca se confirmó, así que caducó',

  'task.PENDING': 'esperando respuesta',
  'task.EXTENDED': 'plazo ampliado',
  'task.FULFILLED': 'atendida',
  'task.REJECTED': 'denegada',

  'privacy.title': 'Cómo trata Steward los datos personales',
  'privacy.intro':
    'Steward gestiona listas de correo para las organizaciones que las envían, nuestros clientes. Cada cliente decide para qué sirven sus listas y es responsable de los datos de sus suscriptores (el responsable del tratamiento); nosotros tratamos esos datos solo en su nombre y según sus instrucciones.',
  'privacy.whatTitle': 'Qué tratamos y por qué',
  'privacy.whatSubscriber':
    'Para cada lista a la que se suscribe: su dirección de correo y, solo si los da, su nombre, su país y su formato preferido, con un registro de cuándo y cómo dio su consentimiento. Los usamos para enviarle los mensajes de esa lista.',
  'privacy.whatTracking':
    'Si ha abierto un mensaje HTML solo se registra si usted lo aceptó, y puede retirar ese consentimiento en cualquier momento.',
  'privacy.whatRequest':
    'Cuando hace una solicitud de protección de datos: su dirección, el derecho que ejerce y lo que escribe, para comprobar que la dirección es suya y enviar la solicitud a cada cliente que tenga datos sobre ella.',
  'privacy.whatLogs':
    'Registros del servidor web con direcciones IP, para mantener el servicio seguro. Solo los consultamos de forma agregada, salvo para responder a un ataque.',
  'privacy.keepTitle': 'Cuánto tiempo los conservamos',
  'privacy.keepSubscriber':
    'Mientras esté suscrito. Cuando se da de baja, su dirección y sus datos se borran en el acto; solo quedan recuentos anónimos y una huella irreversible para no enviarle nada más.',
  'privacy.keepPending':
    'Una suscripción que no ha confirmado: su enlace funciona durante {days, plural, one {# día} other {# días}} y después la suscripción se borra.',
  'privacy.keepMail':
    'Correo enviado: nuestra copia con su dirección se borra {days, plural, one {# día} other {# días}} después de crearse.',
  'privacy.keepJobs':
    'Tareas en segundo plano, que pueden contener una dirección: se borran {done, plural, one {# día} other {# días}} después de terminar, o {dead, plural, one {# día} other {# días}} después de fallar.',
  'privacy.keepRequest':
    'Solicitudes de protección de datos: una solicitud no confirmada en {verify, plural, one {# día} other {# días}} caduca y sus datos se borran; si no, sus datos personales se borran {after, plural, one {# día} other {# días}} después de cerrarse.',
  'privacy.keepLogs':
    'Registros del servidor web: las direcciones IP se acortan a los {truncate, plural, one {# día} other {# días}} y los registros se borran a los {remove, plural, one {# día} other {# días}}.',
  'privacy.cookiesTitle': 'Cookies',
  'privacy.cookieSession':
    'steward_session: solo para el personal de nuestros clientes que inicia sesión en el portal; mantiene la sesión abierta durante {hours, plural, one {# hora} other {# horas}}, o {days, plural, one {# día} other {# días}} si eligen seguir conectados.',
  'privacy.cookieLang': 'steward_lang: recuerda durante un año el idioma que eligió en estas páginas.',
  'privacy.noTracking': 'No hay más cookies, ni seguimiento, ni nada cargado desde otros sitios.',
  'privacy.rightsTitle': 'Sus derechos',
  'privacy.rights':
    'Cada mensaje tiene un enlace para darse de baja. Para ver, corregir o borrar sus datos, diríjase a la organización de cuya lista forma parte; si nos envía una solicitud de protección de datos, comprobamos que la dirección es suya y la enviamos a cada cliente que tenga datos sobre ella.',
  'answer.footer':
    'Referencia: {reference}. Para conocer el estado de su solicitud, consúltenos con esta referencia o use el enlace de seguimiento que recibió.',
  'answer.complaint':
    'Tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro de la UE en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción (art. 77 RGPD), y a la tutela judicial efectiva (art. 79 RGPD).',
  'answer.extendedSubject': '{controller} necesita más tiempo para su solicitud {reference}',
  'answer.extended':
    '{controller} ha prorrogado dos meses el plazo para responder a su solicitud {reference} (art. 12, apdo. 3, RGPD). Sus motivos:',
  'answer.extendedDue': 'Ahora debe responder a más tardar el {date}.',
  'answer.rejectedSubject': '{controller} ha denegado su solicitud {reference}',
  'answer.rejected': '{controller} ha denegado su solicitud {reference} ({right}). Sus motivos:',
  'answer.offboardedSubject': '{controller} ha dejado la plataforma: su solicitud {reference}',
  'answer.offboarded':
    '{controller} puso fin a su servicio en la plataforma el {date}. La plataforma le devolvió todo lo que conservaba para {controller} y después lo eliminó, por lo que ya no puede atender esta solicitud. Para su solicitud, diríjase directamente a {controller}: {contact}.',
  'answer.offboardedDone':
    '{controller} puso fin a su servicio en la plataforma el {date}. La plataforma le devolvió todo lo que conservaba para {controller} y después lo eliminó, incluidos sus datos, por lo que ya no puede atender esta solicitud. Para cualquier otra cuestión, diríjase directamente a {controller}: {contact}.',
  'answer.dataSubject': '{controller}: sus datos ({reference})',
  'answer.access':
    '{controller} responde a su solicitud de acceso {reference} (art. 15 RGPD). Esto es todo lo que conserva sobre su dirección:',
  'answer.accessAttached': 'Los mismos datos se adjuntan en un archivo JSON.',
  'answer.portability':
    '{controller} responde a su solicitud de portabilidad de datos {reference} (art. 20 RGPD).',
  'answer.portabilityAttached':
    'Sus datos se adjuntan en un formato estructurado y de lectura mecánica (JSON).',
  'answer.rectifiedSubject': '{controller} ha corregido sus datos ({reference})',
  'answer.rectified':
    '{controller} ha rectificado sus datos (art. 16 RGPD) por la solicitud {reference}: {changed}.',
  'answer.corrections': '{changes} en {n, plural, one {# suscripción} other {# suscripciones}}',
  'answer.nameCorrected': 'nombre corregido',
  'answer.nameRemoved': 'nombre eliminado',
  'answer.countryCorrected': 'país corregido',
  'answer.addressCorrected': 'dirección corregida',
  'answer.erasedSubject': '{controller} ha eliminado sus datos ({reference})',
  'answer.erased':
    '{controller} ha suprimido sus datos (art. 17 RGPD) por la solicitud {reference}: se eliminaron {n, plural, one {# suscripción y sus registros de consentimiento} other {# suscripciones y sus registros de consentimiento}}.',
  'answer.objected':
    '{controller} ha dejado de tratar sus datos por su oposición (art. 21 RGPD), solicitud {reference}: se le dio de baja de {n, plural, one {# lista} other {# listas}} y se eliminaron los datos.',
  'answer.keyedHash':
    'Solo se conserva un hash con clave de la dirección, para que no se vuelva a añadir sin un nuevo consentimiento suyo.',
  'answer.restrictedSubject': '{controller} ha limitado el tratamiento de sus datos ({reference})',
  'answer.restricted':
    '{controller} ha limitado el tratamiento de sus datos (art. 18 RGPD) por la solicitud {reference}: {n, plural, one {# suscripción se conserva pero no recibe nada} other {# suscripciones se conservan pero no reciben nada}}.',
  'answer.copyController': 'Responsable: {name} (contacto: {contact})',
  'answer.copyAddress': 'Dirección: {address}',
  'answer.copyNone': 'Ya no se conserva ninguna suscripción de esta dirección.',
  'answer.copyList': 'Lista {list} («{title}»): {status}',
  'answer.copyListRestricted': 'Lista {list} («{title}»): {status}, tratamiento limitado',
  'answer.copyDetails':
    'nombre: {name}; país: {country}; formato: {format}; seguimiento de aperturas: {tracking}',
  'answer.copyNotGiven': '(ninguno)',
  'answer.copyTrackingYes': 'consentido',
  'answer.copyTrackingNo': 'no',
  'answer.copyRequested': 'solicitada {at}',
  'answer.copyConfirmed': 'solicitada {at}, confirmada {confirmed}',
  'answer.copyConsent': 'consentimiento: {event} vía {source} el {at}{origin}; versión del texto: {wording}',
  'answer.copyFrom': 'desde {ip}',
  'answer.copyMessage': 'mensaje «{subject}»: {state}{times}',
  'answer.copyOpened': 'abierto {at}',
  'answer.copyProcessing': 'Tratamientos de sus datos registrados por la plataforma para este responsable:',
  'answer.copyProcessingNone': '(ninguno referido a usted personalmente)',
};
