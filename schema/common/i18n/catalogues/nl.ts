import type { Catalogue } from './en';

export const nl: Catalogue = {
  'page.language': 'Taal',
  'page.changeLanguage': 'Wijzigen',
  'page.privacy': 'Privacy',
  'page.footer': 'Steward beheert mailinglijsten namens de organisaties die ze versturen.',

  'link.invalidTitle': 'Deze link kan niet worden gebruikt',
  'link.invalid': 'Deze link is ongeldig, is al gebruikt of is verlopen.',
  'link.rateLimited': 'Te veel pogingen vanaf uw netwerk. Wacht een minuut en probeer het opnieuw.',
  'link.failed': 'Dat is niet gelukt. Probeer het later opnieuw.',

  'confirm.title': 'Bevestig uw inschrijving',
  'confirm.text': 'Druk op de knop om te bevestigen dat u de berichten van deze lijst wilt ontvangen.',
  'confirm.button': 'Mijn inschrijving bevestigen',
  'confirm.doneTitle': 'Inschrijving bevestigd',
  'confirm.done': 'U bent nu ingeschreven. Elk bericht bevat een link om u weer uit te schrijven.',

  'unsubscribe.title': 'Uitschrijven',
  'unsubscribe.text':
    'Druk op de knop om deze lijst te verlaten. Uw adres en gegevens worden dan uit de lijst verwijderd.',
  'unsubscribe.button': 'Uitschrijven',
  'unsubscribe.doneTitle': 'U bent uitgeschreven',
  'unsubscribe.done': 'Uw adres en gegevens zijn uit deze lijst verwijderd.',

  'verify.title': 'Bevestig uw verzoek',
  'verify.text':
    'Druk op de knop om te bevestigen dat u dit verzoek over gegevensbescherming hebt gedaan. Wij sturen het dan door naar elke klant van ons die gegevens over uw adres heeft.',
  'verify.button': 'Mijn verzoek bevestigen',
  'verify.doneTitle': 'Verzoek bevestigd',
  'verify.done':
    'Dank u. Uw verzoek {reference} is bevestigd en wordt doorgestuurd; een bericht met een link om het te volgen is onderweg.',

  'status.title': 'Uw verzoek {reference}',
  'status.invalid':
    'Deze link is ongeldig of verlopen. Een statuslink werkt tot {days, plural, one {# dag} other {# dagen}} na het laatste antwoord op het verzoek, en hooguit zo lang na de laatst mogelijke termijn; de antwoorden zelf hebt u per e-mail ontvangen.',
  'status.summary':
    'Uw verzoek ({right}) is ontvangen op {received}. De antwoorden moeten er uiterlijk {due} zijn.',
  'status.state': 'Status: {state}',
  'status.answers':
    '{count, plural, one {# organisatie heeft gegevens over u:} other {# organisaties hebben gegevens over u:}}',
  'status.organisation': 'Organisatie',
  'status.answer': 'Antwoord',
  'status.due': 'Termijn',
  'status.answered': 'Beantwoord',
  'status.reason': 'Reden',

  'right.ACCESS': 'inzage in uw gegevens',
  'right.RECTIFICATION': 'correctie van uw gegevens',
  'right.ERASURE': 'wissen van uw gegevens',
  'right.RESTRICTION': 'beperking van de verwerking',
  'right.PORTABILITY': 'kopie van uw gegevens om mee te nemen',
  'right.OBJECTION': 'bezwaar tegen de verwerking',

  'request.AWAITING_VERIFICATION': 'wacht op uw bevestiging',
  'request.ROUTING': 'bevestigd; we zoeken de organisaties die gegevens over u hebben',
  'request.ROUTED': 'doorgestuurd; wacht op de antwoorden',
  'request.COMPLETED': 'door elke organisatie beantwoord',
  'request.NO_DATA_HELD': 'geen enkele organisatie heeft gegevens over dit adres',
  'request.EXPIRED': 'nooit bevestigd, dus vervallen',

  'task.PENDING': 'wacht op antwoord',
  'task.EXTENDED': 'termijn verlengd',
  'task.FULFILLED': 'afgehandeld',
  'task.REJECTED': 'geweigerd',
};
