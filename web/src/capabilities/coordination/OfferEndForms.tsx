// KE records that a coordinator was offered and what the person answered (helse- og omsorgstjenesteloven
// § 7-2: also to those who decline an individual plan), and ends a coordinator assignment with a reason.
import { useState, type FormEvent } from 'react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { FormCard } from '../../platform/FormCard.js';

export function OfferForm({ personId, onSaved, onCancel }: { personId: string; onSaved(accepted: boolean): void; onCancel(): void }) {
  const [answer, setAnswer] = useState<'yes' | 'no' | null>(null);
  const [note, setNote] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { accepted: answer === null ? undefined : answer === 'yes', note };
    if (await submit.run(() => api.post(`/api/persons/${personId}/coordinator-offer`, body).then(() => true))) onSaved(answer === 'yes');
  }
  return (
    <FormCard heading="Tilbud om koordinator" headingId="offer-heading" onSubmit={onSubmit} error={submit.error} labels={{ accepted: 'Svar', note: 'Hva personen svarte' }} idPrefix="offer" submitLabel="Lagre tilbudet" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="offer-accepted" legend="Takket personen ja til koordinator?" options={[{ value: 'yes', label: 'Ja, takket ja' }, { value: 'no', label: 'Nei, takket nei' }]} value={answer} onChange={setAnswer} error={submit.fieldErrors.accepted} className="inline-radios" />
      <Textfield id="offer-note" label="Hva svarte personen?" multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
    </FormCard>
  );
}

export function EndCoordinatorForm({ personId, coordinatorName, onSaved, onCancel }: { personId: string; coordinatorName: string; onSaved(): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/persons/${personId}/coordinator/end`, { reason }).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Avslutt koordinator" headingId="end-coordinator-heading" intro={<Paragraph data-size="sm">{coordinatorName} slutter som koordinator for personen. Teammedlemskapet som fulgte med oppnevningen, avsluttes også.</Paragraph>} onSubmit={onSubmit} error={submit.error} labels={{ reason: 'Begrunnelse' }} idPrefix="end-coordinator" submitLabel="Avslutt koordinator" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="end-coordinator-reason" label="Hvorfor avsluttes koordinatoren?" multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
    </FormCard>
  );
}
