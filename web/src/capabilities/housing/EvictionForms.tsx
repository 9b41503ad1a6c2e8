// Eviction risk and evictions: record one with its cause, and mark an open risk as resolved.
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import { formatDate } from '../../platform/format.js';
import { FormCard } from '../../platform/FormCard.js';
import { evictionKindText } from './labels.js';
import type { EvictionView, FormProps } from './types.js';

type EvictionKind = EvictionView['kind'];
const kindOptions = (Object.keys(evictionKindText) as EvictionKind[]).map((value) => ({
  value,
  label: evictionKindText[value],
  description: value === 'eviction' ? 'Boligsituasjonen blir registrert som «Uten bolig» fra samme dato.' : undefined,
}));

export function EvictionForm({ personId, onSaved, onCancel }: FormProps & { personId: string }) {
  const [kind, setKind] = useState<EvictionKind | null>(null);
  const [occurredOn, setOccurredOn] = useState(localDate());
  const [cause, setCause] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { ...(kind ? { kind } : {}), occurredOn, cause: cause.trim() };
    const message = kind === 'eviction' ? 'Utkastelsen er registrert.' : 'Risikoen for utkastelse er registrert.';
    if (await submit.run(() => api.post(`/api/persons/${personId}/housing/evictions`, body).then(() => true))) onSaved(message);
  }
  return (
    <FormCard heading="Registrer risiko for utkastelse eller utkastelse" headingId="eviction-form-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Hva gjelder det', occurredOn: 'Dato', cause: 'Årsak' }} idPrefix="eviction" submitLabel="Registrer" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="eviction-kind" legend="Hva gjelder det" options={kindOptions} value={kind} onChange={setKind} error={submit.fieldErrors.kind} />
      <Textfield id="eviction-occurredOn" label="Dato" type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} error={submit.fieldErrors.occurredOn} />
      <Textfield id="eviction-cause" label="Årsak" multiline rows={2} value={cause} onChange={(e) => setCause(e.target.value)} error={submit.fieldErrors.cause} />
    </FormCard>
  );
}

export function ResolveEvictionForm({ eviction, onSaved, onCancel }: FormProps & { eviction: EvictionView }) {
  const [resolvedOn, setResolvedOn] = useState(localDate());
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<void>(`/api/eviction-events/${eviction.id}/resolve`, { resolvedOn }).then(() => true))) onSaved('Risikoen for utkastelse er avsluttet.');
  }
  return (
    <FormCard heading={<>Avslutt risikoen for utkastelse fra {formatDate(eviction.occurredOn)}</>} headingId="resolve-eviction-heading" level={4} onSubmit={onSubmit} error={submit.error} labels={{ resolvedOn: 'Avsluttet dato' }} idPrefix="resolve-eviction" submitLabel="Avslutt risikoen" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="resolve-eviction-resolvedOn" label="Avsluttet dato" type="date" value={resolvedOn} onChange={(e) => setResolvedOn(e.target.value)} error={submit.fieldErrors.resolvedOn} />
    </FormCard>
  );
}
