// Consistency between what records say and what exists: a journal note that claims an individual plan
// that does not exist; a decision that says an individual plan was granted while none exists.
import type { CheckDefinition } from '../types.js';
import { combine, na, norwegianDate } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';

/** Structured claims a journal note can make (notes.claims); the note form offers them as checkboxes. */
export const noteClaims = ['ip-exists', 'crisis-plan-exists', 'coordinator-appointed'] as const;
export type NoteClaim = (typeof noteClaims)[number];

const documentation = checkSource('hpl', '§ 40', `(journalen skal være korrekt og relevant); ${cite('asker-2026', 'stikkprøve #3')}`);

const claimLabels: Record<NoteClaim, string> = { 'ip-exists': 'at personen har individuell plan', 'crisis-plan-exists': 'at personen har kriseplan', 'coordinator-appointed': 'at personen har koordinator' };

export const notesMatchRecords: CheckDefinition = {
  id: 'consistency-note-claims',
  theme: 'consistency',
  text: 'Et journalnotat som sier at personen har individuell plan, kriseplan eller koordinator, skal stemme med det som er registrert.',
  source: documentation,
  appliesTo: 'Journalnotater med en strukturert påstand (IP, kriseplan, koordinator)',
  rule: 'Oppfylt: det notatet sier, finnes. Ikke oppfylt: notatet sier at noe finnes som ikke er registrert. Ikke aktuelt: ingen notater med slike påstander.',
  evaluate(s) {
    const exists: Record<string, boolean> = { 'ip-exists': s.plans.length > 0, 'crisis-plan-exists': Boolean(s.crisisPlan), 'coordinator-appointed': Boolean(s.coordinator) };
    const items = s.noteClaims.map((n) => {
      const label = claimLabels[n.claim as NoteClaim] ?? n.claim;
      const evidence = [{ record: 'notes', id: n.noteId, field: 'claims' }];
      return exists[n.claim] ? { outcome: 'ok' as const, evidence, detail: `Notatet fra ${norwegianDate(n.createdOn)} sier ${label}, og det stemmer.` } : { outcome: 'missing' as const, evidence, responsible: { unitId: s.coordinator?.unitId ?? null }, detail: `Notatet fra ${norwegianDate(n.createdOn)} sier ${label}, men det finnes ikke.` };
    });
    return combine(items, 'Ingen journalnotater med påstand om plan eller koordinator.');
  },
};

/** A decision text saying an individual plan is granted («IP er innvilget», «tildelt individuell plan»). */
const grantsIp = /(individuell plan|\bIP\b)[^.]{0,60}\b(innvilge[st]?|innvilget|tildel[est]*)\b|\b(innvilge[st]?|innvilget|tildel[est]*)\b[^.]{0,60}(individuell plan|\bIP\b)/i;

export const decisionsMatchPlans: CheckDefinition = {
  id: 'consistency-vedtak-claims-ip',
  theme: 'consistency',
  text: 'Et vedtak som sier at individuell plan er innvilget, forutsetter at planen finnes.',
  source: documentation,
  appliesTo: 'Fattede vedtak som sier at individuell plan er innvilget eller tildelt, og registrerte påstander om innvilget IP (vedtak eller tjenestekort)',
  rule: 'Oppfylt: planen finnes. Ikke oppfylt: vedtaket (eller tjenestekortet) sier at IP er innvilget, men ingen plan er registrert. Ikke aktuelt: ingen vedtak sier dette.',
  evaluate(s) {
    const claiming = s.vedtak.filter((v) => v.status !== 'draft' && (grantsIp.test(v.texts.scope) || grantsIp.test(v.texts.reasoning)));
    // Structured claims (record_claims, e.g. imported from a decision or the user card) say the same as data.
    const granted = s.recordClaims.filter((c) => c.kind === 'ip-granted' && c.source !== 'journal-note');
    if (!claiming.length && !granted.length) return na('Ingen fattede vedtak sier at individuell plan er innvilget.');
    const sourceLabel = { vedtak: 'Vedtaket', 'user-card': 'Tjenestekortet', 'journal-note': 'Journalnotatet' } as const;
    const items = [
      ...claiming.map((v) => {
        const evidence = [{ record: 'vedtak', id: v.id, field: grantsIp.test(v.texts.scope) ? 'scope' : 'reasoning' }];
        return s.plans.length ? { outcome: 'ok' as const, evidence, detail: `Vedtaket om ${v.serviceName} sier at IP er innvilget, og planen finnes.` } : { outcome: 'missing' as const, evidence, responsible: { unitId: v.unitId }, detail: `Vedtaket om ${v.serviceName} sier at individuell plan er innvilget, men ingen plan er registrert.` };
      }),
      ...granted.map((c) => {
        const evidence = [{ record: 'record_claims', id: c.id, field: 'kind' }];
        const what = `${sourceLabel[c.source]} fra ${norwegianDate(c.statedOn)} sier at individuell plan er innvilget`;
        return s.plans.length ? { outcome: 'ok' as const, evidence, detail: `${what}, og planen finnes.` } : { outcome: 'missing' as const, evidence, responsible: { unitId: s.activeUnits[0]?.unitId ?? null }, detail: `${what}, men ingen plan er registrert.` };
      }),
    ];
    return combine(items, '');
  },
};
