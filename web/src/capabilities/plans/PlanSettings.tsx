// Status (active / paused / closed, with a note), review interval, next review date, and recording a review.
import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import type { PlanView } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { entries, planStatusLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

const labels = { status: 'Status', statusNote: 'Begrunnelse', reviewIntervalDays: 'Revisjonsintervall', nextReviewDate: 'Neste revisjon', body: 'Endringer' };

export function PlanSettings({ plan, onSaved, onCancel }: { plan: PlanView; onSaved(message: string): void; onCancel(): void }) {
  const [status, setStatus] = useState<string>(plan.status);
  const [statusNote, setStatusNote] = useState(plan.statusNote ?? '');
  const [interval, setInterval] = useState(String(plan.reviewIntervalDays));
  const [nextReviewDate, setNextReviewDate] = useState(plan.nextReviewDate);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      ...(status !== plan.status ? { status, statusNote: statusNote.trim() || null } : {}),
      ...(Number(interval) !== plan.reviewIntervalDays ? { reviewIntervalDays: Number(interval) } : {}),
      ...(nextReviewDate !== plan.nextReviewDate ? { nextReviewDate } : {}),
    };
    if (await submit.run(() => api.patch(`/api/plans/${plan.id}`, body).then(() => true))) onSaved('Planen er oppdatert.');
  }
  return (
    <FormCard heading="Status og revisjon" headingId="settings-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="settings" submitLabel="Lagre endringene" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <SelectField id="settings-status" label="Status" value={status} options={entries(planStatusLabels)} onChange={setStatus} error={errors.status} />
        <Textfield id="settings-reviewIntervalDays" type="number" label="Revisjonsintervall (dager)" value={interval} onChange={(e) => setInterval(e.target.value)} error={errors.reviewIntervalDays} />
        <Textfield id="settings-nextReviewDate" type="date" label="Neste revisjon" value={nextReviewDate} onChange={(e) => setNextReviewDate(e.target.value)} error={errors.nextReviewDate} />
      </div>
      {status !== plan.status && <Textfield id="settings-statusNote" label="Begrunnelse for ny status" multiline rows={2} value={statusNote} onChange={(e) => setStatusNote(e.target.value)} error={errors.statusNote} />}
    </FormCard>
  );
}

export function ReviewButton({ planId, onSaved }: { planId: string; onSaved(message: string): void }) {
  const submit = useSubmit();
  return (
    <>
      <Button variant="secondary" data-size="sm" loading={submit.busy} onClick={() => void submit.run(() => api.patch(`/api/plans/${planId}`, { reviewed: true }).then(() => true)).then((ok) => ok && onSaved('Revisjonen er registrert, og ny revisjonsdato er satt.'))}>
        Registrer revisjon
      </Button>
      <FormProblem error={submit.error} labels={{}} idPrefix="review" />
    </>
  );
}
