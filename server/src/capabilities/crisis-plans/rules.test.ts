import { describe, expect, it } from 'vitest';
import { crisisPlanCheck, crisisPlanProblems, crisisPlanShown, crisisSources } from './rules.js';

describe('crisisPlanCheck (pathway 3 or a risk flag requires a crisis plan)', () => {
  const today = '2026-03-10';
  it('is not met for pathway 3 without a plan, and names why', () => {
    expect(crisisPlanCheck({ pathway: 3, riskFlags: [], plan: null }, today)).toEqual({ checkId: 'crisis-plan', source: crisisSources.required, required: true, met: false, detail: 'Personen skal ha kriseplan (hovedforløp 3), men har ingen.' });
  });
  it('is not met with a violence or suicide flag and no plan', () => {
    expect(crisisPlanCheck({ pathway: 1, riskFlags: ['violence', 'suicide-screening'], plan: null }, today).detail).toBe('Personen skal ha kriseplan (voldsrisiko, selvmordstanker i kartlegging (phq-9 spørsmål 9)), men har ingen.');
  });
  it('does not apply without pathway 3 or flags', () => {
    expect(crisisPlanCheck({ pathway: 2, riskFlags: [], plan: null }, today)).toMatchObject({ met: null, required: false });
  });
  it('is met with a plan within its review date, and not after it', () => {
    expect(crisisPlanCheck({ pathway: 3, riskFlags: [], plan: { reviewDate: '2026-03-10' } }, today).met).toBe(true);
    expect(crisisPlanCheck({ pathway: 3, riskFlags: [], plan: { reviewDate: '2026-03-09' } }, today)).toMatchObject({ met: false, detail: 'Kriseplanen skulle vært revidert innen 2026-03-09.' });
  });
});

describe('crisisPlanShown (consent per unit)', () => {
  const consentedUnits = [{ unitId: 'hjemmesykepleie', unitName: 'Hjemmesykepleien' }];
  it('shows the plan to the team and serving units', () => {
    expect(crisisPlanShown({ relation: 'team', viewerUnitIds: [], consentedUnits: [] })).toEqual({ shown: true, basis: 'team' });
    expect(crisisPlanShown({ relation: 'unit', viewerUnitIds: ['fact'], consentedUnits: [] })).toEqual({ shown: true, basis: 'unit' });
  });
  it('on break-the-glass, shows it only with consent to one of the viewer\'s units', () => {
    expect(crisisPlanShown({ relation: 'emergency', viewerUnitIds: ['hjemmesykepleie'], consentedUnits })).toEqual({ shown: true, basis: 'consent:Hjemmesykepleien' });
    expect(crisisPlanShown({ relation: 'emergency', viewerUnitIds: ['legevakt'], consentedUnits })).toEqual({ shown: false });
    expect(crisisPlanShown({ relation: 'emergency', viewerUnitIds: ['hjemmesykepleie'], consentedUnits: [] })).toEqual({ shown: false });
  });
});

describe('crisisPlanProblems', () => {
  const ok = { preparedOn: '2026-03-01', reviewDate: '2026-09-01', contacts: [{ name: 'Siri', relation: 'Koordinator', phone: '90000003', reachable: 'day' as const }, { name: 'Legevakten', relation: 'Legevakt', phone: '116117', reachable: 'day-and-night' as const }] };
  it('accepts contacts for day and night and a future review date', () => {
    expect(crisisPlanProblems(ok, '2026-03-10')).toEqual([]);
  });
  it('requires someone reachable at night, and a review date after today', () => {
    expect(crisisPlanProblems({ ...ok, reviewDate: '2026-03-10', contacts: [ok.contacts[0]!] }, '2026-03-10')).toEqual([
      { path: 'body/reviewDate', detail: 'Revisjonsdatoen må være etter i dag' },
      { path: 'body/contacts', detail: 'Oppgi minst én kontakt som kan nås om natten' },
    ]);
  });
});
