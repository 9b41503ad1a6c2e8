// Registering a henvendelse (request) for the person, received by one of the user's units.
import { useEffect, useState, type FormEvent } from 'react';
import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { useOwnUnits } from '../../platform/use-own-units.js';
import { inputToIso, nowForInput } from '../../platform/dates.js';
import type { Created } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { channelLabels, keys, sourceLabels } from './labels.js';

const labels = { unitId: 'Mottatt av enhet', source: 'Henvendelsen kom fra', sourceDetail: 'Navn eller detaljer', channel: 'Kanal', receivedAt: 'Mottatt dato og tid', content: 'Hva gjelder henvendelsen' };
type Fields = Record<keyof typeof labels, string>;

export function HenvendelseForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const own = useOwnUnits();
  const [fields, setFields] = useState<Fields>({ unitId: '', source: '', sourceDetail: '', channel: '', receivedAt: nowForInput(), content: '' });
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const set = (name: keyof Fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const firstUnit = own.units[0]?.id;

  useEffect(() => {
    if (firstUnit) setFields((f) => (f.unitId ? f : { ...f, unitId: firstUnit }));
  }, [firstUnit]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      personId,
      unitId: fields.unitId,
      source: fields.source,
      ...(fields.sourceDetail.trim() ? { sourceDetail: fields.sourceDetail.trim() } : {}),
      channel: fields.channel,
      receivedAt: inputToIso(fields.receivedAt),
      content: fields.content,
    };
    const created = await submit.run(() => api.post<Created>('/api/henvendelser', body));
    if (created) onSaved();
  }

  const select = (name: 'unitId' | 'source' | 'channel', options: [string, string][], empty?: string) => (
    <Field>
      <Label>{labels[name]}</Label>
      <Select id={`henv-${name}`} value={fields[name]} onChange={set(name)}>
        {empty && <Select.Option value="">{empty}</Select.Option>}
        {options.map(([value, label]) => (
          <Select.Option key={value} value={value}>
            {label}
          </Select.Option>
        ))}
      </Select>
      {errors[name] && <ValidationMessage>{errors[name]}</ValidationMessage>}
    </Field>
  );

  return (
    <FormCard heading="Registrer henvendelse" headingId="henv-form-heading" onSubmit={onSubmit} error={submit.error ?? own.error} labels={labels} idPrefix="henv" submitLabel="Registrer henvendelse" busy={submit.busy} onCancel={onCancel}>
      {select('unitId', own.units.map((u) => [u.id, u.name]))}
      <div className="form-columns">
        {select('source', keys(sourceLabels).map((k) => [k, sourceLabels[k]]), 'Velg')}
        <Textfield id="henv-sourceDetail" label="Navn eller detaljer (valgfritt)" description="For eksempel fastlegens navn." value={fields.sourceDetail} onChange={set('sourceDetail')} error={errors.sourceDetail} />
        {select('channel', keys(channelLabels).map((k) => [k, channelLabels[k]]), 'Velg')}
        <Textfield id="henv-receivedAt" type="datetime-local" label="Mottatt dato og tid" value={fields.receivedAt} onChange={set('receivedAt')} error={errors.receivedAt} />
      </div>
      <Textfield id="henv-content" label="Hva gjelder henvendelsen" multiline rows={4} value={fields.content} onChange={set('content')} error={errors.content} />
    </FormCard>
  );
}
