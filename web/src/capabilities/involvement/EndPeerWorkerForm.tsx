// Ending a peer worker's employment (erfaringskonsulent) with the last day; the list keeps the period.
import { useState, type FormEvent } from 'react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { formatDate } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import { FormCard } from '../../platform/FormCard.js';
import type { PeerWorkers } from './types.js';

type PeerWorker = PeerWorkers['items'][number];

export function EndPeerWorkerForm({ worker, onEnded, onCancel }: { worker: PeerWorker; onEnded(message: string): void; onCancel(): void }) {
  const [endedOn, setEndedOn] = useState(localDate());
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/peer-workers/${worker.id}/end`, { endedOn }).then(() => true))) {
      onEnded(`Arbeidsforholdet til ${worker.name} er avsluttet fra ${endedOn ? formatDate(endedOn) : endedOn}.`);
    }
  }
  return (
    <FormCard heading={<>Avslutt erfaringskonsulent: {worker.name}</>} headingId="end-peer-heading" intro={<Paragraph data-size="sm">{worker.unit.name}, fra {formatDate(worker.startedOn)}. Perioden blir stående i oversikten.</Paragraph>} onSubmit={onSubmit} error={submit.error} labels={{ endedOn: 'Sluttdato' }} idPrefix="end-peer" submitLabel="Avslutt arbeidsforholdet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="end-peer-endedOn" type="date" label="Sluttdato" value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={submit.fieldErrors.endedOn} />
    </FormCard>
  );
}
