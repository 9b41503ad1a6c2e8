// Admin actions on one staff member: activate/deactivate, unlock, and unit memberships.
import { useState } from 'react';
import { Button, Card, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Created, StaffMember, Unit } from '../../platform/api-types.js';
import { isLocked } from './labels.js';

interface Props {
  member: StaffMember;
  units: Unit[];
  onChanged(message: string): void;
  onClose(): void;
}

export function StaffEditor({ member, units, onChanged, onClose }: Props) {
  const [unitId, setUnitId] = useState('');
  const action = useSubmit();
  const active = member.memberships.filter((m) => !m.validTo);
  const available = units.filter((u) => u.active && !active.some((m) => m.unitId === u.id));

  const run = async (work: () => Promise<unknown>, message: string) => {
    const done = await action.run(async () => {
      await work();
      return true;
    });
    if (done) onChanged(message);
  };
  const base = `/api/staff/${member.id}`;

  return (
    <Card data-color="neutral" className="admin-form" aria-labelledby="staff-editor-heading">
      <Heading level={3} data-size="xs" id="staff-editor-heading">
        Administrer {member.displayName}
      </Heading>
      <ProblemAlert error={action.error} focus />
      <div className="button-row">
        <Button variant="secondary" data-size="sm" loading={action.busy} onClick={() => void run(() => api.patch(base, { active: !member.active }), `${member.displayName} er ${member.active ? 'deaktivert' : 'aktivert'}.`)}>
          {member.active ? 'Deaktiver' : 'Aktiver'}
        </Button>
        {isLocked(member) && (
          <Button variant="secondary" data-size="sm" loading={action.busy} onClick={() => void run(() => api.patch(base, { unlock: true }), `${member.displayName} er låst opp.`)}>
            Lås opp (låst til {formatDateTime(member.lockedUntil!)})
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" onClick={onClose}>
          Lukk
        </Button>
      </div>
      <Heading level={4} data-size="2xs">
        Medlemskap i enheter
      </Heading>
      {active.length === 0 ? (
        <Paragraph>Ikke medlem av noen enhet.</Paragraph>
      ) : (
        <ul className="plain-list">
          {active.map((m) => (
            <li key={m.id} className="list-row">
              <span>
                {m.unitName} <span className="muted">(fra {formatDate(m.validFrom)})</span>
              </span>
              <Button variant="tertiary" data-size="sm" aria-label={`Avslutt medlemskap i ${m.unitName}`} onClick={() => void run(() => api.post(`${base}/memberships/${m.id}/end`), `Medlemskapet i ${m.unitName} er avsluttet.`)}>
                Avslutt
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <Field>
          <Label>Legg til i enhet</Label>
          <Select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <Select.Option value="">Velg enhet</Select.Option>
            {available.map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {u.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={!unitId}
          onClick={() => void run(() => api.post<Created>(`${base}/memberships`, { unitId }), `${member.displayName} er lagt til i ${units.find((u) => u.id === unitId)?.name ?? 'enheten'}.`)}
        >
          Legg til
        </Button>
      </div>
    </Card>
  );
}
