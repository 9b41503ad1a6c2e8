// Test support: an empty case snapshot and builders for its parts (pure data, no database).
import type { CaseSnapshot, WholePersonFacts } from '../types.js';
import { basesCitation } from '../../../platform/law/index.js';

export const unitA = '00000000-0000-4000-8000-00000000000a';
export const userA = '00000000-0000-4000-8000-0000000000a1';

export function snapshot(parts: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    personId: '00000000-0000-4000-8000-000000000001',
    tenantId: '00000000-0000-4000-8000-000000000002',
    pathway: null,
    activeUnits: [{ unitId: unitA, serviceArea: 'psykisk-helse-rus' }],
    henvendelser: [],
    kartlegginger: [],
    vedtak: [],
    ipInformation: [],
    ipMessages: [],
    plans: [],
    coordinator: null,
    coordinationEvents: [],
    coordinatorRequests: [],
    meetings: [],
    crisisPlan: null,
    riskFlags: [],
    suicideScreenings: [],
    noteClaims: [],
    recordClaims: [],
    wholePerson: wholePerson(),
    ...parts,
  };
}

/** Empty whole-person facts, with the given parts. */
export function wholePerson(parts: Partial<WholePersonFacts> = {}): WholePersonFacts {
  return {
    housing: { currentStatus: null, stays: [], evictions: [], plans: [] },
    somaticFollowedUp: false,
    somatic: { personId: '00000000-0000-4000-8000-000000000001', items: [], dental: [], gpAppointments: [], healthContacts: [] },
    nav: { personId: '00000000-0000-4000-8000-000000000001', servedByNav: false, contact: null, guidance: [] },
    relatives: { relatives: [], firstContact: null, servingUnits: [] },
    risk: { flags: [], assessments: [], suicideScreeningOn: null },
    specialist: { referrals: [], admissions: [] },
    activities: { participations: [] },
    ...parts,
  };
}

type Kartlegging = CaseSnapshot['kartlegginger'][number];
const allDomains = ['substance-use', 'mental-health', 'somatic-health', 'psychosocial', 'housing', 'violence-risk', 'suicide-risk', 'relatives'];

export function kartlegging(parts: Partial<Kartlegging> = {}): Kartlegging {
  return {
    id: 'k1',
    unitId: unitA,
    occasion: '2026-01-10',
    status: 'completed',
    reofferDate: null,
    meetingDate: '2026-01-10',
    meetingParticipants: 2,
    whatMatters: 'Å få bo i egen leilighet.',
    relatives: { hasRelatives: true, closestRelative: 'Søster Anne', childrenOrMinorSiblingsAffected: false, howToInvolve: 'Ringes ved krise', ownNeedsMapped: true, childrenFormCompleted: null },
    missingDomainsReason: null,
    createdBy: userA,
    domains: allDomains.map((domain) => ({ domain, status: 'covered' as const })),
    instruments: [
      { id: 'i1', instrumentId: 'AUDIT', status: 'scored' },
      { id: 'i2', instrumentId: 'PHQ-9', status: 'scored' },
    ],
    ...parts,
  };
}

type Vedtak = CaseSnapshot['vedtak'][number];
export function vedtak(parts: Partial<Vedtak> = {}): Vedtak {
  return {
    id: 'v1',
    unitId: unitA,
    kartleggingId: 'k1',
    status: 'final',
    serviceName: 'Oppfølging fra psykisk helse- og rustjenesten',
    startDate: '2026-02-01',
    endDate: null,
    evaluationDate: '2026-08-01',
    evaluationResponsibleId: userA,
    evaluationResponsibleActive: true,
    texts: { legalBasis: basesCitation(['hol-3-2-6a']), scope: 'To samtaler i uken.', participation: 'Personen deltok.', appealInfo: 'Du kan klage.', reasoning: 'Kartleggingen viser behov.' },
    evaluation: null,
    ...parts,
  };
}

type Plan = CaseSnapshot['plans'][number];
export function plan(parts: Partial<Plan> = {}): Plan {
  return { id: 'p1', status: 'active', nextReviewDate: '2026-09-01', activeGoals: 2, participants: 2, measures: 1, measuresWithoutOwner: [], updatedBy: userA, ...parts };
}
