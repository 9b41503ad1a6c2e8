// Calling a team meeting: when, where, what about, the person (by default) and invitees — team members
// by user, others (relatives, GP, DPS) by name.
import { useState, type FormEvent } from 'react';
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { inputToIso, localDate } from '../../platform/dates.js';
import type { Created, PersonDetail } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';

const labels = { scheduledAt: 'Tidspunkt', location: 'Sted', purpose: 'Formål', invitees: 'Inviterte' };

export function MeetingForm({ person, planId, onSaved, onCancel }: { person: PersonDetail; planId: string | null; onSaved(id: string): void; onCancel(): void }) {
  const [scheduledAt, setScheduledAt] = useState(`${localDate(7)}T10:00`);
  const [location, setLocation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [includePerson, setIncludePerson] = useState(true);
  const [invited, setInvited] = useState<string[]>(person.team.map((m) => m.userId));
  const [otherName, setOtherName] = useState('');
  const [otherRole, setOtherRole] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const invitees = [
      ...person.team.filter((m) => invited.includes(m.userId)).map((m) => ({ userId: m.userId, role: m.teamRole })),
      ...(otherName.trim() ? [{ name: otherName.trim(), role: otherRole.trim() }] : []),
    ];
    const body = { scheduledAt: inputToIso(scheduledAt), location, purpose, planId, includePerson, invitees };
    const created = await submit.run(() => api.post<Created>(`/api/persons/${person.id}/meetings`, body));
    if (created) onSaved(created.id);
  }
  return (
    <FormCard heading="Innkall til teammøte" headingId="meeting-form-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="meeting" submitLabel="Send innkalling" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <Textfield id="meeting-scheduledAt" type="datetime-local" label="Tidspunkt" value={scheduledAt} onChange={(e) => setScheduledAt(e.target.value)} error={errors.scheduledAt} />
        <Textfield id="meeting-location" label="Sted" value={location} onChange={(e) => setLocation(e.target.value)} error={errors.location} />
      </div>
      <Textfield id="meeting-purpose" label="Hva skal møtet handle om?" multiline rows={2} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={errors.purpose} />
      <Checkbox id="meeting-includePerson" label={`${person.givenName} ${person.familyName} er invitert`} checked={includePerson} onChange={(e) => setIncludePerson(e.target.checked)} />
      <Fieldset>
        <Fieldset.Legend>Inviter fra teamet</Fieldset.Legend>
        {person.team.length === 0 && <Fieldset.Description>Personen har ingen i teamet. Inviter andre med navn under.</Fieldset.Description>}
        {person.team.map((m, index) => (
          <Checkbox key={m.memberId} id={index === 0 ? 'meeting-invitees' : undefined} label={`${m.displayName} (${m.teamRole})`} checked={invited.includes(m.userId)} onChange={(e) => setInvited(e.target.checked ? [...invited, m.userId] : invited.filter((u) => u !== m.userId))} />
        ))}
        {errors.invitees && <ValidationMessage>{errors.invitees}</ValidationMessage>}
      </Fieldset>
      <div className="form-columns">
        <Textfield id="meeting-otherName" label="Annen deltaker: navn (valgfritt)" value={otherName} onChange={(e) => setOtherName(e.target.value)} />
        <Textfield id="meeting-otherRole" label="Annen deltaker: rolle" value={otherRole} onChange={(e) => setOtherRole(e.target.value)} />
      </div>
    </FormCard>
  );
}
