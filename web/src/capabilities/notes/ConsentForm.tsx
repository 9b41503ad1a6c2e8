import { useState, type FormEvent } from 'react';
import { Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import type { Created, Items, Partner, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { consentScopeLabels, consentScopes, type ConsentScope } from './consent-labels.js';

const labels = { scope: 'Samtykket gjelder', toUnitId: 'Mottaker', toPartnerId: 'Mottaker', note: 'Merknad' };

export function ConsentForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const [scope, setScope] = useState<ConsentScope>('coordination');
  const [recipientKind, setRecipientKind] = useState<'unit' | 'partner'>('unit');
  const [recipient, setRecipient] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = useSubmit();
  const options = recipientKind === 'unit' ? (units.data?.items ?? []).filter((u) => u.active) : (partners.data?.items ?? []);
  const recipientError = missing ?? submit.fieldErrors.toUnitId ?? submit.fieldErrors.toPartnerId;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMissing(recipient ? null : 'Velg hvem samtykket gir rett til å dele med.');
    if (!recipient) return;
    const body = { scope, ...(recipientKind === 'unit' ? { toUnitId: recipient } : { toPartnerId: recipient }), ...(note.trim() ? { note: note.trim() } : {}) };
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/consents`, body));
    if (created) onSaved();
  }

  return (
    <FormCard heading="Registrer samtykke" headingId="consent-form-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="consent" submitLabel="Lagre samtykke" busy={submit.busy} onCancel={onCancel}>
      <Field>
        <Label>Samtykket gjelder</Label>
        <Select id="consent-scope" value={scope} onChange={(e) => setScope(e.target.value as ConsentScope)}>
          {consentScopes.map((s) => (
            <Select.Option key={s} value={s}>
              {consentScopeLabels[s]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>Mottaker er</Fieldset.Legend>
        <Radio name="recipientKind" value="unit" label="En enhet i kommunen" checked={recipientKind === 'unit'} onChange={() => { setRecipientKind('unit'); setRecipient(''); }} />
        <Radio name="recipientKind" value="partner" label="En ekstern samarbeidspartner" checked={recipientKind === 'partner'} onChange={() => { setRecipientKind('partner'); setRecipient(''); }} />
      </Fieldset>
      <Field>
        <Label>{recipientKind === 'unit' ? 'Enhet' : 'Samarbeidspartner'}</Label>
        <Select id="consent-toUnitId" value={recipient} onChange={(e) => setRecipient(e.target.value)}>
          <Select.Option value="">Velg</Select.Option>
          {options.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
        {recipientError && <ValidationMessage>{recipientError}</ValidationMessage>}
      </Field>
      <Textfield id="consent-note" label="Merknad (valgfritt)" value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
    </FormCard>
  );
}
