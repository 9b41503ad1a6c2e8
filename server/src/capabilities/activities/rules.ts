// Pure rules for meaningful activities: the offers report by area and target group (to show gaps), and
// the check that a person followed up has a current activity or work offer.

import type { CheckResult, FactCheck as Check } from '../compliance/types.js';
import { checkSource, cite } from '../../platform/law/index.js';

export const targetGroupLabels = { rop: 'ROP-lidelser', 'young-adults': 'Unge voksne', women: 'Kvinner', men: 'Menn', 'all-adults': 'Alle voksne' } as const;
export type TargetGroup = keyof typeof targetGroupLabels;

export interface OfferFacts {
  area: string;
  targetGroups: TargetGroup[];
  sobriety: 'required' | 'not-required' | 'on-site';
  category: string;
  active: boolean;
}

/**
 * Offers per area and target group. An offer for «all adults» counts for every group. A cell with no
 * offer is a gap; an area without an offer that accepts people who are not sober is a gap for ROP.
 */
export function offerReport(offers: OfferFacts[], groups: readonly TargetGroup[]) {
  const active = offers.filter((o) => o.active);
  const areas = [...new Set(active.map((o) => o.area))].sort((a, b) => a.localeCompare(b, 'nb'));
  const rows = areas.map((area) => {
    const here = active.filter((o) => o.area === area);
    const counts = Object.fromEntries(groups.map((g) => [g, here.filter((o) => o.targetGroups.includes(g) || o.targetGroups.includes('all-adults')).length])) as Record<TargetGroup, number>;
    const withoutSobriety = here.filter((o) => o.sobriety !== 'required').length;
    return { area, total: here.length, counts, withoutSobrietyRequirement: withoutSobriety, work: here.filter((o) => o.category === 'work').length };
  });
  const gaps = rows.flatMap((r) => [
    ...groups.filter((g) => g !== 'all-adults' && r.counts[g] === 0).map((g) => `${r.area}: ingen tilbud for ${targetGroupLabels[g].toLowerCase()}`),
    ...(r.withoutSobrietyRequirement === 0 ? [`${r.area}: ingen tilbud uten krav om rusfrihet`] : []),
    ...(r.work === 0 ? [`${r.area}: ingen arbeidstilbud`] : []),
  ]);
  return { rows, gaps };
}

export interface ActivityFacts {
  participations: { id: string; startedOn: string; endedOn: string | null }[];
}

export const activityParticipationCheck: Check<ActivityFacts> = {
  id: 'meaningful-activity',
  text: 'Personen deltar i et aktivitets- eller arbeidstilbud',
  source: checkSource('veileder-psykisk-helse-rus', 'arbeid og aktivitet', `; ${cite('hol', '§ 3-2', 'første ledd nr. 6')}`),
  evaluate(f, today) {
    const current = f.participations.filter((p) => p.startedOn <= today && (!p.endedOn || p.endedOn >= today));
    const evidence = f.participations.map((p) => ({ record: 'activity_participations', id: p.id, field: 'ended_on' }));
    if (current.length) return { status: 'met', detail: `Deltar i ${current.length} tilbud.`, evidence };
    return { status: 'not-met', detail: f.participations.length ? 'Tidligere deltakelse er avsluttet; ingen pågående tilbud.' : 'Ingen deltakelse i aktivitets- eller arbeidstilbud er registrert.', evidence };
  },
};

export const checks = [activityParticipationCheck];
