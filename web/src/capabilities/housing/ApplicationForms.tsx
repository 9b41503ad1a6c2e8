// Housing applications and the waiting list: a new application, and an update of its place on the
// waiting list or its decision (granted, refused with a reason, withdrawn).
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import { formatDate } from '../../platform/format.js';
import { FormCard } from '../../platform/FormCard.js';
import { applicationKindText, applicationStatusText } from './labels.js';
import { optionalText } from './StayForms.js';
import type { ApplicationKind, ApplicationStatus, ApplicationView, FormProps } from './types.js';

/** A number field's value for the API: empty is null, anything else a number (the API explains bad ones). */
export const optionalNumber = (value: string): number | null => (value.trim() === '' ? null : Number(value));

const kindOptions = (Object.keys(applicationKindText) as ApplicationKind[]).map((value) => ({ value, label: applicationKindText[value] }));
const statusOptions = (Object.keys(applicationStatusText) as ApplicationStatus[]).map((value) => ({ value, label: applicationStatusText[value] }));

export function ApplicationForm({ personId, onSaved, onCancel }: FormProps & { personId: string }) {
  const [kind, setKind] = useState<ApplicationKind | null>(null);
  const [appliedOn, setAppliedOn] = useState(localDate());
  const [waitingPosition, setWaitingPosition] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { ...(kind ? { kind } : {}), appliedOn, waitingPosition: optionalNumber(waitingPosition) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/housing/applications`, body).then(() => true))) onSaved('Boligsøknaden er registrert.');
  }
  return (
    <FormCard heading="Ny boligsøknad" headingId="application-form-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Type bolig', appliedOn: 'Søknadsdato', waitingPosition: 'Plass på ventelisten' }} idPrefix="application" submitLabel="Registrer søknaden" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="application-kind" legend="Type bolig" options={kindOptions} value={kind} onChange={setKind} error={submit.fieldErrors.kind} />
      <div className="form-columns">
        <Textfield id="application-appliedOn" label="Søknadsdato" type="date" value={appliedOn} onChange={(e) => setAppliedOn(e.target.value)} error={submit.fieldErrors.appliedOn} />
        <Textfield id="application-waitingPosition" label="Plass på ventelisten (valgfritt)" type="number" inputMode="numeric" min={1} value={waitingPosition} onChange={(e) => setWaitingPosition(e.target.value)} error={submit.fieldErrors.waitingPosition} />
      </div>
    </FormCard>
  );
}

export function ApplicationUpdateForm({ application, onSaved, onCancel }: FormProps & { application: ApplicationView }) {
  const [status, setStatus] = useState<ApplicationStatus>(application.status);
  const [waitingPosition, setWaitingPosition] = useState(application.waitingPosition === null ? '' : String(application.waitingPosition));
  const [decidedOn, setDecidedOn] = useState(application.decidedOn ?? localDate());
  const [reason, setReason] = useState(application.reason ?? '');
  const decided = status === 'granted' || status === 'refused';
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      status,
      ...(status === 'waiting' ? { waitingPosition: optionalNumber(waitingPosition) } : {}),
      ...(decided ? { decidedOn } : {}),
      reason: optionalText(reason),
    };
    if (await submit.run(() => api.patch<void>(`/api/housing-applications/${application.id}`, body).then(() => true))) onSaved('Søknaden er oppdatert.');
  }
  return (
    <FormCard heading={<>Oppdater søknaden om {applicationKindText[application.kind].toLowerCase()} (søkt {formatDate(application.appliedOn)})</>} headingId="application-update-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ status: 'Status', waitingPosition: 'Plass på ventelisten', decidedOn: 'Avgjort dato', reason: 'Begrunnelse' }} idPrefix="application-update" submitLabel="Lagre søknaden" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="application-update-status" legend="Status" options={statusOptions} value={status} onChange={setStatus} error={submit.fieldErrors.status} />
      {status === 'waiting' && (
        <Textfield id="application-update-waitingPosition" label="Plass på ventelisten" type="number" inputMode="numeric" min={1} value={waitingPosition} onChange={(e) => setWaitingPosition(e.target.value)} error={submit.fieldErrors.waitingPosition} />
      )}
      {decided && <Textfield id="application-update-decidedOn" label="Avgjort dato" type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} error={submit.fieldErrors.decidedOn} />}
      <Textfield
        id="application-update-reason"
        label={status === 'refused' ? 'Begrunnelse for avslaget' : 'Begrunnelse (valgfritt)'}
        multiline
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={submit.fieldErrors.reason}
      />
    </FormCard>
  );
}
