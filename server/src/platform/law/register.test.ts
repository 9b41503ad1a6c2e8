import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, cite, citationUrl, legalSources, sec } from './index.js';
import { renderLegalSourcesDoc } from './docs.js';
import { documentCitationProblems, duplicateNames, replacedInUse, unknownUses, unused } from './register-checks.js';
import { repoRoot, scanRepository } from './repository-scan.js';
import { scanCitations } from './usage.js';
import type { LegalSource } from './types.js';

const scan = scanRepository();
const today = '2026-12-08';

describe('every citation in the code goes through the register', () => {
  it('has no citation written as text outside platform/law (server and web)', () => {
    expect(scan.handWritten.map((h) => `${h.file}:${h.line} [${h.kind}] ${h.text}`)).toEqual([]);
    expect(scan.uses.length).toBeGreaterThan(200);
  });

  it('finds a hand-written citation, and records a cite() call as a use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helhet-law-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/rules.ts'),
      [
        "// helse- og omsorgstjenesteloven § 7-1 in a comment is a note for developers",
        "export const a = 'Helse- og omsorgstjenesteloven § 7-1: rett til individuell plan';",
        "export const b = `Se ${cite('hol', '§ 7-1')}`;",
        "export const c = 'Forskrift om habilitering, rehabilitering, individuell plan og koordinator';",
        "export const d = 'Klage innen tre uker etter forvaltningsloven';",
        "export const e = 'Nasjonal veileder om pårørende (IS-2587)';",
      ].join('\n'),
    );
    const found = scanCitations(dir, ['src'], () => false);
    expect(found.handWritten.map((h) => [h.line, h.kind])).toEqual([[2, 'paragraftegn'], [4, 'forskrift'], [5, 'lovnavn'], [6, 'publikasjonsnummer']]);
    expect(found.uses).toEqual([{ file: 'src/rules.ts', line: 3, source: 'hol', sections: ['§ 7-1'] }]);
  });

  it('uses no source or section the register does not hold, and no replaced source', () => {
    expect(unknownUses(legalSources, scan.uses)).toEqual([]);
    expect(replacedInUse(legalSources, scan.uses, today)).toEqual([]);
  });

  it('holds nothing that nobody cites', () => {
    expect(unused(legalSources, scan.uses)).toEqual([]);
  });
});

describe('the register', () => {
  it('has one name per source', () => {
    expect(duplicateNames(legalSources)).toEqual([]);
  });

  it('records for every source its official address, when it applies from, and when and where it was read', () => {
    for (const [id, s] of Object.entries(legalSources) as [string, LegalSource][]) {
      expect(s.url, id).toMatch(s.kind === 'kommunal-rutine' ? /^\// : /^https:\/\//);
      expect(s.validFrom, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.checked.on <= today, id).toBe(true);
      expect(s.checked.url, id).toMatch(/^(https:\/\/|\/)/);
      expect(s.usedFor.length, id).toBeGreaterThan(10);
      if (s.kind === 'lov' || s.kind === 'forskrift') expect(Object.keys(s.sections).length, id).toBeGreaterThan(0);
    }
  });

  it('cites the current individual-plan regulation, not the one it replaced, and no section that does not exist', () => {
    const texts = Object.values(legalSources).map((s) => `${s.title} ${Object.keys(s.sections).join(' ')}`).join('\n');
    expect(texts).not.toMatch(/habilitering, rehabilitering, individuell plan og koordinator/i);
    expect(Object.keys(legalSources.hol.sections)).not.toContain('§ 3-7 a');
    expect(Object.keys(legalSources.kvalitetsforskriften.sections)).not.toContain('§ 6 a');
    expect(texts).not.toMatch(/IS-1511/);
  });

  it('formats citations and Lovdata addresses', () => {
    expect(cite('hol', '§ 7-1')).toBe('helse- og omsorgstjenesteloven § 7-1');
    expect(cite('hol', '§ 7-1', undefined, 'nn')).toBe('helse- og omsorgstenestelova § 7-1');
    expect(cite('hol', ['§ 3-1', '§ 4-1'])).toBe('helse- og omsorgstjenesteloven §§ 3-1 og 4-1');
    expect(cite('hol', '§ 3-2', 'første ledd nr. 6 bokstav a')).toBe('helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a');
    expect(cite('forskrift-ip', 'planens innhold')).toBe('forskrift om individuell plan ved ytelse av velferdstjenester (planens innhold)');
    expect(cite('kommunens-rutine', 'første kontakt')).toBe('kommunens rutine (første kontakt)');
    expect(cite('asker-2026', 'pkt. 5.4.1')).toBe('Asker-revisjonen 2026 pkt. 5.4.1');
    expect(sec('sotjl', '§ 17')).toBe('§ 17');
    expect(citationUrl('hpl', '§ 10 a')).toBe('https://lovdata.no/lov/1999-07-02-64/§10a');
    expect(citationUrl('hol', '§ 12-3 a')).toBe('https://lovdata.no/lov/2011-06-24-30/§12-3a');
    expect(checkSource('fvl', ['§ 24', '§ 25'], '(grunngiving)')).toEqual({ law: 'Forvaltningsloven', section: '§§ 24 og 25 (grunngiving)', url: 'https://lovdata.no/lov/1967-02-10/§24' });
    expect(checkSource('hol', '§ 7-1', `; ${cite('pbrl', '§ 2-5')}`).section).toBe('§ 7-1; pasient- og brukerrettighetsloven § 2-5');
  });
});

describe('the checks that keep the register honest can fail', () => {
  const base: LegalSource = { kind: 'lov', title: 'Lov om prøve', shortName: 'prøveloven', url: 'https://lovdata.no/lov/2000-01-01-1', validFrom: '2000-01-01', checked: { on: today, url: 'https://lovdata.no' }, usedFor: 'Bare i testen.', sections: { '§ 1': { heading: 'Formål', usedFor: 'Test.' } } };
  it('finds one source under two names, a replaced source in use, an unknown section and an unused source', () => {
    const register = { a: base, b: { ...base, shortName: 'Prøveloven', url: 'https://lovdata.no/lov/2000-01-01-2' }, old: { ...base, title: 'Gammel lov', shortName: 'gammelloven', url: 'https://x.no', validTo: '2022-08-01', replacedBy: 'a' } };
    expect(duplicateNames(register)).toEqual(['a og b har samme tittel: Lov om prøve', 'a og b har samme kortnavn: Prøveloven']);
    const uses = [{ file: 'f.ts', line: 1, source: 'old', sections: ['§ 1'] }, { file: 'f.ts', line: 2, source: 'a', sections: ['§ 9'] }, { file: 'f.ts', line: 3, source: 'nope', sections: [] }];
    expect(replacedInUse(register, uses, today)).toEqual(['f.ts:1 siterer old, som er erstattet av a']);
    expect(unknownUses(register, uses)).toEqual(['f.ts:2 siterer a § 9, som ikke er i registeret', 'f.ts:3 siterer ukjent kilde «nope»']);
    expect(unused(register, uses)).toEqual(['a § 1', 'b (Prøveloven)', 'b § 1']);
  });
});

describe('citations in the docs and the README', () => {
  it('name only registered sources and sections', () => {
    const files = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const problems = files.flatMap((f) => documentCitationProblems(readFileSync(join(repoRoot, f), 'utf8'), legalSources).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('finds an unregistered law, a section the register does not hold, and the old name of a source', () => {
    const text = 'Se helse- og omsorgstjenesteloven §§ 7-1 og 3-7 a, barnevernloven § 1 og helsepersonelloven § 10 a.';
    expect(documentCitationProblems(text, legalSources)).toEqual(['helse- og omsorgstjenesteloven § 3-7 a er ikke i registeret', '«barnevernloven» er ikke i registeret over rettskilder']);
  });
});

describe('docs/legal-sources.md', () => {
  it('is generated from the register (run `npm run docs:legal` after a change)', () => {
    expect(readFileSync(join(repoRoot, 'docs/legal-sources.md'), 'utf8')).toBe(renderLegalSourcesDoc(legalSources, scan.uses));
  });
});
