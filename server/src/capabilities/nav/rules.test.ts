import { describe, expect, it } from 'vitest';
import { decisionProblems, guidanceOverdue, navChecks, type NavFacts } from './rules.js';

const [guidanceCheck, contactCheck] = navChecks as [(typeof navChecks)[0], (typeof navChecks)[0]];
const facts = (over: Partial<NavFacts> = {}): NavFacts => ({ personId: 'p', servedByNav: true, contact: null, guidance: [], ...over });

describe('NAV rules', () => {
  it('a refusal needs a reason; the decision date lies between the request and today', () => {
    expect(decisionProblems({ decision: 'refused', assessment: 'Vurdert', decidedOn: '2026-03-01' }, { requestedOn: '2026-02-01', today: '2026-03-02' })).toEqual([{ path: 'body/reason', detail: 'Et avslag må begrunnes' }]);
    expect(decisionProblems({ decision: 'granted', assessment: 'Vurdert', decidedOn: '2026-01-01' }, { requestedOn: '2026-02-01', today: '2026-03-02' })[0]!.path).toBe('body/decidedOn');
    expect(decisionProblems({ decision: 'granted', assessment: 'Vurdert', decidedOn: '2026-03-01' }, { requestedOn: '2026-02-01', today: '2026-03-02' })).toEqual([]);
  });
  it('§ 17 guidance: pending beyond 30 days is not met, decided is met', () => {
    const pending = { id: 'g', requestedOn: '2026-01-01', decision: 'pending' as const, assessment: null, reason: null };
    expect(guidanceOverdue(pending, '2026-01-31')).toBe(false);
    expect(guidanceOverdue(pending, '2026-02-01')).toBe(true);
    expect(guidanceCheck.evaluate(facts({ guidance: [pending] }), '2026-02-01').status).toBe('not-met');
    expect(guidanceCheck.evaluate(facts({ guidance: [{ ...pending, decision: 'refused', assessment: 'Vurdert', reason: 'Får veiledning fra FACT' }] }), '2026-02-01').status).toBe('met');
    expect(guidanceCheck.evaluate(facts(), '2026-02-01').status).toBe('not-applicable');
    expect(guidanceCheck.source.section).toContain('§ 17');
  });
  it('fixed contact person for persons NAV serves', () => {
    expect(contactCheck.evaluate(facts(), '2026-02-01').status).toBe('not-met');
    expect(contactCheck.evaluate(facts({ contact: { id: 'c', userId: 'u' } }), '2026-02-01').status).toBe('met');
    expect(contactCheck.evaluate(facts({ servedByNav: false }), '2026-02-01').status).toBe('not-applicable');
  });
});
