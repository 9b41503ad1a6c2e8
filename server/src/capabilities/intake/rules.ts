// Pure rules for henvendelser: the first-contact deadline status, triage and pathway changes.
import type { triageOutcomes } from './schema.js';
import { cite } from '../../platform/law/index.js';

export type FirstContactStatus = 'done' | 'due' | 'overdue';

/** `today` and `due` are calendar days (YYYY-MM-DD) in Europe/Oslo. Due on the due day itself. */
export function firstContactStatus(facts: { firstContactAt: Date | null; firstContactDue: string }, today: string): FirstContactStatus {
  if (facts.firstContactAt) return 'done';
  return today > facts.firstContactDue ? 'overdue' : 'due';
}

export type Triage = (typeof triageOutcomes)[number];

export function triageProblem(current: { triage: Triage; closedAt: Date | null }, next: { outcome: Triage; lowThresholdService?: string | null }): string | null {
  if (current.closedAt) return 'Henvendelsen er avsluttet og kan ikke triageres på nytt.';
  if (next.outcome === 'pending') return 'Velg et utfall for triageringen.';
  if (next.outcome === 'low-threshold' && !next.lowThresholdService?.trim()) return 'Oppgi hvilket lavterskeltilbud personen får.';
  return null;
}

export function pathwayProblem(current: number | null, next: number): string | null {
  if (![1, 2, 3].includes(next)) return 'Hovedforløp må være 1, 2 eller 3.';
  if (current === next) return `Personen er allerede i hovedforløp ${next}.`;
  return null;
}

/** The pathways as the national guide defines them: by how severe and how lasting the problems are, not by whether there is a vedtak. */
export const pathwayLabels: Record<number, string> = {
  1: 'Hovedforløp 1: milde og forventet kortvarige problemer – lavterskeltjenester',
  2: 'Hovedforløp 2: kortvarige alvorlige eller langvarige mildere problemer – behandling i kommunen',
  3: 'Hovedforløp 3: alvorlige og langvarige problemer, også ROP-lidelser – tett oppfølging med koordinator og ansvarsgruppe, sammen med spesialisthelsetjenesten',
};

export const pathwaySources: Record<number, string> = {
  1: cite('veileder-psykisk-helse-rus', 'hovedforløp 1'),
  2: cite('veileder-psykisk-helse-rus', 'hovedforløp 2'),
  3: cite('veileder-psykisk-helse-rus', 'hovedforløp 3'),
};
