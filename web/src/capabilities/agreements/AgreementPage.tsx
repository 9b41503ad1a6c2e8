// One cooperation agreement: parties, purpose, the meeting arena this year, meetings with minutes,
// and a form to record a meeting that was held.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { Alert, Button, Card, Field, Heading, Label, Link, Paragraph, Tag, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import { useTitle } from '../../platform/use-title.js';
import { arenaText } from './AgreementsPage.js';
import type { AgreementView } from './types.js';

export function AgreementPage() {
  const { agreementId } = useParams();
  const location = useLocation();
  const user = useUser();
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const view = useApi<AgreementView>(`/api/agreements/${agreementId}`);
  const a = view.data;
  useTitle(a ? a.title : 'Samarbeidsavtale');
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/samarbeidsavtaler">Alle samarbeidsavtaler</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {a ? a.title : 'Samarbeidsavtale'}
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={view.error} />
      {view.loading && !a && <Loading label="Henter avtalen …" />}
      {a && (
        <>
          <div className="tag-row">
            {a.arena.lapsed && <Tag data-color="danger">Møtearenaen har falt bort</Tag>}
            <Tag data-color={a.inForce ? 'success' : 'neutral'}>{a.inForce ? 'I kraft' : 'Ikke i kraft'}</Tag>
          </div>
          {a.arena.lapsed && (
            <Alert data-color="warning">
              <Paragraph>{a.arena.lapsedDetail}</Paragraph>
            </Alert>
          )}
          {a.closedParties.length > 0 && (
            <Alert data-color="warning">
              <Paragraph>Avtalen må gjennomgås: {a.closedParties.join(', ')} er lagt ned eller slått sammen.</Paragraph>
            </Alert>
          )}
          <dl className="dl">
            <dt>Formål</dt>
            <dd>{a.purpose}</dd>
            <dt>Parter</dt>
            <dd>{a.parties.map((p) => `${p.name}${p.party === 'partner' ? ' (ekstern)' : ''}${p.active ? '' : ' (nedlagt)'}`).join(', ')}</dd>
            <dt>Gyldig</dt>
            <dd>
              Fra {formatDate(a.validFrom)}
              {a.validTo ? ` til ${formatDate(a.validTo)}` : ''}
            </dd>
            <dt>Møtearena</dt>
            <dd>
              {a.meetingsPerYear} møter i året. {arenaText(a)}.
            </dd>
            <dt>Følges opp av</dt>
            <dd>{a.owner.displayName}</dd>
          </dl>
          <Heading level={2} data-size="sm">
            Møter og referater
          </Heading>
          {a.meetings.length === 0 && <Paragraph>Ingen møter er registrert.</Paragraph>}
          {a.meetings.length > 0 && (
            <ul className="plain-list" aria-label="Møter">
              {a.meetings.map((m) => (
                <li key={m.id}>
                  <Card data-color="neutral">
                    <Heading level={3} data-size="2xs">
                      Møte {formatDate(m.heldOn)}
                    </Heading>
                    <Paragraph data-size="sm" className="note-body">
                      {m.minutes}
                    </Paragraph>
                    <Paragraph data-size="sm" className="muted">
                      Registrert av {m.recordedBy} {formatDateTime(m.recordedAt)}
                    </Paragraph>
                  </Card>
                </li>
              ))}
            </ul>
          )}
          {may(user, 'agreement.write') && (
            <RecordMeeting
              agreementId={a.id}
              onDone={() => {
                setFlash('Møtet er registrert.');
                view.reload();
              }}
            />
          )}
          <Paragraph data-size="xs" className="muted">
            Kilde: {Object.values(a.sources).join(' ')}
          </Paragraph>
        </>
      )}
    </>
  );
}

const labels = { heldOn: 'Møtedato', minutes: 'Referat' };

function RecordMeeting({ agreementId, onDone }: { agreementId: string; onDone(): void }) {
  const [heldOn, setHeldOn] = useState(localDate());
  const [minutes, setMinutes] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit.run(() => api.post(`/api/agreements/${agreementId}/meetings`, { heldOn, minutes }));
    if (result) {
      setMinutes('');
      onDone();
    }
  }
  return (
    <section aria-labelledby="record-meeting">
      <Heading level={2} data-size="sm" id="record-meeting">
        Registrer et avholdt møte
      </Heading>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
        <FormProblem error={submit.error} labels={labels} idPrefix="meeting" />
        <Textfield id="meeting-heldOn" type="date" label={labels.heldOn} value={heldOn} max={localDate()} onChange={(e) => setHeldOn(e.target.value)} error={errors.heldOn} />
        <Field>
          <Label>{labels.minutes}</Label>
          <Textarea id="meeting-minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)} rows={4} aria-invalid={errors.minutes ? true : undefined} />
          {errors.minutes && <ValidationMessage>{errors.minutes}</ValidationMessage>}
        </Field>
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            Registrer møtet
          </Button>
        </div>
      </form>
    </section>
  );
}
