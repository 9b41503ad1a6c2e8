// The auditor's sample report (stikkprøve): pure rules that turn one case's records into the cells the
// auditors print (docs/audit-report.md), each non-«Ja» cell with the evidence behind it, and the seeded
// draw of the sample. No I/O, no clock.
import { cite, upperFirst } from '../../platform/law/index.js';

export type CellValue = 'Ja' | 'Delvis' | 'Nei';

export interface Evidence {
  kind: 'kartlegging' | 'instrument' | 'journal-note' | 'user-card' | 'vedtak' | 'ip-information' | 'individual-plan' | 'team-meeting' | 'missing';
  /** The record's id (absent for 'missing'). */
  id?: string;
  date?: string;
  text: string;
}

export interface CellResult {
  value: CellValue;
  /** Why the value is not «Ja» (or a remark on a «Ja»); with the evidence it rests on. */
  explanation: string | null;
  evidence: Evidence[];
}

export interface ClaimFact {
  kind: string;
  source: 'journal-note' | 'user-card' | 'vedtak';
  sourceId: string | null;
  sourceTitle: string | null;
  statedOn: string;
  text: string;
}

export interface CaseFacts {
  personId: string;
  kartlegginger: { id: string; occasion: string; status: 'in-progress' | 'completed' | 'declined'; meetingDate: string | null; whatMatters: string | null; relatives: { hasRelatives: boolean | null; ownNeedsMapped: boolean | null; childrenOrMinorSiblingsAffected: boolean | null } | null; domains: { domain: string; status: 'covered' | 'partly' | 'not-covered'; evidence: string }[] }[];
  instruments: { id: string; kartleggingId: string; instrumentId: string; status: 'scored' | 'cannot-score'; administeredOn: string }[];
  claims: ClaimFact[];
  ipInformation: { id: string; informedOn: string; context: 'assessment' | 'allocation' | 'follow-up' | 'other' | null; answer: string }[];
  plans: { id: string; status: 'active' | 'paused' | 'closed'; createdOn: string; goals: number; activeParticipants: number; nextReviewDate: string }[];
  vedtak: { id: string; serviceName: string; startDate: string; status: 'draft' | 'final' | 'ended'; participation: string; hasPlaceholders: boolean }[];
}

export const sampleReportSources = {
  assessment: upperFirst(`${cite('hol', ['§ 3-2', '§ 4-1'])}; ${cite('rop-retningslinje', 'kap. 4')}`),
  individualPlan: upperFirst(`${cite('hol', '§ 7-1')}; ${cite('pbrl', '§ 2-5')}; ${cite('forskrift-ip', ['planens innhold', 'oppdatering'])}`),
  relatives: upperFirst(`${cite('hpl', '§ 10 a')}; ${cite('pbrl', '§ 3-3')}; ${cite('parorendeveileder')}`),
  participation: upperFirst(`${cite('pbrl', '§ 3-1')}; ${cite('hol', '§ 3-10')}`),
} as const;

const fmt = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const ja = (): CellResult => ({ value: 'Ja', explanation: null, evidence: [] });

function claimEvidence(c: ClaimFact): Evidence {
  const where = c.source === 'journal-note' ? `Journalnotat${c.sourceTitle ? ` «${c.sourceTitle}»` : ''}` : c.source === 'user-card' ? 'Tjenestekortet' : `Vedtak${c.sourceTitle ? ` om ${c.sourceTitle.toLowerCase()}` : ''}`;
  return { kind: c.source, ...(c.sourceId ? { id: c.sourceId } : {}), date: c.statedOn, text: `${where} ${fmt(c.statedOn)}: ${c.text}` };
}

const claimsOf = (f: CaseFacts, ...kinds: string[]) => f.claims.filter((c) => kinds.includes(c.kind));

/** Gjennomført kartlegging: a completed structured assessment; «Delvis» when only partly documented. */
export function assessmentDone(f: CaseFacts): CellResult {
  if (f.kartlegginger.some((k) => k.status === 'completed')) return ja();
  const forms = f.kartlegginger.filter((k) => k.status === 'in-progress');
  const notes = claimsOf(f, 'assessment-conversation', 'assessment-partial', 'assessment-undocumented');
  const evidence: Evidence[] = [
    ...forms.map((k): Evidence => ({ kind: 'kartlegging', id: k.id, date: k.occasion, text: k.domains.length === 0 && !k.meetingDate && !k.whatMatters ? `Kartleggingsskjema datert ${fmt(k.occasion)} er tomt.` : `Kartleggingsskjema datert ${fmt(k.occasion)} er ikke fullført (${k.domains.length} av 8 domener registrert).` })),
    ...notes.map(claimEvidence),
  ];
  if (evidence.length > 0) return { value: 'Delvis', explanation: 'Ingen fullført strukturert kartlegging; kartleggingen er bare delvis dokumentert.', evidence };
  const declined = f.kartlegginger.find((k) => k.status === 'declined');
  return {
    value: 'Nei',
    explanation: declined ? `Personen takket nei til kartlegging ${fmt(declined.occasion)}; ingen kartlegging er gjennomført.` : 'Ingen kartlegging er dokumentert.',
    evidence: [declined ? { kind: 'kartlegging', id: declined.id, date: declined.occasion, text: 'Kartlegging avslått.' } : { kind: 'missing', text: 'Ingen kartleggingsskjema og ingen journalnotat om kartlegging.' }],
  };
}

/** Bruk av kartleggingsverktøy: a standardised instrument with a score. */
export function toolUsed(f: CaseFacts): CellResult {
  if (f.instruments.some((r) => r.status === 'scored')) return ja();
  const unscored = f.instruments.filter((r) => r.status === 'cannot-score');
  if (unscored.length) return { value: 'Delvis', explanation: 'Kartleggingsverktøy er brukt, men kunne ikke skåres (ufullstendige svar).', evidence: unscored.map((r) => ({ kind: 'instrument', id: r.id, date: r.administeredOn, text: `${r.instrumentId} ${fmt(r.administeredOn)} uten skår.` })) };
  return { value: 'Nei', explanation: 'Ingen standardisert kartleggingsverktøy (AUDIT, DUDIT, PHQ-9 o.l.) er registrert.', evidence: [{ kind: 'missing', text: 'Ingen instrumentresultater i kartleggingen.' }] };
}

/** Dokumentert møte med bruker og kommunen: the assessment's meeting, or a journal note documenting one. */
export function meetingDocumented(f: CaseFacts): CellResult {
  if (f.kartlegginger.some((k) => k.meetingDate)) return ja();
  if (claimsOf(f, 'assessment-conversation', 'user-meeting').length) return ja();
  return { value: 'Nei', explanation: 'Ingen møte mellom bruker og kommunen er dokumentert.', evidence: [{ kind: 'missing', text: 'Ingen kartlegging med møtedato og ingen journalnotat om møte med bruker.' }] };
}

const contextLabel = { assessment: 'ved kartleggingen', allocation: 'ved tildeling av tjenester', 'follow-up': 'i oppfølgingen', other: 'ved annen anledning' } as const;

/** Informasjon om IP i forbindelse med kartleggingen: recorded information about the right to an IP. */
export function ipInformed(f: CaseFacts): CellResult {
  const first = [...f.ipInformation].sort((a, b) => a.informedOn.localeCompare(b.informedOn))[0];
  if (first) {
    if (first.context && first.context !== 'assessment') {
      return { value: 'Ja', explanation: `Informert om retten til IP ${contextLabel[first.context]}, ikke ved kartleggingen.`, evidence: [{ kind: 'ip-information', id: first.id, date: first.informedOn, text: `Informasjon om IP registrert ${fmt(first.informedOn)} (${contextLabel[first.context]}).` }] };
    }
    return ja();
  }
  return {
    value: 'Nei',
    explanation: 'Det er ikke dokumentert at personen er informert om retten til individuell plan.',
    evidence: [{ kind: 'missing', text: 'Ingen registrering av informasjon om retten til IP.' }, ...claimsOf(f, 'ip-needed', 'coordinator-needed', 'ip-granted', 'ip-created').map(claimEvidence)],
  };
}

/** Opprettet IP: a plan in the IP module; «Delvis» when it lacks participants or goals. */
export function ipCreated(f: CaseFacts): CellResult {
  const plan = [...f.plans].sort((a, b) => (a.status === 'closed' ? 1 : 0) - (b.status === 'closed' ? 1 : 0) || b.createdOn.localeCompare(a.createdOn))[0];
  if (plan) {
    const missing = [plan.activeParticipants === 0 ? 'deltakere' : null, plan.goals === 0 ? 'mål' : null].filter((m): m is string => m !== null);
    if (missing.length) return { value: 'Delvis', explanation: `Individuell plan er opprettet, men har ingen ${missing.join(' og ingen ')}.`, evidence: [{ kind: 'individual-plan', id: plan.id, date: plan.createdOn, text: `IP opprettet ${fmt(plan.createdOn)}: ${plan.activeParticipants} deltakere, ${plan.goals} mål.` }, ...claimsOf(f, 'ip-granted').map(claimEvidence)] };
    return ja();
  }
  const claims = claimsOf(f, 'ip-created', 'ip-granted');
  return {
    value: 'Nei',
    explanation: claims.length ? 'Kilder i journalen sier at IP er opprettet eller innvilget, men ingen individuell plan finnes i IP-modulen.' : 'Ingen individuell plan er opprettet.',
    evidence: [{ kind: 'missing', text: 'Ingen individuell plan i IP-modulen.' }, ...claims.map(claimEvidence)],
  };
}

const domainLabels: Record<string, string> = {
  'substance-use': 'Rusmiddelbruk',
  'mental-health': 'Psykisk helse',
  'somatic-health': 'Somatisk helse',
  psychosocial: 'Psykososiale forhold',
  housing: 'Bolig og boevne',
  'violence-risk': 'Voldsrisiko',
  'suicide-risk': 'Selvmordsrisiko',
  relatives: 'Pårørende og barn',
};
export const domainOrder = Object.keys(domainLabels);

function latestKartlegging(f: CaseFacts) {
  return [...f.kartlegginger].filter((k) => k.status !== 'declined').sort((a, b) => (a.status === 'completed' ? 0 : 1) - (b.status === 'completed' ? 0 : 1) || b.occasion.localeCompare(a.occasion))[0];
}

/** Innholdet i kartleggingen per domene (the latest completed, else latest, assessment). */
export function domainCell(f: CaseFacts, domain: string): CellResult {
  const k = latestKartlegging(f);
  const d = k?.domains.find((x) => x.domain === domain);
  if (!k || !d) return { value: 'Nei', explanation: `${domainLabels[domain]} er ikke kartlagt.`, evidence: [k ? { kind: 'kartlegging', id: k.id, date: k.occasion, text: `Kartlegging ${fmt(k.occasion)} har ikke domenet registrert.` } : { kind: 'missing', text: 'Ingen kartlegging.' }] };
  if (d.status === 'covered') return ja();
  return { value: d.status === 'partly' ? 'Delvis' : 'Nei', explanation: `${domainLabels[domain]}: ${d.status === 'partly' ? 'delvis' : 'ikke'} kartlagt.`, evidence: [{ kind: 'kartlegging', id: k.id, date: k.occasion, text: d.evidence }] };
}

export function relativesMapped(f: CaseFacts): CellResult {
  const k = latestKartlegging(f);
  if (k?.relatives && k.relatives.hasRelatives !== null) return ja();
  return { value: 'Nei', explanation: 'Det er ikke dokumentert om personen har pårørende (de fire spørsmålene ved første kontakt).', evidence: [k ? { kind: 'kartlegging', id: k.id, date: k.occasion, text: `Kartlegging ${fmt(k.occasion)} uten pårørendeopplysninger.` } : { kind: 'missing', text: 'Ingen kartlegging.' }] };
}

export function relativesOwnNeeds(f: CaseFacts): CellResult {
  const k = latestKartlegging(f);
  if (k?.relatives?.hasRelatives === false) return ja();
  if (k?.relatives?.ownNeedsMapped) return ja();
  if (claimsOf(f, 'relatives-own-needs').length) return ja();
  return { value: 'Nei', explanation: 'Pårørendes egne behov er ikke kartlagt.', evidence: [k ? { kind: 'kartlegging', id: k.id, date: k.occasion, text: `Kartlegging ${fmt(k.occasion)}: pårørendes egne behov ikke registrert.` } : { kind: 'missing', text: 'Ingen kartlegging.' }] };
}

export function needsAndWishes(f: CaseFacts): CellResult {
  if (f.kartlegginger.some((k) => k.whatMatters)) return ja();
  if (claimsOf(f, 'needs-and-wishes').length) return ja();
  return { value: 'Nei', explanation: 'Brukers behov og ønsker («Hva er viktig for deg?») er ikke dokumentert.', evidence: [{ kind: 'missing', text: 'Ingen «Hva er viktig for deg?» i kartleggingen og ingen journalnotat om behov og ønsker.' }] };
}

export function participationInAllocation(f: CaseFacts): CellResult {
  const final = f.vedtak.filter((v) => v.status !== 'draft');
  if (final.some((v) => v.participation.trim() && !v.hasPlaceholders) || claimsOf(f, 'participation').length) return ja();
  return { value: 'Nei', explanation: 'Brukers medvirkning ved tildeling er ikke dokumentert.', evidence: final.length ? final.map((v) => ({ kind: 'vedtak', id: v.id, date: v.startDate, text: `Vedtak om ${v.serviceName.toLowerCase()} uten utfylt medvirkning.` })) : [{ kind: 'missing', text: 'Ingen fattet vedtak.' }] };
}

export interface TableSpec {
  id: string;
  title: string;
  source: string;
  columns: { label: string; cell: (f: CaseFacts) => CellResult }[];
}

export const reportTables: TableSpec[] = [
  { id: 'A', title: 'Kartlegging, kartleggingsverktøy og møte', source: sampleReportSources.assessment, columns: [
    { label: 'Gjennomført kartlegging', cell: assessmentDone },
    { label: 'Bruk av kartleggingsverktøy', cell: toolUsed },
    { label: 'Dokumentert møte med bruker og kommunen', cell: meetingDocumented },
  ] },
  { id: 'B', title: 'Informasjon om IP og opprettet IP', source: sampleReportSources.individualPlan, columns: [
    { label: 'Informasjon om IP i forbindelse med kartleggingen', cell: ipInformed },
    { label: 'Opprettet IP', cell: ipCreated },
  ] },
  { id: 'C', title: 'Innholdet i kartleggingen per domene', source: sampleReportSources.assessment, columns: domainOrder.map((d) => ({ label: domainLabels[d]!, cell: (f: CaseFacts) => domainCell(f, d) })) },
  { id: 'D', title: 'Pårørende og pårørendes egne behov', source: sampleReportSources.relatives, columns: [
    { label: 'Pårørende kartlagt', cell: relativesMapped },
    { label: 'Pårørendes egne behov kartlagt', cell: relativesOwnNeeds },
  ] },
  { id: 'E', title: 'Brukermedvirkning', source: sampleReportSources.participation, columns: [
    { label: 'Brukers behov og ønsker dokumentert', cell: needsAndWishes },
    { label: 'Bruker medvirket ved tildeling', cell: participationInAllocation },
  ] },
];

export interface ReportCell {
  value: CellValue;
  footnote: number | null;
}
export interface ReportTable {
  id: string;
  title: string;
  source: string;
  columns: string[];
  rows: { nr: string; personId: string; cells: ReportCell[] }[];
  totals: Record<CellValue, number>[];
}
export interface Footnote {
  n: number;
  table: string;
  nr: string;
  column: string;
  value: CellValue;
  text: string;
  evidence: Evidence[];
}

/** Builds every table for the cases in sample order (#1, #2, …), numbering footnotes as they appear. */
export function buildReport(cases: CaseFacts[]): { tables: ReportTable[]; footnotes: Footnote[] } {
  const footnotes: Footnote[] = [];
  const tables = reportTables.map((spec): ReportTable => {
    const totals = spec.columns.map(() => ({ Ja: 0, Delvis: 0, Nei: 0 }));
    const rows = cases.map((f, index) => {
      const nr = `#${index + 1}`;
      const cells = spec.columns.map((column, c): ReportCell => {
        const result = column.cell(f);
        totals[c]![result.value] += 1;
        if (!result.explanation) return { value: result.value, footnote: null };
        const n = footnotes.length + 1;
        footnotes.push({ n, table: spec.id, nr, column: column.label, value: result.value, text: result.explanation, evidence: result.evidence });
        return { value: result.value, footnote: n };
      });
      return { nr, personId: f.personId, cells };
    });
    return { id: spec.id, title: spec.title, source: spec.source, columns: spec.columns.map((c) => c.label), rows, totals };
  });
  return { tables, footnotes };
}

/** A 32-bit hash of the seed text (FNV-1a), so any text is a seed. */
function seedHash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-known seeded PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: string): () => number {
  let a = seedHash(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws `size` of the candidates: sorted by id (so the database's row order does not matter), then a
 * Fisher–Yates shuffle driven by the seed. Same candidates + same seed = same sample.
 */
export function drawSample(candidateIds: string[], size: number, seed: string): string[] {
  const ids = [...new Set(candidateIds)].sort();
  const random = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, Math.max(0, size));
}
