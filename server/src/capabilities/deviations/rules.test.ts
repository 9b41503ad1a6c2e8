import { describe, expect, it } from 'vitest';
import { closeProblems, defaultAnswerDueDate, deviationSources, handlingUnitFor, mayHandle, needsEscalation, partnerAnswerStatus, relationsTo, seesHandlingDetails, transition, type CloseFacts } from './rules.js';

describe('needsEscalation (serious avvik go to the director)', () => {
  it('escalates serious and critical avvik', () => {
    expect(needsEscalation('serious', false)).toBe(true);
    expect(needsEscalation('critical', false)).toBe(true);
  });
  it('does not escalate minor and moderate ones, nor one already escalated', () => {
    expect(needsEscalation('minor', false)).toBe(false);
    expect(needsEscalation('moderate', false)).toBe(false);
    expect(needsEscalation('critical', true)).toBe(false);
  });
  it('carries its legal source as data', () => {
    expect(deviationSources.escalation).toMatch(/Kommuneloven § 25-1/);
    expect(deviationSources.feedbackBeforeClosing).toMatch(/forskrift om ledelse og kvalitetsforbedring/i);
  });
});

describe('handlingUnitFor (routing to the leader of the unit concerned)', () => {
  const tree = [
    { id: 'helse', parentId: null },
    { id: 'phr', parentId: 'helse' },
    { id: 'lavterskel', parentId: 'phr' },
    { id: 'bolig', parentId: 'helse' },
    { id: 'nav', parentId: null },
  ];
  it('routes to the unit concerned when it has a leader', () => {
    expect(handlingUnitFor('bolig', tree, new Set(['bolig', 'phr']))).toBe('bolig');
  });
  it('routes to the nearest unit above with a leader when the unit has none', () => {
    expect(handlingUnitFor('lavterskel', tree, new Set(['phr']))).toBe('phr');
  });
  it('finds no handler when no unit up the tree has a leader (quality advisers take it)', () => {
    expect(handlingUnitFor('nav', tree, new Set(['phr']))).toBeNull();
    expect(handlingUnitFor(null, tree, new Set(['phr']))).toBeNull();
  });
  it('stops on a cycle in the tree', () => {
    expect(handlingUnitFor('a', [{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], new Set())).toBeNull();
  });
});

describe('transition (registered → in handling → measures → feedback given → closed)', () => {
  it('moves forward on the events of handling', () => {
    expect(transition('registered', 'assess')).toEqual({ status: 'in-handling' });
    expect(transition('in-handling', 'add-measure')).toEqual({ status: 'measures' });
    expect(transition('measures', 'give-feedback')).toEqual({ status: 'feedback-given' });
    expect(transition('feedback-given', 'add-measure')).toEqual({ status: 'feedback-given' });
    expect(transition('feedback-given', 'close')).toEqual({ status: 'closed' });
  });
  it('refuses measures, feedback, forwarding and closing before the avvik is assessed', () => {
    for (const event of ['add-measure', 'give-feedback', 'forward', 'close'] as const) expect(transition('registered', event)).toHaveProperty('problem');
  });
  it('refuses every change to a closed avvik', () => {
    expect(transition('closed', 'assess')).toEqual({ problem: 'Avviket er lukket og kan ikke endres.' });
  });
  it('re-routes only before measures or feedback, and starts over as registered', () => {
    expect(transition('in-handling', 'reroute')).toEqual({ status: 'registered' });
    expect(transition('measures', 'reroute')).toHaveProperty('problem');
  });
});

describe('closeProblems (no closing until the reporter and the reporting unit are told)', () => {
  const ready: CloseFacts = { status: 'feedback-given', reporterTold: true, reportingUnitTold: true, noFeedbackReason: null, awaitingPartner: null, noPartnerAnswerReason: null };
  it('closes when both were told', () => {
    expect(closeProblems(ready)).toEqual([]);
  });
  it('refuses when the reporter or the reporting unit was not told', () => {
    expect(closeProblems({ ...ready, status: 'measures', reporterTold: false, reportingUnitTold: false })).toEqual([
      { path: 'body/noFeedbackReason', detail: 'Avviket kan ikke lukkes før melderen og den meldende enheten har fått tilbakemelding om hva som er gjort. Gi tilbakemelding, eller begrunn hvorfor ikke.' },
    ]);
    expect(closeProblems({ ...ready, reportingUnitTold: false })[0]!.detail).toMatch(/^Avviket kan ikke lukkes før den meldende enheten har fått/);
  });
  it('closes without feedback when the handler records why not', () => {
    expect(closeProblems({ ...ready, status: 'in-handling', reporterTold: false, reportingUnitTold: false, noFeedbackReason: 'Melder er selv leder' })).toEqual([]);
  });
  it('needs no reporting-unit feedback when the reporter reported from no unit', () => {
    expect(closeProblems({ ...ready, reportingUnitTold: null })).toEqual([]);
  });
  it('refuses while an external partner\'s answer is awaited, unless a reason is given', () => {
    expect(closeProblems({ ...ready, awaitingPartner: 'DPS Fjordvik' })).toEqual([{ path: 'body/noPartnerAnswerReason', detail: 'Svaret fra DPS Fjordvik er ikke registrert. Registrer svaret, eller begrunn hvorfor avviket lukkes uten.' }]);
    expect(closeProblems({ ...ready, awaitingPartner: 'DPS Fjordvik', noPartnerAnswerReason: 'Tatt opp i samarbeidsmøtet' })).toEqual([]);
  });
  it('refuses closing an avvik that was never assessed', () => {
    expect(closeProblems({ ...ready, status: 'registered' })).toEqual([{ path: 'status', detail: 'Avviket må vurderes før det kan lukkes.' }]);
  });
});

describe('partner answer deadline', () => {
  it('asks for an answer within three weeks by default', () => {
    expect(defaultAnswerDueDate('2026-03-10')).toBe('2026-03-31');
  });
  it('is awaiting up to and on the due day, overdue after, answered once received', () => {
    expect(partnerAnswerStatus({ answerReceivedOn: null, answerDueDate: '2026-03-24' }, '2026-03-24')).toBe('awaiting');
    expect(partnerAnswerStatus({ answerReceivedOn: null, answerDueDate: '2026-03-24' }, '2026-03-25')).toBe('overdue');
    expect(partnerAnswerStatus({ answerReceivedOn: '2026-03-26', answerDueDate: '2026-03-24' }, '2026-03-30')).toBe('answered');
  });
});

describe('who reads and handles an avvik', () => {
  const avvik = { reportedBy: 'nora', reporterUnitId: 'nav', concernedUnitId: 'bolig', handlingUnitId: 'bolig', measureOwnerIds: ['ola'] };
  const actor = (userId: string, roles: ('unit-leader' | 'quality-adviser' | 'director' | 'nav-adviser' | 'service-provider')[], unitIds: string[]) => ({ userId, roles, unitIds });
  it('lets the leader of the handling unit handle it, and not a leader of another unit', () => {
    expect(mayHandle(actor('berit', ['unit-leader'], ['bolig']), avvik)).toBe(true);
    expect(mayHandle(actor('henrik', ['unit-leader'], ['hjemme']), avvik)).toBe(false);
    expect(relationsTo(actor('henrik', ['unit-leader'], ['hjemme']), avvik)).toEqual([]);
  });
  it('lets quality advisers and the director handle every avvik', () => {
    expect(relationsTo(actor('kristin', ['quality-adviser'], ['helse']), avvik)).toEqual(['oversight']);
    expect(mayHandle(actor('dina', ['director'], []), { handlingUnitId: null })).toBe(true);
  });
  it('lets the reporter, the reporting unit\'s leader and a measure owner read it, without the handling details', () => {
    expect(relationsTo(actor('nora', ['nav-adviser'], ['nav']), avvik)).toEqual(['reporter']);
    expect(relationsTo(actor('navleder', ['unit-leader'], ['nav']), avvik)).toEqual(['reporting-unit-leader']);
    expect(relationsTo(actor('ola', ['service-provider'], ['phr']), avvik)).toEqual(['measure-owner']);
    expect(seesHandlingDetails(['reporter', 'reporting-unit-leader', 'measure-owner'])).toBe(false);
    expect(seesHandlingDetails(['handler'])).toBe(true);
  });
});
