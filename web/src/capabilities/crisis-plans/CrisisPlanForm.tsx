// The crisis plan, made with the person in a stable phase: warning signs, triggers, what helps, what
// to avoid, medication, whom to call day and night, the person's wishes and the review date. Saving
// makes a new version.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { localDate } from '../../platform/dates.js';
import type { CrisisPlanOverview } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { entries, reachableLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

const labels = { preparedOn: 'Laget dato', preparedWithPerson: 'Laget sammen med personen', stablePhase: 'Stabil fase', warningSigns: 'Varseltegn', triggers: 'Utløsende forhold', whatHelps: 'Hva hjelper', whatToAvoid: 'Hva bør unngås', medication: 'Medisiner', contacts: 'Kontakter', personsWishes: 'Personens ønsker', reviewDate: 'Revisjonsdato' };
type Contact = { name: string; relation: string; phone: string; reachable: string };
type Plan = NonNullable<CrisisPlanOverview['plan']>;

export function CrisisPlanForm({ personId, plan, onSaved, onCancel }: { personId: string; plan: Plan | null; onSaved(version: number): void; onCancel(): void }) {
  const [f, setF] = useState({
    preparedOn: plan?.preparedOn ?? localDate(),
    warningSigns: plan?.warningSigns ?? '',
    triggers: plan?.triggers ?? '',
    whatHelps: plan?.whatHelps ?? '',
    whatToAvoid: plan?.whatToAvoid ?? '',
    medication: plan?.medication ?? '',
    personsWishes: plan?.personsWishes ?? '',
    reviewDate: plan?.reviewDate ?? localDate(180),
  });
  const [withPerson, setWithPerson] = useState(false);
  const [stable, setStable] = useState(plan?.stablePhase ?? true);
  const [contacts, setContacts] = useState<Contact[]>(plan?.contacts.length ? plan.contacts : [{ name: '', relation: '', phone: '', reachable: 'day-and-night' }]);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const text = (name: keyof typeof f, label: string, rows = 3, description?: string) => (
    <Textfield id={`crisis-${name}`} label={label} description={description} multiline rows={rows} value={f[name]} onChange={(e) => setF((x) => ({ ...x, [name]: e.target.value }))} error={errors[name]} />
  );
  const setContact = (i: number, patch: Partial<Contact>) => setContacts((rows) => rows.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  const optional = (v: string) => v.trim() || null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      preparedOn: f.preparedOn,
      ...(withPerson ? { preparedWithPerson: true } : {}),
      stablePhase: stable,
      warningSigns: f.warningSigns,
      triggers: optional(f.triggers),
      whatHelps: f.whatHelps,
      whatToAvoid: optional(f.whatToAvoid),
      medication: optional(f.medication),
      contacts: contacts.filter((c) => c.name.trim() || c.phone.trim()),
      personsWishes: optional(f.personsWishes),
      reviewDate: f.reviewDate,
    };
    const saved = await submit.run(() => api.put<{ id: string; version: number }>(`/api/persons/${personId}/crisis-plan`, body));
    if (saved) onSaved(saved.version);
  }
  return (
    <FormCard heading={plan ? 'Oppdater kriseplanen' : 'Lag kriseplan'} headingId="crisis-form-heading" onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="crisis" submitLabel="Lagre kriseplanen" busy={submit.busy} onCancel={onCancel}>
      <div className="form-columns">
        <Textfield id="crisis-preparedOn" type="date" label="Laget dato" value={f.preparedOn} max={localDate()} onChange={(e) => setF((x) => ({ ...x, preparedOn: e.target.value }))} error={errors.preparedOn} />
        <Textfield id="crisis-reviewDate" type="date" label="Revisjonsdato" value={f.reviewDate} onChange={(e) => setF((x) => ({ ...x, reviewDate: e.target.value }))} error={errors.reviewDate} />
      </div>
      <div>
        <Checkbox id="crisis-preparedWithPerson" label="Planen er laget sammen med personen" checked={withPerson} onChange={(e) => setWithPerson(e.target.checked)} />
        {errors.preparedWithPerson && <ValidationMessage>{errors.preparedWithPerson}</ValidationMessage>}
        <Checkbox id="crisis-stablePhase" label="Planen er laget i en stabil fase" checked={stable} onChange={(e) => setStable(e.target.checked)} />
      </div>
      {text('warningSigns', 'Tidlige varseltegn')}
      {text('triggers', 'Hva kan utløse en krise (valgfritt)')}
      {text('whatHelps', 'Hva hjelper')}
      {text('whatToAvoid', 'Hva bør unngås (valgfritt)')}
      {text('medication', 'Medisiner (valgfritt)', 2)}
      <Fieldset>
        <Fieldset.Legend>Hvem kan kontaktes dag og natt</Fieldset.Legend>
        {contacts.map((c, i) => (
          <div key={i} className="form-columns">
            <Textfield id={i === 0 ? 'crisis-contacts' : `crisis-contact-${i}-name`} label={`Navn (kontakt ${i + 1})`} value={c.name} onChange={(e) => setContact(i, { name: e.target.value })} />
            <Textfield id={`crisis-contact-${i}-relation`} label={`Hvem er dette (kontakt ${i + 1})`} value={c.relation} onChange={(e) => setContact(i, { relation: e.target.value })} />
            <Textfield id={`crisis-contact-${i}-phone`} type="tel" label={`Telefon (kontakt ${i + 1})`} value={c.phone} onChange={(e) => setContact(i, { phone: e.target.value })} />
            <SelectField id={`crisis-contact-${i}-reachable`} label={`Kan nås (kontakt ${i + 1})`} value={c.reachable} options={entries(reachableLabels)} onChange={(reachable) => setContact(i, { reachable })} />
          </div>
        ))}
        {errors.contacts && <ValidationMessage>{errors.contacts}</ValidationMessage>}
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setContacts([...contacts, { name: '', relation: '', phone: '', reachable: 'day' }])}>
            Legg til kontakt
          </Button>
        </div>
      </Fieldset>
      {text('personsWishes', 'Personens egne ønsker (valgfritt)')}
    </FormCard>
  );
}
