// Assessment (kartlegging): every core domain covered, a standardised tool, a documented meeting, and
// a re-offer to those who declined.
import { assessmentDomains, uncoveredDomains, coverage, domainIds } from '../../assessment/index.js';
import type { CheckDefinition } from '../types.js';
import { latest, na, norwegianDate } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';


export const assessmentCoversCoreDomains: CheckDefinition = {
  id: 'assessment-core-domains',
  theme: 'assessment',
  text: 'Kartleggingen skal dekke alle kjerneområdene: rus, psykisk helse, somatisk helse, psykososiale forhold, bolig, voldsrisiko, selvmordsrisiko og pårørende/barn.',
  source: checkSource('rop-retningslinje', 'kap. 4', `(kartlegging og utredning); ${cite('fvl', '§ 17')} (saken skal være godt nok opplyst)`),
  appliesTo: 'Siste fullførte eller pågående kartlegging',
  rule: 'Oppfylt: alle kjerneområder er dekket. Delvis: noen områder er bare delvis dekket, eller udekkede områder er begrunnet. Ikke oppfylt: områder er ikke kartlagt og ingen begrunnelse er gitt. Ikke aktuelt: ingen kartlegging.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed', 'in-progress']);
    if (!k) return na('Personen har ingen kartlegging.');
    const c = coverage(k.domains);
    const uncovered = uncoveredDomains(k.domains);
    const partly = domainIds.filter((d) => c[d] === 'partly');
    const evidence = [{ record: 'kartlegginger', id: k.id, field: 'kartlegging_domains' }];
    const responsible = { unitId: k.unitId, userId: k.createdBy };
    const labels = (ids: string[]) => ids.map((d) => assessmentDomains[d as keyof typeof assessmentDomains].label).join(', ');
    if (uncovered.length && !k.missingDomainsReason?.trim()) return { status: 'not-met', detail: `Ikke kartlagt: ${labels(uncovered)}.`, evidence, responsible };
    if (uncovered.length) return { status: 'partly', detail: `Ikke kartlagt, med begrunnelse: ${labels(uncovered)}.`, evidence: [...evidence, { record: 'kartlegginger', id: k.id, field: 'missing_domains_reason' }], responsible };
    if (partly.length) return { status: 'partly', detail: `Delvis kartlagt: ${labels(partly)}.`, evidence, responsible };
    return { status: 'met', detail: 'Alle kjerneområder er kartlagt.', evidence };
  },
};

const substanceTools = ['AUDIT', 'AUDIT-C', 'DUDIT', 'CAGE'];
const mentalTools = ['SCL-10', 'PHQ-9', 'GAD-7'];

export const assessmentUsesStandardisedTool: CheckDefinition = {
  id: 'assessment-standardised-tool',
  theme: 'assessment',
  text: 'Kartleggingen skal bruke standardiserte verktøy for både rusmiddelbruk (AUDIT, DUDIT e.l.) og psykisk helse (SCL-10, PHQ-9, GAD-7 e.l.).',
  source: checkSource('rop-retningslinje', 'kap. 4', '(4.2–4.4): systematisk kartlegging med standardiserte verktøy'),
  appliesTo: 'Siste fullførte kartlegging',
  rule: 'Oppfylt: minst ett skåret verktøy for rus og ett for psykisk helse. Delvis: bare ett av dem. Ikke oppfylt: ingen skårede verktøy. Ikke aktuelt: ingen fullført kartlegging.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed']);
    if (!k) return na('Personen har ingen fullført kartlegging.');
    const scored = k.instruments.filter((i) => i.status === 'scored');
    const substance = scored.filter((i) => substanceTools.includes(i.instrumentId));
    const mental = scored.filter((i) => mentalTools.includes(i.instrumentId));
    const evidence = scored.map((i) => ({ record: 'instrument_results', id: i.id, field: 'score' }));
    const responsible = { unitId: k.unitId, userId: k.createdBy };
    if (substance.length && mental.length) return { status: 'met', detail: `Standardiserte verktøy brukt: ${[...new Set(scored.map((i) => i.instrumentId))].join(', ')}.`, evidence };
    if (substance.length || mental.length) return { status: 'partly', detail: substance.length ? 'Rus er kartlagt med standardisert verktøy, psykisk helse ikke.' : 'Psykisk helse er kartlagt med standardisert verktøy, rus ikke.', evidence, responsible };
    return { status: 'not-met', detail: 'Kartleggingen har ingen skårede standardiserte verktøy.', evidence: [{ record: 'kartlegginger', id: k.id, field: 'instrument_results' }], responsible };
  },
};

export const assessmentMeetingDocumented: CheckDefinition = {
  id: 'assessment-meeting-documented',
  theme: 'assessment',
  text: 'Kartleggingen skal bygge på et dokumentert møte med personen (dato og deltakere) og personens egne ord om hva som er viktig.',
  source: checkSource('pbrl', '§ 3-1', `(rett til medvirkning); ${cite('rop-retningslinje', 'kap. 4')}`),
  appliesTo: 'Siste fullførte kartlegging',
  rule: 'Oppfylt: møtedato, deltakere og «hva er viktig for deg» er registrert. Delvis: møtet er registrert, men personens egne ord mangler. Ikke oppfylt: møtet er ikke dokumentert. Ikke aktuelt: ingen fullført kartlegging.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed']);
    if (!k) return na('Personen har ingen fullført kartlegging.');
    const responsible = { unitId: k.unitId, userId: k.createdBy };
    if (!k.meetingDate || k.meetingParticipants === 0) return { status: 'not-met', detail: 'Kartleggingen mangler dokumentert møte med personen.', evidence: [{ record: 'kartlegginger', id: k.id, field: 'meeting_date' }], responsible };
    if (!k.whatMatters?.trim()) return { status: 'partly', detail: `Møte ${norwegianDate(k.meetingDate)} er dokumentert, men personens egne ord om hva som er viktig mangler.`, evidence: [{ record: 'kartlegginger', id: k.id, field: 'what_matters' }], responsible };
    return { status: 'met', detail: `Møte med personen ${norwegianDate(k.meetingDate)} er dokumentert.`, evidence: [{ record: 'kartlegginger', id: k.id, field: 'meeting_date' }, { record: 'kartlegginger', id: k.id, field: 'what_matters' }] };
  },
};

export const assessmentReoffered: CheckDefinition = {
  id: 'assessment-reoffered',
  theme: 'assessment',
  text: 'Den som takket nei til kartlegging skal få nytt tilbud innen avtalt dato.',
  source: checkSource('rop-retningslinje', 'kap. 4', `(kartlegging gjentas og tilbys på nytt); ${cite('sarpsborg-2025', 'pkt. 4.2.1')}`),
  appliesTo: 'Personer som har takket nei til kartlegging',
  rule: 'Oppfylt: ny kartlegging etter avslaget, eller datoen for nytt tilbud er ikke passert. Ikke oppfylt: datoen for nytt tilbud er passert uten ny kartlegging, eller ingen dato er satt. Ikke aktuelt: ingen har takket nei.',
  evaluate(s, today) {
    const declined = latest(s.kartlegginger, ['declined']);
    if (!declined) return na('Personen har ikke takket nei til kartlegging.');
    const evidence = [{ record: 'kartlegginger', id: declined.id, field: 'reoffer_date' }];
    const newer = s.kartlegginger.find((k) => k.occasion > declined.occasion && k.status !== 'declined');
    if (newer) return { status: 'met', detail: `Ny kartlegging ${norwegianDate(newer.occasion)} etter avslaget.`, evidence: [...evidence, { record: 'kartlegginger', id: newer.id, field: 'occasion' }] };
    const responsible = { unitId: declined.unitId, userId: declined.createdBy };
    if (!declined.reofferDate) return { status: 'not-met', detail: 'Personen takket nei til kartlegging, og ingen dato for nytt tilbud er satt.', evidence, responsible };
    if (declined.reofferDate >= today) return { status: 'met', detail: `Nytt tilbud om kartlegging er planlagt ${norwegianDate(declined.reofferDate)}.`, evidence };
    return { status: 'not-met', detail: `Nytt tilbud om kartlegging skulle vært gitt ${norwegianDate(declined.reofferDate)}.`, evidence, responsible };
  },
};
