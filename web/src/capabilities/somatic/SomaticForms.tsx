// Somatic follow-up forms: whether a check is indicated and how often (per kind), and a check done
// (for dental, what was done about the county's free dental offer).
import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup, fromYesNo, toYesNo, yesNo } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from '../coordination/SelectField.js';

export interface SomaticItem {
  kind: string;
  label: string;
  indicated: boolean;
  intervalMonths: number;
  reason: string | null;
  lastDoneOn: string | null;
  dueOn: string | null;
  status: 'not-indicated' | 'never' | 'overdue' | 'due-soon' | 'ok';
}

export const countyDentalOfferText = {
  informed: 'Informert om tilbudet',
  referred: 'Henvist til tilbudet',
  declined: 'Takket nei til tilbudet',
  'not-eligible': 'Har ikke rett på tilbudet',
} as const;
type CountyDentalOffer = keyof typeof countyDentalOfferText;
const dentalOptions = (Object.keys(countyDentalOfferText) as CountyDentalOffer[]).map((value) => ({ value, label: countyDentalOfferText[value] }));

/** The number typed, or null when the field is empty (the API then asks for it). */
const monthsValue = (text: string) => (text.trim() === '' ? null : Number(text));

export function FollowUpForm({ personId, item, onSaved, onCancel }: { personId: string; item: SomaticItem; onSaved(): void; onCancel(): void }) {
  const [indicated, setIndicated] = useState<'yes' | 'no' | null>(toYesNo(item.indicated));
  const [interval, setIntervalText] = useState(String(item.intervalMonths));
  const [reason, setReason] = useState(item.reason ?? '');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { indicated: fromYesNo(indicated), intervalMonths: monthsValue(interval), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    if (await submit.run(() => api.put<void>(`/api/persons/${personId}/somatic/follow-up/${item.kind}`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading={<>Oppfølging: {item.label}</>} headingId="followup-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ indicated: 'Indisert', intervalMonths: 'Intervall', reason: 'Begrunnelse' }} idPrefix="followup" submitLabel="Lagre oppfølgingen" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="followup-indicated" legend="Er kontrollen indisert?" options={yesNo} value={indicated} onChange={setIndicated} error={f.indicated} className="inline-radios" />
      <Textfield id="followup-intervalMonths" label="Intervall i måneder" type="number" inputMode="numeric" min={1} max={60} value={interval} onChange={(e) => setIntervalText(e.target.value)} error={f.intervalMonths} />
      <Textfield id="followup-reason" label="Begrunnelse (påkrevd når kontrollen ikke er indisert)" multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={f.reason} />
    </FormCard>
  );
}

export function CheckForm({ personId, items, initialKind, onSaved, onCancel }: { personId: string; items: SomaticItem[]; initialKind?: string; onSaved(): void; onCancel(): void }) {
  const [kind, setKind] = useState(initialKind ?? '');
  const [doneOn, setDoneOn] = useState(localDate());
  const [result, setResult] = useState('');
  const [offer, setOffer] = useState<CountyDentalOffer | null>(null);
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { kind, doneOn, result: result.trim(), ...(kind === 'dental' && offer ? { countyDentalOffer: offer } : {}) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/somatic/checks`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Registrer utført kontroll" headingId="check-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Kontroll', doneOn: 'Dato', result: 'Resultat eller funn', countyDentalOffer: 'Fylkeskommunens tannhelsetilbud' }} idPrefix="check" submitLabel="Lagre kontrollen" busy={submit.busy} onCancel={onCancel}>
      <SelectField id="check-kind" label="Kontroll" value={kind} empty="Velg kontroll" options={items.map((i) => [i.kind, i.label] as const)} onChange={setKind} error={f.kind} />
      <Textfield id="check-doneOn" label="Dato kontrollen ble gjort" type="date" value={doneOn} onChange={(e) => setDoneOn(e.target.value)} error={f.doneOn} />
      <Textfield id="check-result" label="Resultat eller funn" multiline rows={2} value={result} onChange={(e) => setResult(e.target.value)} error={f.result} />
      {(kind === 'dental' || f.countyDentalOffer) && (
        <RadioGroup id="check-countyDentalOffer" legend="Fylkeskommunens gratis tannhelsetilbud" description="Hva er gjort med tilbudet fra den offentlige tannhelsetjenesten?" options={dentalOptions} value={offer} onChange={setOffer} error={f.countyDentalOffer} />
      )}
    </FormCard>
  );
}
