// Pure rules for procedures (rutiner): the process map, Markdown sanitising, PDF checks, revision
// status, which version is current, who is affected, acknowledgement coverage, and who may edit and
// approve. Legal rules carry their source; dates are passed in.
import { addDays, dateParts, formatLocalDate, daysInMonth, type LocalDate } from '../../platform/calendar/index.js';
import type { StaffRole } from '../../platform/access/policy.js';
import type { processStepIds } from './schema.js';
import { cite, sec, upperFirst } from '../../platform/law/index.js';

export type ProcessStep = (typeof processStepIds)[number];

export const procedureSources = {
  procedures: upperFirst(`${cite('kvalitetsforskriften', '§ 6')} (planlegge: prosedyrer og rutiner som trengs); ${cite('kommunel', '§ 25-1', 'tredje ledd bokstav b')} (nødvendige rutiner); ${cite('helsetilsynsl', '§ 3')}`),
  approval: upperFirst(`${cite('kvalitetsforskriften', ['§ 6', '§ 7'])} (${sec('kvalitetsforskriften', '§ 7')} bokstav a); ${cite('sarpsborg-2025', 'pkt. 4.2.1.1')}: rutiner godkjennes av leder før publisering`),
  acknowledgement: upperFirst(`${cite('kvalitetsforskriften', '§ 7', 'bokstav a og b')}: oppgaver og planer skal være kjent, og medarbeiderne skal ha nødvendig kunnskap om styringssystemet; ${cite('sarpsborg-2025', 'pkt. 4.2.1.1')} (gjennomlesning)`),
  revision: upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav c')} og ${cite('kvalitetsforskriften', '§ 9')} (evaluere og korrigere); ${cite('kommunel', '§ 25-1', 'tredje ledd bokstav e')}; ${cite('sarpsborg-2025', 'pkt. 4.2.1.1')}: rutiner revideres hvert andre år`),
  proposals: upperFirst(`${cite('kvalitetsforskriften', '§ 7', 'bokstav c')} (medarbeidernes medvirkning); ${cite('sarpsborg-2025', 'pkt. 4.2.1.1')}: forslag fra ansatte går til dokumentansvarlig`),
  processMap: upperFirst(`${cite('kvalitetsforskriften', '§ 7', 'bokstav a')}: ledere og ansatte skal enkelt finne det som gjelder dem; ${cite('asker-2026')} (prosessveiledning med rutiner per fase)`),
} as const;

export const processSteps: { id: ProcessStep; label: string; main: boolean }[] = [
  { id: 'request', label: 'Henvendelse', main: true },
  { id: 'assessment', label: 'Kartlegging', main: true },
  { id: 'decision', label: 'Vedtak', main: true },
  { id: 'individual-plan', label: 'Individuell plan', main: true },
  { id: 'follow-up', label: 'Oppfølging', main: true },
  { id: 'evaluation', label: 'Evaluering', main: true },
  { id: 'closure', label: 'Avslutning', main: true },
  { id: 'crisis-plan', label: 'Kriseplan', main: false },
  { id: 'discharge', label: 'Utskrivning fra sykehus', main: false },
  { id: 'general', label: 'Gjelder hele forløpet', main: false },
];

export const stepLabel = (step: ProcessStep): string => processSteps.find((s) => s.id === step)!.label;

const autolink = /^<(?:https?:\/\/|mailto:)[^\s<>]*>$/i;

/**
 * Procedure text is Markdown without HTML: tags and comments are removed (script and style with
 * their content), links to javascript:/data:/vbscript: are neutralised, and any remaining «<» that
 * could open a tag is escaped. Autolinks (<https://…>) are kept.
 */
export function sanitizeMarkdown(input: string): string {
  let text = input.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  text = text.replace(/<(script|style|iframe|object|embed|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  text = text.replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) => (autolink.test(tag) ? tag : ''));
  text = text.replace(/<(?!(?:https?:\/\/|mailto:)[^\s<>]*>)(?=[a-zA-Z/!?])/gi, '&lt;');
  text = text.replace(/\]\(\s*<?\s*(?:javascript|vbscript|data):(?:[^()]|\([^()]*\))*\)/gi, '](#)');
  text = text.replace(/^(\s*\[[^\]]+\]:\s*)(?:javascript|vbscript|data):.*$/gim, '$1#');
  return text.trim();
}

export const maxPdfBytes = 5 * 1024 * 1024;

export function pdfProblem(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'PDF-filen er tom';
  if (bytes.length > maxPdfBytes) return 'PDF-filen kan være maks 5 MB';
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'Filen er ikke en PDF (den må starte med %PDF-)';
  return null;
}

/** Revised every second year by default: the same day two years on (29 February → 28 February). */
export function defaultRevisionDue(validFrom: LocalDate): LocalDate {
  const { year, month, day } = dateParts(validFrom);
  return formatLocalDate(year + 2, month, Math.min(day, daysInMonth(year + 2, month)));
}

export type RevisionStatus = 'ok' | 'due-soon' | 'overdue';
export const revisionWarningDays = 30;

export function revisionStatus(revisionDue: string, today: LocalDate): RevisionStatus {
  if (today > revisionDue) return 'overdue';
  return addDays(today, revisionWarningDays) >= revisionDue ? 'due-soon' : 'ok';
}

export function versionDateProblems(v: { validFrom: string; revisionDue: string }): { path: string; detail: string }[] {
  return v.revisionDue <= v.validFrom ? [{ path: 'body/revisionDue', detail: 'Revisjonsdato må være etter gyldig fra-dato' }] : [];
}

export interface VersionFacts {
  id: string;
  version: number;
  approved: boolean;
  validFrom: string;
}

export type VersionState = 'draft' | 'discarded-draft' | 'upcoming' | 'current' | 'superseded';

/** The current version: the highest approved version already in force. */
export function currentVersion<T extends VersionFacts>(versions: T[], today: string): T | null {
  return versions.filter((v) => v.approved && v.validFrom <= today).sort((a, b) => b.version - a.version)[0] ?? null;
}

export function versionState(v: VersionFacts, all: VersionFacts[], today: string): VersionState {
  const current = currentVersion(all, today);
  const newestApproved = Math.max(0, ...all.filter((x) => x.approved).map((x) => x.version));
  if (!v.approved) return v.version < newestApproved ? 'discarded-draft' : 'draft';
  if (current?.id === v.id) return 'current';
  return v.validFrom > today && v.version > (current?.version ?? 0) ? 'upcoming' : 'superseded';
}

/** A procedure for a unit applies to its sub-units too. */
export function expandUnits(tree: { id: string; parentId: string | null }[], unitIds: readonly string[]): Set<string> {
  const result = new Set(unitIds);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of tree) {
      if (u.parentId && result.has(u.parentId) && !result.has(u.id)) {
        result.add(u.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The listed units and every unit above them: where a leader may approve from. */
export function unitsAndAncestors(tree: { id: string; parentId: string | null }[], unitIds: readonly string[]): Set<string> {
  const parentOf = new Map(tree.map((u) => [u.id, u.parentId]));
  const result = new Set<string>();
  for (const start of unitIds) for (let u: string | null | undefined = start; u && !result.has(u); u = parentOf.get(u)) result.add(u);
  return result;
}

export interface Applicability {
  /** Expanded with sub-units. */
  unitIds: ReadonlySet<string>;
  /** Empty: every role. */
  roles: readonly string[];
}

export function roleApplies(roles: readonly string[], applicable: readonly string[]): boolean {
  return applicable.length === 0 || roles.some((r) => applicable.includes(r));
}

export function appliesTo(actor: { unitIds: readonly string[]; roles: readonly string[] }, a: Applicability): boolean {
  return actor.unitIds.some((u) => a.unitIds.has(u)) && roleApplies(actor.roles, a.roles);
}

export interface Member {
  userId: string;
  unitId: string;
  roles: readonly string[];
}

const share = (acknowledged: number, affected: number): number | null => (affected === 0 ? null : Math.round((acknowledged / affected) * 1000) / 1000);

/**
 * Coverage = affected staff who acknowledged this version ÷ affected staff (active members of the
 * applicable units, with an applicable role). Each person counts once in the total, however many
 * units they are in; per unit, each listed unit with its sub-units.
 */
export function coverage(members: Member[], acknowledged: ReadonlySet<string>, listedUnitIds: readonly string[], roles: readonly string[], tree: { id: string; parentId: string | null }[]) {
  const eligible = members.filter((m) => roleApplies(m.roles, roles));
  const count = (unitIds: Set<string>) => {
    const affected = new Set(eligible.filter((m) => unitIds.has(m.unitId)).map((m) => m.userId));
    const read = [...affected].filter((u) => acknowledged.has(u)).length;
    return { affected: affected.size, acknowledged: read, share: share(read, affected.size) };
  };
  return { ...count(expandUnits(tree, listedUnitIds)), perUnit: listedUnitIds.map((unitId) => ({ unitId, ...count(expandUnits(tree, [unitId])) })) };
}

export interface EditorFacts {
  userId: string;
  roles: readonly StaffRole[];
  unitIds: readonly string[];
}

/** The owner, a quality adviser, or a unit leader of a unit it applies to (or above). */
export function mayEdit(actor: EditorFacts, p: { ownerId: string; leaderUnits: ReadonlySet<string> }): boolean {
  if (!actor.roles.some((r) => r === 'unit-leader' || r === 'quality-adviser')) return false;
  return actor.userId === p.ownerId || actor.roles.includes('quality-adviser') || (actor.roles.includes('unit-leader') && actor.unitIds.some((u) => p.leaderUnits.has(u)));
}

/** The director, or a unit leader of a unit the version applies to (or above). */
export function mayApprove(actor: EditorFacts, leaderUnits: ReadonlySet<string>): boolean {
  if (actor.roles.includes('director')) return true;
  return actor.roles.includes('unit-leader') && actor.unitIds.some((u) => leaderUnits.has(u));
}
