// Registering a referral to the right level (DPS, TSB, FACT, a municipal service) and its outcome.
import { useState, type FormEvent } from 'react';
import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import type { Created, Items, Partner } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { keys, referralLevelLabels, type ReferralLevel } from './labels.js';

const labels = { level: 'Nivå', partnerId: 'Mottaker', reason: 'Begrunnelse' };

export function ReferralForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const partners = useApi<Items<Partner>>('/api/partners');
  const [level, setLevel] = useState<ReferralLevel | ''>('');
  const [partnerId, setPartnerId] = useState('');
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({ level: !level && 'Velg hvor personen henvises.' });
    if (missing) return submit.setError(missing);
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/referrals`, { level, reason, ...(partnerId ? { partnerId } : {}) }));
    if (created) onSaved();
  }

  return (
    <FormCard heading="Registrer henvisning" headingId="referral-form-heading" onSubmit={onSubmit} error={submit.error ?? partners.error} labels={labels} idPrefix="referral" submitLabel="Registrer henvisning" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <Field>
          <Label>Nivå</Label>
          <Select id="referral-level" value={level} onChange={(e) => setLevel(e.target.value as ReferralLevel | '')}>
            <Select.Option value="">Velg</Select.Option>
            {keys(referralLevelLabels).map((k) => (
              <Select.Option key={k} value={k}>
                {referralLevelLabels[k]}
              </Select.Option>
            ))}
          </Select>
          {submit.fieldErrors.level && <ValidationMessage>{submit.fieldErrors.level}</ValidationMessage>}
        </Field>
        <Field>
          <Label>Mottaker (valgfritt)</Label>
          <Select id="referral-partnerId" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
            <Select.Option value="">Ikke valgt</Select.Option>
            {(partners.data?.items ?? []).map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
          {submit.fieldErrors.partnerId && <ValidationMessage>{submit.fieldErrors.partnerId}</ValidationMessage>}
        </Field>
      </div>
      <Textfield id="referral-reason" label="Begrunnelse" multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
    </FormCard>
  );
}

const outcomeOptions = [
  { value: 'accepted', label: 'Tatt imot' },
  { value: 'rejected', label: 'Avslått' },
] as const;

export function ReferralOutcomeForm({ referralId, onSaved, onCancel }: { referralId: string; onSaved(): void; onCancel(): void }) {
  const [outcome, setOutcome] = useState<'accepted' | 'rejected' | null>(null);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const prefix = `outcome-${referralId}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({ outcome: !outcome && 'Velg utfallet.' });
    if (missing) return submit.setError(missing);
    const ok = await submit.run(() => api.post<void>(`/api/referrals/${referralId}/outcome`, { outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) }).then(() => true));
    if (ok) onSaved();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack inline-form" aria-label="Registrer utfall av henvisningen">
      <FormProblem error={submit.error} labels={{ outcome: 'Utfall', reason: 'Begrunnelse' }} idPrefix={prefix} />
      <RadioGroup id={`${prefix}-outcome`} legend="Utfall" options={outcomeOptions} value={outcome} onChange={setOutcome} error={submit.fieldErrors.outcome} />
      <Textfield id={`${prefix}-reason`} label={outcome === 'rejected' ? 'Begrunnelse for avslaget' : 'Begrunnelse (valgfritt)'} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
      <div className="button-row">
        <Button data-color="accent" type="submit" data-size="sm" loading={submit.busy}>
          Lagre utfall
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
