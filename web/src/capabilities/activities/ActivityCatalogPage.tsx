// Aktivitets- og arbeidstilbud: the municipality's catalogue (municipal, NAV, voluntary), a new offer,
// and the report of offers by area and target group that shows the gaps.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { DataTable } from '../../platform/DataTable.js';
import { useTitle } from '../../platform/use-title.js';
import type { ActivityOffer, ActivityReport, Created, Items } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';

export const providerLabels = { municipal: 'Kommunalt', nav: 'NAV', voluntary: 'Frivillig' } as const;
export const categoryLabels = { work: 'Arbeid', activity: 'Aktivitet', social: 'Sosialt', training: 'Opplæring' } as const;
export const sobrietyLabels = { required: 'Krav om rusfrihet', 'not-required': 'Ikke krav om rusfrihet', 'on-site': 'Rusfri på stedet' } as const;
export const groupLabels = { rop: 'ROP-lidelser', 'young-adults': 'Unge voksne', women: 'Kvinner', men: 'Menn', 'all-adults': 'Alle voksne' } as const;
type Group = keyof typeof groupLabels;
const groups = Object.keys(groupLabels) as Group[];

export function ActivityCatalogPage() {
  useTitle('Aktivitets- og arbeidstilbud');
  const user = useUser();
  const offers = useApi<Items<ActivityOffer>>('/api/activity-offers');
  const report = useApi<ActivityReport>('/api/activity-offers/report');
  const { form, message, open, close, saved } = useSectionForms<'add'>(() => {
    offers.reload();
    report.reload();
  });
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          Aktivitets- og arbeidstilbud
        </Heading>
        {may(user, 'activity.write') && !form && (
          <Button variant="secondary" onClick={() => open('add')}>
            Registrer tilbud
          </Button>
        )}
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      {form === 'add' && <OfferForm onCancel={close} onSaved={() => saved('Tilbudet er registrert.')} />}
      <section aria-labelledby="offers-heading" className="section">
        <Heading level={2} data-size="md" id="offers-heading">
          Katalog
        </Heading>
        {offers.loading && !offers.data && <Loading label="Henter tilbud …" />}
        <ProblemAlert error={offers.error} />
        {offers.data && (
          <DataTable label="Tabell: tilbud" columns={['Tilbud', 'Område', 'Tider', 'Rusfrihet', 'Målgruppe', 'Deltakere']} empty="Ingen tilbud er registrert." rowCount={offers.data.items.length}>
            {offers.data.items.map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>
                  {o.name}
                  <div className="muted">
                    {categoryLabels[o.category]} · {providerLabels[o.providerKind]}: {o.providerName}
                  </div>
                </Table.Cell>
                <Table.Cell>{o.area}</Table.Cell>
                <Table.Cell>{o.times}</Table.Cell>
                <Table.Cell>{sobrietyLabels[o.sobriety]}</Table.Cell>
                <Table.Cell>{o.targetGroups.map((g) => groupLabels[g]).join(', ')}</Table.Cell>
                <Table.Cell>{o.participants}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="report-heading" className="section">
        <Heading level={2} data-size="md" id="report-heading">
          Tilbud per område og målgruppe
        </Heading>
        <ProblemAlert error={report.error} />
        {report.data && (
          <>
            <ScrollRegion label="Tabell: tilbud per område og målgruppe">
              <Table>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Område</Table.HeaderCell>
                    {groups.map((g) => (
                      <Table.HeaderCell key={g}>{groupLabels[g]}</Table.HeaderCell>
                    ))}
                    <Table.HeaderCell>Uten krav om rusfrihet</Table.HeaderCell>
                    <Table.HeaderCell>Arbeid</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.data.rows.map((r) => (
                    <Table.Row key={r.area}>
                      <Table.HeaderCell scope="row">{r.area}</Table.HeaderCell>
                      {groups.map((g) => (
                        <Table.Cell key={g}>{r.counts[g] ?? 0}</Table.Cell>
                      ))}
                      <Table.Cell>{r.withoutSobrietyRequirement}</Table.Cell>
                      <Table.Cell>{r.work}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
            <Heading level={3} data-size="xs">
              Hull i tilbudet
            </Heading>
            {report.data.gaps.length === 0 ? (
              <Paragraph>Ingen hull funnet.</Paragraph>
            ) : (
              <ul className="plain-list">
                {report.data.gaps.map((g) => (
                  <li key={g}>
                    <Tag data-color="warning">Hull</Tag> {g}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function OfferForm({ onSaved, onCancel }: { onSaved(): void; onCancel(): void }) {
  const [fields, setFields] = useState({ name: '', providerName: '', area: '', times: '', description: '' });
  const [providerKind, setProviderKind] = useState<keyof typeof providerLabels | null>(null);
  const [category, setCategory] = useState<keyof typeof categoryLabels | null>(null);
  const [sobriety, setSobriety] = useState<keyof typeof sobrietyLabels | null>(null);
  const [targetGroups, setTargetGroups] = useState<Group[]>([]);
  const submit = useSubmit();
  const f = submit.fieldErrors;
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((v) => ({ value: v, label: labels[v] }));
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { ...fields, description: fields.description.trim() || null, providerKind, category, sobriety, targetGroups };
    if (await submit.run(() => api.post<Created>('/api/activity-offers', body))) onSaved();
  }
  return (
    <FormCard heading="Registrer tilbud" headingId="offer-form-heading" level={2} size="xs" onSubmit={onSubmit} error={submit.error} labels={{ name: 'Navn', providerKind: 'Driftes av', providerName: 'Tilbyder', category: 'Type', area: 'Område', times: 'Tider', sobriety: 'Rusfrihet', targetGroups: 'Målgruppe' }} idPrefix="offer" submitLabel="Lagre tilbudet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="offer-name" label="Navn på tilbudet" value={fields.name} onChange={set('name')} error={f.name} />
      <RadioGroup id="offer-providerKind" legend="Driftes av" options={options(providerLabels)} value={providerKind} onChange={setProviderKind} error={f.providerKind} />
      <Textfield id="offer-providerName" label="Tilbyder (navn)" value={fields.providerName} onChange={set('providerName')} error={f.providerName} />
      <RadioGroup id="offer-category" legend="Type tilbud" options={options(categoryLabels)} value={category} onChange={setCategory} error={f.category} />
      <Textfield id="offer-area" label="Område (bydel eller sted)" value={fields.area} onChange={set('area')} error={f.area} />
      <Textfield id="offer-times" label="Tider (dager og klokkeslett)" value={fields.times} onChange={set('times')} error={f.times} />
      <RadioGroup id="offer-sobriety" legend="Krav om rusfrihet" options={options(sobrietyLabels)} value={sobriety} onChange={setSobriety} error={f.sobriety} />
      <Fieldset>
        <Fieldset.Legend>Målgruppe</Fieldset.Legend>
        {groups.map((g, index) => (
          <Checkbox key={g} id={index === 0 ? 'offer-targetGroups' : undefined} label={groupLabels[g]} value={g} checked={targetGroups.includes(g)} onChange={(e) => setTargetGroups(e.target.checked ? [...targetGroups, g] : targetGroups.filter((x) => x !== g))} />
        ))}
        {f.targetGroups && <div className="field-error">{f.targetGroups}</div>}
      </Fieldset>
      <Textfield id="offer-description" multiline rows={2} label="Beskrivelse (valgfritt)" value={fields.description} onChange={set('description')} />
    </FormCard>
  );
}
