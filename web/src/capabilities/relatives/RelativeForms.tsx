// Forms for relatives: register a relative (with consent and scope), the relative's own needs, and a
// child's clarification (the children-as-relatives form), information or follow-up.
import { useState, type FormEvent } from 'react';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { RadioGroup, fromYesNo, yesNo } from '../../platform/RadioGroup.js';
import type { Created } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { careBurdenLabels, childFollowUpLabels, consentScopeLabels, consentStatusLabels, supportLabels } from './labels.js';

type Props = { onSaved(): void; onCancel(): void };
const toggled = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
const today = () => new Date().toISOString().slice(0, 10);

export function RelativeForm({ personId, onSaved, onCancel }: Props & { personId: string }) {
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [phone, setPhone] = useState('');
  const [isChild, setIsChild] = useState(false);
  const [birthDate, setBirthDate] = useState('');
  const [closest, setClosest] = useState(false);
  const [consentStatus, setConsentStatus] = useState<keyof typeof consentStatusLabels | null>(null);
  const [scopes, setScopes] = useState<(keyof typeof consentScopeLabels)[]>([]);
  const submit = useSubmit();
  const f = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { name, relation, phone: phone.trim() || null, isChild, birthDate: birthDate || null, closest, consentStatus, consentScopes: consentStatus === 'given' ? scopes : [] };
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/relatives`, body))) onSaved();
  }

  return (
    <FormCard heading="Registrer pårørende" headingId="relative-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ name: 'Navn', relation: 'Relasjon', phone: 'Telefon', birthDate: 'Fødselsdato', consentStatus: 'Samtykke', consentScopes: 'Samtykket omfatter' }} idPrefix="relative" submitLabel="Lagre pårørende" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="relative-name" label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={f.name} />
      <Textfield id="relative-relation" label="Relasjon (f.eks. mor, sønn, samboer)" value={relation} onChange={(e) => setRelation(e.target.value)} error={f.relation} />
      <Textfield id="relative-phone" label="Telefon (valgfritt)" value={phone} onChange={(e) => setPhone(e.target.value)} error={f.phone} />
      <Checkbox id="relative-isChild" label="Barn under 18 år" checked={isChild} onChange={(e) => setIsChild(e.target.checked)} />
      {isChild && <Textfield id="relative-birthDate" type="date" label="Barnets fødselsdato" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} error={f.birthDate} />}
      <Checkbox id="relative-closest" label="Nærmeste pårørende" checked={closest} onChange={(e) => setClosest(e.target.checked)} />
      <RadioGroup
        id="relative-consentStatus"
        legend="Har personen samtykket til at den pårørende involveres?"
        options={(Object.keys(consentStatusLabels) as (keyof typeof consentStatusLabels)[]).map((v) => ({ value: v, label: consentStatusLabels[v] }))}
        value={consentStatus}
        onChange={setConsentStatus}
        error={f.consentStatus}
      />
      {consentStatus === 'given' && (
        <Fieldset>
          <Fieldset.Legend>Samtykket omfatter</Fieldset.Legend>
          {(Object.keys(consentScopeLabels) as (keyof typeof consentScopeLabels)[]).map((s, index) => (
            <Checkbox key={s} id={index === 0 ? 'relative-consentScopes' : undefined} label={consentScopeLabels[s]} value={s} checked={scopes.includes(s)} onChange={(e) => setScopes(toggled(scopes, s, e.target.checked))} />
          ))}
          {f.consentScopes && <div className="field-error">{f.consentScopes}</div>}
        </Fieldset>
      )}
    </FormCard>
  );
}

export function NeedsForm({ personId, relativeId, name, onSaved, onCancel }: Props & { personId: string; relativeId: string; name: string }) {
  const [assessedOn, setAssessedOn] = useState(today());
  const [needs, setNeeds] = useState('');
  const [careBurden, setCareBurden] = useState<keyof typeof careBurdenLabels | null>(null);
  const [offered, setOffered] = useState<(keyof typeof supportLabels)[]>([]);
  const [accepted, setAccepted] = useState<(keyof typeof supportLabels)[]>([]);
  const [next, setNext] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  const kinds = Object.keys(supportLabels) as (keyof typeof supportLabels)[];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { assessedOn, needs, careBurden, supportOffered: offered, supportAccepted: accepted.filter((a) => offered.includes(a)), nextAssessmentOn: next || null };
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/relatives/${relativeId}/needs-assessments`, body))) onSaved();
  }

  return (
    <FormCard heading={<>Kartlegg egne behov: {name}</>} headingId={`needs-${relativeId}`} level={4} onSubmit={onSubmit} error={submit.error} labels={{ assessedOn: 'Dato', needs: 'Egne behov', careBurden: 'Omsorgsbelastning', supportAccepted: 'Takket ja til', nextAssessmentOn: 'Neste kartlegging' }} idPrefix="needs" submitLabel="Lagre kartleggingen" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="needs-assessedOn" type="date" label="Dato" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} error={f.assessedOn} />
      <Textfield id="needs-needs" multiline rows={3} label="Den pårørendes egne behov" value={needs} onChange={(e) => setNeeds(e.target.value)} error={f.needs} />
      <RadioGroup id="needs-careBurden" legend="Omsorgsbelastning" options={(Object.keys(careBurdenLabels) as (keyof typeof careBurdenLabels)[]).map((v) => ({ value: v, label: careBurdenLabels[v] }))} value={careBurden} onChange={setCareBurden} error={f.careBurden} />
      <Fieldset>
        <Fieldset.Legend>Støtte tilbudt</Fieldset.Legend>
        {kinds.map((k) => (
          <Checkbox key={k} label={supportLabels[k]} value={k} checked={offered.includes(k)} onChange={(e) => setOffered(toggled(offered, k, e.target.checked))} />
        ))}
      </Fieldset>
      {offered.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>Takket ja til</Fieldset.Legend>
          {offered.map((k) => (
            <Checkbox key={k} label={supportLabels[k]} value={k} checked={accepted.includes(k)} onChange={(e) => setAccepted(toggled(accepted, k, e.target.checked))} />
          ))}
        </Fieldset>
      )}
      <Textfield id="needs-nextAssessmentOn" type="date" label="Neste kartlegging (valgfritt)" value={next} onChange={(e) => setNext(e.target.value)} error={f.nextAssessmentOn} />
    </FormCard>
  );
}

export function ChildFollowUpForm({ personId, relativeId, name, kind, onSaved, onCancel }: Props & { personId: string; relativeId: string; name: string; kind: keyof typeof childFollowUpLabels }) {
  const [occurredOn, setOccurredOn] = useState(today());
  const [summary, setSummary] = useState('');
  const [caregiver, setCaregiver] = useState('');
  const [childKnows, setChildKnows] = useState<'yes' | 'no' | null>(null);
  const [childNeeds, setChildNeeds] = useState('');
  const [otherAdults, setOtherAdults] = useState('');
  const [concern, setConcern] = useState<'yes' | 'no' | null>(null);
  const submit = useSubmit();
  const f = submit.fieldErrors;
  const prefix = `child-${kind}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const form = kind === 'clarification' ? { form: { caregiver, childKnows: fromYesNo(childKnows), childNeeds, otherAdultsInvolved: otherAdults.trim() || null, barnevernConcern: fromYesNo(concern) } } : {};
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/relatives/${relativeId}/child-follow-ups`, { kind, occurredOn, summary, ...form }))) onSaved();
  }

  return (
    <FormCard heading={<>{childFollowUpLabels[kind]}: {name}</>} headingId={`${prefix}-${relativeId}`} level={4} onSubmit={onSubmit} error={submit.error} labels={{ occurredOn: 'Dato', summary: 'Hva ble gjort', form: 'Skjema for barn som pårørende', kind: 'Oppfølging' }} idPrefix={prefix} submitLabel="Lagre" busy={submit.busy} onCancel={onCancel}>
      <Textfield id={`${prefix}-occurredOn`} type="date" label="Dato" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} error={f.occurredOn} />
      {kind === 'clarification' && (
        <>
          <Textfield id={`${prefix}-caregiver`} label="Hvem har omsorgen for barnet nå?" value={caregiver} onChange={(e) => setCaregiver(e.target.value)} />
          <RadioGroup id={`${prefix}-childKnows`} legend="Kjenner barnet til forelderens situasjon?" options={yesNo} value={childKnows} onChange={setChildKnows} />
          <Textfield id={`${prefix}-childNeeds`} multiline rows={3} label="Barnets behov for informasjon og oppfølging" value={childNeeds} onChange={(e) => setChildNeeds(e.target.value)} />
          <Textfield id={`${prefix}-otherAdults`} label="Andre voksne rundt barnet (valgfritt)" value={otherAdults} onChange={(e) => setOtherAdults(e.target.value)} />
          <RadioGroup id={`${prefix}-concern`} legend="Er det grunn til bekymring (meldeplikt til barnevernet)?" options={yesNo} value={concern} onChange={setConcern} />
        </>
      )}
      <Textfield id={`${prefix}-summary`} multiline rows={3} label="Hva ble gjort" value={summary} onChange={(e) => setSummary(e.target.value)} error={f.summary} />
    </FormCard>
  );
}
