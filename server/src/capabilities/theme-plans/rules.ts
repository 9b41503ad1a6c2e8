// Pure rules for theme plans: which strategy × unit has no measure, and status-report freshness.
import { cite, upperFirst } from '../../platform/law/index.js';
export const themePlanSources = {
  plans: upperFirst(`${cite('kommunel', '§ 25-1')} (internkontroll: kommunedirektøren skal ha oversikt og følge opp); ${cite('kvalitetsforskriften', '§ 6')} (mål og strategier) og ${cite('kvalitetsforskriften', '§ 8')} (følge opp at mål nås); ${cite('asker-2026', 'pkt. 3.3.1–3.3.2 (R-004-01)')}`),
  gaps: `${cite('asker-2026', 'pkt. 3.3.2 og R-004-02')}: «ikke alle relevante tjenester har implementert eller rapporterer på planene» — en enhet som nevnes i en strategi, skal ha minst ett tiltak eller en begrunnet «ikke relevant»`,
  reports: upperFirst(`${cite('kvalitetsforskriften', ['§ 8', '§ 9'])}: tiltak følges opp og rapporteres; et tiltak uten statusrapport de siste 12 månedene regnes som ikke rapportert (kommunens årlige rapportering, ${cite('asker-2026', 'pkt. 3.3.1')})`),
} as const;

export const statusLabels = { planned: 'Planlagt', 'in-progress': 'Pågår', done: 'Gjennomført', stopped: 'Stoppet', 'not-applicable': 'Ikke relevant for enheten' } as const;

/** A measure is unreported when it is still open and has no status report within this many days. */
export const reportDays = 365;

export interface StrategyFacts {
  id: string;
  text: string;
  units: { id: string; name: string }[];
}

export interface Gap {
  strategyId: string;
  strategy: string;
  unitId: string;
  unit: string;
  detail: string;
}

/** Every unit a strategy concerns that has no measure (a reasoned «not applicable» counts as one). */
export function strategyGaps(strategies: StrategyFacts[], measures: { strategyId: string; unitId: string }[]): Gap[] {
  const covered = new Set(measures.map((m) => `${m.strategyId}|${m.unitId}`));
  return strategies.flatMap((s) =>
    s.units
      .filter((u) => !covered.has(`${s.id}|${u.id}`))
      .map((u) => ({ strategyId: s.id, strategy: s.text, unitId: u.id, unit: u.name, detail: `${u.name} har ingen tiltak for strategien «${s.text}».` })),
  );
}

/** Open (planned or in progress) and without a status report in the last `reportDays`. */
export function unreported(measure: { status: string; createdAt: Date }, lastReportAt: Date | null, now: Date): boolean {
  if (measure.status !== 'planned' && measure.status !== 'in-progress') return false;
  const since = lastReportAt ?? measure.createdAt;
  return now.getTime() - since.getTime() > reportDays * 86_400_000;
}
