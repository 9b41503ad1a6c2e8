import { describe, expect, it } from 'vitest';
import { assessmentDone, buildReport, drawSample, ipCreated, ipInformed, meetingDocumented, toolUsed, participationInAllocation, type CaseFacts, type ClaimFact } from './rules.js';

const empty = (): CaseFacts => ({ personId: 'p1', kartlegginger: [], instruments: [], claims: [], ipInformation: [], plans: [], vedtak: [] });
const claim = (kind: string, extra: Partial<ClaimFact> = {}): ClaimFact => ({ kind, source: 'journal-note', sourceId: 'n1', sourceTitle: 'Notat', statedOn: '2024-03-12', text: 'Står i notatet.', ...extra });
const kartlegging = (status: 'in-progress' | 'completed' | 'declined', extra: Partial<CaseFacts['kartlegginger'][number]> = {}): CaseFacts['kartlegginger'][number] => ({ id: 'k1', occasion: '2024-08-28', status, meetingDate: null, whatMatters: null, relatives: null, domains: [], ...extra });

describe('Gjennomført kartlegging (HOL § 4-1, ROP-retningslinjen kap. 4)', () => {
  it('is «Ja» with a completed structured assessment', () => {
    expect(assessmentDone({ ...empty(), kartlegginger: [kartlegging('completed')] }).value).toBe('Ja');
  });
  it('is «Delvis» with an empty form, citing it', () => {
    const cell = assessmentDone({ ...empty(), kartlegginger: [kartlegging('in-progress')] });
    expect(cell).toMatchObject({ value: 'Delvis', evidence: [{ kind: 'kartlegging', text: 'Kartleggingsskjema datert 28.08.2024 er tomt.' }] });
  });
  it('is «Delvis» when only a journal note documents the assessment conversation', () => {
    expect(assessmentDone({ ...empty(), claims: [claim('assessment-conversation')] }).evidence[0]!.text).toBe('Journalnotat «Notat» 12.03.2024: Står i notatet.');
  });
  it('is «Nei» with nothing, and says so', () => {
    expect(assessmentDone(empty())).toMatchObject({ value: 'Nei', explanation: 'Ingen kartlegging er dokumentert.' });
  });
});

describe('kartleggingsverktøy and documented meeting', () => {
  it('counts only scored instruments as a tool used', () => {
    expect(toolUsed({ ...empty(), instruments: [{ id: 'i', kartleggingId: 'k1', instrumentId: 'AUDIT', status: 'scored', administeredOn: '2024-01-01' }] }).value).toBe('Ja');
    expect(toolUsed({ ...empty(), instruments: [{ id: 'i', kartleggingId: 'k1', instrumentId: 'AUDIT', status: 'cannot-score', administeredOn: '2024-01-01' }] }).value).toBe('Delvis');
    expect(toolUsed(empty()).value).toBe('Nei');
  });
  it('finds the meeting in the assessment or in a journal note, not in a claim that the assessment is undocumented', () => {
    expect(meetingDocumented({ ...empty(), kartlegginger: [kartlegging('completed', { meetingDate: '2024-01-02' })] }).value).toBe('Ja');
    expect(meetingDocumented({ ...empty(), claims: [claim('user-meeting')] }).value).toBe('Ja');
    expect(meetingDocumented({ ...empty(), claims: [claim('assessment-undocumented')] }).value).toBe('Nei');
  });
});

describe('information about the right to IP and IP created (HOL § 7-1, pbrl. § 2-5)', () => {
  it('is «Ja» when informed, with a remark when it was not at the assessment', () => {
    expect(ipInformed({ ...empty(), ipInformation: [{ id: 'x', informedOn: '2024-01-25', context: 'assessment', answer: 'wants-ip' }] })).toMatchObject({ value: 'Ja', explanation: null });
    expect(ipInformed({ ...empty(), ipInformation: [{ id: 'x', informedOn: '2024-01-25', context: 'allocation', answer: 'wants-ip' }] })).toMatchObject({ value: 'Ja', explanation: 'Informert om retten til IP ved tildeling av tjenester, ikke ved kartleggingen.' });
  });
  it('is «Nei» when not informed, citing a documented need', () => {
    const cell = ipInformed({ ...empty(), claims: [claim('ip-needed')] });
    expect(cell.value).toBe('Nei');
    expect(cell.evidence.map((e) => e.kind)).toEqual(['missing', 'journal-note']);
  });
  it('is «Delvis» for a plan without participants, «Ja» for a complete one, «Nei» when only a note claims it', () => {
    const plan = { id: 'pl', status: 'active' as const, createdOn: '2024-05-15', goals: 1, activeParticipants: 0, nextReviewDate: '2025-01-01' };
    expect(ipCreated({ ...empty(), plans: [plan] })).toMatchObject({ value: 'Delvis', explanation: 'Individuell plan er opprettet, men har ingen deltakere.' });
    expect(ipCreated({ ...empty(), plans: [{ ...plan, activeParticipants: 2 }] }).value).toBe('Ja');
    expect(ipCreated({ ...empty(), claims: [claim('ip-created')] })).toMatchObject({ value: 'Nei', explanation: 'Kilder i journalen sier at IP er opprettet eller innvilget, men ingen individuell plan finnes i IP-modulen.' });
  });
});

describe('user participation (pbrl. § 3-1)', () => {
  it('does not accept a decision whose text still holds template placeholders', () => {
    const v = { id: 'v', serviceName: 'Oppfølging', startDate: '2024-01-01', status: 'final' as const, participation: 'Bruker deltok', hasPlaceholders: true };
    expect(participationInAllocation({ ...empty(), vedtak: [v] }).value).toBe('Nei');
    expect(participationInAllocation({ ...empty(), vedtak: [{ ...v, hasPlaceholders: false }] }).value).toBe('Ja');
  });
});

describe('buildReport', () => {
  it('numbers rows in sample order and gives each non-«Ja» cell a footnote', () => {
    const { tables, footnotes } = buildReport([{ ...empty(), personId: 'a' }, { ...empty(), personId: 'b', kartlegginger: [kartlegging('completed', { meetingDate: '2024-01-01' })] }]);
    expect(tables[0]!.rows.map((r) => [r.nr, r.cells.map((c) => c.value)])).toEqual([['#1', ['Nei', 'Nei', 'Nei']], ['#2', ['Ja', 'Nei', 'Ja']]]);
    expect(tables[0]!.totals).toEqual([{ Ja: 1, Delvis: 0, Nei: 1 }, { Ja: 0, Delvis: 0, Nei: 2 }, { Ja: 1, Delvis: 0, Nei: 1 }]);
    expect(footnotes.slice(0, 4).map((f) => [f.n, f.nr, f.column])).toEqual([[1, '#1', 'Gjennomført kartlegging'], [2, '#1', 'Bruk av kartleggingsverktøy'], [3, '#1', 'Dokumentert møte med bruker og kommunen'], [4, '#2', 'Bruk av kartleggingsverktøy']]);
  });
});

describe('drawSample', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `id-${String(i).padStart(2, '0')}`);
  it('gives the same sample for the same seed, whatever order the candidates come in', () => {
    expect(drawSample(ids, 9, 'asker-2025')).toEqual(drawSample([...ids].reverse(), 9, 'asker-2025'));
  });
  it('gives another sample for another seed, without duplicates', () => {
    const a = drawSample(ids, 9, 'asker-2025');
    expect(a).not.toEqual(drawSample(ids, 9, 'asker-2026'));
    expect(new Set(a).size).toBe(9);
  });
  it('returns every candidate when asked for more than there are', () => {
    expect(drawSample(['b', 'a'], 5, 'x').sort()).toEqual(['a', 'b']);
  });
});
