// A new measure (tiltak): what, for which goal, the responsible unit or partner and person, start,
// deadline and status.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { localDate } from '../../platform/dates.js';
import type { Created, Items, Partner, PlanView, StaffMember, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { entries, measureStatusLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

const labels = { description: 'Tiltak', goalId: 'Mål', responsibleUnitId: 'Ansvarlig enhet', responsiblePartnerId: 'Samarbeidspartner', responsibleUserId: 'Ansvarlig person', responsiblePersonName: 'Ansvarlig person', startDate: 'Start', deadline: 'Frist', status: 'Status' };

export function MeasureForm({ plan, onSaved, onCancel }: { plan: PlanView; onSaved(): void; onCancel(): void }) {
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [f, setF] = useState({ description: '', goalId: '', responsible: '', responsibleUserId: '', responsiblePersonName: '', startDate: localDate(), deadline: localDate(30), status: 'planned' });
  const set = (name: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [name]: value }));
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const [kind, id] = f.responsible.split(':');
  const staffOptions = (staff.data?.items ?? []).filter((s) => s.active && (kind !== 'unit' || s.memberships.some((m) => m.unitId === id && !m.validTo))).map((s) => [s.id, s.displayName] as const);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      description: f.description,
      goalId: f.goalId || null,
      responsibleUnitId: kind === 'unit' ? id : null,
      responsiblePartnerId: kind === 'partner' ? id : null,
      responsibleUserId: f.responsibleUserId || null,
      responsiblePersonName: f.responsiblePersonName.trim() || null,
      startDate: f.startDate,
      deadline: f.deadline,
      status: f.status,
    };
    if (await submit.run(() => api.post<Created>(`/api/plans/${plan.id}/measures`, body))) onSaved();
  }
  const responsibleOptions = [
    ...(units.data?.items ?? []).filter((u) => u.active).map((u) => [`unit:${u.id}`, u.name] as const),
    ...(partners.data?.items ?? []).map((p) => [`partner:${p.id}`, `${p.name} (samarbeidspartner)`] as const),
  ];
  return (
    <FormCard heading="Nytt tiltak" headingId="measure-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="measure" submitLabel="Legg til tiltaket" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="measure-description" label="Beskriv tiltaket" multiline rows={2} value={f.description} onChange={(e) => set('description')(e.target.value)} error={errors.description} />
      <SelectField id="measure-goalId" label="Mål tiltaket hører til" value={f.goalId} empty="Ikke knyttet til et mål" options={plan.goals.filter((g) => g.status === 'active').map((g) => [g.id, g.text])} onChange={set('goalId')} error={errors.goalId} />
      <div className="form-columns">
        <SelectField id="measure-responsibleUnitId" label="Ansvarlig enhet eller samarbeidspartner" value={f.responsible} empty="Velg ansvarlig" options={responsibleOptions} onChange={(v) => setF((x) => ({ ...x, responsible: v, responsibleUserId: '' }))} error={errors.responsibleUnitId ?? errors.responsiblePartnerId} />
        {kind === 'partner' ? (
          <Textfield id="measure-responsibleUserId" label="Ansvarlig person" value={f.responsiblePersonName} onChange={(e) => set('responsiblePersonName')(e.target.value)} error={errors.responsibleUserId ?? errors.responsiblePersonName} />
        ) : (
          <SelectField id="measure-responsibleUserId" label="Ansvarlig person" value={f.responsibleUserId} empty="Velg ansatt" options={staffOptions} onChange={set('responsibleUserId')} error={errors.responsibleUserId} />
        )}
      </div>
      <div className="form-columns">
        <Textfield id="measure-startDate" type="date" label="Start" value={f.startDate} onChange={(e) => set('startDate')(e.target.value)} error={errors.startDate} />
        <Textfield id="measure-deadline" type="date" label="Frist" value={f.deadline} onChange={(e) => set('deadline')(e.target.value)} error={errors.deadline} />
        <SelectField id="measure-status" label="Status" value={f.status} options={entries(measureStatusLabels)} onChange={set('status')} error={errors.status} />
      </div>
    </FormCard>
  );
}
