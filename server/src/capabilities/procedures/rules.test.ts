import { describe, expect, it } from 'vitest';
import { appliesTo, coverage, currentVersion, defaultRevisionDue, expandUnits, mayApprove, mayEdit, pdfProblem, procedureSources, revisionStatus, sanitizeMarkdown, unitsAndAncestors, versionDateProblems, versionState } from './rules.js';

describe('sanitizeMarkdown (procedure text is Markdown without HTML)', () => {
  it('keeps ordinary Markdown', () => {
    expect(sanitizeMarkdown('# Rutine\n\n- Ring **NAV** innen 3 dager\n- Se [avtalen](https://fjordvik.kommune.no/avtale)')).toBe('# Rutine\n\n- Ring **NAV** innen 3 dager\n- Se [avtalen](https://fjordvik.kommune.no/avtale)');
  });
  it('removes tags, comments and scripts with their content', () => {
    expect(sanitizeMarkdown('Hei <b>der</b><script>alert(1)</script><!-- skjult --> <img src=x onerror=alert(1)>slutt')).toBe('Hei der slutt');
  });
  it('neutralises javascript: and data: links and a tag left open', () => {
    expect(sanitizeMarkdown('[klikk](javascript:alert(1)) og [bilde](data:text/html,x)')).toBe('[klikk](#) og [bilde](#)');
    expect(sanitizeMarkdown('Tekst <script src=x')).toBe('Tekst');
    expect(sanitizeMarkdown('a <div\nb')).toBe('a &lt;div\nb');
  });
  it('keeps autolinks and comparisons', () => {
    expect(sanitizeMarkdown('Se <https://helsenorge.no> når puls < 50')).toBe('Se <https://helsenorge.no> når puls < 50');
  });
});

describe('pdfProblem', () => {
  it('accepts a PDF', () => {
    expect(pdfProblem(Buffer.from('%PDF-1.7\n…'))).toBeNull();
  });
  it('refuses what is not a PDF, an empty file and one over 5 MB', () => {
    expect(pdfProblem(Buffer.from('<html>'))).toBe('Filen er ikke en PDF (den må starte med %PDF-)');
    expect(pdfProblem(Buffer.alloc(0))).toBe('PDF-filen er tom');
    expect(pdfProblem(Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]))).toBe('PDF-filen kan være maks 5 MB');
  });
});

describe('revision', () => {
  it('is due two years after validity starts by default', () => {
    expect(defaultRevisionDue('2026-03-10')).toBe('2028-03-10');
    expect(defaultRevisionDue('2024-02-29')).toBe('2026-02-28');
  });
  it('is overdue after the revision date, due soon within 30 days, otherwise ok', () => {
    expect(revisionStatus('2026-03-09', '2026-03-10')).toBe('overdue');
    expect(revisionStatus('2026-03-10', '2026-03-10')).toBe('due-soon');
    expect(revisionStatus('2026-04-09', '2026-03-10')).toBe('due-soon');
    expect(revisionStatus('2026-04-10', '2026-03-10')).toBe('ok');
  });
  it('needs the revision date after the validity date', () => {
    expect(versionDateProblems({ validFrom: '2026-03-10', revisionDue: '2026-03-10' })).toEqual([{ path: 'body/revisionDue', detail: 'Revisjonsdato må være etter gyldig fra-dato' }]);
    expect(versionDateProblems({ validFrom: '2026-03-10', revisionDue: '2027-03-10' })).toEqual([]);
  });
  it('carries its legal source as data', () => {
    expect(procedureSources.revision).toMatch(/§ 8/);
    expect(procedureSources.acknowledgement).toMatch(/§ 7/);
  });
});

describe('versions', () => {
  const v = (id: string, version: number, approved: boolean, validFrom: string) => ({ id, version, approved, validFrom });
  const all = [v('a', 1, true, '2025-01-01'), v('b', 2, true, '2026-03-01'), v('c', 3, true, '2026-06-01'), v('d', 4, false, '2026-07-01')];
  it('takes the highest approved version in force as current', () => {
    expect(currentVersion(all, '2026-03-10')?.id).toBe('b');
    expect(currentVersion(all, '2026-02-10')?.id).toBe('a');
    expect(currentVersion([v('x', 1, false, '2025-01-01')], '2026-03-10')).toBeNull();
  });
  it('names each state', () => {
    expect(all.map((x) => versionState(x, all, '2026-03-10'))).toEqual(['superseded', 'current', 'upcoming', 'draft']);
    expect(versionState(v('old', 1, false, '2025-01-01'), [v('old', 1, false, '2025-01-01'), v('new', 2, true, '2025-02-01')], '2026-03-10')).toBe('discarded-draft');
  });
});

const tree = [
  { id: 'helse', parentId: null },
  { id: 'phr', parentId: 'helse' },
  { id: 'fact', parentId: 'phr' },
  { id: 'hjemme', parentId: 'helse' },
  { id: 'nav', parentId: null },
];

describe('who a procedure applies to', () => {
  it('applies to the units listed and their sub-units', () => {
    expect([...expandUnits(tree, ['phr'])].sort()).toEqual(['fact', 'phr']);
    expect([...unitsAndAncestors(tree, ['fact'])].sort()).toEqual(['fact', 'helse', 'phr']);
  });
  it('applies to staff in those units with one of the roles (no roles: everyone)', () => {
    const a = { unitIds: expandUnits(tree, ['phr']), roles: ['coordinator'] };
    expect(appliesTo({ unitIds: ['fact'], roles: ['coordinator'] }, a)).toBe(true);
    expect(appliesTo({ unitIds: ['fact'], roles: ['service-provider'] }, a)).toBe(false);
    expect(appliesTo({ unitIds: ['nav'], roles: ['coordinator'] }, a)).toBe(false);
    expect(appliesTo({ unitIds: ['fact'], roles: ['service-provider'] }, { ...a, roles: [] })).toBe(true);
  });
});

describe('coverage (acknowledged ÷ affected staff)', () => {
  const members = [
    { userId: 'ola', unitId: 'phr', roles: ['service-provider'] },
    { userId: 'siri', unitId: 'fact', roles: ['coordinator'] },
    { userId: 'siri', unitId: 'phr', roles: ['coordinator'] },
    { userId: 'viktor', unitId: 'hjemme', roles: ['on-call'] },
    { userId: 'nora', unitId: 'nav', roles: ['nav-adviser'] },
  ];
  it('counts each person once, however many units they are in', () => {
    expect(coverage(members, new Set(['siri']), ['phr', 'hjemme'], [], tree)).toEqual({
      affected: 3,
      acknowledged: 1,
      share: 0.333,
      perUnit: [
        { unitId: 'phr', affected: 2, acknowledged: 1, share: 0.5 },
        { unitId: 'hjemme', affected: 1, acknowledged: 0, share: 0 },
      ],
    });
  });
  it('does not count acknowledgements from staff it does not apply to', () => {
    expect(coverage(members, new Set(['nora', 'ola']), ['phr'], ['coordinator'], tree)).toMatchObject({ affected: 1, acknowledged: 0, share: 0 });
  });
  it('has no share when nobody is affected', () => {
    expect(coverage(members, new Set(), ['phr'], ['admin'], tree)).toMatchObject({ affected: 0, share: null });
  });
});

describe('who may edit and approve', () => {
  const leader = { userId: 'lena', roles: ['unit-leader' as const], unitIds: ['phr'] };
  it('lets the owner, a quality adviser or a leader of a unit it applies to (or above) edit', () => {
    expect(mayEdit(leader, { ownerId: 'x', leaderUnits: unitsAndAncestors(tree, ['fact']) })).toBe(true);
    expect(mayEdit(leader, { ownerId: 'x', leaderUnits: unitsAndAncestors(tree, ['hjemme']) })).toBe(false);
    expect(mayEdit({ userId: 'k', roles: ['quality-adviser'], unitIds: [] }, { ownerId: 'x', leaderUnits: new Set() })).toBe(true);
    expect(mayEdit({ userId: 'ola', roles: ['service-provider'], unitIds: ['phr'] }, { ownerId: 'ola', leaderUnits: new Set(['phr']) })).toBe(false);
  });
  it('lets the director, or a leader of a unit it applies to, approve', () => {
    expect(mayApprove(leader, unitsAndAncestors(tree, ['fact']))).toBe(true);
    expect(mayApprove(leader, unitsAndAncestors(tree, ['nav']))).toBe(false);
    expect(mayApprove({ userId: 'dina', roles: ['director'], unitIds: [] }, new Set())).toBe(true);
  });
});
