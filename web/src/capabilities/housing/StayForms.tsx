// Housing situation and temporary stays: register a change of housing situation, a new temporary
// stay, its end, and an exception reason for a stay over 3 months (R35-00).
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import { formatDate } from '../../platform/format.js';
import { FormCard } from '../../platform/FormCard.js';
import { statusOptions } from './labels.js';
import type { FormProps, StayView } from './types.js';

/** Trimmed text, or nothing when empty (the API takes optional text as absent). */
export const optionalText = (value: string) => (value.trim() ? value.trim() : undefined);

type StatusKind = (typeof statusOptions)[number][0];
const statusLabels = { status: 'Boligsituasjon', fromDate: 'Fra dato', note: 'Merknad' };

export function StatusForm({ personId, onSaved, onCancel }: FormProps & { personId: string }) {
  const [status, setStatus] = useState<StatusKind | null>(null);
  const [fromDate, setFromDate] = useState(localDate());
  const [note, setNote] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { ...(status ? { status } : {}), fromDate, note: optionalText(note) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/housing/status`, body).then(() => true))) onSaved('Den nye boligsituasjonen er registrert.');
  }
  return (
    <FormCard heading="Endret boligsituasjon" headingId="status-form-heading" onSubmit={onSubmit} error={submit.error} labels={statusLabels} idPrefix="status" submitLabel="Registrer boligsituasjon" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="status-status" legend="Boligsituasjon" options={statusOptions.map(([value, label]) => ({ value, label }))} value={status} onChange={setStatus} error={submit.fieldErrors.status} />
      <Textfield id="status-fromDate" label="Fra dato" type="date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} error={submit.fieldErrors.fromDate} />
      <Textfield id="status-note" label="Merknad (valgfritt)" value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
    </FormCard>
  );
}

export function StayForm({ personId, onSaved, onCancel }: FormProps & { personId: string }) {
  const [place, setPlace] = useState('');
  const [startDate, setStartDate] = useState(localDate());
  const [permanentPlan, setPermanentPlan] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { place: place.trim(), startDate, permanentPlan: optionalText(permanentPlan) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/housing/temporary-stays`, body).then(() => true))) onSaved('Oppholdet er registrert.');
  }
  return (
    <FormCard heading="Nytt opphold i midlertidig botilbud" headingId="stay-form-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ place: 'Sted', startDate: 'Startdato', permanentPlan: 'Plan for varig bolig' }} idPrefix="stay" submitLabel="Registrer opphold" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="stay-place" label="Sted" value={place} onChange={(e) => setPlace(e.target.value)} error={submit.fieldErrors.place} />
      <Textfield id="stay-startDate" label="Startdato" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} error={submit.fieldErrors.startDate} />
      <Textfield id="stay-permanentPlan" label="Plan for varig bolig (valgfritt)" value={permanentPlan} onChange={(e) => setPermanentPlan(e.target.value)} error={submit.fieldErrors.permanentPlan} />
    </FormCard>
  );
}

export function EndStayForm({ stay, onSaved, onCancel }: FormProps & { stay: StayView }) {
  const [endDate, setEndDate] = useState(localDate());
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<void>(`/api/temporary-stays/${stay.id}/end`, { endDate }).then(() => true))) onSaved('Oppholdet er avsluttet.');
  }
  return (
    <FormCard heading={<>Avslutt oppholdet på {stay.place} (startet {formatDate(stay.startDate)})</>} headingId="end-stay-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ endDate: 'Sluttdato' }} idPrefix="end-stay" submitLabel="Avslutt oppholdet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="end-stay-endDate" label="Sluttdato" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} error={submit.fieldErrors.endDate} />
    </FormCard>
  );
}

export function ExceptionForm({ stay, onSaved, onCancel }: FormProps & { stay: StayView }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<void>(`/api/temporary-stays/${stay.id}/exception`, { reason: reason.trim() }).then(() => true))) onSaved('Unntaksgrunnen er registrert.');
  }
  return (
    <FormCard heading={<>Unntaksgrunn for {stay.place}</>} headingId={`exception-${stay.id}`} level={4} onSubmit={onSubmit} error={submit.error} labels={{ reason: 'Unntaksgrunn' }} idPrefix="exception" submitLabel="Lagre unntaksgrunn" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="exception-reason" label="Unntaksgrunn" multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
    </FormCard>
  );
}
