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
} as const satisfies Record<string, { label: string; closes: 'auto' | 'manual'; source: string }>;

export type TaskKind = keyof typeof taskKinds;
export const taskKindIds = Object.keys(taskKinds) as TaskKind[];

/** Overdue when today is after the due day. */
export function isOverdue(dueDate: string, today: string): boolean {
  return today > dueDate;
}
