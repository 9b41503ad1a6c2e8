// Norwegian labels for the intake codes (henvendelse source and channel, triage, referrals).
import type { henvendelseChannels, henvendelseSources, referralLevels, triageOutcomes } from '../../../../server/src/capabilities/intake/schema.js';
import type { Henvendelse } from '../../platform/api-types.js';

export type Source = (typeof henvendelseSources)[number];
export type Channel = (typeof henvendelseChannels)[number];
export type TriageOutcome = (typeof triageOutcomes)[number];
export type ReferralLevel = (typeof referralLevels)[number];

export const sourceLabels: Record<Source, string> = {
  person: 'Personen selv',
  relative: 'Pårørende',
  gp: 'Fastlege',
  specialist: 'Spesialisthelsetjenesten',
  nav: 'NAV',
  other: 'Andre',
};

export const channelLabels: Record<Channel, string> = {
  phone: 'Telefon',
  letter: 'Brev',
  'e-message': 'Elektronisk melding (e-melding)',
  'in-person': 'Personlig oppmøte',
  'digital-form': 'Digitalt skjema',
  other: 'Annet',
};

export const triageLabels: Record<TriageOutcome, string> = {
  pending: 'Ikke triagert',
  'low-threshold': 'Lavterskeltilbud uten vedtak',
  assessment: 'Kartlegging',
  'referred-elsewhere': 'Henvist videre',
  'no-action': 'Ingen tiltak',
};

export const triageDescriptions: Partial<Record<TriageOutcome, string>> = {
  'low-threshold': 'Lette eller moderate problemer. Oppgi hvilket tilbud personen får.',
  assessment: 'Behovet må kartlegges før det fattes vedtak om tjenester.',
  'referred-elsewhere': 'For eksempel til spesialisthelsetjenesten eller NAV. Registrer henvisningen under Henvisninger.',
  'no-action': 'Henvendelsen fører ikke til tiltak. Skriv hvorfor i merknaden.',
};

export const referralLevelLabels: Record<ReferralLevel, string> = {
  dps: 'DPS (distriktspsykiatrisk senter)',
  tsb: 'TSB (tverrfaglig spesialisert rusbehandling)',
  fact: 'FACT-team',
  municipal: 'Kommunal tjeneste',
};

export const referralOutcomeLabels = { pending: 'Venter på svar', accepted: 'Tatt imot', rejected: 'Avslått' } as const;

export const keys = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];

/** The first-contact deadline as a tag: colour and text. */
export function firstContactTag(h: Henvendelse): { color: 'success' | 'warning' | 'danger'; text: string } {
  if (h.firstContactStatus === 'done') return { color: 'success', text: 'Første kontakt er gjort' };
  const [y, m, d] = h.firstContactDue.split('-');
  if (h.firstContactStatus === 'overdue') return { color: 'danger', text: `Forfalt: første kontakt skulle vært ${d}.${m}.${y}` };
  return { color: 'warning', text: `Første kontakt innen ${d}.${m}.${y}` };
}
