// Registering a person (bruker). The registering unit gets a service relation, so access follows.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { useTitle } from '../../platform/use-title.js';
import type { Created, Items, Partner, Unit } from '../../platform/api-types.js';

const labels: Record<string, string> = {
  nationalId: 'Fødselsnummer',
  givenName: 'Fornavn',
  familyName: 'Etternavn',
  phone: 'Telefon',
  email: 'E-post',
  address: 'Adresse',
  postalCode: 'Postnummer',
  postalPlace: 'Poststed',
  gpPartnerId: 'Fastlegekontor',
  gpName: 'Fastlege',
  unitId: 'Registreres av enhet',
};

type Fields = Record<'nationalId' | 'givenName' | 'familyName' | 'phone' | 'email' | 'address' | 'postalCode' | 'postalPlace' | 'gpPartnerId' | 'gpName' | 'unitId', string>;
const empty: Fields = { nationalId: '', givenName: '', familyName: '', phone: '', email: '', address: '', postalCode: '', postalPlace: '', gpPartnerId: '', gpName: '', unitId: '' };

export function RegisterPersonPage() {
  useTitle('Registrer person');
  const user = useUser();
  const navigate = useNavigate();
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const [fields, setFields] = useState<Fields>(empty);
  const [interpreterNeeded, setInterpreterNeeded] = useState(false);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const ownUnits = (units.data?.items ?? []).filter((u) => user.unitIds.includes(u.id));
  const gpOffices = (partners.data?.items ?? []).filter((p) => p.kind === 'fastlegekontor');

  const text = (name: keyof Fields, label: string, props: { autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'email'; required?: boolean; description?: string } = {}) => (
    <Textfield
      id={`person-${name}`}
      label={label}
      value={fields[name]}
      onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
      error={errors[name]}
      {...props}
    />
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const body = {
      nationalId: fields.nationalId.replace(/\s/g, ''),
      givenName: fields.givenName,
      familyName: fields.familyName,
      phone: optional(fields.phone),
      email: optional(fields.email),
      address: optional(fields.address),
      postalCode: optional(fields.postalCode),
      postalPlace: optional(fields.postalPlace),
      gpPartnerId: optional(fields.gpPartnerId),
      gpName: optional(fields.gpName),
      unitId: optional(fields.unitId),
      interpreterNeeded,
    };
    const created = await submit.run(() => api.post<Created>('/api/persons', body));
    if (created) navigate(`/personer/${created.id}`, { state: { flash: 'Personen er registrert.' } });
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Registrer person
      </Heading>
      <Paragraph>Enheten du registrerer fra får en aktiv sak for personen, slik at du beholder tjenstlig behov.</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack form-narrow">
        <FormProblem error={submit.error} labels={labels} idPrefix="person" />
        {text('nationalId', 'Fødselsnummer eller D-nummer', { inputMode: 'numeric', required: true, description: '11 siffer. Syntetiske testnummer er tillatt.' })}
        {text('givenName', 'Fornavn', { autoComplete: 'off', required: true })}
        {text('familyName', 'Etternavn', { autoComplete: 'off', required: true })}
        {text('phone', 'Telefon (valgfritt)', { inputMode: 'tel' })}
        {text('email', 'E-post (valgfritt)', { inputMode: 'email' })}
        {text('address', 'Adresse (valgfritt)')}
        <div className="form-row">
          {text('postalCode', 'Postnummer (valgfritt)', { inputMode: 'numeric' })}
          {text('postalPlace', 'Poststed (valgfritt)')}
        </div>
        <Field>
          <Label>Fastlegekontor (valgfritt)</Label>
          <Select id="person-gpPartnerId" value={fields.gpPartnerId} onChange={(e) => setFields({ ...fields, gpPartnerId: e.target.value })}>
            <Select.Option value="">Ikke valgt</Select.Option>
            {gpOffices.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
          {errors.gpPartnerId && <ValidationMessage>{errors.gpPartnerId}</ValidationMessage>}
        </Field>
        {text('gpName', 'Fastlege (valgfritt)')}
        {ownUnits.length > 1 && (
          <Field>
            <Label>Registreres av enhet</Label>
            <Select id="person-unitId" value={fields.unitId} onChange={(e) => setFields({ ...fields, unitId: e.target.value })}>
              <Select.Option value="">Min første enhet</Select.Option>
              {ownUnits.map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </Select>
            {errors.unitId && <ValidationMessage>{errors.unitId}</ValidationMessage>}
          </Field>
        )}
        <Checkbox label="Trenger tolk" checked={interpreterNeeded} onChange={(e) => setInterpreterNeeded(e.target.checked)} />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            Registrer
          </Button>
          <Button type="button" variant="tertiary" onClick={() => navigate(-1)}>
            Avbryt
          </Button>
        </div>
      </form>
    </>
  );
}
