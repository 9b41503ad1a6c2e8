import { describe, expect, it } from 'vitest';
import { answerProblems, inputOverdue, suppressCells } from './rules.js';

describe('answer sets', () => {
  const questions = [{ id: 'q1', scale: 'agree-5' as const }, { id: 'q2', scale: 'yes-no' as const }];
  it('accepts values on the scale and refuses the rest, precisely', () => {
    expect(answerProblems(questions, [{ questionId: 'q1', value: 5 }, { questionId: 'q2', value: 2 }])).toEqual([]);
    expect(answerProblems(questions, [{ questionId: 'q2', value: 3 }, { questionId: 'qx', value: 1 }, { questionId: 'q2', value: 1 }])).toEqual([
      { path: 'body/answers/0/value', detail: 'Svaret må være mellom 1 og 2' },
      { path: 'body/answers/1/questionId', detail: 'Spørsmålet hører ikke til denne undersøkelsen' },
      { path: 'body/answers/2/questionId', detail: 'Spørsmålet er besvart to ganger' },
    ]);
    expect(answerProblems(questions, [])).toEqual([{ path: 'body/answers', detail: 'Svar på minst ett spørsmål' }]);
  });
});

describe('small-group suppression', () => {
  it('shows a cell with 5 answers and hides one with 4', () => {
    const [five, four] = suppressCells('yes-no', [{ key: 'a', values: [1, 2, 2, 2, 2] }, { key: 'b', values: [1, 1, 1, 2] }, { key: 'c', values: [2, 2, 2, 2, 2, 2] }]);
    expect(four).toMatchObject({ suppressed: true, n: null, distribution: null, detail: 'Færre enn 5 svar — vises ikke' });
    expect(five).toMatchObject({ suppressed: true, detail: 'Skjult for at en mindre gruppe ikke skal kunne regnes ut' });
  });
  it('does not add secondary suppression when two cells are already hidden, or none', () => {
    const cells = suppressCells('yes-no', [{ key: 'a', values: [1, 2, 2, 2, 2] }, { key: 'b', values: [1] }, { key: 'c', values: [2, 2] }]);
    expect(cells.map((c) => c.suppressed)).toEqual([false, true, true]);
    expect(cells[0]).toEqual({ key: 'a', suppressed: false, n: 5, mean: 1.8, distribution: [{ value: 1, label: 'Nei', count: 1 }, { value: 2, label: 'Ja', count: 4 }] });
    expect(suppressCells('yes-no', [{ key: 'a', values: [1, 1, 1, 1, 1] }]).map((c) => c.suppressed)).toEqual([false]);
  });
});

describe('user council input', () => {
  it('is overdue 91 days after the meeting without follow-up, not when done', () => {
    expect(inputOverdue({ status: 'received' }, 0, 90)).toBe(false);
    expect(inputOverdue({ status: 'received' }, 0, 91)).toBe(true);
    expect(inputOverdue({ status: 'done' }, 0, 400)).toBe(false);
  });
});
