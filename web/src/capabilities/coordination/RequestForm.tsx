// The person's wish for a new coordinator, recorded as a task for KE.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormCard } from '../../platform/FormCard.js';

export function RequestForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const [receivedVia, setReceivedVia] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/persons/${personId}/coordinator-requests`, { reason, receivedVia }).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Personen ønsker ny koordinator" headingId="request-heading" onSubmit={onSubmit} error={submit.error} labels={{ reason: 'Ønsket', receivedVia: 'Hvordan' }} idPrefix="request" submitLabel="Send til koordinerende enhet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="request-reason" label="Hva ønsker personen, og hvorfor?" multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
      <Textfield id="request-receivedVia" label="Hvordan kom ønsket (samtale, telefon, brev …)?" value={receivedVia} onChange={(e) => setReceivedVia(e.target.value)} error={submit.fieldErrors.receivedVia} />
    </FormCard>
  );
}
