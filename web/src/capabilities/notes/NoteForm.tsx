import { useState, type FormEvent } from 'react';
import { Button, Card, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import type { Created } from '../../platform/api-types.js';
import { FormButtons } from '../../platform/FormButtons.js';

const labels = { title: 'Tittel', body: 'Notat', classification: 'Informasjonsklasse', unitId: 'Enhet' };

export function NoteForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [classification, setClassification] = useState<'shared' | 'restricted'>('shared');
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/notes`, { title, body, classification }));
    if (created) onSaved();
  }

  return (
    <Card data-color="accent" variant="tinted">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="note-form-heading">
        <Heading level={3} data-size="xs" id="note-form-heading">
          Nytt journalnotat
        </Heading>
        <FormProblem error={submit.error} labels={labels} idPrefix="note" />
        <Textfield id="note-title" label="Tittel" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
        <Textfield id="note-body" label="Notat" multiline rows={5} value={body} onChange={(e) => setBody(e.target.value)} error={errors.body} />
        <Fieldset>
          <Fieldset.Legend>Informasjonsklasse</Fieldset.Legend>
          <Radio
            id="note-classification"
            name="classification"
            value="shared"
            label="Delt"
            description="Synlig for alle med tjenstlig behov for personen."
            checked={classification === 'shared'}
            onChange={() => setClassification('shared')}
          />
          <Radio
            name="classification"
            value="restricted"
            label="Begrenset"
            description="For eksempel terapinotat: bare for enheten din og enheter personen har samtykket til deling med."
            checked={classification === 'restricted'}
            onChange={() => setClassification('restricted')}
          />
        </Fieldset>
        <FormButtons submitLabel="Lagre notat" busy={submit.busy} onCancel={onCancel} />
      </form>
    </Card>
  );
}
