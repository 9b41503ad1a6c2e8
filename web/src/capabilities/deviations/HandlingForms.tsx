// The handler's forms on one avvik: assessment and cause, a measure with owner and deadline,
// feedback to the reporter and the reporting unit, closing (refused without feedback unless the
// handler records why not), re-routing, forwarding to an external partner and the partner's answer.
import { useState, type ReactNode } from 'react';
import { Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { localDate } from '../../platform/dates.js';
import type { Items, Partner, StaffMember, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { severityOptions } from './labels.js';
import type { Deviation } from './types.js';

interface FormProps {
  deviation: Deviation;
  onDone(message: string): void;
  onCancel(): void;
}

/** A handling form: the card, heading, error summary and buttons; `send` posts and returns true on success. */
function HandlingForm({ id, heading, labels, submitLabel, intro, onCancel, send, children, error, busy, hideDetail = false }: { id: string; heading: string; labels: Record<string, string>; submitLabel: string; intro?: ReactNode; onCancel(): void; send(): void; children: ReactNode; error: ReturnType<typeof useSubmit>['error']; busy: boolean; hideDetail?: boolean }) {
  return (
    <FormCard
      heading={heading}
      headingId={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      error={error}
      labels={labels}
      idPrefix={id}
      problemHeading="Dette må rettes opp:"
      hideDetail={hideDetail}
      intro={intro}
      submitLabel={submitLabel}
      busy={busy}
      onCancel={onCancel}
    >
      {children}
    </FormCard>
  );
}

const post = (path: string, body: unknown) => api.post<unknown>(path, body).then(() => true);

export function AssessmentForm({ deviation, onDone, onCancel }: FormProps) {
  const [assessment, setAssessment] = useState(deviation.assessment ?? '');
  const [cause, setCause] = useState(deviation.cause ?? '');
  const [severity, setSeverity] = useState(deviation.severity);
  const submit = useSubmit();
  const e = submit.fieldErrors;
  const labels = { assessment: 'Vurdering', cause: 'Årsak', severity: 'Alvorlighetsgrad' };
  return (
    <HandlingForm
      id="assessment"
      heading="Vurdering og årsak"
      labels={labels}
      submitLabel="Lagre vurderingen"
      error={submit.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() =>
        void submit.run(() => post(`/api/deviations/${deviation.id}/assessment`, { assessment, cause: cause.trim() || null, ...(severity !== deviation.severity ? { severity } : {}) })).then((ok) => ok && onDone('Vurderingen er lagret.'))
      }
    >
      <Textfield id="assessment-assessment" label={labels.assessment} description="Hva skjedde egentlig, og hvor alvorlig var det?" multiline rows={4} value={assessment} onChange={(ev) => setAssessment(ev.target.value)} error={e.assessment} />
      <Textfield id="assessment-cause" label="Årsak (valgfritt)" description="For eksempel uklar rutine, manglende opplæring eller svikt i samarbeidet." multiline rows={2} value={cause} onChange={(ev) => setCause(ev.target.value)} error={e.cause} />
      <Field>
        <Label>{labels.severity}</Label>
        <Field.Description>Hever du til alvorlig eller svært alvorlig, går avviket også til kommunedirektøren.</Field.Description>
        <Select id="assessment-severity" value={severity} onChange={(ev) => setSeverity(ev.target.value as typeof severity)}>
          {severityOptions.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </HandlingForm>
  );
}

export function MeasureForm({ deviation, onDone, onCancel }: FormProps) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [deadline, setDeadline] = useState(localDate(14));
  const submit = useSubmit();
  const e = submit.fieldErrors;
  const labels = { description: 'Tiltak', ownerId: 'Ansvarlig', deadline: 'Frist' };
  return (
    <HandlingForm
      id="measure"
      heading="Nytt tiltak"
      labels={labels}
      submitLabel="Legg til tiltaket"
      error={submit.error ?? staff.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/measures`, { description, ownerId, deadline })).then((ok) => ok && onDone('Tiltaket er lagt inn.'))}
    >
      <Textfield id="measure-description" label="Beskriv tiltaket" description="Hva skal gjøres for at det ikke skjer igjen?" multiline rows={3} value={description} onChange={(ev) => setDescription(ev.target.value)} error={e.description} />
      <div className="form-columns">
        <Field>
          <Label>{labels.ownerId}</Label>
          <Select id="measure-ownerId" value={ownerId} onChange={(ev) => setOwnerId(ev.target.value)}>
            <Select.Option value="">Velg ansatt</Select.Option>
            {(staff.data?.items ?? []).map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {s.displayName}
                {s.memberships[0] ? ` (${s.memberships.map((m) => m.unitName).join(', ')})` : ''}
              </Select.Option>
            ))}
          </Select>
          {e.ownerId && <ValidationMessage>{e.ownerId}</ValidationMessage>}
        </Field>
        <Textfield id="measure-deadline" type="date" label={labels.deadline} min={localDate()} value={deadline} onChange={(ev) => setDeadline(ev.target.value)} error={e.deadline} />
      </div>
    </HandlingForm>
  );
}

export function FeedbackForm({ deviation, onDone, onCancel }: FormProps) {
  const [message, setMessage] = useState('');
  const submit = useSubmit();
  const labels = { message: 'Tilbakemelding' };
  const to = [deviation.reporter.displayName, deviation.reporterUnit?.name].filter(Boolean).join(' og ');
  return (
    <HandlingForm
      id="feedback"
      heading="Gi tilbakemelding"
      intro={<Paragraph data-size="sm">Tilbakemeldingen går til {to}. De ser den på avviket.</Paragraph>}
      labels={labels}
      submitLabel="Send tilbakemeldingen"
      error={submit.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/feedback`, { message })).then((ok) => ok && onDone(`Tilbakemeldingen er sendt til ${to}.`))}
    >
      <Textfield id="feedback-message" label="Hva er gjort, og hva er konklusjonen?" multiline rows={4} value={message} onChange={(ev) => setMessage(ev.target.value)} error={submit.fieldErrors.message} />
    </HandlingForm>
  );
}

export function CloseForm({ deviation, onDone, onCancel }: FormProps) {
  const [conclusion, setConclusion] = useState('');
  const [noFeedbackReason, setNoFeedbackReason] = useState('');
  const [noPartnerAnswerReason, setNoPartnerAnswerReason] = useState('');
  const submit = useSubmit();
  const e = submit.fieldErrors;
  const labels = { conclusion: 'Konklusjon', noFeedbackReason: 'Tilbakemelding', noPartnerAnswerReason: 'Svar fra samarbeidspartner', status: 'Status' };
  const feedbackMissing = deviation.closeProblems.some((p) => p.path === 'body/noFeedbackReason');
  const body = {
    conclusion,
    ...(noFeedbackReason.trim() ? { noFeedbackReason } : {}),
    ...(noPartnerAnswerReason.trim() ? { noPartnerAnswerReason } : {}),
  };
  return (
    <HandlingForm
      id="close"
      heading="Lukk avviket"
      labels={labels}
      submitLabel="Bekreft lukking"
      hideDetail
      error={submit.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/close`, body)).then((ok) => ok && onDone('Avviket er lukket.'))}
    >
      <Textfield id="close-conclusion" label={labels.conclusion} multiline rows={3} value={conclusion} onChange={(ev) => setConclusion(ev.target.value)} error={e.conclusion} />
      {feedbackMissing && (
        <Textfield
          id="close-noFeedbackReason"
          label="Hvorfor lukkes avviket uten tilbakemelding? (valgfritt)"
          description="Melderen og den meldende enheten skal ha fått tilbakemelding før avviket lukkes. Fyll ut bare hvis det ikke er mulig eller riktig, og skriv hvorfor."
          multiline
          rows={2}
          value={noFeedbackReason}
          onChange={(ev) => setNoFeedbackReason(ev.target.value)}
          error={e.noFeedbackReason}
        />
      )}
      {deviation.awaitingPartnerAnswer && (
        <Textfield id="close-noPartnerAnswerReason" label="Hvorfor lukkes avviket uten svar fra samarbeidspartneren? (valgfritt)" multiline rows={2} value={noPartnerAnswerReason} onChange={(ev) => setNoPartnerAnswerReason(ev.target.value)} error={e.noPartnerAnswerReason} />
      )}
    </HandlingForm>
  );
}

export function RerouteForm({ deviation, onDone, onCancel }: FormProps) {
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const labels = { concerned: 'Send til', reason: 'Begrunnelse' };
  const [kind, id] = target.split(':');
  return (
    <HandlingForm
      id="reroute"
      heading="Send til en annen enhet"
      labels={labels}
      submitLabel="Send avviket"
      error={submit.error ?? units.error ?? partners.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/reroute`, { concerned: kind === 'partner' ? { kind, partnerId: id } : { kind: 'unit', unitId: id ?? '' }, reason })).then((ok) => ok && onDone('Avviket er sendt videre.'))}
    >
      <Field>
        <Label>{labels.concerned}</Label>
        <Select id="reroute-concerned" value={target} onChange={(ev) => setTarget(ev.target.value)}>
          <Select.Option value="">Velg enhet eller samarbeidspartner</Select.Option>
          <Select.Optgroup label="Enheter i kommunen og NAV">
            {(units.data?.items ?? []).filter((u) => u.active).map((u) => (
              <Select.Option key={u.id} value={`unit:${u.id}`}>
                {u.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
          <Select.Optgroup label="Eksterne samarbeidspartnere">
            {(partners.data?.items ?? []).map((p) => (
              <Select.Option key={p.id} value={`partner:${p.id}`}>
                {p.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
        </Select>
        {submit.fieldErrors.concerned && <ValidationMessage>{submit.fieldErrors.concerned}</ValidationMessage>}
      </Field>
      <Textfield id="reroute-reason" label={labels.reason} multiline rows={2} value={reason} onChange={(ev) => setReason(ev.target.value)} error={submit.fieldErrors.reason} />
    </HandlingForm>
  );
}

export function ForwardForm({ deviation, onDone, onCancel }: FormProps) {
  const [answerDueDate, setAnswerDueDate] = useState(localDate(21));
  const [letterText, setLetterText] = useState('');
  const submit = useSubmit();
  const labels = { answerDueDate: 'Svarfrist', letterText: 'Hva ber dere om' };
  return (
    <HandlingForm
      id="forward"
      heading={`Send brev til ${deviation.concerned.name}`}
      intro={<Paragraph data-size="sm">Brevet (PDF) har referansen {deviation.reference}, hva som skjedde og vurderingen – aldri personens navn. Dere får en påminnelse dagen etter svarfristen hvis svaret ikke er registrert.</Paragraph>}
      labels={labels}
      submitLabel="Lag brevet og send"
      error={submit.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/forward`, { answerDueDate, ...(letterText.trim() ? { letterText } : {}) })).then((ok) => ok && onDone(`Brevet til ${deviation.concerned.name} er laget.`))}
    >
      <Textfield id="forward-answerDueDate" type="date" label={labels.answerDueDate} min={localDate(1)} value={answerDueDate} onChange={(ev) => setAnswerDueDate(ev.target.value)} error={submit.fieldErrors.answerDueDate} />
      <Textfield id="forward-letterText" label="Hva ber dere samarbeidspartneren om? (valgfritt)" multiline rows={3} value={letterText} onChange={(ev) => setLetterText(ev.target.value)} error={submit.fieldErrors.letterText} />
    </HandlingForm>
  );
}

export function PartnerAnswerForm({ deviation, onDone, onCancel }: FormProps) {
  const [receivedOn, setReceivedOn] = useState(localDate());
  const [summary, setSummary] = useState('');
  const submit = useSubmit();
  const labels = { receivedOn: 'Mottatt', summary: 'Svaret' };
  return (
    <HandlingForm
      id="answer"
      heading="Registrer svaret fra samarbeidspartneren"
      labels={labels}
      submitLabel="Lagre svaret"
      error={submit.error}
      busy={submit.busy}
      onCancel={onCancel}
      send={() => void submit.run(() => post(`/api/deviations/${deviation.id}/partner-answer`, { receivedOn, summary })).then((ok) => ok && onDone('Svaret er registrert.'))}
    >
      <Textfield id="answer-receivedOn" type="date" label={labels.receivedOn} max={localDate()} value={receivedOn} onChange={(ev) => setReceivedOn(ev.target.value)} error={submit.fieldErrors.receivedOn} />
      <Textfield id="answer-summary" label="Oppsummer svaret" multiline rows={3} value={summary} onChange={(ev) => setSummary(ev.target.value)} error={submit.fieldErrors.summary} />
    </HandlingForm>
  );
}
