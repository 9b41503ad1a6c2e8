export const consentStatusLabels = { given: 'Samtykke gitt', declined: 'Samtykke ikke gitt', 'not-asked': 'Ikke avklart' } as const;
export const consentScopeLabels = {
  'general-information': 'Generell informasjon',
  participation: 'Delta i samarbeid og møter',
  'crisis-contact': 'Kontakt ved krise (akuttvisningen)',
  'health-information': 'Helseopplysninger',
} as const;
export const supportLabels = {
  'relatives-coordinator': 'Pårørendekoordinator',
  conversation: 'Samtaler',
  group: 'Pårørendegruppe',
  relief: 'Avlastning',
  omsorgsstonad: 'Søknad om omsorgsstønad',
  training: 'Opplæring og veiledning',
} as const;
export const careBurdenLabels = { low: 'Lav', moderate: 'Moderat', heavy: 'Tung' } as const;
export const childFollowUpLabels = { clarification: 'Avklaring av barnets situasjon', information: 'Informasjon til barnet', 'follow-up': 'Oppfølging ved barneansvarlig' } as const;
