// «Brukermedvirkning»: user surveys (list and create), the user council (meetings, inputs and their
// follow-up, overdue flagged) and peer workers per unit.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Card, Checkbox, Details, Field, Fieldset, Heading, Label, Link, Paragraph, Select, Table, Tag, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, Unit } from '../../platform/api-types.js';
import { EndPeerWorkerForm } from './EndPeerWorkerForm.js';
import { inputStatusLabels, scaleLabels, statusLabels, type Council, type CouncilInput, type PeerWorkers, type ScaleId, type SurveySummary } from './types.js';

export function InvolvementPage() {
  useTitle('Brukermedvirkning');
  return (
    <>
      <Heading level={1} data-size="lg">
        Brukermedvirkning
      </Heading>
      <Paragraph>Brukerundersøkelser, brukerrådet og erfaringskonsulenter: brukernes stemme i hvordan tjenestene utvikles.</Paragraph>
      <Surveys />
      <UserCouncil />
      <PeerWorkerSection />
    </>
  );
}

function Surveys() {
  const user = useUser();
  const list = useApi<Items<SurveySummary>>('/api/surveys');
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="surveys" className="stack-gap">
      <Heading level={2} data-size="md" id="surveys">
        Brukerundersøkelser
      </Heading>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data && <Loading label="Henter undersøkelser …" />}
      {list.data && items.length === 0 && <Paragraph>Ingen undersøkelser er registrert.</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list" aria-label="Brukerundersøkelser">
          {items.map((s) => (
            <li key={s.id}>
              <Card data-color="neutral">
                <div className="section-head">
                  <Heading level={3} data-size="xs">
                    <Link asChild>
                      <RouterLink to={`/brukermedvirkning/undersokelser/${s.id}`}>{s.title}</RouterLink>
                    </Link>
                  </Heading>
                  <Tag data-color={s.status === 'open' ? 'success' : 'neutral'}>{statusLabels[s.status]}</Tag>
                </div>
                <Paragraph data-size="sm">
                  {s.responseCount} svar{s.openedAt ? `. Åpnet ${formatDateTime(s.openedAt)}` : ''}
                  {s.closedAt ? `, avsluttet ${formatDateTime(s.closedAt)}` : ''}.
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {may(user, 'survey.manage') && <CreateSurvey onCreated={list.reload} />}
    </section>
  );
}

function CreateSurvey({ onCreated }: { onCreated(): void }) {
  const units = useApi<Items<Unit>>('/api/units');
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [groups, setGroups] = useState('');
  const [questions, setQuestions] = useState<{ text: string; scale: ScaleId }[]>([{ text: '', scale: 'agree-5' }]);
  const [flash, setFlash] = useState<string | null>(null);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const setQuestion = (i: number, q: { text: string; scale: ScaleId }) => setQuestions((all) => all.map((x, j) => (j === i ? q : x)));
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { title, intro: intro || null, unitIds, groups: groups.split('\n').map((g) => g.trim()).filter(Boolean), questions };
    if (await submit.run(() => api.post('/api/surveys', body))) {
      setFlash(`Undersøkelsen «${title}» er lagret som utkast. Åpne den for å få en svarlenke.`);
      setTitle('');
      setIntro('');
      setUnitIds([]);
      setGroups('');
      setQuestions([{ text: '', scale: 'agree-5' }]);
      onCreated();
    }
  }
  return (
    <Details>
      <Details.Summary>Lag ny brukerundersøkelse</Details.Summary>
      <Details.Content>
        <SuccessMessage>{flash}</SuccessMessage>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ title: 'Tittel', questions: 'Spørsmål', groups: 'Grupper', unitIds: 'Tjenester' }} idPrefix="survey" />
          <Textfield id="survey-title" label="Tittel" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} autoComplete="off" />
          <Field>
            <Label>Innledning (valgfritt)</Label>
            <Textarea id="survey-intro" value={intro} onChange={(e) => setIntro(e.target.value)} rows={2} />
          </Field>
          <Fieldset>
            <Fieldset.Legend>Tjenester</Fieldset.Legend>
            <Fieldset.Description>Resultatene kan deles opp per tjeneste. Den som svarer velger selv (valgfritt).</Fieldset.Description>
            {(units.data?.items ?? [])
              .filter((u) => u.active)
              .map((u, i) => (
                <Checkbox key={u.id} id={i === 0 ? 'survey-unitIds' : undefined} label={u.name} value={u.id} checked={unitIds.includes(u.id)} onChange={(e) => setUnitIds((all) => (e.target.checked ? [...all, u.id] : all.filter((x) => x !== u.id)))} />
              ))}
          </Fieldset>
          <Field>
            <Label>Grupper (valgfritt, én per linje)</Label>
            <Field.Description>For eksempel «Bruker» og «Pårørende».</Field.Description>
            <Textarea id="survey-groups" value={groups} onChange={(e) => setGroups(e.target.value)} rows={2} />
            {errors.groups && <ValidationMessage>{errors.groups}</ValidationMessage>}
          </Field>
          {questions.map((q, i) => (
            <Fieldset key={i}>
              <Fieldset.Legend>Spørsmål {i + 1}</Fieldset.Legend>
              <Textfield id={i === 0 ? 'survey-questions' : undefined} label={`Spørsmål ${i + 1}: tekst`} value={q.text} onChange={(e) => setQuestion(i, { ...q, text: e.target.value })} />
              <Field>
                <Label>{`Spørsmål ${i + 1}: svarskala`}</Label>
                <Select value={q.scale} onChange={(e) => setQuestion(i, { ...q, scale: e.target.value as ScaleId })}>
                  {(Object.keys(scaleLabels) as ScaleId[]).map((s) => (
                    <Select.Option key={s} value={s}>
                      {scaleLabels[s]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </Fieldset>
          ))}
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => setQuestions((all) => [...all, { text: '', scale: 'agree-5' }])}>
              Legg til spørsmål
            </Button>
            <Button type="submit" loading={submit.busy}>
              Lagre undersøkelsen
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

function UserCouncil() {
  const user = useUser();
  const council = useApi<Council>('/api/user-council');
  const [flash, setFlash] = useState<string | null>(null);
  const c = council.data;
  const canWrite = may(user, 'involvement.write');
  const done = (message: string) => {
    setFlash(message);
    council.reload();
  };
  return (
    <section aria-labelledby="council" className="stack-gap">
      <Heading level={2} data-size="md" id="council">
        Brukerrådet
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={council.error} />
      {council.loading && !c && <Loading label="Henter brukerrådet …" />}
      {c && (
        <>
          <Paragraph>
            Møter i {c.year}: {c.meetingsHeld} av {c.meetingsRequired} avholdt{c.meetingsMet ? '.' : ' – for få møter så langt.'} {c.openInputs} innspill uten avsluttet oppfølging, {c.overdueInputs} over fristen.
          </Paragraph>
          {c.meetings.length === 0 && <Paragraph>Ingen møter er registrert i {c.year}.</Paragraph>}
          <ul className="plain-list" aria-label="Møter i brukerrådet">
            {c.meetings.map((m) => (
              <li key={m.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    Møte {formatDate(m.heldOn)}
                  </Heading>
                  <Paragraph data-size="sm">Saksliste: {m.agenda}</Paragraph>
                  <Paragraph data-size="sm" className="note-body">
                    {m.minutes}
                  </Paragraph>
                  {m.inputs.length > 0 && (
                    <ul className="plain-list" aria-label={`Innspill fra møtet ${formatDate(m.heldOn)}`}>
                      {m.inputs.map((i) => (
                        <li key={i.id}>
                          <InputItem input={i} canWrite={canWrite} onDone={() => done('Oppfølgingen er registrert.')} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {canWrite && <AddInput meetingId={m.id} onDone={() => done('Innspillet er registrert.')} />}
                </Card>
              </li>
            ))}
          </ul>
          {canWrite && <RecordCouncilMeeting onDone={() => done('Møtet i brukerrådet er registrert.')} />}
        </>
      )}
    </section>
  );
}

function InputItem({ input, canWrite, onDone }: { input: CouncilInput; canWrite: boolean; onDone(): void }) {
  const [status, setStatus] = useState<'in-progress' | 'done' | 'rejected'>('done');
  const [text, setText] = useState('');
  const submit = useSubmit();
  const prefix = `followup-${input.id}`;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(async () => (await api.post(`/api/user-council/inputs/${input.id}/follow-up`, { status, text }), true))) onDone();
  }
  return (
    <div className="measure">
      <Paragraph data-size="sm">
        <strong>{input.topic}</strong>
        {input.unit ? ` (${input.unit.name})` : ''}: {input.text} <Tag data-color={input.status === 'done' ? 'success' : 'neutral'}>{inputStatusLabels[input.status]}</Tag> {input.overdue && <Tag data-color="danger">Oppfølging forfalt</Tag>}
      </Paragraph>
      {input.followUp && (
        <Paragraph data-size="sm">
          Oppfølging ({input.followedUpBy}
          {input.followedUpAt ? `, ${formatDateTime(input.followedUpAt)}` : ''}): {input.followUp}
        </Paragraph>
      )}
      {canWrite && input.status !== 'done' && input.status !== 'rejected' && (
        <Details>
          <Details.Summary>Registrer oppfølging</Details.Summary>
          <Details.Content>
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
              <FormProblem error={submit.error} labels={{ text: 'Hva ble gjort' }} idPrefix={prefix} />
              <Field>
                <Label>Status</Label>
                <Select id={`${prefix}-status`} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
                  <Select.Option value="in-progress">Under arbeid</Select.Option>
                  <Select.Option value="done">Gjennomført</Select.Option>
                  <Select.Option value="rejected">Ikke fulgt opp (begrunn)</Select.Option>
                </Select>
              </Field>
              <Field>
                <Label>Hva ble gjort</Label>
                <Textarea id={`${prefix}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={2} />
                {submit.fieldErrors.text && <ValidationMessage>{submit.fieldErrors.text}</ValidationMessage>}
              </Field>
              <div className="button-row">
                <Button type="submit" loading={submit.busy}>
                  Lagre oppfølgingen
                </Button>
              </div>
            </form>
          </Details.Content>
        </Details>
      )}
    </div>
  );
}

function AddInput({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const [topic, setTopic] = useState('');
  const [text, setText] = useState('');
  const submit = useSubmit();
  const prefix = `input-${meetingId}`;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/user-council/meetings/${meetingId}/inputs`, { topic, text }))) {
      setTopic('');
      setText('');
      onDone();
    }
  }
  return (
    <Details>
      <Details.Summary>Registrer innspill</Details.Summary>
      <Details.Content>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ topic: 'Tema', text: 'Innspill' }} idPrefix={prefix} />
          <Textfield id={`${prefix}-topic`} label="Tema" value={topic} onChange={(e) => setTopic(e.target.value)} error={submit.fieldErrors.topic} />
          <Field>
            <Label>Innspill</Label>
            <Textarea id={`${prefix}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={2} />
            {submit.fieldErrors.text && <ValidationMessage>{submit.fieldErrors.text}</ValidationMessage>}
          </Field>
          <div className="button-row">
            <Button type="submit" loading={submit.busy}>
              Lagre innspillet
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

function RecordCouncilMeeting({ onDone }: { onDone(): void }) {
  const [heldOn, setHeldOn] = useState(localDate());
  const [agenda, setAgenda] = useState('');
  const [minutes, setMinutes] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post('/api/user-council/meetings', { heldOn, agenda, minutes }))) {
      setAgenda('');
      setMinutes('');
      onDone();
    }
  }
  return (
    <Details>
      <Details.Summary>Registrer møte i brukerrådet</Details.Summary>
      <Details.Content>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ heldOn: 'Møtedato', agenda: 'Saksliste', minutes: 'Referat' }} idPrefix="council" />
          <Textfield id="council-heldOn" type="date" label="Møtedato" value={heldOn} max={localDate()} onChange={(e) => setHeldOn(e.target.value)} error={errors.heldOn} />
          <Textfield id="council-agenda" label="Saksliste" value={agenda} onChange={(e) => setAgenda(e.target.value)} error={errors.agenda} />
          <Field>
            <Label>Referat</Label>
            <Textarea id="council-minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)} rows={3} />
            {errors.minutes && <ValidationMessage>{errors.minutes}</ValidationMessage>}
          </Field>
          <div className="button-row">
            <Button type="submit" loading={submit.busy}>
              Registrer møtet
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

function PeerWorkerSection() {
  const user = useUser();
  const list = useApi<PeerWorkers>('/api/peer-workers');
  const units = useApi<Items<Unit>>('/api/units');
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState('');
  const [role, setRole] = useState('');
  const [startedOn, setStartedOn] = useState(localDate());
  const [flash, setFlash] = useState<string | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const canWrite = may(user, 'involvement.write');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post('/api/peer-workers', { name, unitId, role, startedOn }))) {
      setFlash(`${name} er registrert som erfaringskonsulent.`);
      setName('');
      setRole('');
      list.reload();
    }
  }
  const data = list.data;
  const endingWorker = data?.items.find((p) => p.id === ending) ?? null;
  return (
    <section aria-labelledby="peer-workers" className="stack-gap">
      <Heading level={2} data-size="md" id="peer-workers">
        Erfaringskonsulenter
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={list.error} />
      {list.loading && !data && <Loading label="Henter erfaringskonsulenter …" />}
      {data && data.items.length === 0 && <Paragraph>Ingen erfaringskonsulenter er registrert.</Paragraph>}
      {data && data.items.length > 0 && (
        <Table data-size="sm">
          <caption>Erfaringskonsulenter per enhet</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Navn</Table.HeaderCell>
              <Table.HeaderCell>Enhet</Table.HeaderCell>
              <Table.HeaderCell>Rolle</Table.HeaderCell>
              <Table.HeaderCell>Periode</Table.HeaderCell>
              {canWrite && <Table.HeaderCell>Handling</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.items.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.name}</Table.Cell>
                <Table.Cell>{p.unit.name}</Table.Cell>
                <Table.Cell>{p.role}</Table.Cell>
                <Table.Cell>
                  Fra {formatDate(p.startedOn)}
                  {p.endedOn ? ` til ${formatDate(p.endedOn)}` : ''}
                  {p.endedOn && <> <Tag data-color="neutral">Avsluttet</Tag></>}
                </Table.Cell>
                {canWrite && (
                  <Table.Cell>
                    {!p.endedOn && ending !== p.id && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={`Avslutt ${p.name}`}
                        onClick={() => {
                          setFlash(null);
                          setEnding(p.id);
                        }}
                      >
                        Avslutt
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {endingWorker && (
        <EndPeerWorkerForm
          key={endingWorker.id}
          worker={endingWorker}
          onCancel={() => setEnding(null)}
          onEnded={(message) => {
            setEnding(null);
            setFlash(message);
            list.reload();
          }}
        />
      )}
      {data && data.perUnit.length > 0 && (
        <Paragraph data-size="sm">
          Aktive per enhet: {data.perUnit.map((u) => `${u.name} ${u.active}`).join(', ')}.
        </Paragraph>
      )}
      {canWrite && (
        <Details>
          <Details.Summary>Registrer erfaringskonsulent</Details.Summary>
          <Details.Content>
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
              <FormProblem error={submit.error} labels={{ name: 'Navn', unitId: 'Enhet', role: 'Rolle', startedOn: 'Startdato' }} idPrefix="peer" />
              <Textfield id="peer-name" label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoComplete="off" />
              <Field>
                <Label>Enhet</Label>
                <Select id="peer-unitId" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                  <Select.Option value="">Velg enhet</Select.Option>
                  {(units.data?.items ?? [])
                    .filter((u) => u.active)
                    .map((u) => (
                      <Select.Option key={u.id} value={u.id}>
                        {u.name}
                      </Select.Option>
                    ))}
                </Select>
                {errors.unitId && <ValidationMessage>{errors.unitId}</ValidationMessage>}
              </Field>
              <Textfield id="peer-role" label="Rolle" value={role} onChange={(e) => setRole(e.target.value)} error={errors.role} />
              <Textfield id="peer-startedOn" type="date" label="Startdato" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={errors.startedOn} />
              <div className="button-row">
                <Button type="submit" loading={submit.busy}>
                  Registrer
                </Button>
              </div>
            </form>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
