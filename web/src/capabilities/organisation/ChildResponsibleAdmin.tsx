// «Barneansvarlige»: each unit's child-responsible staff (the municipality's own arrangement; the law
// requires it only of specialist institutions), a health unit
// without one flagged as vacant; a unit leader appoints or changes it for own units, an admin for all.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { ChildResponsibleList, Items, StaffMember } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from '../coordination/SelectField.js';
import { cite } from '../../../../server/src/platform/law/index.js';

type UnitRow = ChildResponsibleList['items'][number];

function AppointChildResponsibleForm({ unit, onSaved, onCancel }: { unit: UnitRow; onSaved(name: string): void; onCancel(): void }) {
  const staff = useApi<Items<StaffMember>>(`/api/staff?unitId=${unit.unitId}`);
  const [userId, setUserId] = useState('');
  const submit = useSubmit();
  const options = (staff.data?.items ?? []).map((s) => [s.id, s.title ? `${s.displayName} (${s.title})` : s.displayName] as const);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = staff.data?.items.find((s) => s.id === userId)?.displayName ?? 'Den ansatte';
    if (await submit.run(() => api.put(`/api/units/${unit.unitId}/child-responsible`, { userId }).then(() => true))) onSaved(name);
  }
  return (
    <FormCard heading={<>Barneansvarlig i {unit.unitName}</>} headingId="child-responsible-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ userId: 'Ansatt i enheten' }} idPrefix="child-responsible" submitLabel="Lagre barneansvarlig" busy={submit.busy} onCancel={onCancel}>
      <ProblemAlert error={staff.error} />
      <SelectField
        id="child-responsible-userId"
        label="Ansatt i enheten"
        description="Velg en ansatt i enheten. En ny barneansvarlig erstatter den som har rollen nå."
        value={userId}
        empty={staff.loading ? 'Henter ansatte …' : 'Velg ansatt'}
        options={options}
        onChange={setUserId}
        error={submit.fieldErrors.userId}
      />
    </FormCard>
  );
}

export function ChildResponsibleAdmin() {
  useTitle('Barneansvarlige');
  const user = useUser();
  const list = useApi<ChildResponsibleList>('/api/child-responsible');
  const [editing, setEditing] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const mayWrite = may(user, 'child-responsible.write');
  const isAdmin = user.roles.includes('admin');
  const canAppoint = (unitId: string) => mayWrite && (isAdmin || user.unitIds.includes(unitId));
  const items = list.data?.items ?? [];
  const vacant = items.filter((u) => u.vacant).length;
  const current = items.find((u) => u.unitId === editing) ?? null;

  return (
    <section aria-labelledby="child-responsible-heading" className="section">
      <Heading level={2} data-size="md" id="child-responsible-heading">
        Barneansvarlige
      </Heading>
      <Paragraph>
        Kommunen har valgt å ha barneansvarlig personell i enhetene som gir helsetjenester ({cite('kommunens-rutine', 'barneansvarlig')}). Lovverket krever barneansvarlig bare i spesialisthelsetjenesten; plikten til å ivareta barn som pårørende gjelder alt helsepersonell ({cite('hpl', '§ 10 a')}).
        {mayWrite && ' Enhetsleder utnevner barneansvarlig i egne enheter.'}
      </Paragraph>
      <SuccessMessage>{flash}</SuccessMessage>
      {list.loading && !list.data && <Loading label="Henter barneansvarlige …" />}
      <ProblemAlert error={list.error} />
      {list.data && (
        <Paragraph data-size="sm">
          {vacant === 0 ? 'Alle enheter som skal ha barneansvarlig, har det.' : `${vacant} ${vacant === 1 ? 'enhet mangler' : 'enheter mangler'} barneansvarlig.`}
        </Paragraph>
      )}
      {items.length > 0 && (
        <Table data-size="sm">
          <caption>Barneansvarlig per enhet</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Enhet</Table.HeaderCell>
              <Table.HeaderCell>Barneansvarlig</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              {mayWrite && <Table.HeaderCell>Handling</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((u) => (
              <Table.Row key={u.unitId}>
                <Table.Cell>{u.unitName}</Table.Cell>
                <Table.Cell>{u.staff.length > 0 ? u.staff.map((s) => `${s.displayName} (fra ${formatDate(s.since.slice(0, 10))})`).join(', ') : '–'}</Table.Cell>
                <Table.Cell>
                  {u.vacant ? <Tag data-color="danger">Ledig</Tag> : u.needsChildResponsible ? <Tag data-color="success">Utnevnt</Tag> : <span className="muted">Ikke påkrevd</span>}
                </Table.Cell>
                {mayWrite && (
                  <Table.Cell>
                    {canAppoint(u.unitId) && editing !== u.unitId && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={`${u.staff.length > 0 ? 'Bytt' : 'Utnevn'} barneansvarlig i ${u.unitName}`}
                        onClick={() => {
                          setFlash(null);
                          setEditing(u.unitId);
                        }}
                      >
                        {u.staff.length > 0 ? 'Bytt' : 'Utnevn'}
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {current && (
        <AppointChildResponsibleForm
          key={current.unitId}
          unit={current}
          onCancel={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setFlash(`${name} er utnevnt til barneansvarlig i ${current.unitName}.`);
            list.reload();
          }}
        />
      )}
    </section>
  );
}
