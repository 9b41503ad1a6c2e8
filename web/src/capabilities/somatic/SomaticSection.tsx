// Somatic health: due checks, GP appointments (missed → task for the primary contact), and
// low-threshold health contacts whose summary goes to the GP and must be acknowledged.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph, Table, Tag, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { inputToIso, nowForInput } from '../../platform/dates.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList, type CheckResultView } from '../housing/ChecksList.js';
import { CheckForm, FollowUpForm, countyDentalOfferText, type SomaticItem } from './SomaticForms.js';

interface SomaticView {
  items: SomaticItem[];
  checks: { id: string; kind: string; label: string; doneOn: string; result: string; countyDentalOffer: keyof typeof countyDentalOfferText | null; recordedByName: string }[];
  gpAppointments: { id: string; scheduledAt: string; purpose: string; status: 'planned' | 'attended' | 'missed' | 'cancelled'; outcomeNote: string | null; followUp: 'none' | 'open' | 'done' }[];
  healthContacts: { id: string; contactAt: string; unitName: string; reason: string; summary: string; gpName: string; sentAt: string; acknowledgedAt: string | null; flagged: boolean }[];
  checkResults: CheckResultView[];
}

const itemText = { 'not-indicated': 'Ikke indisert', never: 'Aldri gjort', overdue: 'Forfalt', 'due-soon': 'Forfaller snart', ok: 'I rute' } as const;
const itemColor = { 'not-indicated': 'neutral', never: 'danger', overdue: 'danger', 'due-soon': 'warning', ok: 'success' } as const;
const appointmentText = { planned: 'Planlagt', attended: 'Møtt', missed: 'Ikke møtt', cancelled: 'Avlyst' } as const;

function HealthContactForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const [contactAt, setContactAt] = useState(nowForInput());
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.post(`/api/persons/${personId}/health-contacts`, { contactAt: inputToIso(contactAt), reason: reason.trim(), summary: summary.trim() }).then(() => true));
    if (done) onSaved();
  }
  return (
    <FormCard heading="Lavterskel helsekontakt" headingId="contact-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ contactAt: 'Tidspunkt', reason: 'Årsak', summary: 'Oppsummering' }} idPrefix="contact" submitLabel="Lagre og send til fastlegen" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="contact-contactAt" label="Tidspunkt" type="datetime-local" value={contactAt} onChange={(e) => setContactAt(e.target.value)} error={submit.fieldErrors.contactAt} />
      <Textfield id="contact-reason" label="Årsak til kontakten" value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
      <Textarea id="contact-summary" aria-label="Oppsummering til fastlegen" value={summary} onChange={(e) => setSummary(e.target.value)} rows={4} />
    </FormCard>
  );
}

function AppointmentForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const [scheduledAt, setScheduledAt] = useState(nowForInput());
  const [purpose, setPurpose] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.post(`/api/persons/${personId}/gp-appointments`, { scheduledAt: inputToIso(scheduledAt), purpose: purpose.trim() }).then(() => true));
    if (done) onSaved();
  }
  return (
    <FormCard heading="Ny time hos fastlegen" headingId="appointment-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ scheduledAt: 'Tidspunkt', purpose: 'Hva timen gjelder' }} idPrefix="appointment" submitLabel="Lagre time" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="appointment-scheduledAt" label="Tidspunkt" type="datetime-local" value={scheduledAt} onChange={(e) => setScheduledAt(e.target.value)} error={submit.fieldErrors.scheduledAt} />
      <Textfield id="appointment-purpose" label="Hva timen gjelder" value={purpose} onChange={(e) => setPurpose(e.target.value)} error={submit.fieldErrors.purpose} />
    </FormCard>
  );
}

export function SomaticSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'somatic.write');
  const somatic = useApi<SomaticView>(`/api/persons/${personId}/somatic`);
  /** The open form: 'contact', 'appointment', 'check', or 'follow-up:<kind>'. */
  const { form, message, open, close, saved, act } = useSectionForms(somatic.reload);
  const action = useSubmit();
  const s = somatic.data;
  const followUpItem = form?.startsWith('follow-up:') ? s?.items.find((i) => i.kind === form.slice('follow-up:'.length)) : undefined;

  const post = (path: string, body: unknown, done: string) => act(() => action.run(() => api.post<void>(path, body).then(() => true)), done);

  return (
    <section aria-labelledby="somatic-heading" className="section">
      <SectionHead id="somatic-heading" title="Somatisk helse">
        {canWrite && !form && (
          <div className="button-row">
            <Button variant="secondary" data-size="sm" onClick={() => open('check')}>
              Registrer utført kontroll
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => open('appointment')}>
              Ny fastlegetime
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => open('contact')}>
              Registrer lavterskel helsekontakt
            </Button>
          </div>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={action.error} focus />
      {form === 'contact' && <HealthContactForm personId={personId} onCancel={close} onSaved={() => saved('Helsekontakten er registrert og oppsummeringen sendt til fastlegen.')} />}
      {form === 'appointment' && <AppointmentForm personId={personId} onCancel={close} onSaved={() => saved('Timen er registrert.')} />}
      {form === 'check' && s && <CheckForm personId={personId} items={s.items} onCancel={close} onSaved={() => saved('Kontrollen er registrert.')} />}
      {followUpItem && <FollowUpForm key={followUpItem.kind} personId={personId} item={followUpItem} onCancel={close} onSaved={() => saved(`Oppfølgingen er lagret: ${followUpItem.label}.`)} />}
      {somatic.loading && !s && <Loading label="Henter somatisk oppfølging …" />}
      <ProblemAlert error={somatic.error} />
      {s && (
        <>
          <Heading level={3} data-size="xs">
            Kontroller
          </Heading>
          <ScrollRegion label="Tabell: somatiske kontroller">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Kontroll</Table.HeaderCell>
                  <Table.HeaderCell>Indisert</Table.HeaderCell>
                  <Table.HeaderCell>Intervall</Table.HeaderCell>
                  <Table.HeaderCell>Sist gjort</Table.HeaderCell>
                  <Table.HeaderCell>Forfaller</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  {canWrite && <Table.HeaderCell>Handling</Table.HeaderCell>}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {s.items.map((i) => (
                  <Table.Row key={i.kind} data-kind={i.kind}>
                    <Table.Cell>
                      <span id={`somatic-kind-${i.kind}`}>{i.label}</span>
                      {i.reason && <div className="muted">Begrunnelse: {i.reason}</div>}
                    </Table.Cell>
                    <Table.Cell>{i.indicated ? 'Ja' : 'Nei'}</Table.Cell>
                    <Table.Cell>{i.indicated ? `${i.intervalMonths} mnd` : '–'}</Table.Cell>
                    <Table.Cell>{i.lastDoneOn ? formatDate(i.lastDoneOn) : '–'}</Table.Cell>
                    <Table.Cell>{i.dueOn ? formatDate(i.dueOn) : '–'}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={itemColor[i.status]}>{itemText[i.status]}</Tag>
                    </Table.Cell>
                    {canWrite && (
                      <Table.Cell>
                        <Button variant="tertiary" data-size="sm" aria-describedby={`somatic-kind-${i.kind}`} onClick={() => open(`follow-up:${i.kind}`)}>
                          Endre
                        </Button>
                      </Table.Cell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <Heading level={3} data-size="xs">
            Utførte kontroller
          </Heading>
          {s.checks.length === 0 ? (
            <Paragraph>Ingen kontroller registrert.</Paragraph>
          ) : (
            <ul className="plain-list">
              {s.checks.map((c) => (
                <li key={c.id}>
                  {formatDate(c.doneOn)}: <strong>{c.label}</strong> – {c.result} <span className="muted">(registrert av {c.recordedByName})</span>
                  {c.countyDentalOffer && <div className="muted">Fylkeskommunens tannhelsetilbud: {countyDentalOfferText[c.countyDentalOffer]}</div>}
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="xs">
            Timer hos fastlegen
          </Heading>
          {s.gpAppointments.length === 0 ? (
            <Paragraph>Ingen timer registrert.</Paragraph>
          ) : (
            <ul className="plain-list">
              {s.gpAppointments.map((a) => (
                <li key={a.id}>
                  {formatDateTime(a.scheduledAt)}: {a.purpose} – <Tag data-color={a.status === 'missed' ? 'danger' : 'neutral'}>{appointmentText[a.status]}</Tag>
                  {a.followUp === 'open' && ' Oppfølging ligger hos primærkontakten.'}
                  {a.followUp === 'done' && ' Fulgt opp.'}
                  {canWrite && a.status === 'planned' && (
                    <span className="button-row">
                      <Button variant="tertiary" data-size="sm" onClick={() => post(`/api/gp-appointments/${a.id}/outcome`, { status: 'attended' }, 'Oppmøtet er registrert.')}>
                        Møtt
                      </Button>
                      <Button variant="tertiary" data-size="sm" onClick={() => post(`/api/gp-appointments/${a.id}/outcome`, { status: 'missed' }, 'Registrert som ikke møtt. Primærkontakten får en oppgave.')}>
                        Ikke møtt
                      </Button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="xs">
            Lavterskel helsekontakter og oppsummering til fastlegen
          </Heading>
          {s.healthContacts.length === 0 ? (
            <Paragraph>Ingen lavterskel helsekontakter.</Paragraph>
          ) : (
            <ul className="plain-list">
              {s.healthContacts.map((c) => (
                <li key={c.id}>
                  {formatDateTime(c.contactAt)}, {c.unitName}: {c.reason}. Sendt til {c.gpName} {formatDateTime(c.sentAt)}.{' '}
                  {c.acknowledgedAt ? <Tag data-color="success">Kvittert</Tag> : <Tag data-color={c.flagged ? 'danger' : 'warning'}>{c.flagged ? 'Ikke kvittert etter 14 dager' : 'Venter på kvittering'}</Tag>}{' '}
                  <Link href={`/api/health-contacts/${c.id}/pdf`}>Oppsummering (PDF)</Link>
                  {canWrite && !c.acknowledgedAt && (
                    <Button variant="tertiary" data-size="sm" onClick={() => post(`/api/health-contacts/${c.id}/acknowledge`, {}, 'Kvitteringen er registrert.')}>
                      Registrer kvittering
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <ChecksList checks={s.checkResults} headingId="somatic-checks-heading" />
        </>
      )}
    </section>
  );
}
