// Small helpers shared by the checks: combining per-record outcomes into one result per person.
import type { CheckResult, ComplianceStatus, Evidence } from '../types.js';

export type Outcome = 'ok' | 'partly' | 'missing';
export interface Item {
  outcome: Outcome;
  detail: string;
  evidence: Evidence[];
  responsible?: CheckResult['responsible'];
}

/** Per-record outcomes → one result: any missing → not met; any partly → partly; else met. */
export function combine(items: Item[], none: string): CheckResult {
  if (items.length === 0) return { status: 'not-applicable', detail: none, evidence: [] };
  const worst = items.find((i) => i.outcome === 'missing') ?? items.find((i) => i.outcome === 'partly');
  const status: ComplianceStatus = !worst ? 'met' : worst.outcome === 'missing' ? 'not-met' : 'partly';
  const shown = worst ? items.filter((i) => i.outcome !== 'ok') : items;
  return {
    status,
    detail: shown.map((i) => i.detail).join(' '),
    evidence: items.flatMap((i) => i.evidence),
    ...(worst?.responsible ? { responsible: worst.responsible } : items[0]?.responsible ? { responsible: items[0].responsible } : {}),
  };
}

export const na = (detail: string): CheckResult => ({ status: 'not-applicable', detail, evidence: [] });

/** The latest assessment with the given statuses (by occasion). */
export function latest<T extends { occasion: string; status: string }>(list: T[], statuses: string[]): T | undefined {
  return list.filter((k) => statuses.includes(k.status)).sort((a, b) => (a.occasion < b.occasion ? 1 : -1))[0];
}

export { norwegianDate } from '../../../platform/calendar/index.js';
