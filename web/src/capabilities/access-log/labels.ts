// Access-log codes in plain Norwegian.
const actions: Record<string, string> = {
  'person.read': 'Leste personsiden',
  'person.search': 'Søk',
  'person.create': 'Registrerte personen',
  'person.update': 'Endret personopplysninger',
  'notes.read': 'Leste journalnotater',
  'notes.write': 'Skrev journalnotat',
  'consents.read': 'Leste samtykker',
  'consents.write': 'Registrerte samtykke',
  'consents.withdraw': 'Trakk tilbake samtykke',
  'emergency.open': 'Åpnet nødtilgang',
  'emergency.read': 'Leste akuttvisningen',
  'emergency.review-list': 'Så nødtilgangen i lederens gjennomgangsliste',
  'emergency.review': 'Gikk gjennom nødtilgang',
  'access-log.read': 'Leste tilgangsloggen',
  'access-log.read-own': 'Du leste din egen tilgangslogg',
  'relation.open': 'Åpnet sak eller tjeneste',
  'relation.end': 'Avsluttet sak eller tjeneste',
  'team.add': 'La til medlem i teamet',
  'team.end': 'Tok et medlem ut av teamet',
};

export function actionText(code: string): string {
  return actions[code] ?? code;
}

export function basisText(basis: string): string {
  if (basis.startsWith('unit:')) return `Enhet: ${basis.slice(5)}`;
  switch (basis) {
    case 'team':
      return 'Med i teamet';
    case 'own':
      return 'Egen innlogging';
    case 'emergency':
      return 'Nødtilgang';
    case 'relation':
      return 'Tjenstlig behov';
    case 'registration':
      return 'Registrering';
    case 'new-case':
      return 'Ny sak';
    case 'review-duty':
      return 'Lederens gjennomgang';
    case 'no-relation':
      return 'Ingen tjenstlig behov';
    case 'role':
      return 'Mangler rolle';
    default:
      return basis;
  }
}
