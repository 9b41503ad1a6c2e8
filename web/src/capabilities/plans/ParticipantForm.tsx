// A new participant in the plan, with the person's consent (required) — staff by user, others by name.
import { useState, type FormEvent } from 'react';
import { Checkbox, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import type { Created, Items, StaffMember } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { participantKindLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

const labels = { kind: 'Type', userId: 'Ansatt', name: 'Navn', role: 'Rolle', consent: 'Samtykke', consentNote: 'Om samtykket' };
const kinds = (Object.entries(participantKindLabels) as [keyof typeof participantKindLabels, string][]).filter(([k]) => k !== 'person');

export function ParticipantForm({ planId, onSaved, onCancel }: { planId: string; onSaved(): void; onCancel(): void }) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [kind, setKind] = useState('');
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [consent, setConsent] = useState(false);
  const [consentNote, setConsentNote] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const isStaff = kind === 'provider' || kind === 'nav';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      kind,
      ...(isStaff && userId ? { userId } : {}),
      ...(!isStaff || !userId ? { name: name.trim() || undefined } : {}),
      role,
      ...(consent ? { consent: true } : {}),
      ...(consentNote.trim() ? { consentNote: consentNote.trim() } : {}),
    };
    if (await submit.run(() => api.post<Created>(`/api/plans/${planId}/participants`, body))) onSaved();
  }
  return (
    <FormCard heading="Ny deltaker" headingId="participant-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="participant" submitLabel="Legg til deltakeren" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <SelectField id="participant-kind" label="Type deltaker" value={kind} empty="Velg type" options={kinds} onChange={setKind} error={errors.kind} />
        {isStaff ? (
          <SelectField id="participant-userId" label="Ansatt" value={userId} empty="Velg ansatt" options={(staff.data?.items ?? []).filter((s) => s.active).map((s) => [s.id, s.displayName])} onChange={setUserId} error={errors.userId} />
        ) : (
          <Textfield id="participant-name" label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        )}
      </div>
      <Textfield id="participant-role" label="Rolle i planen" value={role} onChange={(e) => setRole(e.target.value)} error={errors.role} />
      <div>
        <Checkbox id="participant-consent" label="Personen samtykker til at deltakeren er med i planen og ser den" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        {errors.consent && <ValidationMessage>{errors.consent}</ValidationMessage>}
      </div>
      <Textfield id="participant-consentNote" label="Om samtykket (valgfritt)" value={consentNote} onChange={(e) => setConsentNote(e.target.value)} error={errors.consentNote} />
    </FormCard>
  );
}
