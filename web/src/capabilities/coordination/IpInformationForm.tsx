// Recording that the person was informed of the right to an individual plan (when, by whom, how) and
// the answer: wants / declines (with the reason) / undecided (with a date to ask again).
import { useEffect, useState, type FormEvent } from 'react';
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { useOwnUnits } from '../../platform/use-own-units.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import type { Created } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { entries, ipAnswerLabels, ipMethodLabels } from './labels.js';
import { SelectField } from './SelectField.js';

const labels = { unitId: 'Enhet', informedOn: 'Dato', methods: 'Hvordan', needsBasis: 'Behovet', answer: 'Personens svar', declineReason: 'Begrunnelse', reaskDate: 'Spør igjen', note: 'Merknad' };
type Answer = keyof typeof ipAnswerLabels;
type Method = keyof typeof ipMethodLabels;

export function IpInformationForm({ personId, onSaved, onCancel }: { personId: string; onSaved(answer: Answer): void; onCancel(): void }) {
  const own = useOwnUnits();
  const [unitId, setUnitId] = useState('');
  const [informedOn, setInformedOn] = useState(localDate());
  const [methods, setMethods] = useState<Method[]>([]);
  const [needsBasis, setNeedsBasis] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [declineReason, setDeclineReason] = useState('');
  const [reaskDate, setReaskDate] = useState(localDate(90));
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const firstUnit = own.units[0]?.id;
  useEffect(() => {
    if (firstUnit) setUnitId((u) => u || firstUnit);
  }, [firstUnit]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      unitId,
      informedOn,
      methods,
      needsBasis,
      answer,
      ...(answer === 'declines' ? { declineReason: declineReason.trim() || null } : {}),
      ...(answer === 'undecided' ? { reaskDate: reaskDate || null } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const created = await submit.run(() => api.post<Created>(`/api/persons/${personId}/ip-information`, body));
    if (created && answer) onSaved(answer);
  }

  return (
    <FormCard heading="Registrer informasjon om individuell plan" headingId="ipinfo-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="ipinfo" submitLabel="Lagre informasjonen" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <SelectField id="ipinfo-unitId" label="Enheten som ga informasjonen" value={unitId} options={own.units.map((u) => [u.id, u.name])} onChange={setUnitId} error={errors.unitId} />
        <Textfield id="ipinfo-informedOn" type="date" label="Dato informasjonen ble gitt" value={informedOn} max={localDate()} onChange={(e) => setInformedOn(e.target.value)} error={errors.informedOn} />
      </div>
      <Fieldset>
        <Fieldset.Legend>Hvordan ble informasjonen gitt?</Fieldset.Legend>
        {entries(ipMethodLabels).map(([value, label], index) => (
          <Checkbox key={value} id={index === 0 ? 'ipinfo-methods' : undefined} label={label} value={value} checked={methods.includes(value)} onChange={(e) => setMethods(e.target.checked ? [...methods, value] : methods.filter((m) => m !== value))} />
        ))}
        {errors.methods && <ValidationMessage>{errors.methods}</ValidationMessage>}
      </Fieldset>
      <Textfield id="ipinfo-needsBasis" label="Hvorfor har personen behov for langvarige og koordinerte tjenester?" multiline rows={3} value={needsBasis} onChange={(e) => setNeedsBasis(e.target.value)} error={errors.needsBasis} />
      <RadioGroup id="ipinfo-answer" legend="Personens svar" options={entries(ipAnswerLabels).map(([value, label]) => ({ value, label }))} value={answer} onChange={setAnswer} error={errors.answer} />
      {answer === 'declines' && <Textfield id="ipinfo-declineReason" label="Hvorfor ønsker personen ikke individuell plan?" multiline rows={2} value={declineReason} onChange={(e) => setDeclineReason(e.target.value)} error={errors.declineReason} />}
      {answer === 'undecided' && <Textfield id="ipinfo-reaskDate" type="date" label="Dato for å spørre igjen" value={reaskDate} min={localDate(1)} onChange={(e) => setReaskDate(e.target.value)} error={errors.reaskDate} />}
      <Textfield id="ipinfo-note" label="Merknad (valgfritt)" multiline rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} />
    </FormCard>
  );
}
