// Pure rules for kartlegging: what a domain entry must hold, when an assessment can be completed,
// and how well it covers the core domains.
import { aspectLabels, assessmentDomains, domainIds, type AssessmentDomain, type DomainStatus, type RelativesQuestions } from './domains.js';

export interface DomainEntry {
  domain: string;
  status: DomainStatus;
  evidence: string;
  aspects?: Record<string, DomainStatus> | null;
}

export function domainEntryProblems(entry: DomainEntry): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  const definition = assessmentDomains[entry.domain as AssessmentDomain];
  if (!definition) return [{ path: 'body/domain', detail: `Ukjent område: ${entry.domain}` }];
  const allowed: readonly string[] = definition.aspects;
  for (const aspect of Object.keys(entry.aspects ?? {})) {
    if (!allowed.includes(aspect)) problems.push({ path: `body/aspects/${aspect}`, detail: `${definition.label} har ikke delområdet «${aspect}»` });
  }
  if (entry.status === 'covered' && entry.aspects) {
    const missing = allowed.filter((a) => entry.aspects?.[a] !== 'covered');
    if (missing.length) problems.push({ path: 'body/status', detail: `${definition.label} kan ikke være dekket når disse delområdene ikke er dekket: ${missing.map((a) => aspectLabels[a] ?? a).join(', ')}` });
  }
  return problems;
}

export interface KartleggingFacts {
  status: 'in-progress' | 'completed' | 'declined';
  meetingDate: string | null;
  meetingParticipants: string[];
  whatMatters: string | null;
  relatives: RelativesQuestions | null;
  missingDomainsReason: string | null;
  domains: { domain: string; status: DomainStatus }[];
}

export type CoverageStatus = DomainStatus | 'missing';

/** Each core domain's status in this assessment; 'missing' when nothing was recorded. */
export function coverage(domains: { domain: string; status: DomainStatus }[]): Record<AssessmentDomain, CoverageStatus> {
  const byDomain = new Map(domains.map((d) => [d.domain, d.status]));
  return Object.fromEntries(domainIds.map((id) => [id, byDomain.get(id) ?? 'missing'])) as Record<AssessmentDomain, CoverageStatus>;
}

/** Core domains that are not at least partly covered. */
export function uncoveredDomains(domains: { domain: string; status: DomainStatus }[]): AssessmentDomain[] {
  const c = coverage(domains);
  return domainIds.filter((id) => c[id] === 'missing' || c[id] === 'not-covered');
}

export function completionProblems(k: KartleggingFacts): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (k.status !== 'in-progress') problems.push({ path: 'status', detail: 'Bare en pågående kartlegging kan fullføres.' });
  if (!k.meetingDate || k.meetingParticipants.length === 0) problems.push({ path: 'meetingDate', detail: 'Kartleggingen må ha et dokumentert møte med personen (dato og deltakere).' });
  if (!k.whatMatters?.trim()) problems.push({ path: 'whatMatters', detail: 'Skriv hva som er viktig for personen, med personens egne ord.' });
  const uncovered = uncoveredDomains(k.domains);
  if (uncovered.length && !k.missingDomainsReason?.trim()) {
    problems.push({ path: 'missingDomainsReason', detail: `Disse områdene er ikke kartlagt: ${uncovered.map((d) => assessmentDomains[d].label).join(', ')}. Kartlegg dem eller begrunn hvorfor.` });
  }
  const relatives = k.domains.find((d) => d.domain === 'relatives');
  if (relatives && relatives.status !== 'not-covered') {
    const q = k.relatives;
    if (!q || q.hasRelatives === null || (q.hasRelatives && (!q.closestRelative?.trim() || q.childrenOrMinorSiblingsAffected === null || !q.howToInvolve?.trim()))) {
      problems.push({ path: 'relatives', detail: 'Besvar de fire spørsmålene om pårørende (har pårørende, nærmeste pårørende, berørte barn eller mindreårige søsken, hvordan involvere).' });
    }
  }
  return problems;
}

export function declineProblem(reofferDate: string, today: string): string | null {
  return reofferDate <= today ? 'Dato for nytt tilbud om kartlegging må være etter i dag.' : null;
}
