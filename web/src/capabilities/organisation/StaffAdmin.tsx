// Staff: list with roles and units; admins create staff, (de)activate, unlock and manage memberships.
import { useState } from 'react';
import { Button, Heading, Switch, Table, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may, rolesText } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, StaffMember, Unit } from '../../platform/api-types.js';
import { StaffForm } from './StaffForm.js';
import { StaffEditor } from './StaffEditor.js';
import { isLocked } from './labels.js';
import { DataTable } from '../../platform/DataTable.js';

export function StaffAdmin() {
  useTitle('Ansatte');
  const user = useUser();
  const admin = may(user, 'org.admin');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const staff = useApi<Items<StaffMember>>(`/api/staff${includeInactive ? '?includeInactive=true' : ''}`);
  const units = useApi<Items<Unit>>(admin ? '/api/units' : null);
  const items = staff.data?.items ?? [];
  const editing = items.find((s) => s.id === selected);

  const changed = (text: string) => {
    setMessage(text);
    staff.reload();
  };

  return (
    <section aria-labelledby="staff-heading" className="section">
      <Heading level={2} data-size="md" id="staff-heading">
        Ansatte
      </Heading>
      <Switch label="Vis også deaktiverte" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
      <SuccessMessage>{message}</SuccessMessage>
      {staff.loading && <Loading label="Henter ansatte …" />}
      <ProblemAlert error={staff.error} />
      {staff.data && (
        <DataTable label="Tabell: ansatte" columns={['Navn', 'Roller', 'Enheter', 'Status', admin && 'Handling']} empty="Ingen ansatte." rowCount={items.length} zebra>
          {items.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                <strong>{s.displayName}</strong>
                <div className="muted">
                  {s.username}
                  {s.title ? ` · ${s.title}` : ''}
                </div>
              </Table.Cell>
              <Table.Cell>{rolesText(s.roles)}</Table.Cell>
              <Table.Cell>{s.memberships.filter((m) => !m.validTo).map((m) => m.unitName).join(', ') || '–'}</Table.Cell>
              <Table.Cell>
                {!s.active ? <Tag data-color="neutral">Deaktivert</Tag> : isLocked(s) ? <Tag data-color="danger">Låst</Tag> : <Tag data-color="success">Aktiv</Tag>}
              </Table.Cell>
              {admin && (
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" aria-label={`Administrer ${s.displayName}`} aria-expanded={selected === s.id} onClick={() => setSelected(selected === s.id ? null : s.id)}>
                    Administrer
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </DataTable>
      )}
      {admin && editing && <StaffEditor key={editing.id} member={editing} units={units.data?.items ?? []} onChanged={changed} onClose={() => setSelected(null)} />}
      {admin && units.data && <StaffForm units={units.data.items} onCreated={(name) => changed(`${name} er opprettet.`)} />}
    </section>
  );
}
