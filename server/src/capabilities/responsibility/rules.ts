// Pure rules for the responsibility matrix: levels, the findings (a task with no responsible unit, or
// with two or more), and the checks on a matrix before it is saved. Sources as data.
import type { responsibilityLevels } from './schema.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export type ResponsibilityLevel = (typeof responsibilityLevels)[number];

export const responsibilitySources = {
  matrix: upperFirst(`${cite('kvalitetsforskriften', '§ 6', 'bokstav a')}: det skal klart fremgå hvordan ansvar, oppgaver og myndighet er fordelt; ${cite('hol', '§ 3-4')} (samarbeid); ${cite('kommunel', '§ 25-1')}`),
  findings: `${cite('asker-2026', 'anbefaling 2 (pkt. 4.3.1)')}: uklar oppgavefordeling mellom virksomhetene, f.eks. legemiddelhåndtering hjemme og oppfølging i hjemmet; ingen oppgave uten én ansvarlig enhet`,
  approval: upperFirst(`${cite('kommunel', '§ 25-1')} og ${cite('kvalitetsforskriften', '§ 3')} (øverste leder har ansvaret for styringssystemet)`),
} as const;

export const levelLabels: Record<ResponsibilityLevel, string> = {
  responsible: 'Ansvarlig',
  'takes-part': 'Deltar',
  informed: 'Informeres',
};

/** Tasks of the ROP field named in the audits (Asker 2026, 4.3.1; Sarpsborg 2025), as a starting point. */
export const ropTasks = [
  'Kartlegging før vedtak',
  'Videre kartlegging hos tjenesteyter',
  'Kartlegging av vold- og selvmordsrisiko',
  'Legemiddelhåndtering hjemme',
  'Oppfølging i hjemmet (booppfølging)',
  'Ambulant oppfølging i brukerens hjem',
  'Koordinatorrollen og individuell plan',
  'Informere om retten til individuell plan',
  'Evaluering av vedtak',
  'Revurderingsnotat til tildelingskontoret',
  'Kartlegging av pårørende og barn som pårørende',
  'Midlertidig bolig',
  'Arbeid og aktivitet',
] as const;

export interface Party {
  party: 'unit' | 'partner';
  id: string;
  name: string;
}

export interface MatrixTask {
  name: string;
  assignments: (Party & { level: ResponsibilityLevel })[];
}

export interface Finding {
  task: string;
  kind: 'no-responsible' | 'several-responsible';
  detail: string;
  responsible: string[];
}

/** Every task needs exactly one responsible unit or partner; none or several is a finding. */
export function matrixFindings(tasks: MatrixTask[]): Finding[] {
  const findings: Finding[] = [];
  for (const task of tasks) {
    const responsible = task.assignments.filter((a) => a.level === 'responsible').map((a) => a.name);
    if (responsible.length === 0) findings.push({ task: task.name, kind: 'no-responsible', detail: `«${task.name}» har ingen ansvarlig enhet.`, responsible });
    if (responsible.length > 1) findings.push({ task: task.name, kind: 'several-responsible', detail: `«${task.name}» har ${responsible.length} ansvarlige: ${responsible.join(' og ')}. Én må ha ansvaret.`, responsible });
  }
  return findings;
}

/** Structural problems that make a matrix invalid (as opposed to findings, which are allowed but flagged). */
export function matrixProblems(tasks: { name: string; assignments: { party: 'unit' | 'partner'; id: string }[] }[]): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  const names = new Map<string, number>();
  tasks.forEach((task, i) => {
    const key = task.name.trim().toLocaleLowerCase('nb');
    if (names.has(key)) problems.push({ path: `body/tasks/${i}/name`, detail: `Oppgaven «${task.name}» står flere ganger i matrisen` });
    names.set(key, i);
    const seen = new Set<string>();
    task.assignments.forEach((a, j) => {
      const partyKey = `${a.party}:${a.id}`;
      if (seen.has(partyKey)) problems.push({ path: `body/tasks/${i}/assignments/${j}/id`, detail: 'Samme enhet eller samarbeidspartner står flere ganger på oppgaven' });
      seen.add(partyKey);
    });
  });
  return problems;
}

export type MatrixStatus = 'draft' | 'current' | 'superseded';

export function matrixStatus(m: { id: string; approvedAt: Date | null }, all: { id: string; version: number; approvedAt: Date | null }[]): MatrixStatus {
  if (!m.approvedAt) return 'draft';
  const newest = all.filter((x) => x.approvedAt).sort((a, b) => b.version - a.version)[0];
  return newest?.id === m.id ? 'current' : 'superseded';
}
