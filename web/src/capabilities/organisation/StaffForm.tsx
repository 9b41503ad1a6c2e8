import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Fieldset, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { roleLabels, staffRoles, type StaffRole } from '../../platform/policy.js';
import type { Created, Unit } from '../../platform/api-types.js';

const labels = { username: 'Brukernavn', displayName: 'Navn', title: 'Stilling', password: 'Startpassord', roles: 'Roller', unitIds: 'Enheter' };

function toggled<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

export function StaffForm({ units, onCreated }: { units: Unit[]; onCreated(name: string): void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [title, setTitle] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { username, displayName, title: title.trim() || null, password, roles, unitIds };
    const created = await submit.run(() => api.post<Created>('/api/staff', body));
    if (created) {
      onCreated(displayName.trim());
      setUsername('');
      setDisplayName('');
      setTitle('');
      setPassword('');
      setRoles([]);
      setUnitIds([]);
    }
  }

  return (
    <Card data-color="accent" variant="tinted" className="admin-form">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="staff-form-heading">
        <Heading level={3} data-size="xs" id="staff-form-heading">
          Opprett ansatt
        </Heading>
        <FormProblem error={submit.error} labels={labels} idPrefix="staff" />
        <Textfield id="staff-username" label="Brukernavn" description="3–40 tegn: a–z, 0–9, punktum, bindestrek og understrek." autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} error={errors.username} />
        <Textfield id="staff-displayName" label="Navn" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errors.displayName} />
        <Textfield id="staff-title" label="Stilling (valgfritt)" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
        <Textfield id="staff-password" label="Startpassord" description="Minst 12 tegn. Gi det til den ansatte på en sikker måte." type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} />
        <Fieldset>
          <Fieldset.Legend>Roller</Fieldset.Legend>
          <div className="checkbox-grid">
            {staffRoles.map((role, index) => (
              <Checkbox key={role} id={index === 0 ? 'staff-roles' : undefined} label={roleLabels[role]} value={role} checked={roles.includes(role)} onChange={(e) => setRoles(toggled(roles, role, e.target.checked))} />
            ))}
          </div>
          {errors.roles && <ValidationMessage>{errors.roles}</ValidationMessage>}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>Enheter (valgfritt)</Fieldset.Legend>
          <div className="checkbox-grid">
            {units
              .filter((u) => u.active)
              .map((unit, index) => (
                <Checkbox key={unit.id} id={index === 0 ? 'staff-unitIds' : undefined} label={unit.name} value={unit.id} checked={unitIds.includes(unit.id)} onChange={(e) => setUnitIds(toggled(unitIds, unit.id, e.target.checked))} />
              ))}
          </div>
        </Fieldset>
        <div>
          <Button type="submit" loading={submit.busy}>
            Opprett ansatt
          </Button>
        </div>
      </form>
    </Card>
  );
}
