// Starting a kartlegging for a date, or recording that the person declines (with a date to offer it
// again, which puts a task on the worklist).
import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Field, Label, Link, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { useOwnUnits } from '../../platform/use-own-units.js';
import { localDate } from '../../platform/dates.js';
import type { Created } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';

function UnitSelect({ id, value, onChange, error }: { id: string; value: string; onChange(value: string): void; error?: string }) {
  const own = useOwnUnits();
  const first = own.units[0]?.id;
  useEffect(() => {
    if (first && !value) onChange(first);
  }, [first, value, onChange]);
  return (
    <Field>
      <Label>Enhet</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {own.units.map((u) => (
          <Select.Option key={u.id} value={u.id}>
            {u.name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

interface FormProps {
  personId: string;
  onSaved(id: string): void;
  onCancel(): void;
}

export function StartKartleggingForm({ personId, onSaved, onCancel }: FormProps) {
  const [unitId, setUnitId] = useState('');
  const [occasion, setOccasion] = useState(localDate());
  const submit = useSubmit();
  const existing = submit.error?.problem.existingKartleggingId;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/kartlegginger`, { unitId, occasion }));
    if (created) onSaved(created.id);
  }

  return (
    <FormCard heading="Start kartlegging" headingId="start-heading" onSubmit={onSubmit} error={submit.error} labels={{ unitId: 'Enhet', occasion: 'Dato' }} idPrefix="start" submitLabel="Start kartlegging" busy={submit.busy} onCancel={onCancel}>
      {typeof existing === 'string' && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/personer/${personId}/kartlegging/${existing}`}>Fortsett i kartleggingen som finnes</RouterLink>
          </Link>
        </Paragraph>
      )}
      <div className="form-columns">
        <UnitSelect id="start-unitId" value={unitId} onChange={setUnitId} error={submit.fieldErrors.unitId} />
        <Textfield id="start-occasion" type="date" label="Dato for kartleggingen" value={occasion} onChange={(e) => setOccasion(e.target.value)} error={submit.fieldErrors.occasion} />
      </div>
    </FormCard>
  );
}

export function DeclineForm({ personId, onSaved, onCancel }: FormProps) {
  const [unitId, setUnitId] = useState('');
  const [reofferDate, setReofferDate] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { unitId, reofferDate, ...(note.trim() ? { note: note.trim() } : {}) };
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/kartlegginger/declined`, body));
    if (created) onSaved(created.id);
  }

  return (
    <FormCard heading="Personen takker nei til kartlegging" headingId="decline-heading" intro={<Paragraph data-size="sm">Personen skal få tilbudet igjen. Oppgaven kommer på arbeidslisten to uker før datoen.</Paragraph>} color="warning" onSubmit={onSubmit} error={submit.error} labels={{ unitId: 'Enhet', reofferDate: 'Dato for nytt tilbud', note: 'Merknad' }} idPrefix="decline" submitLabel="Registrer at personen takker nei" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <UnitSelect id="decline-unitId" value={unitId} onChange={setUnitId} error={submit.fieldErrors.unitId} />
        <Textfield id="decline-reofferDate" type="date" label="Dato for nytt tilbud" min={localDate(1)} value={reofferDate} onChange={(e) => setReofferDate(e.target.value)} error={submit.fieldErrors.reofferDate} />
      </div>
      <Textfield id="decline-note" label="Merknad (valgfritt)" multiline rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
    </FormCard>
  );
}
