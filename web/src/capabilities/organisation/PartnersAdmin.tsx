// External partners (GP offices, DPS, TSB, hospital, NAV): list, and create for admins.
import { useState, type FormEvent } from 'react';
import { Button, Card, Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { useTitle } from '../../platform/use-title.js';
import type { Created, Items, Partner } from '../../platform/api-types.js';
import { partnerKindLabels, partnerKinds } from './labels.js';
import { DataTable } from '../../platform/DataTable.js';

const labels = { name: 'Navn', kind: 'Type', phone: 'Telefon', address: 'Adresse' };

export function PartnersAdmin() {
  useTitle('Samarbeidspartnere');
  const user = useUser();
  const partners = useApi<Items<Partner>>('/api/partners');
  const [message, setMessage] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof partnerKinds)[number]>('fastlegekontor');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const created = await submit.run(() => api.post<Created>('/api/partners', { name, kind, phone: phone.trim() || null, address: address.trim() || null }));
    if (created) {
      setMessage(`${name.trim()} er registrert.`);
      setName('');
      setPhone('');
      setAddress('');
      partners.reload();
    }
  }

  return (
    <section aria-labelledby="partners-heading" className="section">
      <Heading level={2} data-size="md" id="partners-heading">
        Samarbeidspartnere
      </Heading>
      <SuccessMessage>{message}</SuccessMessage>
      {partners.loading && <Loading label="Henter samarbeidspartnere …" />}
      <ProblemAlert error={partners.error} />
      {partners.data && (
        <DataTable label="Tabell: samarbeidspartnere" columns={['Navn', 'Type', 'Telefon', 'Adresse']} empty="Ingen samarbeidspartnere er registrert." rowCount={partners.data.items.length} zebra>
          {partners.data.items.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{p.name}</Table.Cell>
              <Table.Cell>{partnerKindLabels[p.kind]}</Table.Cell>
              <Table.Cell>{p.phone ?? '–'}</Table.Cell>
              <Table.Cell>{p.address ?? '–'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {may(user, 'org.admin') && (
        <Card data-color="accent" variant="tinted" className="admin-form">
          <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="partner-form-heading">
            <Heading level={3} data-size="xs" id="partner-form-heading">
              Registrer samarbeidspartner
            </Heading>
            <FormProblem error={submit.error} labels={labels} idPrefix="partner" />
            <Textfield id="partner-name" label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={submit.fieldErrors.name} />
            <Field>
              <Label>Type</Label>
              <Select id="partner-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
                {partnerKinds.map((k) => (
                  <Select.Option key={k} value={k}>
                    {partnerKindLabels[k]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield id="partner-phone" label="Telefon (valgfritt)" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={submit.fieldErrors.phone} />
            <Textfield id="partner-address" label="Adresse (valgfritt)" value={address} onChange={(e) => setAddress(e.target.value)} error={submit.fieldErrors.address} />
            <div>
              <Button type="submit" loading={submit.busy}>
                Registrer
              </Button>
            </div>
          </form>
        </Card>
      )}
    </section>
  );
}
