import { describe, expect, it } from 'vitest';
import { followUpItems, itemStatus, somaticChecks, summaryFlagged, type SomaticFacts } from './rules.js';

const [dueCheck, dentalCheck, missedCheck, summaryCheck] = somaticChecks as [(typeof somaticChecks)[0], (typeof somaticChecks)[0], (typeof somaticChecks)[0], (typeof somaticChecks)[0]];
const facts = (over: Partial<SomaticFacts> = {}): SomaticFacts => ({ personId: 'p', items: [], dental: [], gpAppointments: [], healthContacts: [], ...over });

describe('somatic follow-up items', () => {
  it('hepatitis and HIV only where indicated; the rest by default with their intervals', () => {
    const items = followUpItems([{ kind: 'hiv', indicated: true, intervalMonths: 6 }], { 'nutrition-weight': '2026-01-01' });
    expect(items.find((i) => i.kind === 'hepatitis-c')).toMatchObject({ indicated: false });
    expect(items.find((i) => i.kind === 'hiv')).toMatchObject({ indicated: true, intervalMonths: 6 });
    expect(itemStatus(items.find((i) => i.kind === 'nutrition-weight')!, '2026-03-15')).toEqual({ status: 'due-soon', dueOn: '2026-04-01' });
    expect(itemStatus(items.find((i) => i.kind === 'nutrition-weight')!, '2026-04-02')).toEqual({ status: 'overdue', dueOn: '2026-04-01' });
    expect(itemStatus(items.find((i) => i.kind === 'dental')!, '2026-04-02')).toEqual({ status: 'never', dueOn: '2026-04-02' });
    expect(itemStatus(items.find((i) => i.kind === 'hepatitis-b')!, '2026-04-02').status).toBe('not-indicated');
  });
  it('flags a GP summary not acknowledged after 14 days', () => {
    expect(summaryFlagged({ sentAt: '2026-03-01', acknowledgedAt: null }, '2026-03-15')).toBe(false);
    expect(summaryFlagged({ sentAt: '2026-03-01', acknowledgedAt: null }, '2026-03-16')).toBe(true);
    expect(summaryFlagged({ sentAt: '2026-03-01', acknowledgedAt: '2026-03-02' }, '2026-05-01')).toBe(false);
  });
});

describe('somatic checks', () => {
  it('checks up to date: met, partly, not met', () => {
    const recent = followUpItems([], { 'blood-tests': '2026-01-01', vaccination: '2026-01-01', 'skin-soft-tissue': '2026-02-01', 'nutrition-weight': '2026-02-01', dental: '2026-01-01', 'medication-review': '2026-01-01' });
    expect(dueCheck.evaluate(facts({ items: recent }), '2026-03-01').status).toBe('met');
    const partly = dueCheck.evaluate(facts({ items: followUpItems([], { 'blood-tests': '2026-01-01' }) }), '2026-03-01');
    expect(partly.status).toBe('partly');
    expect(partly.detail).toContain('vaksinasjon');
    expect(dueCheck.evaluate(facts({ items: followUpItems([], {}) }), '2026-03-01').status).toBe('not-met');
    expect(dueCheck.source.law).toContain('ROP-retningslinjen');
  });
  it('county dental offer: not met without, met when assessed in the last 12 months', () => {
    expect(dentalCheck.evaluate(facts(), '2026-03-01').status).toBe('not-met');
    expect(dentalCheck.evaluate(facts({ dental: [{ id: 'd', doneOn: '2026-01-01', countyDentalOffer: 'referred' }] }), '2026-03-01').status).toBe('met');
    expect(dentalCheck.evaluate(facts({ dental: [{ id: 'd', doneOn: '2024-01-01', countyDentalOffer: 'referred' }] }), '2026-03-01').status).toBe('partly');
  });
  it('missed GP appointments need follow-up', () => {
    expect(missedCheck.evaluate(facts(), '2026-03-01').status).toBe('not-applicable');
    expect(missedCheck.evaluate(facts({ gpAppointments: [{ id: 'a', date: '2026-02-01', status: 'missed', followedUp: false }] }), '2026-03-01').status).toBe('not-met');
    expect(missedCheck.evaluate(facts({ gpAppointments: [{ id: 'a', date: '2026-02-01', status: 'missed', followedUp: true }] }), '2026-03-01').status).toBe('met');
  });
  it('GP summaries must be acknowledged', () => {
    expect(summaryCheck.evaluate(facts({ healthContacts: [{ id: 'h', sentAt: '2026-02-01', acknowledgedAt: null }] }), '2026-03-01')).toMatchObject({ status: 'not-met', evidence: [{ record: 'health_contacts', id: 'h', field: 'acknowledged_at' }] });
    expect(summaryCheck.evaluate(facts({ healthContacts: [{ id: 'h', sentAt: '2026-02-01', acknowledgedAt: '2026-02-03' }] }), '2026-03-01').status).toBe('met');
  });
});
