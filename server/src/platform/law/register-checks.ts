// Checks that keep the register honest: one name per source, no replaced source in use, no use of a
// source or section the register does not hold, no source nobody cites. Pure; the tests run them over
// the real register and the uses found in the code, and over broken examples to show they can fail.
import type { LegalSource } from './types.js';
import type { CitationUse } from './usage.js';

type Register = Readonly<Record<string, LegalSource>>;

/** Two sources sharing a title, short name, identifier or address: one source under two names. */
export function duplicateNames(register: Register): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const [id, s] of Object.entries(register)) {
    for (const [what, value] of [['tittel', s.title], ['kortnavn', s.shortName], ['kortnavn', s.shortNameNn], ['identifikator', s.identifier], ['adresse', s.kind === 'kommunal-rutine' ? undefined : s.url]] as const) {
      if (!value) continue;
      const key = `${what}:${value.toLocaleLowerCase('nb')}`;
      const other = seen.get(key);
      if (other && other !== id) found.push(`${other} og ${id} har samme ${what}: ${value}`);
      seen.set(key, id);
    }
  }
  return found;
}

/** Uses of a source the register marks as replaced or repealed on or before `today`. */
export function replacedInUse(register: Register, uses: readonly CitationUse[], today: string): string[] {
  return uses.filter((u) => register[u.source]?.validTo && register[u.source]!.validTo! <= today).map((u) => `${u.file}:${u.line} siterer ${u.source}, som er erstattet av ${register[u.source]!.replacedBy ?? 'en annen kilde'}`);
}

/** Uses naming a source or section the register does not hold (a call the compiler could not check). */
export function unknownUses(register: Register, uses: readonly CitationUse[]): string[] {
  const found: string[] = [];
  for (const u of uses) {
    const s = register[u.source];
    if (!s) found.push(`${u.file}:${u.line} siterer ukjent kilde «${u.source}»`);
    else if (s.kind !== 'rapport' && s.kind !== 'kommunal-rutine') for (const section of u.sections) if (!Object.hasOwn(s.sections, section)) found.push(`${u.file}:${u.line} siterer ${u.source} ${section}, som ikke er i registeret`);
  }
  return found;
}

/** Sources and sections in the register that nothing cites. */
export function unused(register: Register, uses: readonly CitationUse[]): string[] {
  const cited = new Set(uses.flatMap((u) => [u.source, ...u.sections.map((s) => `${u.source} ${s}`)]));
  return Object.entries(register).flatMap(([id, s]) => [
    ...(cited.has(id) ? [] : [`${id} (${s.shortName})`]),
    ...Object.keys(s.sections).filter((section) => !cited.has(`${id} ${section}`)).map((section) => `${id} ${section}`),
  ]);
}

/**
 * Citations in prose documents (the docs and the README): every law or regulation named must be in
 * the register, and every section cited after it must be one the register holds for that source.
 */
export function documentCitationProblems(text: string, register: Register): string[] {
  const byName = new Map<string, LegalSource>();
  for (const s of Object.values(register)) for (const name of [s.shortName, s.shortNameNn]) if (name) byName.set(name.toLocaleLowerCase('nb'), s);
  const problems: string[] = [];
  const section = String.raw`\d+(?:-\d+)?(?: ?[a-z])?(?![\p{L}\d])`;
  const citation = new RegExp(String.raw`(?<![\p{L}-])((?:\p{L}+-\s+og\s+)?[\p{L}-]*(?:loven|lova|forskriften|forskrifta))(?![\p{L}])((?:\s+§§?\s*${section}(?:(?:,\s*|\s+og\s+|–)${section})*)?)`, 'giu');
  const prose = text.replace(/https?:\/\/\S+/g, ' ').replace(/`[^`\n]*`/g, ' ');
  for (const match of prose.matchAll(citation)) {
    const name = match[1]!.replace(/\s+/g, ' ').toLocaleLowerCase('nb');
    if (name === 'loven' || name === 'lova' || name === 'forskriften' || name === 'forskrifta') continue;
    const source = byName.get(name);
    if (!source) {
      problems.push(`«${match[1]}» er ikke i registeret over rettskilder`);
      continue;
    }
    for (const number of match[2]!.replace(/§§?/, '').split(/,|\s+og\s+|–/).map((n) => n.trim()).filter(Boolean)) {
      if (!Object.hasOwn(source.sections, `§ ${number}`)) problems.push(`${match[1]} § ${number} er ikke i registeret`);
    }
  }
  return problems;
}
