// The kinds of task, what raises them, how they close, and the rule behind each.
import { cite, upperFirst } from '../../platform/law/index.js';
export const taskKinds = {
  'first-contact': {
    label: 'Første kontakt etter henvendelse',
    closes: 'auto',
    source: upperFirst(`${cite('kommunens-rutine', 'første kontakt')}: første kontakt innen kommunens frist i virkedager`),
  },
  'reoffer-assessment': {
    label: 'Tilby kartlegging på nytt',
    closes: 'auto',
    source: `${cite('rop-retningslinje', 'kap. 4')}: personer som takker nei, skal få tilbud om kartlegging igjen`,
  },
  'suicide-risk-followup': {
    label: 'Følg opp selvmordstanker (PHQ-9 spørsmål 9)',
    closes: 'manual',
    source: `${cite('selvmord-kommune', 'pkt. 4.4')}: spør om selvmordstanker når PHQ-9 spørsmål 9 er besvart med mer enn «ikke i det hele tatt»; svaret er ikke en risikogradering`,
  },
  evaluation: {
    label: 'Evaluer vedtaket sammen med personen',
    closes: 'auto',
    source: upperFirst(`${cite('hol', '§ 4-1')} (forsvarlighet); ${cite('kommunens-rutine', 'evaluering av vedtak')}: vedtaket evalueres på evalueringsdatoen`),
  },
  'new-vedtak-after-evaluation': {
    label: 'Nytt vedtak etter evaluering (revisjonsnotat)',
    closes: 'auto',
    source: upperFirst(`${cite('fvl', '§ 35')} (omgjøring); evalueringens revisjonsnotat til tildelingskontoret`),
  },
  // Coordination (individual plan, coordinator, team meetings, crisis plan). Sources as in the capabilities' rules.ts.
  'start-ip-work': {
    label: 'Start arbeidet med individuell plan',
    closes: 'auto',
    source: upperFirst(`${cite('forskrift-ip', 'igangsetting')}; ${cite('hol', '§ 7-3')}. Fristen på 14 dager etter meldingen er ${cite('kommunens-rutine', 'oppstart av individuell plan')}, ikke en frist i forskriften.`),
  },
  'offer-coordinator': {
    label: 'Tilby koordinator (personen takket nei til individuell plan)',
    closes: 'auto',
    source: upperFirst(`${cite('hol', '§ 7-2')}; ${cite('sarpsborg-2025', 'pkt. 6.1')}: koordinator tilbys uavhengig av om personen ønsker IP`),
  },
  'coordinator-request': {
    label: 'Svar på ønske om ny koordinator',
    closes: 'manual',
    source: `${cite('asker-2026', 'pkt. 5.3.1')}: brukerens ønske om ny koordinator dokumenteres og besvares; ${cite('hol', '§ 7-2')}`,
  },
  'meeting-action': {
    label: 'Oppgave fra teammøte',
    closes: 'auto',
    source: `${cite('sarpsborg-2025', 'pkt. 4.2.4')}: ansvarsgruppen fordeler oppgaver; referatets oppgaver med eier og frist`,
  },
  'minutes-missing': {
    label: 'Skriv referat fra teammøtet',
    closes: 'auto',
    source: `${cite('asker-2026', 'pkt. 5.4.1')}: tverrfaglige møter skal ha registrerte referater (flagges etter 7 dager, HELHET_MINUTES_DUE_DAYS)`,
  },
  'crisis-plan-missing': {
    label: 'Lag kriseplan sammen med personen',
    closes: 'auto',
    source: `${cite('selvmord-kommune', 'pkt. 4.4')}: kriseplan sammen med personen; ${cite('sarpsborg-2025', 'pkt. 4.2.2.1')}`,
  },
  're-ask-ip': {
    label: 'Spør om individuell plan igjen',
    closes: 'auto',
    source: upperFirst(`${cite('hol', '§ 7-1')} og ${cite('pbrl', '§ 2-5')}; personen hadde ikke bestemt seg`),
  },
  'ip-review': {
    label: 'Revider individuell plan',
    closes: 'auto',
    source: `${cite('asker-2026', 'tabell 8 note 90')}: aktiv IP oppdateres innen revisjonsintervallet`,
  },
  // Whole-person follow-up (capabilities somatic, housing): sources as in their rules.ts.
  'gp-appointment-missed': {
    label: 'Følg opp uteblitt time hos fastlegen',
    closes: 'manual',
    source: upperFirst(`${cite('hol', ['§ 3-1', '§ 4-1'])}; primærkontakten følger opp når personen ikke møter til time hos fastlegen`),
  },
  'gp-summary-unacknowledged': {
    label: 'Fastlegen har ikke kvittert for oppsummering',
    closes: 'auto',
    source: upperFirst(`${cite('hpl', '§ 45')}; oppsummering etter lavterskel helsekontakt kvitteres innen 14 dager (${cite('kommunens-rutine', 'kvittering fra fastlegen')})`),
  },
  'temporary-stay-limit': {
    label: 'Midlertidig botilbud nærmer seg eller har passert 3 måneder',
    closes: 'auto',
    source: upperFirst(`${cite('sotjl', '§ 27')}; ${cite('helsetilsynet-midlertidig-botilbud')}: opphold skal helst ikke vare mer enn tre måneder`),
  },
} as const satisfies Record<string, { label: string; closes: 'auto' | 'manual'; source: string }>;

export type TaskKind = keyof typeof taskKinds;
export const taskKindIds = Object.keys(taskKinds) as TaskKind[];

/** Overdue when today is after the due day. */
export function isOverdue(dueDate: string, today: string): boolean {
  return today > dueDate;
}
