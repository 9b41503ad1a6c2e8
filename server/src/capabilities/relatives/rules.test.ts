import { describe, expect, it } from 'vitest';
import { checks, childResponsibleVacancyCheck, childrenClarifiedCheck, childrenFollowedUpCheck, childrenInformedCheck, emergencyContact, isChildOn, relativesConsentCheck, relativesOwnNeedsCheck, type RelativeFacts, type RelativesFacts } from './rules.js';

const today = '2026-03-10';
const adult = (over: Partial<RelativeFacts> = {}): RelativeFacts => ({ id: 'a1', name: 'Anne', isChild: false, birthDate: null, consentStatus: 'given', needsAssessments: [], childFollowUps: [], ...over });
const child = (over: Partial<RelativeFacts> = {}): RelativeFacts => ({ id: 'c1', name: 'Ola', isChild: true, birthDate: '2015-05-01', consentStatus: 'given', needsAssessments: [], childFollowUps: [], ...over });
const facts = (over: Partial<RelativesFacts> = {}): RelativesFacts => ({ relatives: [], firstContact: null, servingUnits: [], ...over });

describe('relatives rules', () => {
  it('counts a relative as a child until the 18th birthday', () => {
    expect(isChildOn({ isChild: true, birthDate: '2008-03-11' }, today)).toBe(true);
    expect(isChildOn({ isChild: true, birthDate: '2008-03-10' }, today)).toBe(false);
    expect(isChildOn({ isChild: false, birthDate: null }, today)).toBe(false);
  });

  it('every check cites a law and a section', () => {
    for (const c of checks) expect(c.source.law.length * c.source.section.length).toBeGreaterThan(0);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
  });

  it('consent: met when asked for every relative, partly when not for some', () => {
    expect(relativesConsentCheck.evaluate(facts({ relatives: [adult(), adult({ id: 'a2', consentStatus: 'declined' })] }), today).status).toBe('met');
    const partly = relativesConsentCheck.evaluate(facts({ relatives: [adult(), adult({ id: 'a2', name: 'Bjørn', consentStatus: 'not-asked' })] }), today);
    expect(partly).toMatchObject({ status: 'partly', detail: 'Samtykke er ikke avklart for: Bjørn.' });
    expect(relativesConsentCheck.evaluate(facts(), today).status).toBe('not-applicable');
  });

  it("own needs: met with an assessment in the last year, not met when it is older or missing", () => {
    expect(relativesOwnNeedsCheck.evaluate(facts({ relatives: [adult({ needsAssessments: [{ id: 'n', assessedOn: '2025-06-01', nextAssessmentOn: null }] })] }), today).status).toBe('met');
    expect(relativesOwnNeedsCheck.evaluate(facts({ relatives: [adult({ needsAssessments: [{ id: 'n', assessedOn: '2025-01-01', nextAssessmentOn: null }] })] }), today)).toMatchObject({ status: 'not-met', detail: 'Mangler gjeldende kartlegging av egne behov for: Anne.' });
    expect(relativesOwnNeedsCheck.evaluate(facts({ relatives: [adult({ needsAssessments: [{ id: 'n', assessedOn: '2025-01-01', nextAssessmentOn: '2026-04-01' }] })] }), today).status).toBe('met');
    // A child is not assessed as an adult relative.
    expect(relativesOwnNeedsCheck.evaluate(facts({ relatives: [child()] }), today).status).toBe('not-applicable');
  });

  it('children: clarified, informed and followed up by the child-responsible staff', () => {
    const none = facts({ relatives: [child()] });
    expect(childrenClarifiedCheck.evaluate(none, today)).toMatchObject({ status: 'not-met', detail: 'Barnets situasjon er ikke avklart for: Ola.' });
    expect(childrenInformedCheck.evaluate(none, today).status).toBe('not-met');
    expect(childrenFollowedUpCheck.evaluate(none, today).status).toBe('not-met');
    const done = facts({
      relatives: [
        child({
          childFollowUps: [
            { id: '1', kind: 'clarification', occurredOn: today, byChildResponsible: false },
            { id: '2', kind: 'information', occurredOn: today, byChildResponsible: false },
            { id: '3', kind: 'follow-up', occurredOn: today, byChildResponsible: true },
          ],
        }),
      ],
    });
    expect([childrenClarifiedCheck, childrenInformedCheck, childrenFollowedUpCheck].map((c) => c.evaluate(done, today).status)).toEqual(['met', 'met', 'met']);
    const notByResponsible = facts({ relatives: [child({ childFollowUps: [{ id: '3', kind: 'follow-up', occurredOn: today, byChildResponsible: false }] })] });
    expect(childrenFollowedUpCheck.evaluate(notByResponsible, today).status).toBe('not-met');
  });

  it('children: not met when the first-contact answer says children are affected but none is registered', () => {
    const r = childrenClarifiedCheck.evaluate(facts({ firstContact: { id: 'k', hasRelatives: true, childrenOrMinorSiblingsAffected: true } }), today);
    expect(r).toMatchObject({ status: 'not-met', evidence: [{ record: 'kartlegginger', id: 'k', field: 'relatives.childrenOrMinorSiblingsAffected' }] });
    expect(childrenClarifiedCheck.evaluate(facts({ firstContact: { id: 'k', hasRelatives: true, childrenOrMinorSiblingsAffected: false } }), today).status).toBe('not-applicable');
  });

  it('flags a vacant child-responsible role in a health unit serving the person', () => {
    const units = [
      { id: 'u1', name: 'FACT-teamet', needsChildResponsible: true, childResponsibleName: 'Siri' },
      { id: 'u2', name: 'Hjemmesykepleien', needsChildResponsible: true, childResponsibleName: null },
      { id: 'u3', name: 'NAV Fjordvik', needsChildResponsible: false, childResponsibleName: null },
    ];
    expect(childResponsibleVacancyCheck.evaluate(facts({ servingUnits: units }), today)).toMatchObject({ status: 'partly', detail: 'Ledig rolle som barneansvarlig i: Hjemmesykepleien.' });
    expect(childResponsibleVacancyCheck.evaluate(facts({ servingUnits: [units[0]!] }), today).status).toBe('met');
    expect(childResponsibleVacancyCheck.evaluate(facts({ servingUnits: [units[1]!] }), today).status).toBe('not-met');
  });

  it('the emergency contact is only a relative consented to as crisis contact', () => {
    const anne = { name: 'Anne', relation: 'Søster', phone: '41000000', closest: true, consentStatus: 'given', consentScopes: ['participation'] };
    expect(emergencyContact([anne])).toBeNull();
    expect(emergencyContact([{ ...anne, consentScopes: ['crisis-contact'] }])).toBe('Søster Anne, 41000000');
    expect(emergencyContact([{ ...anne, consentStatus: 'declined', consentScopes: ['crisis-contact'] }])).toBeNull();
  });
});
