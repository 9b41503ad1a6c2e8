// Ending a peer worker's employment (erfaringskonsulent) with the last day; the list keeps the period.
import { useState, type FormEvent } from 'react';
import { Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { formatDate } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
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
    <Card data-color="accent" variant="tinted">
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack" aria-labelledby="end-peer-heading">
        <Heading level={3} data-size="xs" id="end-peer-heading">
          Avslutt erfaringskonsulent: {worker.name}
        </Heading>
        <Paragraph data-size="sm">
          {worker.unit.name}, fra {formatDate(worker.startedOn)}. Perioden blir stående i oversikten.
        </Paragraph>
        <FormProblem error={submit.error} labels={{ endedOn: 'Sluttdato' }} idPrefix="end-peer" />
        <Textfield id="end-peer-endedOn" type="date" label="Sluttdato" value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={submit.fieldErrors.endedOn} />
        <FormButtons submitLabel="Avslutt arbeidsforholdet" busy={submit.busy} onCancel={onCancel} />
      </form>
    </Card>
  );
}
