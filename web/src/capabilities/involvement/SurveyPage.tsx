// One survey: questions, opening the link (shown once), closing, entering paper/tablet answers, and
// results by service and/or group where cells with fewer than 5 answers are not shown.
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useTitle } from '../../platform/use-title.js';
import { AnswerForm } from './AnswerForm.js';
import { scaleLabels, statusLabels, type Results, type SurveyView } from './types.js';

export const suppressedText = 'Færre enn 5 svar – vises ikke';

export function SurveyPage() {
  const { surveyId } = useParams();
  const user = useUser();
  const view = useApi<SurveyView>(`/api/surveys/${surveyId}`);
  const [link, setLink] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const action = useSubmit();
  const s = view.data;
  useTitle(s ? s.title : 'Brukerundersøkelse');

  async function openLink() {
    const result = await action.run(() => api.post<{ path: string }>(`/api/surveys/${surveyId}/link`));
    if (result) {
      setLink(`${window.location.origin}${result.path}`);
      setFlash(null);
      view.reload();
    }
  }
  async function close() {
    if (await action.run(async () => (await api.post(`/api/surveys/${surveyId}/close`), true))) {
      setLink(null);
      setFlash('Undersøkelsen er avsluttet. Lenken virker ikke lenger.');
      view.reload();
    }
  }
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/brukermedvirkning">Brukermedvirkning</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {s ? s.title : 'Brukerundersøkelse'}
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={view.error ?? action.error} />
      {view.loading && !s && <Loading label="Henter undersøkelsen …" />}
      {s && (
        <>
          <div className="tag-row">
            <Tag data-color={s.status === 'open' ? 'success' : 'neutral'}>{statusLabels[s.status]}</Tag>
            {s.linkActive && <Tag data-color="info">Svarlenke aktiv</Tag>}
          </div>
          <Paragraph>
            {s.responseCount} svar. {s.units.length > 0 ? `Tjenester: ${s.units.map((u) => u.name).join(', ')}. ` : ''}
            {s.groups.length > 0 ? `Grupper: ${s.groups.join(', ')}.` : ''}
          </Paragraph>
          {s.intro && <Paragraph>{s.intro}</Paragraph>}
          <ol aria-label="Spørsmål">
            {s.questions.map((q) => (
              <li key={q.id}>
                {q.text} <span className="muted">({scaleLabels[q.scale]})</span>
              </li>
            ))}
          </ol>
          {link && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                Svarlenke
              </Heading>
              <Paragraph>Lenken vises bare nå. Kopier den og del den med brukerne (e-post, SMS, QR-kode på venterommet). Lager du en ny lenke, slutter denne å virke.</Paragraph>
              <Textfield id="survey-link" label="Svarlenken" value={link} readOnly onFocus={(e) => e.target.select()} />
            </Alert>
          )}
          {may(user, 'survey.manage') && s.status !== 'closed' && (
            <div className="button-row">
              <Button onClick={() => void openLink()} loading={action.busy}>
                {s.status === 'draft' ? 'Åpne undersøkelsen og lag svarlenke' : 'Lag ny svarlenke'}
              </Button>
              {s.status === 'open' && (
                <Button variant="secondary" onClick={() => void close()}>
                  Avslutt undersøkelsen
                </Button>
              )}
            </div>
          )}
          {s.status === 'open' && may(user, 'survey.enter') && <EnterAnswers survey={s} onStored={view.reload} />}
          {may(user, 'survey.results') && s.responseCount > 0 && <ResultsSection surveyId={s.id} hasUnits={s.units.length > 0} hasGroups={s.groups.length > 0} count={s.responseCount} />}
        </>
      )}
    </>
  );
}

function EnterAnswers({ survey, onStored }: { survey: SurveyView; onStored(): void }) {
  const [channel, setChannel] = useState<'paper' | 'tablet'>('paper');
  const [flash, setFlash] = useState<string | null>(null);
  const submit = useSubmit();
  return (
    <section aria-labelledby="enter-answers" className="stack-gap">
      <Heading level={2} data-size="sm" id="enter-answers">
        Registrer svar fra papirskjema eller nettbrett
      </Heading>
      <Paragraph data-size="sm">Svaret lagres uten navn og uten hvem som registrerte det.</Paragraph>
      <SuccessMessage>{flash}</SuccessMessage>
      <RadioGroup
        id="entry-channel"
        legend="Hvordan ble svaret gitt?"
        options={[
          { value: 'paper', label: 'Papirskjema' },
          { value: 'tablet', label: 'Felles nettbrett' },
        ]}
        value={channel}
        onChange={setChannel}
      />
      <AnswerForm
        idPrefix="entry"
        units={survey.units}
        groups={survey.groups}
        questions={survey.questions}
        busy={submit.busy}
        error={submit.error}
        submitLabel="Lagre svaret"
        onSubmit={async (answers) => {
          const result = await submit.run(() => api.post<{ message: string }>(`/api/surveys/${survey.id}/responses`, { channel, ...answers }));
          if (result) {
            setFlash('Svaret er lagret. Skjemaet er tømt for neste svar.');
            onStored();
          }
          return Boolean(result);
        }}
      />
    </section>
  );
}

type By = Results['by'];
const byLabels: Record<By, string> = { none: 'Alle svar samlet', unit: 'Per tjeneste', group: 'Per gruppe', 'unit-group': 'Per tjeneste og gruppe' };

function ResultsSection({ surveyId, hasUnits, hasGroups, count }: { surveyId: string; hasUnits: boolean; hasGroups: boolean; count: number }) {
  const [by, setBy] = useState<By>('none');
  const results = useApi<Results>(`/api/surveys/${surveyId}/results?by=${by}`);
  const { reload } = results;
  const first = useRef(true);
  // New answers were entered on this page: fetch the results again.
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [count, reload]);
  const r = results.data;
  const choices = (Object.keys(byLabels) as By[]).filter((b) => (b === 'unit' ? hasUnits : b === 'group' ? hasGroups : b === 'unit-group' ? hasUnits && hasGroups : true));
  return (
    <section aria-labelledby="results" className="stack-gap">
      <Heading level={2} data-size="sm" id="results">
        Resultater
      </Heading>
      <Field>
        <Label>Del opp resultatene</Label>
        <Select id="results-by" value={by} onChange={(e) => setBy(e.target.value as By)}>
          {choices.map((b) => (
            <Select.Option key={b} value={b}>
              {byLabels[b]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <ProblemAlert error={results.error} />
      {results.loading && <Loading label="Henter resultater …" />}
      {r && (
        <>
          <Paragraph data-size="sm">
            {r.responseCount === null ? suppressedText : `${r.responseCount} svar totalt`}. Grupper med færre enn {r.minCellSize} svar vises ikke, slik at ingen kan kjennes igjen.
          </Paragraph>
          {r.questions.map((q, qi) => (
            <Table key={q.id} data-size="sm" className="stack-gap">
              <caption>
                {qi + 1}. {q.text}
              </caption>
              <Table.Head>
                <Table.Row>
                  {r.by !== 'none' && <Table.HeaderCell>Gruppe</Table.HeaderCell>}
                  <Table.HeaderCell>Antall svar</Table.HeaderCell>
                  <Table.HeaderCell>Snitt</Table.HeaderCell>
                  <Table.HeaderCell>Fordeling</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {q.cells.map((c, ci) => (
                  <Table.Row key={ci}>
                    {r.by !== 'none' && <Table.HeaderCell scope="row">{[c.unit?.name ?? (r.by.includes('unit') ? 'Tjeneste ikke oppgitt' : null), c.group ?? (r.by.includes('group') ? 'Gruppe ikke oppgitt' : null)].filter(Boolean).join(' – ')}</Table.HeaderCell>}
                    {c.suppressed ? (
                      <Table.Cell colSpan={3}>{c.detail && !c.detail.startsWith('Færre') ? c.detail : suppressedText}</Table.Cell>
                    ) : (
                      <>
                        <Table.Cell>{c.n}</Table.Cell>
                        <Table.Cell>{c.mean === null ? '–' : c.mean.toLocaleString('nb-NO', { maximumFractionDigits: 1 })}</Table.Cell>
                        <Table.Cell>{c.distribution?.map((d) => `${d.label}: ${d.count}`).join(', ')}</Table.Cell>
                      </>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ))}
          <Paragraph data-size="xs" className="muted">
            Kilde: {Object.values(r.sources).join(' ')}
          </Paragraph>
        </>
      )}
    </section>
  );
}
