export const levelText = { ok: 'Under 2 måneder', warning: 'Varsel: over 2 måneder', finding: 'Avvik: over 3 måneder', exception: 'Unntak registrert' } as const;
export const levelColor = { ok: 'neutral', warning: 'warning', finding: 'danger', exception: 'info' } as const;
export type StayLevel = keyof typeof levelText;
export const statusOptions = [
  ['own', 'Eid bolig'],
  ['private-rental', 'Privat leid bolig'],
  ['municipal-rental', 'Kommunal utleiebolig'],
  ['staffed', 'Bolig med bemanning'],
  ['temporary', 'Midlertidig botilbud'],
  ['institution', 'Institusjon'],
  ['homeless', 'Uten bolig'],
] as const;
export const applicationKindText = { 'municipal-rental': 'Kommunal utleiebolig', staffed: 'Bolig med bemanning' } as const;
export const applicationStatusText = { waiting: 'På venteliste', granted: 'Innvilget', refused: 'Avslått', withdrawn: 'Trukket' } as const;
export const evictionKindText = { risk: 'Risiko for utkastelse', eviction: 'Utkastelse' } as const;
