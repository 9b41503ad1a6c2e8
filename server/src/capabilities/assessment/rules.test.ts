import { describe, expect, it } from 'vitest';
import { completionProblems, coverage, declineProblem, domainEntryProblems, uncoveredDomains, type KartleggingFacts } from './rules.js';
import { domainIds } from './domains.js';

const allCovered = domainIds.map((domain) => ({ domain, status: 'covered' as const }));
const complete: KartleggingFacts = {
  status: 'in-progress',
  meetingDate: '2026-03-02',
  meetingParticipants: ['Personen', 'Kari Saksbehandler'],
  whatMatters: 'Å få bo i egen leilighet og ha kontakt med datteren min.',
  relatives: { hasRelatives: true, closestRelative: 'Mor', childrenOrMinorSiblingsAffected: true, howToInvolve: 'Mor inviteres til ansvarsgruppen', ownNeedsMapped: false, childrenFormCompleted: true },
  missingDomainsReason: null,
  domains: allCovered,
};

describe('domainEntryProblems', () => {
  it('accepts covered somatic health when every aspect is covered', () => {
    const aspects = { infections: 'covered', 'skin-soft-tissue': 'covered', nutrition: 'covered', dental: 'covered', medication: 'covered', 'gp-contact': 'covered' } as const;
    expect(domainEntryProblems({ domain: 'somatic-health', status: 'covered', evidence: 'Samtale', aspects })).toEqual([]);
  });
  it('refuses covered somatic health when dental is not covered', () => {
    const aspects = { infections: 'covered', 'skin-soft-tissue': 'covered', nutrition: 'covered', dental: 'not-covered', medication: 'covered', 'gp-contact': 'covered' } as const;
    expect(domainEntryProblems({ domain: 'somatic-health', status: 'covered', evidence: 'Samtale', aspects })).toEqual([{ path: 'body/status', detail: 'Somatisk helse kan ikke være dekket når disse delområdene ikke er dekket: Tannhelse' }]);
  });
  it('refuses an unknown domain and an unknown aspect', () => {
    expect(domainEntryProblems({ domain: 'astrology', status: 'covered', evidence: 'x' })).toEqual([{ path: 'body/domain', detail: 'Ukjent område: astrology' }]);
    expect(domainEntryProblems({ domain: 'housing', status: 'partly', evidence: 'x', aspects: { dental: 'covered' } })[0]!.path).toBe('body/aspects/dental');
  });
});

describe('coverage', () => {
  it('marks unrecorded domains as missing', () => {
    expect(coverage([{ domain: 'substance-use', status: 'partly' }])).toMatchObject({ 'substance-use': 'partly', 'suicide-risk': 'missing' });
  });
  it('counts not-covered and missing as uncovered, partly as covered enough', () => {
    expect(uncoveredDomains([...allCovered.filter((d) => d.domain !== 'violence-risk' && d.domain !== 'suicide-risk'), { domain: 'violence-risk', status: 'not-covered' }])).toEqual(['violence-risk', 'suicide-risk']);
  });
});

describe('completionProblems', () => {
  it('completes with a meeting, the person\'s words and all domains', () => {
    expect(completionProblems(complete)).toEqual([]);
  });
  it('requires a documented meeting', () => {
    expect(completionProblems({ ...complete, meetingDate: null }).map((p) => p.path)).toEqual(['meetingDate']);
  });
  it('requires what matters to the person', () => {
    expect(completionProblems({ ...complete, whatMatters: '  ' }).map((p) => p.path)).toEqual(['whatMatters']);
  });
  it('requires a reason when core domains are missing, and accepts one', () => {
    const thin = { ...complete, domains: allCovered.filter((d) => d.domain !== 'suicide-risk') };
    expect(completionProblems(thin)[0]!.detail).toBe('Disse områdene er ikke kartlagt: Selvmordsrisiko. Kartlegg dem eller begrunn hvorfor.');
    expect(completionProblems({ ...thin, missingDomainsReason: 'Personen orket ikke mer i dag; tas i neste samtale' })).toEqual([]);
  });
  it('requires the four relatives questions when relatives are assessed', () => {
    expect(completionProblems({ ...complete, relatives: { ...complete.relatives!, closestRelative: null } }).map((p) => p.path)).toEqual(['relatives']);
    expect(completionProblems({ ...complete, relatives: { ...complete.relatives!, hasRelatives: false, closestRelative: null, howToInvolve: null, childrenOrMinorSiblingsAffected: null } })).toEqual([]);
  });
});

describe('declineProblem', () => {
  it('requires a re-offer date after today', () => {
    expect(declineProblem('2026-03-01', '2026-03-01')).toBe('Dato for nytt tilbud om kartlegging må være etter i dag.');
    expect(declineProblem('2026-06-01', '2026-03-01')).toBeNull();
  });
});
