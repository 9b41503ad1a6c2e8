import { describe, expect, it } from 'vitest';
import { assessmentProblems, checks, flagEffect, mayReadBasis, riskFlagReviewCheck, riskSafetyMeasureCheck, suicideScreeningFollowedCheck, type RiskFacts } from './rules.js';

const today = '2026-03-10';
const flag = (over: Partial<RiskFacts['flags'][number]> = {}): RiskFacts['flags'][number] => ({ id: 'f1', kind: 'violence', level: 'red', safetyMeasure: 'To ansatte på møter', ownerId: 'u1', reviewDate: '2026-04-01', ...over });
const facts = (over: Partial<RiskFacts> = {}): RiskFacts => ({ flags: [], assessments: [], suicideScreeningOn: null, ...over });

describe('risk rules', () => {
  it('yellow and red raise or update the flag; green clears it', () => {
    expect(flagEffect('red', false)).toBe('raise');
    expect(flagEffect('yellow', true)).toBe('update');
    expect(flagEffect('green', true)).toBe('clear');
    expect(flagEffect('green', false)).toBe('none');
  });

  it('refuses a review date that is past, and a red level reviewed later than 30 days', () => {
    expect(assessmentProblems({ assessedOn: today, level: 'yellow', safetyMeasure: 'x', reviewDate: today }, today)).toEqual([{ path: 'body/reviewDate', detail: 'Ny vurdering må settes til en dato etter i dag' }]);
    expect(assessmentProblems({ assessedOn: today, level: 'red', safetyMeasure: 'x', reviewDate: '2026-05-01' }, today)).toEqual([{ path: 'body/reviewDate', detail: 'Ved rødt nivå skal risikoen vurderes på nytt innen 30 dager' }]);
    expect(assessmentProblems({ assessedOn: today, level: 'red', safetyMeasure: 'x', reviewDate: '2026-04-01' }, today)).toEqual([]);
  });

  it('the basis is for the authoring unit or a consented unit only', () => {
    expect(mayReadBasis(['fact'], 'fact', [])).toBe(true);
    expect(mayReadBasis(['nav'], 'fact', [])).toBe(false);
    expect(mayReadBasis(['nav'], 'fact', ['nav'])).toBe(true);
  });

  it('flag review: met with owner and a future review date, not met when passed or missing', () => {
    expect(riskFlagReviewCheck.evaluate(facts({ flags: [flag()] }), today).status).toBe('met');
    expect(riskFlagReviewCheck.evaluate(facts({ flags: [flag({ reviewDate: '2026-03-01' })] }), today)).toMatchObject({ status: 'not-met', detail: 'Voldsrisiko: skulle vært vurdert på nytt 2026-03-01.' });
    expect(riskFlagReviewCheck.evaluate(facts({ flags: [flag({ ownerId: null, reviewDate: null })] }), today).status).toBe('not-met');
    expect(riskFlagReviewCheck.evaluate(facts(), today).status).toBe('not-applicable');
  });

  it('safety measure: not met for a flag recorded without a structured assessment', () => {
    expect(riskSafetyMeasureCheck.evaluate(facts({ flags: [flag()] }), today).status).toBe('met');
    expect(riskSafetyMeasureCheck.evaluate(facts({ flags: [flag(), flag({ id: 'f2', kind: 'suicide', safetyMeasure: null })] }), today)).toMatchObject({ status: 'partly', detail: 'Uten strukturert vurdering og sikkerhetstiltak: Selvmordsrisiko.' });
  });

  it('suicide screening: met only with a suicide assessment on or after the screening', () => {
    expect(suicideScreeningFollowedCheck.evaluate(facts({ suicideScreeningOn: '2026-03-01' }), today).status).toBe('not-met');
    expect(suicideScreeningFollowedCheck.evaluate(facts({ suicideScreeningOn: '2026-03-01', assessments: [{ id: 'a', kind: 'violence', assessedOn: '2026-03-02' }] }), today).status).toBe('not-met');
    expect(suicideScreeningFollowedCheck.evaluate(facts({ suicideScreeningOn: '2026-03-01', assessments: [{ id: 'a', kind: 'suicide', assessedOn: '2026-03-02' }] }), today).status).toBe('met');
    expect(checks.every((c) => c.source.law && c.source.section)).toBe(true);
  });
});
