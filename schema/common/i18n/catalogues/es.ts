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
};
