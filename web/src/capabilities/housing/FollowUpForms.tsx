// Booppfølging (follow-up in the home): a plan with goals, the unit that gives it and how often to
// visit, and home visits registered against it.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { localDate } from '../../platform/dates.js';
import { formatDate } from '../../platform/format.js';
import type { Items, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from '../coordination/SelectField.js';
import type { FormProps, PlanView } from './types.js';

const planLabels = { unitId: 'Enhet', goals: 'Mål', visitIntervalDays: 'Hjemmebesøk hver', startDate: 'Startdato' };

export function PlanForm({ personId, onSaved, onCancel }: FormProps & { personId: string }) {
  const user = useUser();
  const units = useApi<Items<Unit>>('/api/units');
  const active = (units.data?.items ?? []).filter((u) => u.active);
  const own = active.filter((u) => user.unitIds.includes(u.id));
  const [unitId, setUnitId] = useState<string | null>(null);
  const [goals, setGoals] = useState('');
  const [interval, setInterval] = useState('14');
  const [startDate, setStartDate] = useState(localDate());
  const submit = useSubmit();
  // Until chosen, the user's own unit when there is exactly one.
  const chosenUnit = unitId ?? (own.length === 1 ? own[0]!.id : '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { unitId: chosenUnit, goals: goals.trim(), ...(interval.trim() ? { visitIntervalDays: Number(interval) } : {}), startDate };
    if (await submit.run(() => api.post(`/api/persons/${personId}/housing/follow-up-plans`, body).then(() => true))) onSaved('Planen for booppfølging er lagret.');
  }
  return (
    <FormCard heading="Ny plan for booppfølging" headingId="plan-form-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={planLabels} idPrefix="plan" submitLabel="Lagre planen" busy={submit.busy} onCancel={onCancel}>
      <SelectField id="plan-unitId" label="Enhet som gir booppfølgingen" value={chosenUnit} empty="Velg enhet" options={active.map((u) => [u.id, u.name] as const)} onChange={setUnitId} error={submit.fieldErrors.unitId} />
      <Textfield id="plan-goals" label="Mål for booppfølgingen" multiline rows={2} value={goals} onChange={(e) => setGoals(e.target.value)} error={submit.fieldErrors.goals} />
      <div className="form-columns">
        <Textfield id="plan-visitIntervalDays" label="Hjemmebesøk hver (dager)" type="number" inputMode="numeric" min={1} max={90} value={interval} onChange={(e) => setInterval(e.target.value)} error={submit.fieldErrors.visitIntervalDays} />
        <Textfield id="plan-startDate" label="Startdato" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} error={submit.fieldErrors.startDate} />
      </div>
    </FormCard>
  );
}

export function EndPlanForm({ plan, onSaved, onCancel }: FormProps & { plan: PlanView }) {
  const [endDate, setEndDate] = useState(localDate());
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<void>(`/api/follow-up-plans/${plan.id}/end`, { endDate }).then(() => true))) onSaved('Planen for booppfølging er avsluttet.');
  }
  return (
    <FormCard heading={<>Avslutt booppfølgingen – plan fra {formatDate(plan.startDate)} ({plan.unitName})</>} headingId="end-plan-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ endDate: 'Sluttdato' }} idPrefix="end-plan" submitLabel="Avslutt booppfølgingen" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="end-plan-endDate" label="Sluttdato" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} error={submit.fieldErrors.endDate} />
    </FormCard>
  );
}

export function VisitForm({ plan, onSaved, onCancel }: FormProps & { plan: PlanView }) {
  const [visitedOn, setVisitedOn] = useState(localDate());
  const [note, setNote] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/follow-up-plans/${plan.id}/visits`, { visitedOn, note: note.trim() }).then(() => true))) onSaved('Hjemmebesøket er registrert.');
  }
  return (
    <FormCard heading={<>Hjemmebesøk – plan fra {formatDate(plan.startDate)} ({plan.unitName})</>} headingId="visit-form-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ visitedOn: 'Besøksdato', note: 'Notat' }} idPrefix="visit" submitLabel="Registrer besøket" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="visit-visitedOn" label="Besøksdato" type="date" value={visitedOn} onChange={(e) => setVisitedOn(e.target.value)} error={submit.fieldErrors.visitedOn} />
      <Textfield id="visit-note" label="Notat fra besøket" multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
    </FormCard>
  );
}
