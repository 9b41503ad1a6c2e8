import { describe, expect, it } from 'vitest';
import { addMonths, housingChecks, nextVisitDue, stayLevel, type HousingFacts } from './rules.js';

const [stayCheck, riskCheck, visitsCheck] = housingChecks as [(typeof housingChecks)[0], (typeof housingChecks)[0], (typeof housingChecks)[0]];
const facts = (over: Partial<HousingFacts> = {}): HousingFacts => ({ currentStatus: null, stays: [], evictions: [], plans: [], ...over });
const stay = { id: 's1', startDate: '2026-01-31', endDate: null, exceptionReason: null };

describe('temporary stay marks (R35-00)', () => {
  it('adds calendar months, clamped to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-10', -12)).toBe('2025-03-10');
  });
  it('warns from 2 months and finds from 3 months, counting days', () => {
    expect(stayLevel(stay, '2026-03-30')).toMatchObject({ level: 'ok', days: 58 });
    expect(stayLevel(stay, '2026-03-31')).toMatchObject({ level: 'warning', warningOn: '2026-03-31', findingOn: '2026-04-30' });
    expect(stayLevel(stay, '2026-04-30')).toMatchObject({ level: 'finding', days: 89 });
  });
  it('an exception reason clears warning and finding; an ended stay is judged on its last day', () => {
    expect(stayLevel({ ...stay, exceptionReason: 'Venter på bolig med bemanning' }, '2026-06-01').level).toBe('exception');
    expect(stayLevel({ ...stay, endDate: '2026-02-20' }, '2026-09-01')).toMatchObject({ level: 'ok', days: 20 });
  });
});

describe('housing checks', () => {
  it('temporary stay: not applicable, met, partly (warning), not met (finding), met with exception', () => {
    expect(stayCheck.source).toEqual({ law: 'Sosialtjenesteloven', section: expect.stringContaining('§ 27'), url: 'https://lovdata.no/lov/2009-12-18-131/§27' });
    expect(stayCheck.source.section).toContain('helst ikke vare mer enn tre måneder');
    expect(stayCheck.evaluate(facts(), '2026-05-01').status).toBe('not-applicable');
    expect(stayCheck.evaluate(facts({ stays: [stay] }), '2026-02-10').status).toBe('met');
    expect(stayCheck.evaluate(facts({ stays: [stay] }), '2026-04-01')).toMatchObject({ status: 'partly', detail: 'Oppholdet har vart over 2 måneder; grensen på 3 måneder nås 2026-04-30.' });
    const finding = stayCheck.evaluate(facts({ stays: [stay] }), '2026-05-01');
    expect(finding).toMatchObject({ status: 'not-met', evidence: [{ record: 'temporary_stays', id: 's1', field: 'start_date' }] });
    expect(stayCheck.evaluate(facts({ stays: [{ ...stay, exceptionReason: 'Søkt bolig med bemanning' }] }), '2026-05-01')).toMatchObject({ status: 'met', evidence: [{ field: 'exception_reason' }] });
  });
  it('eviction risk needs an active booppfølging plan', () => {
    const risk = { id: 'e1', kind: 'risk' as const, occurredOn: '2026-01-01', resolvedOn: null };
    expect(riskCheck.evaluate(facts(), '2026-02-01').status).toBe('not-applicable');
    expect(riskCheck.evaluate(facts({ evictions: [risk] }), '2026-02-01').status).toBe('not-met');
    expect(riskCheck.evaluate(facts({ evictions: [risk], plans: [{ id: 'p1', startDate: '2026-01-10', endDate: null, visitIntervalDays: 14, lastVisitOn: null }] }), '2026-02-01').status).toBe('met');
    expect(riskCheck.evaluate(facts({ evictions: [{ ...risk, resolvedOn: '2026-01-20' }] }), '2026-02-01').status).toBe('not-applicable');
  });
  it('home visits are due one interval after the last visit', () => {
    const plan = { id: 'p1', startDate: '2026-01-01', endDate: null, visitIntervalDays: 14, lastVisitOn: '2026-01-20' };
    expect(nextVisitDue(plan)).toBe('2026-02-03');
    expect(visitsCheck.evaluate(facts({ plans: [plan] }), '2026-02-03').status).toBe('met');
    expect(visitsCheck.evaluate(facts({ plans: [plan] }), '2026-02-04')).toMatchObject({ status: 'not-met', detail: 'Hjemmebesøk forfalt 2026-02-03 er ikke registrert.' });
  });
});
