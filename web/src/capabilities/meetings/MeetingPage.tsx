// One team meeting: invitation, attendance, structured minutes (agenda, the person's view, decisions)
// and the actions with owner and deadline; writing the minutes, cancelling, closing an action.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { MeetingView } from '../../platform/api-types.js';
import { minutesStatusColors, minutesStatusLabels } from '../coordination/labels.js';
import { MinutesForm } from './MinutesForm.js';

function CancelForm({ meetingId, onSaved, onCancel }: { meetingId: string; onSaved(): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/meetings/${meetingId}/cancel`, { reason }).then(() => true))) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <FormProblem error={submit.error} labels={{ reason: 'Begrunnelse' }} idPrefix="cancel" />
      <Textfield id="cancel-reason" label="Hvorfor avlyses møtet?" value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
      <FormButtons submitLabel="Avlys møtet" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function MeetingPage({ personId }: { personId: string }) {
  const { meetingId = '' } = useParams();
  const user = useUser();
  const meeting = useApi<MeetingView>(`/api/meetings/${encodeURIComponent(meetingId)}`);
  const [open, setOpen] = useState<null | 'minutes' | 'cancel'>(null);
  // The flash from calling the meeting is shown by the person page (location.state).
  const [flash, setFlash] = useState<string | null>(null);
  const done = useSubmit();
  const canWrite = may(user, 'meeting.write');
  const saved = (message: string) => {
    setOpen(null);
    setFlash(message);
    meeting.reload();
  };
  if (meeting.loading && !meeting.data) return <Loading label="Henter møtet …" />;
  if (!meeting.data) return <ProblemAlert error={meeting.error} />;
  const m = meeting.data;
  return (
    <section aria-labelledby="meeting-heading" className="section">
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/personer/${personId}/moter`}>Alle teammøter</RouterLink>
        </Link>
      </Paragraph>
      <SuccessMessage>{flash}</SuccessMessage>
      <div className="section-head">
        <Heading level={2} data-size="md" id="meeting-heading">
          Teammøte: {m.purpose}
        </Heading>
        <Tag data-color={minutesStatusColors[m.minutesStatus]}>{minutesStatusLabels[m.minutesStatus]}</Tag>
      </div>
      <Paragraph>
        {formatDateTime(m.scheduledAt)}, {m.location}. Innkalt av {m.organiserName}.
        {m.status === 'planned' && !m.minutes && ` Referatet skal skrives innen ${formatDate(m.minutesDueDate)}.`}
        {m.cancelReason && ` Avlyst: ${m.cancelReason}`}
      </Paragraph>
      {m.flagged && <Paragraph className="muted">{m.check.detail} ({m.check.source})</Paragraph>}
      <Heading level={3} data-size="xs">
        Deltakere
      </Heading>
      <ul className="plain-list tight">
        {m.participants.map((p) => (
          <li key={p.id}>
            {p.name}, {p.role}
            {p.attended === true && ' – møtte'}
            {p.attended === false && ` – møtte ikke${p.absenceNote ? ` (${p.absenceNote})` : ''}`}
          </li>
        ))}
      </ul>
      {canWrite && m.status === 'planned' && !m.minutes && open === null && (
        <div className="button-row">
          <Button data-size="sm" onClick={() => setOpen('minutes')}>
            Skriv referat
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => setOpen('cancel')}>
            Avlys møtet
          </Button>
        </div>
      )}
      {open === 'minutes' && <MinutesForm meeting={m} onCancel={() => setOpen(null)} onSaved={() => saved('Referatet er lagret. Oppgavene er lagt på eiernes arbeidslister.')} />}
      {open === 'cancel' && <CancelForm meetingId={m.id} onCancel={() => setOpen(null)} onSaved={() => saved('Møtet er avlyst.')} />}
      {m.minutes && (
        <Card data-color="neutral">
          <Heading level={3} data-size="xs">
            Referat
          </Heading>
          <Paragraph data-size="sm" className="muted">
            Skrevet av {m.minutes.recordedByName} {formatDateTime(m.minutes.recordedAt)}
          </Paragraph>
          <Heading level={4} data-size="2xs">
            Dagsorden
          </Heading>
          <ol>
            {m.minutes.agenda.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
          <Heading level={4} data-size="2xs">
            Personens syn
          </Heading>
          <Paragraph className="pre-line">{m.minutes.personView}</Paragraph>
          <Heading level={4} data-size="2xs">
            Beslutninger
          </Heading>
          {m.minutes.decisions.length ? (
            <ul>
              {m.minutes.decisions.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : (
            <Paragraph>Ingen beslutninger.</Paragraph>
          )}
        </Card>
      )}
      {m.actions.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            Oppgaver fra møtet
          </Heading>
          <ProblemAlert error={done.error} />
          <ul className="plain-list">
            {m.actions.map((a) => (
              <li key={a.id} className="list-row">
                <span>
                  {a.description} – <strong>{a.ownerName}</strong>, frist {formatDate(a.dueDate)} {a.overdue && <Tag data-color="danger">Forfalt</Tag>}
                  {a.status === 'done' && <Tag data-color="success">Utført</Tag>}
                </span>
                {a.status === 'open' && (canWrite || a.ownerId === user.id) && (
                  <Button variant="tertiary" data-size="sm" loading={done.busy} onClick={() => void done.run(() => api.post(`/api/meeting-actions/${a.id}/done`, {}).then(() => true)).then((ok) => ok && saved('Oppgaven er markert som utført.'))}>
                    Marker som utført<span className="sr-only">: {a.description}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
