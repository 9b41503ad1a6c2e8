// Evaluating a vedtak with the person: did they take part, their view (and the relatives'), the
// outcome, and a revision note to the allocation office with the next step.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup, fromYesNo, yesNo } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { localDate } from '../../platform/dates.js';
import { FormCard } from '../../platform/FormCard.js';
import { nextStepLabels, outcomeLabels, type NextStep, type Outcome } from './labels.js';

const labels = { evaluatedOn: 'Dato for evalueringen', personParticipated: 'Deltok personen?', personView: 'Personens syn', relativesView: 'Pårørendes syn', outcome: 'Resultat', revisionNote: 'Revisjonsnotat', nextStep: 'Neste steg' };
const outcomeOptions = (Object.keys(outcomeLabels) as Outcome[]).map((value) => ({ value, label: outcomeLabels[value] }));
const nextStepOptions = (Object.keys(nextStepLabels) as NextStep[]).map((value) => ({ value, label: nextStepLabels[value] }));

export function EvaluationForm({ vedtakId, onSaved, onCancel }: { vedtakId: string; onSaved(): void; onCancel(): void }) {
  const [evaluatedOn, setEvaluatedOn] = useState(localDate());
  const [participated, setParticipated] = useState<'yes' | 'no' | null>(null);
  const [personView, setPersonView] = useState('');
  const [relativesView, setRelativesView] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [revisionNote, setRevisionNote] = useState('');
  const [nextStep, setNextStep] = useState<NextStep | null>(null);
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({
      personParticipated: !participated && 'Svar på om personen deltok.',
      outcome: !outcome && 'Velg resultatet av evalueringen.',
      nextStep: !nextStep && 'Velg neste steg.',
    });
    if (missing) return submit.setError(missing);
    const body = { evaluatedOn, personParticipated: fromYesNo(participated), personView, relativesView: relativesView.trim() || null, outcome, revisionNote, nextStep };
    const ok = await submit.run(() => api.post<void>(`/api/vedtak/${vedtakId}/evaluation`, body).then(() => true));
    if (ok) onSaved();
  }

  return (
    <FormCard heading="Registrer evaluering" headingId="evaluation-form-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="evaluation" submitLabel="Lagre evalueringen" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <Textfield id="evaluation-evaluatedOn" type="date" label="Dato for evalueringen" max={localDate()} value={evaluatedOn} onChange={(e) => setEvaluatedOn(e.target.value)} error={errors.evaluatedOn} />
        <RadioGroup id="evaluation-personParticipated" legend="Deltok personen i evalueringen?" options={yesNo} value={participated} onChange={setParticipated} error={errors.personParticipated} className="inline-radios" />
      </div>
      <Textfield id="evaluation-personView" label="Personens syn på tjenesten" description="Med personens egne ord: hva fungerer, og hva bør endres?" multiline rows={4} value={personView} onChange={(e) => setPersonView(e.target.value)} error={errors.personView} />
      <Textfield id="evaluation-relativesView" label="Pårørendes syn (valgfritt)" multiline rows={2} value={relativesView} onChange={(e) => setRelativesView(e.target.value)} error={errors.relativesView} />
      <RadioGroup id="evaluation-outcome" legend="Resultat" options={outcomeOptions} value={outcome} onChange={setOutcome} error={errors.outcome} />
      <Textfield id="evaluation-revisionNote" label="Revisjonsnotat til tildelingskontoret" description="Hva bør endres i neste vedtak, eller hvorfor tjenesten kan avsluttes." multiline rows={3} value={revisionNote} onChange={(e) => setRevisionNote(e.target.value)} error={errors.revisionNote} />
      <RadioGroup id="evaluation-nextStep" legend="Neste steg" options={nextStepOptions} value={nextStep} onChange={setNextStep} error={errors.nextStep} />
    </FormCard>
  );
}
