// KE's coordinator register: unit, caseload, completed course modules and what is missing; register a
// coordinator, record a completed module, deactivate a coordinator without persons.
import { useState, type FormEvent } from 'react';
import { Button, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { DataTable } from '../../platform/DataTable.js';
import { formatDate } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import type { CoordinatorEntry, Items, StaffMember } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { entries, trainingModuleLabels } from './labels.js';
import { SelectField } from './SelectField.js';

function RegisterForm({ existing, onDone, onCancel }: { existing: string[]; onDone(): void; onCancel(): void }) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const candidates = (staff.data?.items ?? []).filter((s) => s.active && (s.roles.includes('coordinator') || s.roles.includes('ke')) && !existing.includes(s.id));
  const [userId, setUserId] = useState('');
  const [unitId, setUnitId] = useState('');
  const submit = useSubmit();
  const units = candidates.find((c) => c.id === userId)?.memberships.filter((m) => !m.validTo) ?? [];
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post('/api/coordinators', { userId, unitId }).then(() => true))) onDone();
  }
  return (
    <FormCard heading="Registrer koordinator" headingId="register-heading" onSubmit={onSubmit} error={submit.error} labels={{ userId: 'Ansatt', unitId: 'Enhet' }} idPrefix="register" submitLabel="Registrer" busy={submit.busy} onCancel={onCancel}>
      <ProblemAlert error={staff.error} />
      <SelectField id="register-userId" label="Ansatt med rollen koordinator" value={userId} empty="Velg ansatt" options={candidates.map((c) => [c.id, c.displayName])} onChange={(v) => { setUserId(v); setUnitId(''); }} error={submit.fieldErrors.userId} />
      <SelectField id="register-unitId" label="Enhet koordineringen holdes fra" value={unitId} empty="Velg enhet" options={units.map((m) => [m.unitId, m.unitName])} onChange={setUnitId} error={submit.fieldErrors.unitId} />
    </FormCard>
  );
}

function TrainingForm({ coordinator, onDone, onCancel }: { coordinator: CoordinatorEntry; onDone(): void; onCancel(): void }) {
  const [module, setModule] = useState('');
  const [title, setTitle] = useState('');
  const [completedOn, setCompletedOn] = useState(localDate());
  const submit = useSubmit();
  const prefix = `training-${coordinator.id}`;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { module, completedOn, ...(title.trim() ? { title: title.trim() } : {}) };
    if (await submit.run(() => api.post(`/api/coordinators/${coordinator.id}/training`, body).then(() => true))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-label={`Fullført kurs for ${coordinator.displayName}`}>
      <FormProblem error={submit.error} labels={{ module: 'Kursmodul', title: 'Kursnavn', completedOn: 'Fullført' }} idPrefix={prefix} />
      <div className="form-columns">
        <SelectField id={`${prefix}-module`} label="Kursmodul" value={module} empty="Velg modul" options={entries(trainingModuleLabels)} onChange={setModule} error={submit.fieldErrors.module} />
        <Textfield id={`${prefix}-completedOn`} type="date" label="Fullført dato" value={completedOn} max={localDate()} onChange={(e) => setCompletedOn(e.target.value)} error={submit.fieldErrors.completedOn} />
      </div>
      {module === 'other' && <Textfield id={`${prefix}-title`} label="Kursnavn" value={title} onChange={(e) => setTitle(e.target.value)} error={submit.fieldErrors.title} />}
      <FormButtons submitLabel="Registrer kurs" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function CoordinatorRegister({ canManage }: { canManage: boolean }) {
  const register = useApi<Items<CoordinatorEntry>>('/api/coordinators');
  const [adding, setAdding] = useState(false);
  const [training, setTraining] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const toggle = useSubmit();
  const items = register.data?.items ?? [];
  const done = (message: string) => {
    setFlash(message);
    setAdding(false);
    setTraining(null);
    register.reload();
  };
  return (
    <section aria-labelledby="register-list-heading" className="section">
      <SectionHead id="register-list-heading" title="Koordinatorregisteret">
        {canManage && !adding && (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            Registrer koordinator
          </Button>
        )}
      </SectionHead>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={toggle.error} />
      {adding && <RegisterForm existing={items.map((c) => c.userId)} onCancel={() => setAdding(false)} onDone={() => done('Koordinatoren er registrert.')} />}
      {register.loading && !register.data && <Loading label="Henter registeret …" />}
      <ProblemAlert error={register.error} />
      {register.data && (
        <DataTable label="Tabell over koordinatorer" columns={['Koordinator', 'Enhet', 'Personer', 'Opplæring', canManage && 'Handlinger']} empty="Ingen koordinatorer er registrert." rowCount={items.length} zebra tableLabel="Koordinatorer">
          {items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <strong>{c.displayName}</strong>
                {c.phone && <div className="muted">Tlf. {c.phone}</div>}
                {!c.active && <Tag data-color="neutral">Inaktiv</Tag>}
              </Table.Cell>
              <Table.Cell>{c.unitName}</Table.Cell>
              <Table.Cell>{c.caseload}</Table.Cell>
              <Table.Cell>
                <ul className="plain-list tight">
                  {c.training.map((t) => (
                    <li key={`${t.module}-${t.completedOn}`}>
                      {t.title ?? t.label} – {formatDate(t.completedOn)}
                    </li>
                  ))}
                </ul>
                {c.missingModules.length > 0 && <Tag data-color="warning">Mangler: {c.missingModules.join(', ')}</Tag>}
                {training === c.id && <TrainingForm coordinator={c} onCancel={() => setTraining(null)} onDone={() => done(`Kurset er registrert for ${c.displayName}.`)} />}
              </Table.Cell>
              {canManage && (
                <Table.Cell>
                  <div className="button-row">
                    {training !== c.id && (
                      <Button variant="secondary" data-size="sm" onClick={() => setTraining(c.id)}>
                        Registrer kurs<span className="sr-only"> for {c.displayName}</span>
                      </Button>
                    )}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      loading={toggle.busy}
                      onClick={() => void toggle.run(() => api.patch(`/api/coordinators/${c.id}`, { active: !c.active })).then(() => register.reload())}
                    >
                      {c.active ? 'Deaktiver' : 'Aktiver'}
                      <span className="sr-only"> {c.displayName}</span>
                    </Button>
                  </div>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
