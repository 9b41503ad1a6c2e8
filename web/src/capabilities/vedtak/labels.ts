// Norwegian labels for vedtak statuses and evaluation choices.
import type { Vedtak } from '../../platform/api-types.js';

export const vedtakStatus: Record<Vedtak['status'], { text: string; color: 'neutral' | 'success' | 'warning' }> = {
  draft: { text: 'Utkast', color: 'warning' },
  final: { text: 'Fattet', color: 'success' },
  ended: { text: 'Avsluttet', color: 'neutral' },
};

export const outcomeLabels = {
  continue: 'Tjenesten fortsetter som før',
  change: 'Tjenesten bør endres',
  end: 'Tjenesten avsluttes',
} as const;

export const nextStepLabels = {
  'new-vedtak': 'Nytt vedtak – tildelingskontoret får revisjonsnotatet som oppgave',
  closure: 'Avslutning – vedtaket avsluttes',
} as const;

export type Outcome = keyof typeof outcomeLabels;
export type NextStep = keyof typeof nextStepLabels;

/** Field ids of the vedtak form, by the API's field name (also used by finalize problems). */
export const vedtakFieldLabels: Record<string, string> = {
  unitId: 'Enhet',
  kartleggingId: 'Kartlegging',
  serviceId: 'Tjeneste',
  legalBasis: 'Hjemmel',
  legalBasisIds: 'Hjemmel',
  scope: 'Omfang',
  startDate: 'Startdato',
  endDate: 'Sluttdato',
  evaluationDate: 'Evalueringsdato',
  evaluationResponsibleId: 'Ansvarlig for evalueringen',
  participation: 'Personens medvirkning',
  reasoning: 'Begrunnelse',
  appealInfo: 'Klageadgang',
  missingDomainsReason: 'Hvorfor vedtaket kan fattes selv om ikke alle områder er kartlagt',
};
