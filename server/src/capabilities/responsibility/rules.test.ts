import { describe, expect, it } from 'vitest';
import { matrixFindings, matrixProblems, matrixStatus, responsibilitySources, ropTasks, type MatrixTask } from './rules.js';

const unit = (name: string, level: 'responsible' | 'takes-part' | 'informed') => ({ party: 'unit' as const, id: name, name, level });

describe('matrixFindings (every task needs exactly one responsible unit)', () => {
  it('finds nothing when each task has one responsible', () => {
    expect(matrixFindings([{ name: 'Kartlegging før vedtak', assignments: [unit('Tildelingskontoret', 'responsible'), unit('Psykisk helse og rus', 'takes-part')] }])).toEqual([]);
  });
  it('flags a task with no responsible unit (medication handling at home)', () => {
    const tasks: MatrixTask[] = [{ name: 'Legemiddelhåndtering hjemme', assignments: [unit('Hjemmesykepleien', 'takes-part'), unit('Psykisk helse og rus', 'takes-part')] }];
    expect(matrixFindings(tasks)).toEqual([{ task: 'Legemiddelhåndtering hjemme', kind: 'no-responsible', detail: '«Legemiddelhåndtering hjemme» har ingen ansvarlig enhet.', responsible: [] }]);
  });
  it('flags a task with two responsible units (follow-up in the home)', () => {
    const tasks: MatrixTask[] = [{ name: 'Oppfølging i hjemmet', assignments: [unit('Boligkontoret', 'responsible'), unit('Psykisk helse og rus', 'responsible')] }];
    expect(matrixFindings(tasks)).toEqual([{ task: 'Oppfølging i hjemmet', kind: 'several-responsible', detail: '«Oppfølging i hjemmet» har 2 ansvarlige: Boligkontoret og Psykisk helse og rus. Én må ha ansvaret.', responsible: ['Boligkontoret', 'Psykisk helse og rus'] }]);
  });
  it('flags a task with nobody at all', () => {
    expect(matrixFindings([{ name: 'Arbeid og aktivitet', assignments: [] }]).map((f) => f.kind)).toEqual(['no-responsible']);
  });
  it('carries its legal source and the audits\' task list as data', () => {
    expect(responsibilitySources.matrix).toMatch(/§ 6 bokstav a/);
    expect(ropTasks).toContain('Legemiddelhåndtering hjemme');
  });
});

describe('matrixProblems (a matrix that cannot be saved)', () => {
  it('accepts distinct tasks and parties', () => {
    expect(matrixProblems([{ name: 'A', assignments: [{ party: 'unit', id: 'u1' }, { party: 'partner', id: 'u1' }] }])).toEqual([]);
  });
  it('refuses the same task twice and the same party twice on one task', () => {
    expect(matrixProblems([{ name: 'Evaluering', assignments: [{ party: 'unit', id: 'u1' }, { party: 'unit', id: 'u1' }] }, { name: 'evaluering ', assignments: [] }])).toEqual([
      { path: 'body/tasks/0/assignments/1/id', detail: 'Samme enhet eller samarbeidspartner står flere ganger på oppgaven' },
      { path: 'body/tasks/1/name', detail: 'Oppgaven «evaluering » står flere ganger i matrisen' },
    ]);
  });
});

describe('matrixStatus', () => {
  const all = [{ id: 'v1', version: 1, approvedAt: new Date('2026-01-01') }, { id: 'v2', version: 2, approvedAt: new Date('2026-02-01') }, { id: 'v3', version: 3, approvedAt: null }];
  it('names the newest approved version current, older ones superseded, unapproved a draft', () => {
    expect(all.map((m) => matrixStatus(m, all))).toEqual(['superseded', 'current', 'draft']);
  });
});
