// NAV on the person page: the fixed contact person, § 17 advice and guidance decided individually,
// financial assistance referenced (no amounts), and temporary housing (§ 27).
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Radio, Fieldset, Tag, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList, type CheckResultView } from '../housing/ChecksList.js';
import { StayTag, type StayView } from '../housing/HousingSection.js';
import { FinancialAssistanceForm } from './FinancialAssistanceForm.js';
import { cite, sec } from '../../../../server/src/platform/law/index.js';

interface NavView {
  contact: { name: string; phone: string | null; unitName: string } | null;
  guidance: { id: string; requestedOn: string; topic: string; decision: 'pending' | 'granted' | 'refused'; assessment: string | null; reason: string | null; decidedOn: string | null; decidedByName: string | null; overdue: boolean }[];
  financialAssistance: { id: string; label: string; referencedOn: string; contactName: string; note: string | null }[];
  temporaryStays: StayView[];
  checks: CheckResultView[];
}

const decisionText = { pending: 'Ikke avgjort', granted: 'Innvilget', refused: 'Avslått' } as const;

function GuidanceForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const [requestedOn, setRequestedOn] = useState(localDate());
  const [topic, setTopic] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/persons/${personId}/nav/guidance`, { requestedOn, topic: topic.trim() }).then(() => true))) onSaved();
  }
  return (
    <FormCard heading={`Forespørsel om råd og veiledning (${sec('sotjl', '§ 17')})`} headingId="guidance-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ requestedOn: 'Dato', topic: 'Tema' }} idPrefix="guidance" submitLabel="Registrer forespørsel" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="guidance-requestedOn" label="Dato" type="date" value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} error={submit.fieldErrors.requestedOn} />
      <Textfield id="guidance-topic" label="Hva personen ønsker råd og veiledning om" value={topic} onChange={(e) => setTopic(e.target.value)} error={submit.fieldErrors.topic} />
    </FormCard>
  );
}

function DecisionForm({ id, onSaved, onCancel }: { id: string; onSaved(): void; onCancel(): void }) {
  const [decision, setDecision] = useState<'granted' | 'refused'>('granted');
  const [assessment, setAssessment] = useState('');
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { decision, assessment: assessment.trim(), decidedOn: localDate(), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    if (await submit.run(() => api.post(`/api/nav-guidance/${id}/decision`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Avgjør forespørselen" headingId="decision-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ decision: 'Avgjørelse', assessment: 'Individuell vurdering', reason: 'Begrunnelse', decidedOn: 'Dato' }} idPrefix="decision" submitLabel="Lagre avgjørelse" busy={submit.busy} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>Avgjørelse</Fieldset.Legend>
        <Radio name="decision" value="granted" label="Innvilget" checked={decision === 'granted'} onChange={() => setDecision('granted')} />
        <Radio name="decision" value="refused" label="Avslått" checked={decision === 'refused'} onChange={() => setDecision('refused')} />
      </Fieldset>
      <Textarea id="decision-assessment" aria-label="Individuell vurdering" value={assessment} onChange={(e) => setAssessment(e.target.value)} rows={3} />
      <Textfield id="decision-reason" label="Begrunnelse (påkrevd ved avslag)" value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
    </FormCard>
  );
}

export function NavSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'nav.write');
  const nav = useApi<NavView>(`/api/persons/${personId}/nav`);
  const { form, message, open, close, saved, act } = useSectionForms(nav.reload);
  const action = useSubmit();
  const n = nav.data;
  const becomeContact = () =>
    act(async () => user && (await action.run(() => api.put<void>(`/api/persons/${personId}/nav/contact`, { userId: user.id }).then(() => true))), 'Du er nå fast kontaktperson i NAV.');

  return (
    <section aria-labelledby="nav-heading" className="section">
      <SectionHead id="nav-heading" title="NAV">
        {canWrite && !form && (
          <div className="button-row">
            <Button variant="secondary" data-size="sm" onClick={() => open('guidance')}>
              Ny forespørsel om råd og veiledning
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => open('financial')}>
              Registrer økonomisk hjelp
            </Button>
          </div>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={action.error} focus />
      {form === 'guidance' && <GuidanceForm personId={personId} onCancel={close} onSaved={() => saved('Forespørselen er registrert.')} />}
      {form === 'financial' && user && <FinancialAssistanceForm personId={personId} userId={user.id} onCancel={close} onSaved={() => saved('Den økonomiske hjelpen er registrert.')} />}
      {form?.startsWith('decide:') && <DecisionForm id={form.slice(7)} onCancel={close} onSaved={() => saved('Avgjørelsen er lagret.')} />}
      {nav.loading && !n && <Loading label="Henter NAV-opplysninger …" />}
      <ProblemAlert error={nav.error} />
      {n && (
        <>
          <Paragraph>
            Fast kontaktperson i NAV: <strong>{n.contact ? `${n.contact.name}, ${n.contact.unitName}${n.contact.phone ? `, tlf. ${n.contact.phone}` : ''}` : 'Ikke registrert'}</strong>{' '}
            {canWrite && !n.contact && (
              <Button variant="tertiary" data-size="sm" onClick={becomeContact}>
                Bli fast kontaktperson
              </Button>
            )}
          </Paragraph>
          <Heading level={3} data-size="xs">
            Opplysning, råd og veiledning ({cite('sotjl', '§ 17')})
          </Heading>
          {n.guidance.length === 0 ? (
            <Paragraph>Ingen forespørsler.</Paragraph>
          ) : (
            <ul className="plain-list">
              {n.guidance.map((g) => (
                <li key={g.id}>
                  {formatDate(g.requestedOn)}: {g.topic} – <Tag data-color={g.decision === 'pending' ? (g.overdue ? 'danger' : 'warning') : 'neutral'}>{decisionText[g.decision]}{g.overdue ? ' (over fristen)' : ''}</Tag>
                  {g.assessment && <div className="muted">Vurdering: {g.assessment}{g.reason ? ` Begrunnelse: ${g.reason}` : ''} ({g.decidedByName}, {g.decidedOn && formatDate(g.decidedOn)})</div>}
                  {canWrite && g.decision === 'pending' && !form && (
                    <Button variant="tertiary" data-size="sm" onClick={() => open(`decide:${g.id}`)}>
                      Avgjør
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="xs">
            Økonomisk hjelp
          </Heading>
          <Paragraph className="muted">Beløp føres bare i NAVs egne systemer. Her står hva slags hjelp og hvem som kan svare.</Paragraph>
          {n.financialAssistance.length === 0 ? (
            <Paragraph>Ingen registrert.</Paragraph>
          ) : (
            <ul className="plain-list">
              {n.financialAssistance.map((f) => (
                <li key={f.id}>
                  {formatDate(f.referencedOn)}: <strong>{f.label}</strong>. Kontakt i NAV: {f.contactName}.
                  {f.note && <div className="muted">Merknad: {f.note}</div>}
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="xs">
            Midlertidig botilbud ({sec('sotjl', '§ 27')})
          </Heading>
          {n.temporaryStays.length === 0 ? (
            <Paragraph>Ingen opphold.</Paragraph>
          ) : (
            <ul className="plain-list">
              {n.temporaryStays.map((s) => (
                <li key={s.id}>
                  {s.place}, fra {formatDate(s.startDate)} ({s.days} dager) <StayTag stay={s} />
                </li>
              ))}
            </ul>
          )}
          <ChecksList checks={n.checks} headingId="nav-checks-heading" />
        </>
      )}
    </section>
  );
}
