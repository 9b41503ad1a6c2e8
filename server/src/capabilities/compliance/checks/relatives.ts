// Relatives: asked about, their own needs mapped, children's situation clarified.
import type { CheckDefinition } from '../types.js';
import { latest, na } from './util.js';
import { checkSource, cite } from '../../../platform/law/index.js';


export const relativesAskedAbout: CheckDefinition = {
  id: 'relatives-asked',
  theme: 'relatives',
  text: 'Personen skal spørres om pårørende: om det finnes pårørende, hvem som er nærmeste pårørende, om barn eller mindreårige søsken er berørt, og hvordan de skal involveres.',
  source: checkSource('parorendeveileder', 'kap. 3', `(kartlegge pårørende ved første kontakt); ${cite('pbrl', '§ 1-3', 'bokstav b')}`),
  appliesTo: 'Siste fullførte kartlegging',
  rule: 'Oppfylt: alle fire spørsmål er besvart. Delvis: personen har pårørende, men nærmeste pårørende eller hvordan de skal involveres mangler. Ikke oppfylt: spørsmålene er ikke stilt. Ikke aktuelt: ingen fullført kartlegging.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed']);
    if (!k) return na('Personen har ingen fullført kartlegging.');
    const q = k.relatives;
    const evidence = [{ record: 'kartlegginger', id: k.id, field: 'relatives' }];
    const responsible = { unitId: k.unitId, userId: k.createdBy };
    if (!q || q.hasRelatives === null) return { status: 'not-met', detail: 'Personen er ikke spurt om pårørende.', evidence, responsible };
    if (!q.hasRelatives) return { status: 'met', detail: 'Personen har oppgitt at hen ikke har pårørende.', evidence };
    const missing = [!q.closestRelative?.trim() ? 'nærmeste pårørende' : null, q.childrenOrMinorSiblingsAffected === null ? 'om barn er berørt' : null, !q.howToInvolve?.trim() ? 'hvordan de skal involveres' : null].filter(Boolean);
    if (missing.length) return { status: 'partly', detail: `Pårørende er nevnt, men dette mangler: ${missing.join(', ')}.`, evidence, responsible };
    return { status: 'met', detail: 'De fire spørsmålene om pårørende er besvart.', evidence };
  },
};

export const relativesOwnNeedsMapped: CheckDefinition = {
  id: 'relatives-own-needs',
  theme: 'relatives',
  text: 'Pårørendes egne behov for informasjon, støtte og avlastning skal kartlegges.',
  source: checkSource('parorendeveileder', 'kap. 6', `(pårørendes egne behov); ${cite('hol', '§ 3-6')} (pårørendestøtte)`),
  appliesTo: 'Personer som har oppgitt pårørende i siste fullførte kartlegging',
  rule: 'Oppfylt: pårørendes egne behov er kartlagt. Ikke oppfylt: ikke kartlagt. Ikke aktuelt: ingen pårørende, eller ingen fullført kartlegging.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed']);
    if (!k?.relatives?.hasRelatives) return na('Ingen pårørende er oppgitt i en fullført kartlegging.');
    const evidence = [{ record: 'kartlegginger', id: k.id, field: 'relatives.ownNeedsMapped' }];
    if (k.relatives.ownNeedsMapped) return { status: 'met', detail: 'Pårørendes egne behov er kartlagt.', evidence };
    return { status: 'not-met', detail: 'Pårørendes egne behov er ikke kartlagt.', evidence, responsible: { unitId: k.unitId, userId: k.createdBy } };
  },
};

export const childrenSituationClarified: CheckDefinition = {
  id: 'children-situation',
  theme: 'relatives',
  text: 'Det skal avklares om personen har mindreårige barn eller søsken som er berørt, og i så fall hvordan barnas behov ivaretas.',
  source: checkSource('hpl', '§ 10 a', '(barn som pårørende)'),
  appliesTo: 'Siste fullførte kartlegging',
  rule: 'Oppfylt: ingen barn er berørt, eller barnas situasjon er kartlagt. Delvis: barn er berørt, men barnas situasjon er ikke kartlagt. Ikke oppfylt: det er ikke avklart om barn er berørt. Ikke aktuelt: ingen fullført kartlegging, eller personen har ingen pårørende.',
  evaluate(s) {
    const k = latest(s.kartlegginger, ['completed']);
    if (!k) return na('Personen har ingen fullført kartlegging.');
    const q = k.relatives;
    if (q?.hasRelatives === false) return na('Personen har oppgitt at hen ikke har pårørende.');
    const evidence = [{ record: 'kartlegginger', id: k.id, field: 'relatives.childrenOrMinorSiblingsAffected' }];
    const responsible = { unitId: k.unitId, userId: k.createdBy };
    if (!q || q.childrenOrMinorSiblingsAffected === null) return { status: 'not-met', detail: 'Det er ikke avklart om barn eller mindreårige søsken er berørt.', evidence, responsible };
    if (!q.childrenOrMinorSiblingsAffected) return { status: 'met', detail: 'Avklart: ingen barn eller mindreårige søsken er berørt.', evidence };
    const formEvidence = [...evidence, { record: 'kartlegginger', id: k.id, field: 'relatives.childrenFormCompleted' }];
    if (q.childrenFormCompleted) return { status: 'met', detail: 'Barn er berørt, og barnas situasjon er kartlagt.', evidence: formEvidence };
    return { status: 'partly', detail: 'Barn er berørt, men barnas situasjon er ikke kartlagt.', evidence: formEvidence, responsible };
  },
};
