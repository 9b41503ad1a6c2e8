import { useState, type FormEvent } from 'react';
import { Button, Card, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import type { Created, Unit } from '../../platform/api-types.js';
import { unitKindLabels, unitKinds } from './labels.js';

const labels = { name: 'Navn', kind: 'Type', parentId: 'Ligger under', serviceArea: 'Tjenesteområde' };

export function UnitForm({ units, onCreated }: { units: Unit[]; onCreated(name: string): void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof unitKinds)[number]>('avdeling');
  const [parentId, setParentId] = useState('');
  const [serviceArea, setServiceArea] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { name, kind, parentId: parentId || null, serviceArea: serviceArea.trim() || null };
    const created = await submit.run(() => api.post<Created>('/api/units', body));
    if (created) {
      onCreated(name.trim());
      setName('');
      setServiceArea('');
    }
  }

  return (
    <Card data-color="accent" variant="tinted" className="admin-form">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="unit-form-heading">
        <Heading level={3} data-size="xs" id="unit-form-heading">
          Opprett enhet
        </Heading>
        <FormProblem error={submit.error} labels={labels} idPrefix="unit" />
        <Textfield id="unit-name" label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <Field>
          <Label>Type</Label>
          <Select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {unitKinds.map((k) => (
              <Select.Option key={k} value={k}>
                {unitKindLabels[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Ligger under</Label>
          <Select id="unit-parentId" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <Select.Option value="">Ingen (øverste nivå)</Select.Option>
            {units.map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {u.name}
              </Select.Option>
            ))}
          </Select>
          {errors.parentId && <ValidationMessage>{errors.parentId}</ValidationMessage>}
        </Field>
        <Textfield id="unit-serviceArea" label="Tjenesteområde (valgfritt)" description="For eksempel psykisk-helse-rus eller hjemmesykepleie." value={serviceArea} onChange={(e) => setServiceArea(e.target.value)} error={errors.serviceArea} />
        <div>
          <Button type="submit" loading={submit.busy}>
            Opprett enhet
          </Button>
        </div>
      </form>
    </Card>
  );
}
