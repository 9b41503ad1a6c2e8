// The kinds of task, what raises them, how they close, and the rule behind each.
export const taskKinds = {
  'first-contact': {
    label: 'Første kontakt etter henvendelse',
    closes: 'auto',
    source: 'ROP-retningslinjen: første kontakt innen 3 virkedager; kommunens tildelingsrutine',
  },
  'reoffer-assessment': {
    label: 'Tilby kartlegging på nytt',
    closes: 'auto',
    source: 'ROP-retningslinjen kap. 4: personer som takker nei, skal få tilbud om kartlegging igjen',
  },
  'suicide-risk-followup': {
    label: 'Følg opp selvmordstanker (PHQ-9 spørsmål 9)',
    closes: 'manual',
    source: 'Nasjonal faglig retningslinje for forebygging av selvmord i psykisk helsevern (IS-1511); PHQ-9 spørsmål 9',
  },
  evaluation: {
    label: 'Evaluer vedtaket sammen med personen',
    closes: 'auto',
    source: 'Forskrift om ledelse og kvalitetsforbedring § 8; vedtakets evalueringsdato (HOL § 3-2, forvaltningsloven)',
  },
  'new-vedtak-after-evaluation': {
    label: 'Nytt vedtak etter evaluering (revisjonsnotat)',
    closes: 'auto',
    source: 'Forvaltningsloven § 35 (omgjøring); evalueringens revisjonsnotat til tildelingskontoret',
  },
  // Coordination (individual plan, coordinator, team meetings, crisis plan). Sources as in the capabilities' rules.ts.
  'start-ip-work': {
    label: 'Start arbeidet med individuell plan',
    closes: 'auto',
    source: 'Forskrift om individuell plan ved ytelse av velferdstjenester § 6 (arbeidet med IP skal igangsettes); HOL § 7-3. Fristen på 14 dager etter meldingen er kommunens rutine.',
  },
  'offer-coordinator': {
    label: 'Tilby koordinator (personen takket nei til individuell plan)',
    closes: 'auto',
    source: 'Helse- og omsorgstjenesteloven § 7-2; Sarpsborg-revisjonen 2025 pkt. 6.1: koordinator tilbys uavhengig av om personen ønsker IP',
  },
  'coordinator-request': {
    label: 'Svar på ønske om ny koordinator',
    closes: 'manual',
    source: 'Asker-revisjonen 2026 pkt. 5.3.1: brukerens ønske om ny koordinator dokumenteres og besvares; HOL § 7-2',
  },
  'meeting-action': {
    label: 'Oppgave fra teammøte',
    closes: 'auto',
    source: 'Sarpsborg-revisjonen 2025 pkt. 4.2.4: ansvarsgruppen fordeler oppgaver; referatets oppgaver med eier og frist',
  },
  'minutes-missing': {
    label: 'Skriv referat fra teammøtet',
    closes: 'auto',
    source: 'Asker-revisjonen 2026 pkt. 5.4.1: tverrfaglige møter skal ha registrerte referater (flagges etter 7 dager, HELHET_MINUTES_DUE_DAYS)',
  },
  'crisis-plan-missing': {
    label: 'Lag kriseplan sammen med personen',
    closes: 'auto',
    source: 'Nasjonal veileder Psykisk helse- og rusarbeid for voksne (2025), hovedforløp 3: krise- og mestringsplan; Sarpsborg-revisjonen 2025 pkt. 4.2.2.1',
  },
  're-ask-ip': {
    label: 'Spør om individuell plan igjen',
    closes: 'auto',
    source: 'Helse- og omsorgstjenesteloven § 7-1 og pasient- og brukerrettighetsloven § 2-5; personen hadde ikke bestemt seg',
  },
  'ip-review': {
    label: 'Revider individuell plan',
    closes: 'auto',
    source: 'Asker-revisjonen 2026 tabell 8 note 90: aktiv IP oppdateres innen revisjonsintervallet',
  },
  // Whole-person follow-up (capabilities somatic, housing): sources as in their rules.ts.
  'gp-appointment-missed': {
    label: 'Følg opp uteblitt time hos fastlegen',
    closes: 'manual',
    source: 'Helse- og omsorgstjenesteloven §§ 3-1 og 4-1; primærkontakten følger opp når personen ikke møter til time hos fastlegen',
  },
  'gp-summary-unacknowledged': {
    label: 'Fastlegen har ikke kvittert for oppsummering',
    closes: 'auto',
    source: 'Helsepersonelloven § 45; oppsummering etter lavterskel helsekontakt kvitteres innen 14 dager',
  },
  'temporary-stay-limit': {
    label: 'Midlertidig botilbud nærmer seg eller har passert 3 måneder',
    closes: 'auto',
    source: 'Sosialtjenesteloven § 27, jf. Navs hovedrundskriv R35-00: opphold over 3 måneder bør kun unntaksvis forekomme',
  },
} as const satisfies Record<string, { label: string; closes: 'auto' | 'manual'; source: string }>;

export type TaskKind = keyof typeof taskKinds;
export const taskKindIds = Object.keys(taskKinds) as TaskKind[];

/** Overdue when today is after the due day. */
export function isOverdue(dueDate: string, today: string): boolean {
  return today > dueDate;
}
