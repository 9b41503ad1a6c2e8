// Crisis plan where required (pathway 3 or a risk flag).
import { crisisPlanCheck } from '../../crisis-plans/index.js';
import type { CheckDefinition } from '../types.js';
import { na } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';

/** How far back a PHQ-9 item 9 answer above 0 counts (as in crisis-plans/rules.ts). */
const screeningWindowDays = 365;

export const crisisPlanWhereRequired: CheckDefinition = {
  id: 'crisis-plan',
  theme: 'crisis-plan',
  text: 'Personer i hovedforløp 3 eller med kjent volds- eller selvmordsrisiko skal ha en gjeldende kriseplan laget sammen med dem.',
  source: checkSource('selvmord-kommune', 'pkt. 4.4', `(kriseplan eller sikkerhetsplan sammen med personen); ${cite('sarpsborg-2025', 'pkt. 4.2.2.1')}`),
  appliesTo: 'Personer i hovedforløp 3, med risikoflagg eller med selvmordstanker i PHQ-9 siste 365 dager',
  rule: 'Oppfylt: en kriseplan med revisjonsdato som ikke er passert. Delvis: kriseplanen finnes, men revisjonsdatoen er passert. Ikke oppfylt: ingen kriseplan. Ikke aktuelt: ikke krav om kriseplan.',
  evaluate(s, today) {
    const from = new Date(Date.parse(today) - screeningWindowDays * 86_400_000).toISOString().slice(0, 10);
    const riskFlags = [...new Set(s.riskFlags.map((f) => f.kind))] as ('violence' | 'suicide' | 'suicide-screening')[];
    if (s.suicideScreenings.some((x) => x.administeredOn > from)) riskFlags.push('suicide-screening');
    // Wraps crisis-plans/rules.ts crisisPlanCheck.
    const c = crisisPlanCheck({ pathway: s.pathway, riskFlags, plan: s.crisisPlan ? { reviewDate: s.crisisPlan.reviewDate } : null }, today);
    if (!c.required) return na(c.detail);
    const responsible = { unitId: s.coordinator?.unitId ?? s.activeUnits.find((u) => u.serviceArea === 'psykisk-helse-rus')?.unitId ?? s.activeUnits[0]?.unitId ?? null, userId: s.coordinator?.userId ?? null };
    if (!s.crisisPlan) return { status: 'not-met', detail: c.detail, evidence: [...s.riskFlags.map((f) => ({ record: 'risk_flags', id: f.id, field: 'kind' })), ...(s.pathway === 3 ? [{ record: 'pathway_history', id: s.personId, field: 'pathway' }] : [])], responsible };
    const evidence = [{ record: 'crisis_plans', id: s.crisisPlan.id, field: 'review_date' }];
    if (c.met) return { status: 'met', detail: c.detail, evidence };
    return { status: 'partly', detail: c.detail, evidence, responsible };
  },
};
