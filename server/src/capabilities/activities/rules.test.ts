import { describe, expect, it } from 'vitest';
import { activityParticipationCheck, offerReport, type OfferFacts } from './rules.js';

const offer = (over: Partial<OfferFacts> = {}): OfferFacts => ({ area: 'Sentrum', targetGroups: ['rop'], sobriety: 'not-required', category: 'activity', active: true, ...over });

describe('activities rules', () => {
  it('reports offers per area and group, and names the gaps', () => {
    const report = offerReport([offer(), offer({ targetGroups: ['all-adults'], category: 'work', sobriety: 'required' }), offer({ area: 'Nord', sobriety: 'required' }), offer({ area: 'Nord', active: false, category: 'work' })], ['rop', 'women', 'all-adults']);
    expect(report.rows).toEqual([
      { area: 'Nord', total: 1, counts: { rop: 1, women: 0, 'all-adults': 0 }, withoutSobrietyRequirement: 0, work: 0 },
      { area: 'Sentrum', total: 2, counts: { rop: 2, women: 1, 'all-adults': 1 }, withoutSobrietyRequirement: 1, work: 1 },
    ]);
    expect(report.gaps).toEqual(['Nord: ingen tilbud for kvinner', 'Nord: ingen tilbud uten krav om rusfrihet', 'Nord: ingen arbeidstilbud']);
  });

  it('participation: met with a current offer, not met when ended or none', () => {
    expect(activityParticipationCheck.evaluate({ participations: [{ id: 'p', startedOn: '2026-01-01', endedOn: null }] }, '2026-03-10').status).toBe('met');
    expect(activityParticipationCheck.evaluate({ participations: [{ id: 'p', startedOn: '2026-01-01', endedOn: '2026-02-01' }] }, '2026-03-10')).toMatchObject({ status: 'not-met', detail: 'Tidligere deltakelse er avsluttet; ingen pågående tilbud.' });
    expect(activityParticipationCheck.evaluate({ participations: [] }, '2026-03-10').status).toBe('not-met');
    expect(activityParticipationCheck.source.law).toContain('Nasjonal veileder');
  });
});
