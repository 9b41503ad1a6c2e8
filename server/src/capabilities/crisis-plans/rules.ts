// Pure rules for crisis plans: what a saved plan needs, who must have one (pathway 3 or a risk flag),
// and whether the on-call viewer may see it (a relation, or the person's consent to the viewer's unit).
import type { CrisisContact } from './schema.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const crisisSources = {
  required:
    `${cite('selvmord-kommune', 'pkt. 4.4')}: kriseplan eller sikkerhetsplan laget sammen med personen; ${cite('sarpsborg-2025', 'pkt. 4.2.2.1')}: alle skal ha en plan for krisehåndtering, laget i stabil fase med personens samtykke`,
  sharing: upperFirst(`${cite('hpl', '§ 22')} (samtykke til å gi opplysninger); ${cite('sarpsborg-2025', 'pkt. 4.2.2.1')}: planen deles med relevante instanser etter samtykke, og delingen logges`),
  review: `${cite('sarpsborg-2025', 'pkt. 4.2.2.1')}: kriseplanen holdes oppdatert; ${cite('kommunens-rutine', 'revisjon av kriseplan')}: revisjonsdato på hver kriseplan`,
  emergency: upperFirst(`${cite('pjl', ['§ 16', '§ 22'])} og ${cite('normen', 'tilgangsstyring')}: nødtilgang med begrunnelse, alltid logget`),
} as const;

/** How far back a PHQ-9 item 9 answer above 0 counts as a suicide-risk flag. */
export const suicideScreeningWindowDays = 365;

export type RiskFlagKind = 'violence' | 'suicide' | 'suicide-screening';
export const riskFlagLabels: Record<RiskFlagKind, string> = {
  violence: 'Voldsrisiko',
  suicide: 'Selvmordsrisiko',
  'suicide-screening': 'Selvmordstanker i kartlegging (PHQ-9 spørsmål 9)',
};

export interface CrisisPlanInput {
  preparedOn: string;
  reviewDate: string;
  contacts: CrisisContact[];
}

export function crisisPlanProblems(p: CrisisPlanInput, today: string): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (p.preparedOn > today) problems.push({ path: 'body/preparedOn', detail: 'Datoen er i fremtiden' });
  if (p.reviewDate <= today) problems.push({ path: 'body/reviewDate', detail: 'Revisjonsdatoen må være etter i dag' });
  if (!p.contacts.some((c) => c.reachable !== 'night')) problems.push({ path: 'body/contacts', detail: 'Oppgi minst én kontakt som kan nås på dagtid' });
  if (!p.contacts.some((c) => c.reachable !== 'day')) problems.push({ path: 'body/contacts', detail: 'Oppgi minst én kontakt som kan nås om natten' });
  return problems;
}

export interface RequirementFacts {
  pathway: number | null;
  riskFlags: RiskFlagKind[];
  plan: { reviewDate: string } | null;
}

/** Pathway 3 or a violence/suicide risk flag requires a crisis plan; a plan past its review date is not met. */
export function crisisPlanCheck(f: RequirementFacts, today: string): { checkId: string; source: string; met: boolean | null; detail: string; required: boolean } {
  const reasons = [...(f.pathway === 3 ? ['hovedforløp 3'] : []), ...f.riskFlags.map((k) => riskFlagLabels[k].toLowerCase())];
  const base = { checkId: 'crisis-plan', source: crisisSources.required, required: reasons.length > 0 };
  if (!f.plan) {
    return reasons.length
      ? { ...base, met: false, detail: `Personen skal ha kriseplan (${reasons.join(', ')}), men har ingen.` }
      : { ...base, met: null, detail: 'Ingen kriseplan, og ingen krav om det (ikke hovedforløp 3 og ingen risikoflagg).' };
  }
  if (today > f.plan.reviewDate) return { ...base, met: false, detail: `Kriseplanen skulle vært revidert innen ${f.plan.reviewDate}.` };
  return { ...base, met: true, detail: 'Kriseplanen er gjeldende.' };
}

export interface ShowFacts {
  /** The viewer's relation to the person: a team or unit relation sees the plan. */
  relation: 'team' | 'unit' | 'emergency' | 'own' | 'audit';
  viewerUnitIds: string[];
  /** Units the person has consented to share the crisis plan with (not withdrawn). */
  consentedUnits: { unitId: string; unitName: string }[];
}

/** On call through break-the-glass, the crisis plan shows only with consent to one of the viewer's units. */
export function crisisPlanShown(f: ShowFacts): { shown: true; basis: string } | { shown: false } {
  if (f.relation === 'team' || f.relation === 'unit' || f.relation === 'own') return { shown: true, basis: f.relation };
  const consented = f.consentedUnits.find((c) => f.viewerUnitIds.includes(c.unitId));
  return consented ? { shown: true, basis: `consent:${consented.unitName}` } : { shown: false };
}
