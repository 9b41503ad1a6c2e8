// Financial assistance in NAV registered as a fact only: the kind, the date, whom to ask and a note.
// Amounts stay in NAV's own systems, so the form has no field for them (the API refuses one).
import { useState, type FormEvent } from 'react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { localDate } from '../../platform/dates.js';
import type { Items, StaffMember } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from '../coordination/SelectField.js';
import { sec } from '../../../../server/src/platform/law/index.js';

/** As the server's financialAssistanceLabels (nav/rules.ts). */
export const financialKindText = {
  'economic-assistance': `Økonomisk stønad (${sec('sotjl', '§ 18')})`,
  'emergency-aid': 'Nødhjelp',
  'debt-advice': 'Økonomisk rådgivning / gjeldsrådgivning',
  other: 'Annet',
} as const;
type FinancialKind = keyof typeof financialKindText;
const kindOptions = (Object.keys(financialKindText) as FinancialKind[]).map((value) => ({ value, label: financialKindText[value] }));

export function FinancialAssistanceForm({ personId, userId, onSaved, onCancel }: { personId: string; userId: string; onSaved(): void; onCancel(): void }) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [kind, setKind] = useState<FinancialKind | null>(null);
  const [referencedOn, setReferencedOn] = useState(localDate());
  const [contactUserId, setContactUserId] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  const advisers = (staff.data?.items ?? []).filter((s) => s.active && s.roles.includes('nav-adviser') && s.id !== userId);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { kind: kind ?? '', referencedOn, ...(contactUserId ? { contactUserId } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    if (await submit.run(() => api.post(`/api/persons/${personId}/nav/financial-assistance`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Registrer økonomisk hjelp" headingId="financial-form-heading" intro={<Paragraph data-size="sm">Registrer bare at personen får eller er henvist til hjelpen. Beløp føres i NAVs egne systemer, ikke her.</Paragraph>} onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Type hjelp', referencedOn: 'Dato', contactUserId: 'Kontaktperson i NAV', note: 'Merknad' }} idPrefix="financial" submitLabel="Registrer økonomisk hjelp" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="financial-kind" legend="Type økonomisk hjelp" options={kindOptions} value={kind} onChange={setKind} error={f.kind} />
      <Textfield id="financial-referencedOn" label="Dato" type="date" value={referencedOn} onChange={(e) => setReferencedOn(e.target.value)} error={f.referencedOn} />
      <SelectField id="financial-contactUserId" label="Kontaktperson i NAV" description="Den som kan svare på spørsmål om hjelpen. Velg en kollega hvis det ikke er deg." value={contactUserId} empty="Meg selv" options={advisers.map((s) => [s.id, s.displayName] as const)} onChange={setContactUserId} error={f.contactUserId} />
      <Textfield id="financial-note" label="Merknad (valgfritt, uten beløp)" value={note} onChange={(e) => setNote(e.target.value)} error={f.note} />
    </FormCard>
  );
}
