// Aktivitet og arbeid on the person page: the person's participation in offers from the catalogue.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Field, Label, Link, Paragraph, Select, Table, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { DataTable } from '../../platform/DataTable.js';
import type { ActivityOffer, Created, Items, PersonActivities } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList } from '../relatives/ChecksList.js';

const today = () => new Date().toISOString().slice(0, 10);

export function ActivitiesSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'person.update');
  const view = useApi<PersonActivities>(`/api/persons/${personId}/activities`);
  const { form, message, open, close, saved, act } = useSectionForms<'add'>(view.reload);
  const end = useSubmit();
  const data = view.data;

  const onEnd = (id: string) => act(() => end.run(() => api.post<void>(`/api/persons/${personId}/activities/${id}/end`, { endedOn: today() }).then(() => true)), 'Deltakelsen er avsluttet.');

  return (
    <>
      <section aria-labelledby="activities-heading" className="section">
        <SectionHead id="activities-heading" title="Aktivitet og arbeid">
          {canWrite && !form && (
            <Button variant="secondary" data-size="sm" onClick={() => open('add')}>
              Registrer deltakelse
            </Button>
          )}
        </SectionHead>
        <SuccessMessage>{message}</SuccessMessage>
        <ProblemAlert error={end.error} focus />
        {form === 'add' && <JoinForm personId={personId} onCancel={close} onSaved={() => saved('Deltakelsen er registrert.')} />}
        {view.loading && !data && <Loading label="Henter aktiviteter …" />}
        <ProblemAlert error={view.error} />
        {data && (
          <DataTable label="Tabell: deltakelse i tilbud" columns={['Tilbud', 'Område og tider', 'Periode', canWrite && 'Handling']} empty="Ingen deltakelse registrert." rowCount={data.items.length}>
            {data.items.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  {p.offerName}
                  <div className="muted">{p.providerName}</div>
                </Table.Cell>
                <Table.Cell>
                  {p.area}, {p.times}
                </Table.Cell>
                <Table.Cell>
                  {formatDate(p.startedOn)} – {p.endedOn ? formatDate(p.endedOn) : 'pågår'}
                </Table.Cell>
                {canWrite && (
                  <Table.Cell>
                    {!p.endedOn && (
                      <Button variant="tertiary" data-size="sm" loading={end.busy} onClick={() => void onEnd(p.id)} aria-label={`Avslutt deltakelse: ${p.offerName}`}>
                        Avslutt
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </DataTable>
        )}
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to="/aktiviteter">Se katalogen over aktivitets- og arbeidstilbud</RouterLink>
          </Link>
        </Paragraph>
      </section>
      {data && <ChecksList checks={data.checks} id="activities-checks" />}
    </>
  );
}

function JoinForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const offers = useApi<Items<ActivityOffer>>('/api/activity-offers');
  const [offerId, setOfferId] = useState('');
  const [startedOn, setStartedOn] = useState(today());
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/activities`, { offerId, startedOn, note: note.trim() || null }))) onSaved();
  }
  return (
    <FormCard heading="Registrer deltakelse" headingId="join-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ offerId: 'Tilbud', startedOn: 'Startdato' }} idPrefix="join" submitLabel="Lagre deltakelsen" busy={submit.busy} onCancel={onCancel}>
      <Field>
        <Label>Tilbud</Label>
        <Select id="join-offerId" value={offerId} onChange={(e) => setOfferId(e.target.value)}>
          <Select.Option value="">Velg</Select.Option>
          {(offers.data?.items ?? []).map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name} ({o.area})
            </Select.Option>
          ))}
        </Select>
        {f.offerId && <ValidationMessage>{f.offerId}</ValidationMessage>}
      </Field>
      <Textfield id="join-startedOn" type="date" label="Startdato" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={f.startedOn} />
      <Textfield id="join-note" label="Merknad (valgfritt)" value={note} onChange={(e) => setNote(e.target.value)} />
    </FormCard>
  );
}
