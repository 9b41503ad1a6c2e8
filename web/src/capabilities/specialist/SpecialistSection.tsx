// Spesialisthelsetjenesten: referrals (registered under Henvendelser) with outcome and deadline,
// admissions with hospital messages and their time, the discharge, linked avvik, and the checks.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Card, Checkbox, Field, Fieldset, Heading, Label, Link, Paragraph, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Admission, Created, Items, Partner, SpecialistOverview } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList } from '../relatives/ChecksList.js';
import { referralLevelLabels, referralOutcomeLabels } from '../intake/labels.js';
import { DeviationLinkForm, LinkedDeviations } from './DeviationLinks.js';

const messageLabels = { 'admission-notice': 'Innleggelsesmelding', 'ready-for-discharge': 'Utskrivningsklar', 'discharge-summary': 'Epikrise', other: 'Annen melding' } as const;
const serviceLabels = { housing: 'Bolig', 'home-nursing': 'Hjemmesykepleie', coordinator: 'Koordinator', 'gp-appointment': 'Time hos fastlege', 'crisis-plan': 'Kriseplan', nav: 'NAV-oppfølging', medication: 'Legemidler', 'day-activity': 'Dagaktivitet' } as const;
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

export function SpecialistSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'specialist.write');
  const view = useApi<SpecialistOverview>(`/api/persons/${personId}/specialist`);
  const { form: open, message, open: openForm, close, saved } = useSectionForms(view.reload);
  const data = view.data;
  return (
    <>
      <section aria-labelledby="specialist-referrals-heading" className="section">
        <Heading level={2} data-size="md" id="specialist-referrals-heading">
          Henvisninger
        </Heading>
        <SuccessMessage>{message}</SuccessMessage>
        {view.loading && !data && <Loading label="Henter spesialisthelsetjenesten …" />}
        <ProblemAlert error={view.error} />
        {data && data.referrals.length === 0 && <Paragraph>Ingen henvisninger.</Paragraph>}
        {data && data.referrals.length > 0 && (
          <ul className="plain-list">
            {data.referrals.map((r) => (
              <li key={r.id}>
                <strong>{referralLevelLabels[r.level]}</strong>
                {r.partnerName ? ` – ${r.partnerName}` : ''}: {referralOutcomeLabels[r.outcome]}
                {r.outcomeReason ? ` (${r.outcomeReason})` : ''}. <span className="muted">Henvist {formatDateTime(r.referredAt)}, frist for vurdering {formatDate(r.assessmentDueDate)}.</span>
                <LinkedDeviations links={r.deviations} />
                {canWrite && open !== `deviation-${r.id}` && (
                  <Button variant="tertiary" data-size="sm" aria-label={`Knytt til avvik: henvisning til ${referralLevelLabels[r.level]}`} onClick={() => openForm(`deviation-${r.id}`)}>
                    Knytt til avvik
                  </Button>
                )}
                {open === `deviation-${r.id}` && <DeviationLinkForm personId={personId} target={{ referralId: r.id }} targetText={`henvisningen (${referralLevelLabels[r.level]})`} linked={r.deviations} onCancel={close} onSaved={() => saved('Avviket er knyttet til henvisningen.')} />}
              </li>
            ))}
          </ul>
        )}
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to={`/personer/${personId}/henvendelser`}>Registrer henvisning under Henvendelser og forløp</RouterLink>
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="admissions-heading" className="section">
        <SectionHead id="admissions-heading" title="Innleggelser og utskrivning">
          {canWrite && open !== 'new' && (
            <Button variant="secondary" data-size="sm" onClick={() => openForm('new')}>
              Registrer innleggelse
            </Button>
          )}
        </SectionHead>
        {open === 'new' && <AdmissionForm personId={personId} onCancel={close} onSaved={() => saved('Innleggelsen er registrert.')} />}
        {data && data.admissions.length === 0 && <Paragraph>Ingen innleggelser.</Paragraph>}
        <ul className="plain-list">
          {data?.admissions.map((a) => (
            <li key={a.id}>
              <AdmissionCard personId={personId} admission={a} canWrite={canWrite} open={open} setOpen={(v) => (v ? openForm(v) : close())} onSaved={saved} />
            </li>
          ))}
        </ul>
      </section>
      {data && <ChecksList checks={data.checks} id="specialist-checks" />}
    </>
  );
}

function AdmissionCard({ personId, admission: a, canWrite, open, setOpen, onSaved }: { personId: string; admission: Admission; canWrite: boolean; open: string | null; setOpen(v: string | null): void; onSaved(text: string): void }) {
  return (
    <Card data-color="neutral">
      <div className="section-head">
        <Heading level={3} data-size="2xs">
          {a.partnerName}
          {a.ward ? `, ${a.ward}` : ''} – innlagt {formatDateTime(a.admittedAt)}
        </Heading>
        {a.dischargedAt ? <Tag data-color="success">Utskrevet {formatDateTime(a.dischargedAt)}</Tag> : <Tag data-color="info">Innlagt</Tag>}
      </div>
      <Paragraph data-size="sm">
        Planlagt utskrivning: {a.plannedDischargeOn ? formatDate(a.plannedDischargeOn) : 'ikke satt'} · Utskrivningsmøte: {a.dischargeMeetingAt ? formatDateTime(a.dischargeMeetingAt) : 'ikke holdt'} · Tjenester på plass: {a.servicesInPlace.map((s) => serviceLabels[s]).join(', ') || 'ingen registrert'}
      </Paragraph>
      {a.paymentDays > 0 && <Tag data-color="danger">{a.paymentDays} døgn med kommunal betaling etter utskrivningsklar</Tag>}
      <Heading level={4} data-size="2xs">
        Meldinger fra sykehuset
      </Heading>
      {a.messages.length === 0 ? (
        <Paragraph data-size="sm">Ingen meldinger.</Paragraph>
      ) : (
        <ul className="plain-list tight">
          {a.messages.map((m) => (
            <li key={m.id}>
              <strong>{messageLabels[m.kind]}</strong> mottatt {formatDateTime(m.receivedAt)}
              {m.content ? `: ${m.content}` : ''} <span className="muted">(registrert av {m.registeredByName})</span>
            </li>
          ))}
        </ul>
      )}
      <LinkedDeviations links={a.deviations} />
      {canWrite && open !== `message-${a.id}` && open !== `discharge-${a.id}` && open !== `deviation-${a.id}` && (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={() => setOpen(`message-${a.id}`)}>
            Registrer melding
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => setOpen(`discharge-${a.id}`)}>
            Utskrivning
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => setOpen(`deviation-${a.id}`)}>
            Knytt til avvik
          </Button>
        </div>
      )}
      {open === `message-${a.id}` && <MessageForm personId={personId} admissionId={a.id} onCancel={() => setOpen(null)} onSaved={() => onSaved('Meldingen er registrert.')} />}
      {open === `deviation-${a.id}` && <DeviationLinkForm personId={personId} target={{ admissionId: a.id }} targetText={`innleggelsen på ${a.partnerName}`} linked={a.deviations} onCancel={() => setOpen(null)} onSaved={() => onSaved('Avviket er knyttet til innleggelsen.')} />}
      {open === `discharge-${a.id}` && <DischargeForm personId={personId} admission={a} onCancel={() => setOpen(null)} onSaved={() => onSaved('Utskrivningen er oppdatert.')} />}
    </Card>
  );
}

function AdmissionForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const partners = useApi<Items<Partner>>('/api/partners');
  const [partnerId, setPartnerId] = useState('');
  const [admittedAt, setAdmittedAt] = useState('');
  const [ward, setWard] = useState('');
  const [planned, setPlanned] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { partnerId, admittedAt: toIso(admittedAt), ward: ward.trim() || null, plannedDischargeOn: planned || null };
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/admissions`, body))) onSaved();
  }
  return (
    <FormCard heading="Registrer innleggelse" headingId="admission-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ partnerId: 'Sykehus eller DPS', admittedAt: 'Innlagt', plannedDischargeOn: 'Planlagt utskrivning' }} idPrefix="admission" submitLabel="Lagre innleggelsen" busy={submit.busy} onCancel={onCancel}>
      <Field>
        <Label>Sykehus, DPS eller TSB</Label>
        <Select id="admission-partnerId" value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
          <Select.Option value="">Velg</Select.Option>
          {(partners.data?.items ?? []).filter((p) => ['dps', 'tsb', 'sykehus'].includes(p.kind)).map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
        {f.partnerId && <ValidationMessage>{f.partnerId}</ValidationMessage>}
      </Field>
      <Textfield id="admission-admittedAt" type="datetime-local" label="Innlagt (dato og klokkeslett)" value={admittedAt} onChange={(e) => setAdmittedAt(e.target.value)} error={f.admittedAt} />
      <Textfield id="admission-ward" label="Post (valgfritt)" value={ward} onChange={(e) => setWard(e.target.value)} />
      <Textfield id="admission-plannedDischargeOn" type="date" label="Planlagt utskrivningsdato (valgfritt)" value={planned} onChange={(e) => setPlanned(e.target.value)} error={f.plannedDischargeOn} />
    </FormCard>
  );
}

function MessageForm({ personId, admissionId, onSaved, onCancel }: { personId: string; admissionId: string; onSaved(): void; onCancel(): void }) {
  const [kind, setKind] = useState<keyof typeof messageLabels>('ready-for-discharge');
  const [receivedAt, setReceivedAt] = useState('');
  const [content, setContent] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { kind, receivedAt: toIso(receivedAt), content: content.trim() || null };
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/admissions/${admissionId}/messages`, body))) onSaved();
  }
  return (
    <FormCard heading="Melding fra sykehuset" headingId={`message-form-${admissionId}`} level={4} onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Type', receivedAt: 'Mottatt' }} idPrefix="message" submitLabel="Lagre meldingen" busy={submit.busy} onCancel={onCancel}>
      <Field>
        <Label>Type melding</Label>
        <Select id="message-kind" value={kind} onChange={(e) => setKind(e.target.value as keyof typeof messageLabels)}>
          {(Object.keys(messageLabels) as (keyof typeof messageLabels)[]).map((k) => (
            <Select.Option key={k} value={k}>
              {messageLabels[k]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield id="message-receivedAt" type="datetime-local" label="Mottatt (dato og klokkeslett)" value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} error={f.receivedAt} />
      <Textfield id="message-content" multiline rows={2} label="Innhold (valgfritt)" value={content} onChange={(e) => setContent(e.target.value)} />
    </FormCard>
  );
}

function DischargeForm({ personId, admission, onSaved, onCancel }: { personId: string; admission: Admission; onSaved(): void; onCancel(): void }) {
  const [meeting, setMeeting] = useState('');
  const [discharged, setDischarged] = useState('');
  const [services, setServices] = useState<Admission['servicesInPlace']>(admission.servicesInPlace);
  const submit = useSubmit();
  const f = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { ...(meeting ? { dischargeMeetingAt: toIso(meeting) } : {}), ...(discharged ? { dischargedAt: toIso(discharged) } : {}), servicesInPlace: services };
    if (await submit.run(() => api.patch<void>(`/api/persons/${personId}/admissions/${admission.id}`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Utskrivning" headingId={`discharge-form-${admission.id}`} level={4} onSubmit={onSubmit} error={submit.error} labels={{ dischargeMeetingAt: 'Utskrivningsmøte', dischargedAt: 'Utskrevet' }} idPrefix="discharge" submitLabel="Lagre utskrivningen" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="discharge-dischargeMeetingAt" type="datetime-local" label="Utskrivningsmøte holdt" value={meeting} onChange={(e) => setMeeting(e.target.value)} error={f.dischargeMeetingAt} />
      <Textfield id="discharge-dischargedAt" type="datetime-local" label="Utskrevet" value={discharged} onChange={(e) => setDischarged(e.target.value)} error={f.dischargedAt} />
      <Fieldset>
        <Fieldset.Legend>Tjenester på plass ved utskrivning</Fieldset.Legend>
        {(Object.keys(serviceLabels) as Admission['servicesInPlace']).map((s) => (
          <Checkbox key={s} label={serviceLabels[s]} value={s} checked={services.includes(s)} onChange={(e) => setServices(e.target.checked ? [...services, s] : services.filter((x) => x !== s))} />
        ))}
      </Fieldset>
    </FormCard>
  );
}
