// Vedtak: no decision without assessment, no template text, evaluation planned, evaluated on time
// with the person taking part.
import { findPlaceholders } from '../../vedtak/index.js';
import type { CaseSnapshot, CheckDefinition } from '../types.js';
import { combine, norwegianDate, type Item } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';

type Vedtak = CaseSnapshot['vedtak'][number];
const decided = (s: CaseSnapshot): Vedtak[] => s.vedtak.filter((v) => v.status !== 'draft');
/** Services expected to last more than two weeks need an evaluation (open-ended ones always do). */
const longerThanTwoWeeks = (v: Vedtak): boolean => !v.endDate || Date.parse(v.endDate) - Date.parse(v.startDate) > 14 * 86_400_000;
const field: Record<keyof Vedtak['texts'], string> = { legalBasis: 'legal_basis', scope: 'scope', participation: 'participation', appealInfo: 'appeal_info', reasoning: 'reasoning' };

export const noDecisionWithoutAssessment: CheckDefinition = {
  id: 'vedtak-requires-assessment',
  theme: 'vedtak',
  text: 'Ingen vedtak uten en fullført kartlegging med dokumentert samtale med personen.',
  source: checkSource('fvl', '§ 17', `(saken skal være så godt opplyst som mulig); ${cite('rop-retningslinje', 'kap. 4')}`),
  appliesTo: 'Hvert fattet vedtak (endelig eller avsluttet)',
  rule: 'Oppfylt: vedtaket bygger på en fullført kartlegging med møte. Delvis: kartleggingen er ikke fullført eller mangler møte. Ikke oppfylt: vedtaket har ingen kartlegging. Ikke aktuelt: ingen fattede vedtak.',
  evaluate(s) {
    const items = decided(s).map((v) => {
      const evidence = [{ record: 'vedtak', id: v.id, field: 'kartlegging_id' }];
      const responsible = { unitId: v.unitId };
      const k = v.kartleggingId ? s.kartlegginger.find((x) => x.id === v.kartleggingId) : undefined;
      if (!k) return { outcome: 'missing' as const, evidence, responsible, detail: `Vedtaket om ${v.serviceName} er fattet uten kartlegging.` };
      if (k.status !== 'completed' || !k.meetingDate) return { outcome: 'partly' as const, evidence: [...evidence, { record: 'kartlegginger', id: k.id, field: 'status' }], responsible, detail: `Vedtaket om ${v.serviceName} bygger på en kartlegging som ikke er fullført med dokumentert samtale.` };
      return { outcome: 'ok' as const, evidence, detail: `Vedtaket om ${v.serviceName} bygger på kartleggingen fra ${norwegianDate(k.occasion)}.` };
    });
    return combine(items, 'Personen har ingen fattede vedtak.');
  },
};

export const noPlaceholdersInDecisions: CheckDefinition = {
  id: 'vedtak-no-placeholders',
  theme: 'vedtak',
  text: 'Et fattet vedtak skal ikke inneholde malens plassholdertekst, som «(sett dato)», «(sett inn navn)», «(navn på tjenestested)» eller «(om tildeling IP)».',
  source: checkSource('fvl', ['§ 24', '§ 25'], '(enkeltvedtak skal grunngis, med reglene og de faktiske forholdene det bygger på)'),
  appliesTo: 'Hvert fattet vedtak (endelig eller avsluttet)',
  rule: 'Oppfylt: ingen plassholdere i vedtakets tekstfelt. Ikke oppfylt: minst én plassholder står igjen. Ikke aktuelt: ingen fattede vedtak.',
  evaluate(s) {
    const items = decided(s).map((v) => {
      const found = (Object.keys(v.texts) as (keyof Vedtak['texts'])[]).flatMap((f) => findPlaceholders(v.texts[f]).map((p) => ({ f, p })));
      if (!found.length) return { outcome: 'ok' as const, evidence: [{ record: 'vedtak', id: v.id, field: 'reasoning' }], detail: `Vedtaket om ${v.serviceName} har ingen plassholdertekst.` };
      return {
        outcome: 'missing' as const,
        evidence: [...new Set(found.map((x) => x.f))].map((f) => ({ record: 'vedtak', id: v.id, field: field[f] })),
        responsible: { unitId: v.unitId },
        detail: `Vedtaket om ${v.serviceName} inneholder plassholdertekst: ${found.map((x) => `«${x.p}»`).join(', ')}.`,
      };
    });
    return combine(items, 'Personen har ingen fattede vedtak.');
  },
};

export const evaluationPlanned: CheckDefinition = {
  id: 'vedtak-evaluation-planned',
  theme: 'vedtak',
  text: 'Hvert vedtak om tjenester som varer mer enn to uker skal ha en evalueringsdato og en ansvarlig person som fortsatt er i tjeneste.',
  source: checkSource('kvalitetsforskriften', '§ 8', `(evaluere); ${cite('sarpsborg-2025')}: vedtak evalueres på evalueringsdato`),
  appliesTo: 'Hvert endelige vedtak om tjenester som varer mer enn to uker',
  rule: 'Oppfylt: evalueringsdato innenfor vedtaksperioden og en aktiv ansvarlig. Delvis: den ansvarlige er ikke lenger aktiv. Ikke oppfylt: evalueringsdato eller ansvarlig mangler. Ikke aktuelt: ingen slike vedtak.',
  evaluate(s) {
    const items = s.vedtak.filter((v) => v.status === 'final' && longerThanTwoWeeks(v)).map((v) => {
      const responsible = { unitId: v.unitId };
      if (!v.evaluationDate || !v.evaluationResponsibleId) return { outcome: 'missing' as const, responsible, evidence: [{ record: 'vedtak', id: v.id, field: v.evaluationDate ? 'evaluation_responsible_id' : 'evaluation_date' }], detail: `Vedtaket om ${v.serviceName} mangler evalueringsdato eller ansvarlig.` };
      if (!v.evaluationResponsibleActive) return { outcome: 'partly' as const, responsible, evidence: [{ record: 'vedtak', id: v.id, field: 'evaluation_responsible_id' }], detail: `Den ansvarlige for evalueringen av vedtaket om ${v.serviceName} er ikke lenger aktiv.` };
      return { outcome: 'ok' as const, evidence: [{ record: 'vedtak', id: v.id, field: 'evaluation_date' }, { record: 'vedtak', id: v.id, field: 'evaluation_responsible_id' }], detail: `Vedtaket om ${v.serviceName} evalueres ${norwegianDate(v.evaluationDate)}.` };
    });
    return combine(items, 'Personen har ingen endelige vedtak om tjenester over to uker.');
  },
};

export const evaluatedOnTime: CheckDefinition = {
  id: 'vedtak-evaluated-on-time',
  theme: 'vedtak',
  text: 'Vedtak skal evalueres innen evalueringsdatoen, og personen skal delta i evalueringen.',
  source: checkSource('kvalitetsforskriften', '§ 8', `; ${cite('pbrl', '§ 3-1')} (medvirkning)`),
  appliesTo: 'Hvert fattet vedtak med passert evalueringsdato',
  rule: 'Oppfylt: evaluert innen datoen med personens deltakelse. Delvis: evaluert for sent, eller uten personen. Ikke oppfylt: evalueringsdatoen er passert uten evaluering. Ikke aktuelt: ingen vedtak med passert evalueringsdato.',
  evaluate(s, today) {
    const items = decided(s).flatMap((v): Item[] => {
      if (!v.evaluationDate) return [];
      const responsible = { unitId: v.unitId, userId: v.evaluationResponsibleId };
      const e = v.evaluation;
      if (!e) {
        if (v.evaluationDate >= today || v.status === 'ended') return [];
        return [{ outcome: 'missing' as const, responsible, evidence: [{ record: 'vedtak', id: v.id, field: 'evaluation_date' }], detail: `Vedtaket om ${v.serviceName} skulle vært evaluert ${norwegianDate(v.evaluationDate)}.` }];
      }
      const evidence = [{ record: 'evaluations', id: e.id, field: 'evaluated_on' }, { record: 'evaluations', id: e.id, field: 'person_participated' }];
      const late = e.evaluatedOn > v.evaluationDate;
      if (late || !e.personParticipated) {
        const why = [late ? `evaluert ${norwegianDate(e.evaluatedOn)}, etter evalueringsdatoen ${norwegianDate(v.evaluationDate)}` : null, e.personParticipated ? null : 'personen deltok ikke'].filter(Boolean).join(', og ');
        return [{ outcome: 'partly' as const, responsible, evidence, detail: `Vedtaket om ${v.serviceName}: ${why}.` }];
      }
      return [{ outcome: 'ok' as const, evidence, detail: `Vedtaket om ${v.serviceName} ble evaluert ${norwegianDate(e.evaluatedOn)} med personen.` }];
    });
    return combine(items, 'Ingen vedtak har passert evalueringsdatoen.');
  },
};

