// The next steps on a henvendelse: record the first contact, then triage it.
import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { inputToIso, nowForInput } from '../../platform/dates.js';
import { triageDescriptions, triageLabels, type TriageOutcome } from './labels.js';

interface StepProps {
  henvendelseId: string;
  onSaved(message: string): void;
  onCancel(): void;
}

function Buttons({ busy, submitText, onCancel }: { busy: boolean; submitText: string; onCancel(): void }) {
  return (
    <div className="button-row">
      <Button data-color="accent" type="submit" data-size="sm" loading={busy}>
        {submitText}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
        Avbryt
      </Button>
    </div>
  );
}

export function FirstContactForm({ henvendelseId, onSaved, onCancel }: StepProps) {
  const [at, setAt] = useState(nowForInput());
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const prefix = `fc-${henvendelseId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { at: inputToIso(at), ...(note.trim() ? { note: note.trim() } : {}) };
    const ok = await submit.run(() => api.post<void>(`/api/henvendelser/${henvendelseId}/first-contact`, body).then(() => true));
    if (ok) onSaved('Første kontakt er registrert.');
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack inline-form" aria-label="Registrer første kontakt">
      <FormProblem error={submit.error} labels={{ at: 'Tidspunkt', note: 'Merknad' }} idPrefix={prefix} />
      <Textfield id={`${prefix}-at`} type="datetime-local" label="Tidspunkt for første kontakt" value={at} onChange={(e) => setAt(e.target.value)} error={submit.fieldErrors.at} />
      <Textfield id={`${prefix}-note`} label="Merknad (valgfritt)" description="Hvordan dere fikk kontakt, og hva som ble avtalt." multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
      <Buttons busy={submit.busy} submitText="Lagre første kontakt" onCancel={onCancel} />
    </form>
  );
}

const outcomes = (['assessment', 'low-threshold', 'referred-elsewhere', 'no-action'] as const).map((value) => ({ value, label: triageLabels[value], description: triageDescriptions[value] }));

export function TriageForm({ henvendelseId, onSaved, onCancel }: StepProps) {
  const [outcome, setOutcome] = useState<Exclude<TriageOutcome, 'pending'> | null>(null);
  const [service, setService] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const prefix = `triage-${henvendelseId}`;
  const labels = { outcome: 'Utfall', lowThresholdService: 'Lavterskeltilbud', note: 'Merknad' };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({ outcome: !outcome && 'Velg et utfall for triageringen.' });
    if (missing || !outcome) return submit.setError(missing);
    const body = { outcome, ...(outcome === 'low-threshold' ? { lowThresholdService: service } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    const ok = await submit.run(() => api.post<void>(`/api/henvendelser/${henvendelseId}/triage`, body).then(() => true));
    if (ok) onSaved(`Henvendelsen er triagert: ${triageLabels[outcome]}.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack inline-form" aria-label="Triager henvendelsen">
      <FormProblem error={submit.error} labels={labels} idPrefix={prefix} />
      <RadioGroup id={`${prefix}-outcome`} legend="Utfall av triageringen" options={outcomes} value={outcome} onChange={setOutcome} error={submit.fieldErrors.outcome} />
      {outcome === 'low-threshold' && (
        <Textfield id={`${prefix}-lowThresholdService`} label="Hvilket lavterskeltilbud får personen?" value={service} onChange={(e) => setService(e.target.value)} error={submit.fieldErrors.lowThresholdService} />
      )}
      <Textfield id={`${prefix}-note`} label="Merknad (valgfritt)" multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
      <Buttons busy={submit.busy} submitText="Lagre triagering" onCancel={onCancel} />
    </form>
  );
}
