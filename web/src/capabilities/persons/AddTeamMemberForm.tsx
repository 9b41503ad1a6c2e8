import { useState, type FormEvent } from 'react';
import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import type { Created, Items, StaffMember } from '../../platform/api-types.js';

interface Props {
  personId: string;
  existing: string[];
  onAdded(name: string): void;
  onCancel(): void;
}

export function AddTeamMemberForm({ personId, existing, onAdded, onCancel }: Props) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = useSubmit();
  const candidates = (staff.data?.items ?? []).filter((s) => s.active && !existing.includes(s.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMissing(userId ? null : 'Velg en ansatt.');
    if (!userId) return;
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/team`, { userId, teamRole }));
    if (created) onAdded(candidates.find((c) => c.id === userId)?.displayName ?? 'Den ansatte');
  }

  if (staff.loading) return <Loading label="Henter ansatte …" />;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack inline-form" aria-label="Legg til i teamet">
      <ProblemAlert error={staff.error} />
      <ProblemAlert error={submit.error && !submit.fieldErrors.teamRole ? submit.error : null} focus />
      <Field>
        <Label>Ansatt</Label>
        <Select value={userId} onChange={(e) => setUserId(e.target.value)}>
          <Select.Option value="">Velg ansatt</Select.Option>
          {candidates.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.displayName}
              {s.title ? ` (${s.title})` : ''}
            </Select.Option>
          ))}
        </Select>
        {(missing ?? submit.fieldErrors.userId) && <ValidationMessage>{missing ?? submit.fieldErrors.userId}</ValidationMessage>}
      </Field>
      <Textfield label="Rolle i teamet" description="For eksempel Primærkontakt eller Koordinator." value={teamRole} onChange={(e) => setTeamRole(e.target.value)} error={submit.fieldErrors.teamRole} />
      <div className="button-row">
        <Button type="submit" data-size="sm" data-color="accent" loading={submit.busy}>
          Legg til
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
