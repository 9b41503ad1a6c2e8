// Pure NAV rules: a § 17 request is assessed and decided individually within the deadline, a refusal
// carries a reason, and a person NAV serves has a fixed contact person. Checks with their sources.
import type { FactCheck as Check } from '../compliance/types.js';
import { daysBetween } from '../housing/rules.js';
import { checkSource, cite, sec } from '../../platform/law/index.js';

/** Days NAV has to decide a request for advice and guidance (the municipality's own deadline). */
export const guidanceDecisionDays = 30;

export interface NavFacts {
  personId: string;
  servedByNav: boolean;
  contact: { id: string; userId: string } | null;
  guidance: { id: string; requestedOn: string; decision: 'pending' | 'granted' | 'refused'; assessment: string | null; reason: string | null }[];
}

export function guidanceOverdue(g: { requestedOn: string; decision: string }, today: string): boolean {
  return g.decision === 'pending' && daysBetween(g.requestedOn, today) > guidanceDecisionDays;
}

/** Problems with a decision on a § 17 request: both outcomes need an individual assessment, a refusal a reason. */
export function decisionProblems(input: { decision: 'granted' | 'refused'; assessment: string; reason?: string | undefined; decidedOn: string }, facts: { requestedOn: string; today: string }): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (input.decision === 'refused' && !input.reason?.trim()) problems.push({ path: 'body/reason', detail: 'Et avslag må begrunnes' });
  if (input.decidedOn < facts.requestedOn) problems.push({ path: 'body/decidedOn', detail: 'Vedtaksdatoen kan ikke være før forespørselen' });
  if (input.decidedOn > facts.today) problems.push({ path: 'body/decidedOn', detail: 'Vedtaksdatoen kan ikke være fram i tid' });
  return problems;
}

const guidanceCheck: Check<NavFacts> = {
  id: 'nav.guidance-decided-individually',
  text: 'Forespørsler om opplysning, råd og veiledning er vurdert individuelt og avgjort (innvilget eller avslått med begrunnelse) innen fristen.',
  source: checkSource('sotjl', '§ 17', `(forespørselen vurderes individuelt); ${cite('asker-2026', 'V2')}`),
  evaluate(facts, today) {
    if (!facts.guidance.length) return { status: 'not-applicable', detail: 'Ingen forespørsler om råd og veiledning.', evidence: [] };
    const overdue = facts.guidance.filter((g) => guidanceOverdue(g, today));
    const unreasoned = facts.guidance.filter((g) => g.decision !== 'pending' && (!g.assessment || (g.decision === 'refused' && !g.reason)));
    const bad = [...overdue, ...unreasoned];
    if (!bad.length) return { status: 'met', detail: 'Forespørslene er avgjort individuelt, eller innenfor fristen.', evidence: facts.guidance.map((g) => ({ record: 'nav_guidance', id: g.id, field: 'decision' })) };
    const detail = overdue.length ? `${overdue.length} forespørsel(er) er ikke avgjort etter ${guidanceDecisionDays} dager.` : 'En avgjørelse mangler individuell vurdering eller begrunnelse.';
    return { status: bad.length === facts.guidance.length ? 'not-met' : 'partly', detail, evidence: bad.map((g) => ({ record: 'nav_guidance', id: g.id, field: overdue.includes(g) ? 'requested_on' : 'reason' })) };
  },
};

const contactCheck: Check<NavFacts> = {
  id: 'nav.fixed-contact-person',
  text: 'En person som får tjenester fra NAV har en fast kontaktperson i NAV.',
  source: checkSource('sotjl', ['§ 13', '§ 17'], `(samarbeid; råd og veiledning); ${cite('asker-2026', 'pkt. 4.2')} (Nav i samordningen rundt brukeren)`),
  evaluate(facts) {
    if (!facts.servedByNav) return { status: 'not-applicable', detail: 'Personen får ikke tjenester fra NAV.', evidence: [] };
    if (facts.contact) return { status: 'met', detail: 'NAV har en fast kontaktperson for personen.', evidence: [{ record: 'nav_contacts', id: facts.contact.id, field: 'user_id' }] };
    return { status: 'not-met', detail: 'NAV har ingen fast kontaktperson registrert for personen.', evidence: [] };
  },
};

export const navChecks = [guidanceCheck, contactCheck];

export const financialAssistanceLabels: Record<string, string> = {
  'economic-assistance': `Økonomisk stønad (${sec('sotjl', '§ 18')})`,
  'emergency-aid': 'Nødhjelp',
  'debt-advice': 'Økonomisk rådgivning / gjeldsrådgivning',
  other: 'Annet',
};
