// Pure rules for structured risk assessments (traffic-light model): what a saved assessment needs, what
// it does to the person's risk flag, who may read the restricted basis, and the checks with their sources.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';

import type { CheckResult, FactCheck as Check } from '../compliance/types.js';
import { checkSource, cite } from '../../platform/law/index.js';

export type RiskLevel = 'green' | 'yellow' | 'red';
export type RiskKind = 'violence' | 'suicide';
export const riskLevelLabels: Record<RiskLevel, string> = { green: 'Grønn (lav)', yellow: 'Gul (moderat)', red: 'Rød (høy)' };
export const riskKindLabels: Record<RiskKind, string> = { violence: 'Voldsrisiko', suicide: 'Selvmordsrisiko' };

export interface AssessmentInput {
  assessedOn: string;
  level: RiskLevel;
  safetyMeasure: string;
  reviewDate: string;
}

export function assessmentProblems(a: AssessmentInput, today: string): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (a.assessedOn > today) problems.push({ path: 'body/assessedOn', detail: 'Datoen er i fremtiden' });
  if (a.reviewDate <= today) problems.push({ path: 'body/reviewDate', detail: 'Ny vurdering må settes til en dato etter i dag' });
  if (a.level === 'red' && a.reviewDate > addDaysIso(today, 30)) problems.push({ path: 'body/reviewDate', detail: 'Ved rødt nivå skal risikoen vurderes på nytt innen 30 dager' });
  return problems;
}

function addDaysIso(date: string, days: number): string {
  return addDays(date as LocalDate, days);
}

/** What a new assessment does to the active flag of its kind. */
export function flagEffect(level: RiskLevel, hasActiveFlag: boolean): 'raise' | 'update' | 'clear' | 'none' {
  if (level === 'green') return hasActiveFlag ? 'clear' : 'none';
  return hasActiveFlag ? 'update' : 'raise';
}

/** The basis is restricted: the authoring unit, or a unit the person has consented to share restricted notes with. */
export function mayReadBasis(viewerUnitIds: string[], authorUnitId: string, consentedUnitIds: string[]): boolean {
  return viewerUnitIds.includes(authorUnitId) || viewerUnitIds.some((u) => consentedUnitIds.includes(u));
}

export interface RiskFacts {
  flags: { id: string; kind: string; level: RiskLevel | null; safetyMeasure: string | null; ownerId: string | null; reviewDate: string | null }[];
  assessments: { id: string; kind: RiskKind; assessedOn: string }[];
  /** Latest PHQ-9 item 9 answer above 0 (from the assessment capability), as a date. */
  suicideScreeningOn: string | null;
}

export const riskFlagReviewCheck: Check<RiskFacts> = {
  id: 'risk-flag-owner-and-review',
  text: 'Hvert risikoflagg har en eier og en dato for ny vurdering som ikke er passert',
  source: checkSource('hol', '§ 4-1', `(forsvarlighet); ${cite('hpl', '§ 4')}; ${cite('selvmord-kommune', 'kap. 5')}: vurderingen gjentas ved endringer`),
  evaluate(f, today) {
    if (!f.flags.length) return { status: 'not-applicable', detail: 'Ingen aktive risikoflagg.', evidence: [] };
    const evidence = f.flags.map((x) => ({ record: 'risk_flags', id: x.id, field: 'review_date' }));
    const failing = f.flags.filter((x) => !x.ownerId || !x.reviewDate || x.reviewDate < today);
    if (!failing.length) return { status: 'met', detail: 'Alle risikoflagg har eier og gjeldende dato for ny vurdering.', evidence };
    const detail = failing.map((x) => `${riskKindLabels[x.kind as RiskKind] ?? x.kind}: ${!x.ownerId || !x.reviewDate ? 'mangler eier eller dato for ny vurdering' : `skulle vært vurdert på nytt ${x.reviewDate}`}`).join('; ');
    return { status: failing.length === f.flags.length ? 'not-met' : 'partly', detail: `${detail}.`, evidence };
  },
};

export const riskSafetyMeasureCheck: Check<RiskFacts> = {
  id: 'risk-flag-safety-measure',
  text: 'Gult eller rødt risikonivå har et sikkerhetstiltak som deles med alle som gir personen tjenester',
  source: checkSource('aml', '§ 4-3', `fjerde ledd (vern mot vold og trusler); ${cite('hpl', '§ 25')} (samarbeid med annet personell)`),
  evaluate(f) {
    if (!f.flags.length) return { status: 'not-applicable', detail: 'Ingen aktive risikoflagg.', evidence: [] };
    const evidence = f.flags.map((x) => ({ record: 'risk_flags', id: x.id, field: 'safety_measure' }));
    const failing = f.flags.filter((x) => !x.safetyMeasure);
    if (!failing.length) return { status: 'met', detail: 'Alle risikoflagg har et delt sikkerhetstiltak.', evidence };
    return { status: failing.length === f.flags.length ? 'not-met' : 'partly', detail: `Uten strukturert vurdering og sikkerhetstiltak: ${failing.map((x) => riskKindLabels[x.kind as RiskKind] ?? x.kind).join(', ')}.`, evidence };
  },
};

export const suicideScreeningFollowedCheck: Check<RiskFacts> = {
  id: 'suicide-screening-followed-by-assessment',
  text: 'Selvmordstanker i kartlegging (PHQ-9 spørsmål 9) er fulgt opp med en strukturert selvmordsrisikovurdering',
  source: checkSource('selvmord-kommune', 'pkt. 4.4', `: kartlegg selvmordstanker ved tegn på selvmordsfare; ${cite('hol', '§ 4-1')} (forsvarlighet)`),
  evaluate(f) {
    if (!f.suicideScreeningOn) return { status: 'not-applicable', detail: 'Ingen selvmordstanker registrert i kartlegging.', evidence: [] };
    const after = f.assessments.filter((a) => a.kind === 'suicide' && a.assessedOn >= f.suicideScreeningOn!);
    if (after.length) return { status: 'met', detail: `Selvmordsrisiko vurdert ${after[0]!.assessedOn}.`, evidence: after.map((a) => ({ record: 'risk_assessments', id: a.id, field: 'assessed_on' })) };
    return { status: 'not-met', detail: `Selvmordstanker i kartlegging ${f.suicideScreeningOn}, men ingen strukturert selvmordsrisikovurdering etterpå.`, evidence: [] };
  },
};

export const checks = [riskFlagReviewCheck, riskSafetyMeasureCheck, suicideScreeningFollowedCheck];
