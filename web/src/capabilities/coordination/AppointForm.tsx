// KE appoints (or changes) the person's coordinator from the register, with the reason and whether
// the choice was made with the person; a change needs a handover note.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import type { CoordinatorEntry, Items } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from './SelectField.js';

const labels = { coordinatorId: 'Koordinator', basis: 'Grunnlag', reason: 'Begrunnelse', chosenWithPerson: 'I samråd med personen', handoverNote: 'Overføringsnotat' };

export function AppointForm({ personId, change, onSaved, onCancel }: { personId: string; change: boolean; onSaved(): void; onCancel(): void }) {
  const register = useApi<Items<CoordinatorEntry>>('/api/coordinators');
  const [coordinatorId, setCoordinatorId] = useState('');
  const [basis, setBasis] = useState<'ip' | 'without-ip' | null>('ip');
  const [reason, setReason] = useState('');
  const [withPerson, setWithPerson] = useState<'yes' | 'no' | null>(null);
  const [handoverNote, setHandoverNote] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const options = (register.data?.items ?? []).filter((c) => c.active).map((c) => [c.id, `${c.displayName} (${c.unitName}, ${c.caseload} personer)`] as const);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { coordinatorId, basis, reason, chosenWithPerson: withPerson === null ? undefined : withPerson === 'yes', ...(change ? { handoverNote: handoverNote.trim() || null } : {}) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/coordinator`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading={change ? 'Bytt koordinator' : 'Oppnevn koordinator'} headingId="appoint-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="appoint" submitLabel={change ? 'Bytt koordinator' : 'Oppnevn koordinator'} busy={submit.busy} onCancel={onCancel}>
      <SelectField id="appoint-coordinatorId" label="Koordinator fra registeret" value={coordinatorId} empty="Velg koordinator" options={options} onChange={setCoordinatorId} error={errors.coordinatorId} />
      <RadioGroup id="appoint-basis" legend="Grunnlag" options={[{ value: 'ip', label: 'Knyttet til individuell plan' }, { value: 'without-ip', label: 'Koordinator uten individuell plan' }]} value={basis} onChange={setBasis} error={errors.basis} className="inline-radios" />
      <Textfield id="appoint-reason" label="Hvorfor denne koordinatoren og enheten?" multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
      <RadioGroup id="appoint-chosenWithPerson" legend="Er valget gjort i samråd med personen?" options={[{ value: 'yes', label: 'Ja' }, { value: 'no', label: 'Nei' }]} value={withPerson} onChange={setWithPerson} error={errors.chosenWithPerson} className="inline-radios" />
      {change && <Textfield id="appoint-handoverNote" label="Overføringsnotat til ny koordinator" multiline rows={3} value={handoverNote} onChange={(e) => setHandoverNote(e.target.value)} error={errors.handoverNote} />}
    </FormCard>
  );
}
