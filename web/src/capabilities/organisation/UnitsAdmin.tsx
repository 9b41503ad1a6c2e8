// The unit tree, and (for admins) creating, deactivating and reactivating units.
import { useState } from 'react';
import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, Unit } from '../../platform/api-types.js';
import { unitKindLabels } from './labels.js';
import { UnitForm } from './UnitForm.js';

export function UnitsAdmin() {
  useTitle('Enheter');
  const user = useUser();
  const admin = may(user, 'org.admin');
  const units = useApi<Items<Unit>>('/api/units');
  const [message, setMessage] = useState<string | null>(null);
  const toggle = useSubmit();
  const all = units.data?.items ?? [];
  const ids = new Set(all.map((u) => u.id));
  const childrenOf = (parentId: string | null) => all.filter((u) => (parentId === null ? u.parentId === null || !ids.has(u.parentId) : u.parentId === parentId));

  async function setActive(unit: Unit, active: boolean) {
    setMessage(null);
    const done = await toggle.run(() => api.patch<void>(`/api/units/${unit.id}`, { active }).then(() => true));
    if (done) {
      setMessage(`${unit.name} er ${active ? 'aktivert' : 'deaktivert'}.`);
      units.reload();
    }
  }

  function tree(parentId: string | null) {
    const level = childrenOf(parentId);
    if (level.length === 0) return null;
    return (
      <ul className="unit-tree">
        {level.map((unit) => (
          <li key={unit.id}>
            <div className="unit-tree__row">
              <span>
                <strong>{unit.name}</strong> <span className="muted">({unitKindLabels[unit.kind]}{unit.serviceArea ? `, ${unit.serviceArea}` : ''}) – {unit.memberCount} {unit.memberCount === 1 ? 'medlem' : 'medlemmer'}</span>
                {!unit.active && <Tag data-color="neutral">Inaktiv</Tag>}
              </span>
              {admin && (
                <Button variant="tertiary" data-size="sm" onClick={() => void setActive(unit, !unit.active)} aria-label={`${unit.active ? 'Deaktiver' : 'Aktiver'} ${unit.name}`}>
                  {unit.active ? 'Deaktiver' : 'Aktiver'}
                </Button>
              )}
            </div>
            {tree(unit.id)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="units-heading" className="section">
      <Heading level={2} data-size="md" id="units-heading">
        Enheter
      </Heading>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={toggle.error} focus />
      {units.loading && <Loading label="Henter enheter …" />}
      <ProblemAlert error={units.error} />
      {tree(null)}
      {admin && units.data && (
        <UnitForm
          units={all}
          onCreated={(name) => {
            setMessage(`Enheten ${name} er opprettet.`);
            units.reload();
          }}
        />
      )}
    </section>
  );
}
