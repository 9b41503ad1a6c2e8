import { useState, type FormEvent } from 'react';
import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import type { Created } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';

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
    <FormCard heading="Nytt journalnotat" headingId="note-form-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="note" submitLabel="Lagre notat" busy={submit.busy} onCancel={onCancel}>
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
    </FormCard>
  );
}
