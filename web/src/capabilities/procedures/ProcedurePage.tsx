// One procedure: the current text (Markdown or PDF), «I have read it» (once per person and version),
// facts (owner, validity, revision, units and roles), reading coverage for leaders, approving a
// draft, change proposals to the owner and the owner's decision on them, and the versions.
import { useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert, Button, Card, Details, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { roleLabels, type StaffRole } from '../../platform/policy.js';
import { useTitle } from '../../platform/use-title.js';
import { ProceduresNav } from './ProceduresNav.js';
import { ProcedureForm } from './ProcedureForm.js';
import { Markdown } from './Markdown.js';
import { decisionLabels, percent, revisionLabels, versionStateLabels } from './labels.js';
import type { Acknowledgement, Procedure, VersionView } from './types.js';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProcedurePage() {
  const { procedureId = '' } = useParams();
  const p = useApi<Procedure>(`/api/procedures/${encodeURIComponent(procedureId)}`);
  const location = useLocation();
  const [message, setMessage] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [editing, setEditing] = useState(false);
  const ack = useSubmit();
  const approve = useSubmit();
  useTitle(p.data?.title ?? 'Rutine');

  if (!p.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Rutine
        </Heading>
        <ProceduresNav />
        {p.loading ? <Loading label="Henter rutinen …" /> : <ProblemAlert error={p.error} />}
      </>
    );
  }
  const data = p.data;
  const current = data.current;
  const done = (text: string) => {
    setMessage(text);
    p.reload();
  };

  async function acknowledge(versionId: string) {
    const result = await ack.run(() => api.post<Acknowledgement>(`/api/procedure-versions/${versionId}/acknowledge`));
    if (result) done(result.alreadyAcknowledged ? `Du kvitterte allerede ${formatDateTime(result.acknowledgedAt)}.` : 'Takk! Du har kvittert for at du har lest rutinen.');
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {data.title}
      </Heading>
      <ProceduresNav />
      <div className="tag-row" aria-label="Status">
        <Tag data-color="neutral">{data.stepLabel}</Tag>
        {current ? <Tag data-color="info">Versjon {current.version}</Tag> : <Tag data-color="warning">Ikke godkjent ennå</Tag>}
        {data.revisionStatus && <Tag data-color={revisionLabels[data.revisionStatus].color}>{revisionLabels[data.revisionStatus].text}</Tag>}
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={ack.error ?? approve.error} focus />
      {data.mayEdit && !editing && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setEditing(true); }}>
            Ny versjon
          </Button>
        </div>
      )}
      {editing && (
        <ProcedureForm
          procedure={data}
          onCancel={() => setEditing(false)}
          onSaved={(_, text) => {
            setEditing(false);
            done(text);
          }}
        />
      )}

      {current && data.appliesToMe && !data.acknowledgedByMe && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            Les og kvitter
          </Heading>
          <Paragraph>Rutinen gjelder deg. Les den, og kvitter når du har lest og forstått den.</Paragraph>
          <Button onClick={() => void acknowledge(current.id)} loading={ack.busy}>
            Jeg har lest rutinen
          </Button>
        </Alert>
      )}
      {current && data.acknowledgedByMe && (
        <Paragraph>
          <Tag data-color="success">Lest</Tag> Du har kvittert for at du har lest versjon {current.version}.
        </Paragraph>
      )}

      {data.draft && (data.mayApprove || data.mayEdit) && (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            Versjon {data.draft.version} venter på godkjenning
          </Heading>
          <Paragraph>
            {data.draft.changeSummary} Gjelder fra {formatDate(data.draft.validFrom)}. Når en leder for enhetene har godkjent den, får de ansatte den gjelder for den til lesing.
          </Paragraph>
          <DraftText versionId={data.draft.id} />
          {data.mayApprove && (
            <div>
              <Button onClick={() => void approve.run(() => api.post<void>(`/api/procedure-versions/${data.draft!.id}/approve`, {}).then(() => true)).then((ok) => ok && done(`Versjon ${data.draft!.version} er godkjent.`))} loading={approve.busy}>
                Godkjenn versjon {data.draft.version}
              </Button>
            </div>
          )}
        </Alert>
      )}

      {current && (
        <Card data-color="neutral" className="record-card">
          <dl className="dl">
            <Row term="Dokumentansvarlig">{data.owner.displayName}</Row>
            <Row term="Gjelder fra">{formatDate(current.validFrom)}</Row>
            <Row term="Revideres innen">{formatDate(current.revisionDue)}</Row>
            <Row term="Gjelder for">{current.units.map((u) => u.name).join(', ')}</Row>
            <Row term="Roller">{current.roles.length ? current.roles.map((r) => roleLabels[r as StaffRole] ?? r).join(', ') : 'Alle ansatte i enhetene'}</Row>
            <Row term="Godkjent">{current.approvedBy ? `${current.approvedBy.displayName}, ${current.approvedAt ? formatDate(current.approvedAt) : ''}` : '–'}</Row>
            <Row term="Endret i denne versjonen">{current.changeSummary}</Row>
          </dl>
        </Card>
      )}

      {current && (
        <section aria-labelledby="text-heading" className="section">
          <Heading level={2} data-size="md" id="text-heading">
            Rutinen
          </Heading>
          {current.contentKind === 'pdf' ? (
            <Link href={`/api/procedure-versions/${current.id}/pdf`} target="_blank" rel="noopener">
              Åpne rutinen: {current.pdfFileName ?? 'PDF'} (PDF, åpnes i ny fane)
            </Link>
          ) : (
            data.markdown && <Markdown text={data.markdown} />
          )}
        </section>
      )}

      {data.coverage && (
        <section aria-labelledby="coverage-heading" className="section">
          <Heading level={2} data-size="sm" id="coverage-heading">
            Lesedekning
          </Heading>
          <Paragraph>
            {data.coverage.acknowledged} av {data.coverage.affected} ansatte har lest versjon {data.coverage.version} ({percent(data.coverage.share)}).
          </Paragraph>
          <ScrollRegion label="Lesedekning per enhet">
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Enhet</Table.HeaderCell>
                  <Table.HeaderCell>Har lest</Table.HeaderCell>
                  <Table.HeaderCell>Berørte</Table.HeaderCell>
                  <Table.HeaderCell>Dekning</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.coverage.perUnit.map((u) => (
                  <Table.Row key={u.unitId}>
                    <Table.Cell>{u.unitName}</Table.Cell>
                    <Table.Cell>{u.acknowledged}</Table.Cell>
                    <Table.Cell>{u.affected}</Table.Cell>
                    <Table.Cell>{percent(u.share)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </section>
      )}

      <Proposals procedure={data} onDone={done} />

      <Details>
        <Details.Summary>Versjoner ({data.versions.length})</Details.Summary>
        <Details.Content>
          <ul className="plain-list">
            {data.versions.map((v) => (
              <li key={v.id}>
                Versjon {v.version} – {versionStateLabels[v.state]}: {v.changeSummary} (gyldig fra {formatDate(v.validFrom)}
                {v.approvedBy ? `, godkjent av ${v.approvedBy.displayName}` : ''})
              </li>
            ))}
          </ul>
        </Details.Content>
      </Details>
    </>
  );
}

function DraftText({ versionId }: { versionId: string }) {
  const [open, setOpen] = useState(false);
  const v = useApi<VersionView>(open ? `/api/procedure-versions/${versionId}` : null);
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>Les utkastet</Details.Summary>
      <Details.Content>
        <ProblemAlert error={v.error} />
        {v.data?.contentKind === 'pdf' ? (
          <Link href={`/api/procedure-versions/${versionId}/pdf`} target="_blank" rel="noopener">
            Åpne utkastet (PDF, åpnes i ny fane)
          </Link>
        ) : (
          v.data?.markdown && <Markdown text={v.data.markdown} headingOffset={2} />
        )}
      </Details.Content>
    </Details>
  );
}

function Proposals({ procedure, onDone }: { procedure: Procedure; onDone(message: string): void }) {
  const [proposing, setProposing] = useState(false);
  const [text, setText] = useState('');
  const submit = useSubmit();
  const editor = procedure.mayEdit || procedure.mayApprove;
  return (
    <section aria-labelledby="proposals-heading" className="section">
      <Heading level={2} data-size="sm" id="proposals-heading">
        Forslag til endring
      </Heading>
      <Paragraph>Ser du noe som bør endres? Forslaget går til dokumentansvarlig, {procedure.owner.displayName}.</Paragraph>
      {!proposing && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => setProposing(true)}>
            Foreslå en endring
          </Button>
        </div>
      )}
      {proposing && (
        <Card data-color="accent" variant="tinted">
          <form
            className="form-stack"
            noValidate
            aria-labelledby="proposal-form-heading"
            onSubmit={(e) => {
              e.preventDefault();
              void submit.run(() => api.post(`/api/procedures/${procedure.id}/proposals`, { text }).then(() => true)).then((ok) => {
                if (!ok) return;
                setProposing(false);
                setText('');
                onDone(`Forslaget er sendt til ${procedure.owner.displayName}.`);
              });
            }}
          >
            <Heading level={3} data-size="xs" id="proposal-form-heading">
              Foreslå en endring
            </Heading>
            <FormProblem error={submit.error} labels={{ text: 'Forslag' }} idPrefix="proposal" />
            <Textfield id="proposal-text" label="Hva bør endres, og hvorfor?" multiline rows={4} value={text} onChange={(e) => setText(e.target.value)} error={submit.fieldErrors.text} />
            <FormButtons submitLabel="Send forslaget" busy={submit.busy} onCancel={() => setProposing(false)} />
          </form>
        </Card>
      )}
      {procedure.proposals.length > 0 && (
        <ul className="plain-list" aria-label={editor ? 'Forslag til endring' : 'Dine forslag'}>
          {procedure.proposals.map((pr) => (
            <li key={pr.id}>
              <Card data-color="neutral">
                <Paragraph className="note-body">{pr.text}</Paragraph>
                <Paragraph data-size="sm" className="muted">
                  {pr.proposedBy.displayName}, {formatDateTime(pr.proposedAt)}
                  {pr.version ? ` (versjon ${pr.version})` : ''}
                </Paragraph>
                {pr.decision ? (
                  <Paragraph data-size="sm">
                    <strong>{decisionLabels[pr.decision]}</strong>: {pr.decisionComment}
                  </Paragraph>
                ) : procedure.mayEdit ? (
                  <TriageForm proposalId={pr.id} onDone={onDone} />
                ) : (
                  <Paragraph data-size="sm">Venter på behandling hos {procedure.owner.displayName}.</Paragraph>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Decision = keyof typeof decisionLabels;
const decisionOptions = (Object.keys(decisionLabels) as Decision[]).map((value) => ({ value, label: decisionLabels[value] }));

function TriageForm({ proposalId, onDone }: { proposalId: string; onDone(message: string): void }) {
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const submit = useSubmit();
  const id = `triage-${proposalId.slice(0, 8)}`;
  if (!open)
    return (
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
          Behandle forslaget
        </Button>
      </div>
    );
  return (
    <form
      className="form-stack"
      noValidate
      aria-label="Behandle forslaget"
      onSubmit={(e) => {
        e.preventDefault();
        const missing = clientProblem({ decision: !decision && 'Velg en beslutning.' });
        if (missing) return submit.setError(missing);
        void submit.run(() => api.post(`/api/procedure-proposals/${proposalId}/triage`, { decision, comment }).then(() => true)).then((ok) => ok && onDone('Forslaget er behandlet.'));
      }}
    >
      <FormProblem error={submit.error} labels={{ decision: 'Beslutning', comment: 'Begrunnelse' }} idPrefix={id} />
      <RadioGroup id={`${id}-decision`} legend="Beslutning" options={decisionOptions} value={decision} onChange={setDecision} error={submit.fieldErrors.decision} data-size="sm" />
      <Textfield id={`${id}-comment`} label="Begrunnelse" data-size="sm" value={comment} onChange={(e) => setComment(e.target.value)} error={submit.fieldErrors.comment} />
      <FormButtons submitLabel="Lagre beslutningen" busy={submit.busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
