// One avvik: what was reported, its status and history, and — for its handler — assessment,
// measures, feedback, closing, re-routing and forwarding to an external partner. The reporter sees
// the status, measures, feedback and conclusion; the assessment and cause only reach those who handle.
import { useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert, Button, Card, Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { DeviationsNav } from './DeviationsNav.js';
import { AssessmentForm, CloseForm, FeedbackForm, ForwardForm, MeasureForm, PartnerAnswerForm, RerouteForm } from './HandlingForms.js';
import { eventLabels, relationLabels, severityColor, statusColor } from './labels.js';
import type { Deviation } from './types.js';

type FormName = 'assessment' | 'measure' | 'feedback' | 'close' | 'reroute' | 'forward' | 'answer';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd className="note-body">{children}</dd>
    </div>
  );
}

export function DeviationPage() {
  const { deviationId = '' } = useParams();
  const location = useLocation();
  const d = useApi<Deviation>(`/api/deviations/${encodeURIComponent(deviationId)}`);
  const [form, setForm] = useState<FormName | null>(null);
  const [message, setMessage] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  useTitle(d.data ? `Avvik ${d.data.reference}` : 'Avvik');

  if (!d.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Avvik
        </Heading>
        <DeviationsNav />
        {d.loading ? <Loading label="Henter avviket …" /> : <ProblemAlert error={d.error} />}
      </>
    );
  }
  const data = d.data;
  const open = data.status !== 'closed';
  const handle = data.mayHandle && open;
  const assessed = data.status !== 'registered';
  const done = (text: string) => {
    setForm(null);
    setMessage(text);
    d.reload();
  };
  const formProps = { deviation: data, onDone: done, onCancel: () => setForm(null) };
  const action = (name: FormName, label: string, variant: 'primary' | 'secondary' = 'secondary') => (
    <Button variant={variant} data-size="sm" onClick={() => { setMessage(null); setForm(name); }} aria-expanded={form === name}>
      {label}
    </Button>
  );

  return (
    <>
      <Heading level={1} data-size="lg">
        Avvik {data.reference}: {data.categoryLabel}
      </Heading>
      <DeviationsNav />
      <div className="tag-row" aria-label="Status">
        <Tag data-color={statusColor[data.status]}>Status: {data.statusLabel}</Tag>
        <Tag data-color={severityColor[data.severity]}>{data.severityLabel}</Tag>
        {data.escalated && <Tag data-color="danger">Eskalert til kommunedirektøren</Tag>}
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      <Paragraph data-size="sm" className="muted">
        {data.myRelations.map((r) => relationLabels[r]).join('. ')}.
      </Paragraph>

      <Card data-color="neutral" className="record-card">
        <Heading level={2} data-size="xs">
          Meldingen
        </Heading>
        <dl className="dl">
          <Row term="Hva skjedde">{data.description}</Row>
          <Row term="Når">{formatDateTime(data.occurredAt)}</Row>
          <Row term="Hvor">{data.location}</Row>
          <Row term="Meldt">
            {formatDateTime(data.reportedAt)} av {data.reporter.displayName}
            {data.reporterUnit ? ` (${data.reporterUnit.name})` : ''}
          </Row>
          <Row term="Gjelder">
            {data.concerned.name}
            {data.concerned.kind === 'partner' ? ' (ekstern samarbeidspartner)' : ''}
          </Row>
          <Row term="Behandles av">{data.handlingUnit ? `Leder for ${data.handlingUnit.name}` : 'Kvalitetsrådgiver'}</Row>
          {data.person.linked && <Row term="Person">{data.person.name ?? data.person.hiddenNote}</Row>}
        </dl>
      </Card>

      {handle && (
        <section aria-labelledby="handling-heading" className="section">
          <Heading level={2} data-size="md" id="handling-heading">
            Behandling
          </Heading>
          {data.closeProblems.length > 0 && assessed && (
            <Alert data-color="info">
              <Heading level={3} data-size="xs">
                Før avviket kan lukkes
              </Heading>
              <ul>
                {data.closeProblems.map((p) => (
                  <li key={p.path}>{p.detail}</li>
                ))}
              </ul>
            </Alert>
          )}
          <div className="button-row">
            {action('assessment', assessed ? 'Endre vurderingen' : 'Vurder avviket', assessed ? 'secondary' : 'primary')}
            {assessed && action('measure', 'Legg til tiltak')}
            {assessed && action('feedback', 'Gi tilbakemelding')}
            {assessed && action('close', 'Lukk avviket')}
            {(data.status === 'registered' || data.status === 'in-handling') && action('reroute', 'Send til en annen enhet')}
            {assessed && data.concerned.kind === 'partner' && !data.awaitingPartnerAnswer && action('forward', `Send brev til ${data.concerned.name}`)}
            {data.awaitingPartnerAnswer && action('answer', 'Registrer svar fra samarbeidspartneren')}
          </div>
          {form === 'assessment' && <AssessmentForm {...formProps} />}
          {form === 'measure' && <MeasureForm {...formProps} />}
          {form === 'feedback' && <FeedbackForm {...formProps} />}
          {form === 'close' && <CloseForm {...formProps} />}
          {form === 'reroute' && <RerouteForm {...formProps} />}
          {form === 'forward' && <ForwardForm {...formProps} />}
          {form === 'answer' && <PartnerAnswerForm {...formProps} />}
        </section>
      )}

      {(data.assessment || data.cause) && (
        <section aria-labelledby="assessment-heading" className="section">
          <Heading level={2} data-size="sm" id="assessment-heading">
            Vurdering
          </Heading>
          <dl className="dl">
            {data.assessment && <Row term="Vurdering">{data.assessment}</Row>}
            {data.cause && <Row term="Årsak">{data.cause}</Row>}
          </dl>
        </section>
      )}

      <Measures deviation={data} onDone={done} />

      <section aria-labelledby="feedback-heading" className="section">
        <Heading level={2} data-size="sm" id="feedback-heading">
          Tilbakemelding til melderen
        </Heading>
        {data.feedback.length === 0 ? (
          <Paragraph>Ingen tilbakemelding ennå.</Paragraph>
        ) : (
          <ul className="plain-list">
            {data.feedback.map((f) => (
              <li key={f.id}>
                <Card data-color="neutral">
                  <Paragraph className="note-body">{f.message}</Paragraph>
                  <Paragraph data-size="sm" className="muted">
                    {f.givenBy.displayName}, {formatDateTime(f.givenAt)}. Til {[f.toReporter ? 'melderen' : null, f.toReportingUnit ? 'den meldende enheten' : null].filter(Boolean).join(' og ')}.
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.forwardings.length > 0 && (
        <section aria-labelledby="forwardings-heading" className="section">
          <Heading level={2} data-size="sm" id="forwardings-heading">
            Sendt til samarbeidspartner
          </Heading>
          <ul className="plain-list">
            {data.forwardings.map((f) => (
              <li key={f.id}>
                <Card data-color="neutral">
                  <Paragraph>
                    Sendt til {f.partner.name} {formatDateTime(f.sentAt)} av {f.sentBy.displayName}. Svarfrist {formatDate(f.answerDueDate)}.{' '}
                    {f.answerStatus === 'answered' ? `Svar mottatt ${formatDate(f.answerReceivedOn ?? '')}: ${f.answerSummary ?? ''}` : f.answerStatus === 'overdue' ? 'Svaret er forfalt.' : 'Venter på svar.'}
                    {f.reminderSentAt ? ` Påminnelse ${formatDateTime(f.reminderSentAt)}.` : ''}
                  </Paragraph>
                  <Link href={`/api/deviations/${data.id}/forwardings/${f.id}/letter`} target="_blank" rel="noopener">
                    Åpne brevet (PDF, åpnes i ny fane)
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}

      {data.status === 'closed' && (
        <section aria-labelledby="conclusion-heading" className="section">
          <Heading level={2} data-size="sm" id="conclusion-heading">
            Konklusjon
          </Heading>
          <Paragraph className="note-body">{data.conclusion}</Paragraph>
          <Paragraph data-size="sm" className="muted">
            Lukket {data.closedAt ? formatDateTime(data.closedAt) : ''}
            {data.closedWithFeedback ? ' etter tilbakemelding til melderen.' : '.'}
            {data.noFeedbackReason ? ` Lukket uten tilbakemelding: ${data.noFeedbackReason}` : ''}
          </Paragraph>
        </section>
      )}

      <Details>
        <Details.Summary>Historikk ({data.events.length})</Details.Summary>
        <Details.Content>
          <ol className="plain-list">
            {data.events.map((e, i) => (
              <li key={i}>
                {formatDateTime(e.at)}: {eventLabels[e.kind]}
                {e.actorName ? ` (${e.actorName})` : ''}
                {e.details?.recipients ? ` – til ${e.details.recipients}` : ''}
              </li>
            ))}
          </ol>
        </Details.Content>
      </Details>
    </>
  );
}

function Measures({ deviation, onDone }: { deviation: Deviation; onDone(message: string): void }) {
  const user = useUser();
  const submit = useSubmit();
  const open = deviation.status !== 'closed';
  return (
    <section aria-labelledby="measures-heading" className="section">
      <Heading level={2} data-size="sm" id="measures-heading">
        Tiltak
      </Heading>
      <ProblemAlert error={submit.error} focus />
      {deviation.measures.length === 0 ? (
        <Paragraph>Ingen tiltak er lagt inn.</Paragraph>
      ) : (
        <ul className="plain-list">
          {deviation.measures.map((m) => (
            <li key={m.id}>
              <Card data-color="neutral">
                <Paragraph className="note-body">{m.description}</Paragraph>
                <div className="section-head">
                  <Paragraph data-size="sm" className="muted">
                    Ansvarlig: {m.owner.displayName}. Frist {formatDate(m.deadline)}.
                  </Paragraph>
                  {m.doneAt ? <Tag data-color="success">Utført {formatDate(m.doneAt)}</Tag> : m.overdue ? <Tag data-color="warning">Forfalt</Tag> : <Tag data-color="info">Pågår</Tag>}
                </div>
                {open && !m.doneAt && (deviation.mayHandle || m.owner.id === user.id) && (
                  <div>
                    <Button
                      variant="secondary"
                      data-size="sm"
                      loading={submit.busy}
                      onClick={() => void submit.run(() => api.post<void>(`/api/deviations/${deviation.id}/measures/${m.id}/done`, {}).then(() => true)).then((ok) => ok && onDone('Tiltaket er merket som utført.'))}
                    >
                      Merk tiltaket som utført
                    </Button>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
