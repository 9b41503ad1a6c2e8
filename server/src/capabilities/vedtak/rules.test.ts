import { describe, expect, it } from 'vitest';
import { dateProblems, evaluationTaskDate, finalizeProblems, findPlaceholders, type FinalizeFacts } from './rules.js';

const ready: FinalizeFacts = {
  texts: { scope: '6 timer oppfølging i uken', reasoning: 'Vedtaket bygger på kartlegging 2. mars.', participation: 'Per deltok i samtalen' },
  assessment: { status: 'completed', meetingDate: '2026-03-02', uncovered: [], missingDomainsReason: null },
  vedtakMissingDomainsReason: null,
};

describe('findPlaceholders', () => {
  it('finds the template leftovers the audits found in final decisions', () => {
    expect(findPlaceholders('Tjenesten starter (sett dato) og gis av (sett inn navn).')).toEqual(['(sett dato)', '(sett inn navn)']);
    expect(findPlaceholders('Evalueres [dato] av XX')).toEqual(['[dato]', 'XX']);
    expect(findPlaceholders('Tjenesten gis ved (navn på tjenestested) (om tildeling IP).')).toEqual(['(navn på tjenestested)', '(om tildeling IP)']);
  });
  it('leaves ordinary parentheses alone', () => {
    expect(findPlaceholders('Oppfølging i hjemmet (to ganger i uken).')).toEqual([]);
  });
});

describe('finalizeProblems (no decision on a thin assessment, no placeholders)', () => {
  it('is ready with a completed assessment that covers every domain', () => {
    expect(finalizeProblems(ready)).toEqual([]);
  });
  it('refuses without an assessment', () => {
    expect(finalizeProblems({ ...ready, assessment: null })[0]!.detail).toMatch(/Vedtaket mangler kartlegging/);
  });
  it('refuses an assessment that is not completed', () => {
    expect(finalizeProblems({ ...ready, assessment: { ...ready.assessment!, status: 'in-progress' } }).map((p) => p.detail)).toEqual(['Kartleggingen er ikke fullført.']);
  });
  it('refuses uncovered core domains without a reason, and accepts a stated reason', () => {
    const thin = { ...ready, assessment: { ...ready.assessment!, uncovered: ['Selvmordsrisiko'] } };
    expect(finalizeProblems(thin).map((p) => p.path)).toEqual(['missingDomainsReason']);
    expect(finalizeProblems({ ...thin, vedtakMissingDomainsReason: 'Akutt behov, kartlegges innen 2 uker' })).toEqual([]);
  });
  it('refuses placeholder text in any field', () => {
    expect(finalizeProblems({ ...ready, texts: { ...ready.texts, scope: 'Fra (sett dato)' } })).toEqual([{ path: 'scope', detail: 'Fjern plassholdertekst før vedtaket fattes: (sett dato)' }]);
  });
});

describe('dateProblems', () => {
  it('accepts evaluation between start and end', () => {
    expect(dateProblems({ startDate: '2026-03-01', endDate: '2026-09-01', evaluationDate: '2026-08-01' })).toEqual([]);
  });
  it('refuses evaluation before start', () => {
    expect(dateProblems({ startDate: '2026-03-01', endDate: null, evaluationDate: '2026-02-01' })).toEqual([{ path: 'body/evaluationDate', detail: 'Evalueringsdato kan ikke være før startdato' }]);
  });
  it('refuses end before start and evaluation after end', () => {
    expect(dateProblems({ startDate: '2026-03-01', endDate: '2026-02-01', evaluationDate: '2026-03-01' }).map((p) => p.path)).toEqual(['body/endDate', 'body/evaluationDate']);
  });
});

describe('evaluationTaskDate', () => {
  it('is four weeks before the evaluation date', () => {
    expect(evaluationTaskDate({ startDate: '2026-03-01', endDate: null, evaluationDate: '2026-09-01' })).toBe('2026-08-04');
  });
  it('is four weeks before the end date when that comes first', () => {
    expect(evaluationTaskDate({ startDate: '2026-03-01', endDate: '2026-06-30', evaluationDate: '2026-06-30' })).toBe('2026-06-02');
  });
});
