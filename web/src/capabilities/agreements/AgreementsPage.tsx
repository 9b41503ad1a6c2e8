// «Samarbeidsavtaler»: agreements with meetings held ÷ required this year and lapsed arenas flagged,
// the user's notices about reorganised units, and a form to register an agreement.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Checkbox, Details, Field, Fieldset, Heading, Label, Link, Paragraph, Tag, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, Unit } from '../../platform/api-types.js';
import type { AgreementList, AgreementSummary, NoticeList } from './types.js';

export function AgreementsPage() {
  useTitle('Samarbeidsavtaler');
  const user = useUser();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const list = useApi<AgreementList>('/api/agreements');
  const items = list.data?.items ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        Samarbeidsavtaler
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <Paragraph>Avtaler om samarbeid mellom enheter og med eksterne partnere, med faste møtearenaer. Tallene viser møter avholdt ÷ påkrevd i år.</Paragraph>
      <Notices />
      <ProblemAlert error={list.error} />
      {list.loading && !list.data && <Loading label="Henter avtaler …" />}
      {list.data && (
        <Paragraph role="status">
          {list.data.lapsedCount === 0 ? `Ingen møtearenaer har falt bort i ${list.data.year}.` : `${list.data.lapsedCount} av ${items.length} møtearenaer har falt bort i ${list.data.year}.`}
        </Paragraph>
      )}
      {list.data && items.length === 0 && <Paragraph>Ingen samarbeidsavtaler er registrert.</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list" aria-label="Samarbeidsavtaler">
          {items.map((a) => (
            <li key={a.id}>
              <AgreementCard a={a} />
            </li>
          ))}
        </ul>
      )}
      {may(user, 'agreement.write') && <CreateAgreement onCreated={list.reload} />}
    </>
  );
}

export function arenaText(a: AgreementSummary): string {
  return `Møter i ${a.arena.year}: ${a.arena.held} av ${a.arena.required} avholdt`;
}

function AgreementCard({ a }: { a: AgreementSummary }) {
  return (
    <Card data-color="neutral">
      <div className="section-head">
        <Heading level={2} data-size="xs">
          <Link asChild>
            <RouterLink to={`/samarbeidsavtaler/${a.id}`}>{a.title}</RouterLink>
          </Link>
        </Heading>
        <div className="tag-row">
          {a.arena.lapsed && <Tag data-color="danger">Møtearenaen har falt bort</Tag>}
          {!a.inForce && <Tag data-color="neutral">Ikke i kraft</Tag>}
          {a.closedParties.length > 0 && <Tag data-color="warning">Må gjennomgås</Tag>}
        </div>
      </div>
      <Paragraph data-size="sm">
        {arenaText(a)}
        {a.arena.lastMeeting ? `. Siste møte ${formatDate(a.arena.lastMeeting)}.` : '. Ingen møter er registrert.'}
      </Paragraph>
      {a.arena.lapsedDetail && <Paragraph data-size="sm">{a.arena.lapsedDetail}</Paragraph>}
      <Paragraph data-size="sm" className="muted">
        Parter: {a.parties.map((p) => p.name).join(', ')}. Følges opp av {a.owner.displayName}.
      </Paragraph>
    </Card>
  );
}

/** The user's notices about units in their agreements or matrix that were closed, merged or renamed. */
function Notices() {
  const notices = useApi<NoticeList>('/api/organisation-notices?unread=true');
  const items = notices.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={2} data-size="xs">
        Varsler om endringer i organisasjonen
      </Heading>
      <ul aria-label="Varsler om endringer i organisasjonen">
        {items.map((n) => (
          <li key={n.id}>
            <Paragraph data-size="sm">
              {n.detail}
              {n.agreement && (
                <>
                  {' '}
                  <Link asChild>
                    <RouterLink to={`/samarbeidsavtaler/${n.agreement.id}`}>Se avtalen «{n.agreement.title}»</RouterLink>
                  </Link>
                </>
              )}{' '}
              <Button variant="tertiary" data-size="sm" onClick={() => void api.post(`/api/organisation-notices/${n.id}/read`).then(notices.reload)}>
                Merk som lest
              </Button>
            </Paragraph>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

const labels = { title: 'Tittel', purpose: 'Formål', parties: 'Parter', meetingsPerYear: 'Møter i året', validFrom: 'Gyldig fra', validTo: 'Gyldig til' };

function CreateAgreement({ onCreated }: { onCreated(): void }) {
  const user = useUser();
  const navigate = useNavigate();
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<{ id: string; name: string }>>('/api/partners');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [parties, setParties] = useState<string[]>([]);
  const [meetings, setMeetings] = useState('4');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const toggle = (key: string, on: boolean) => setParties((p) => (on ? [...p, key] : p.filter((k) => k !== key)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      title,
      purpose,
      parties: parties.map((key) => {
        const [party, id] = key.split(':');
        return { party, id };
      }),
      meetingsPerYear: Number(meetings),
      validFrom,
      validTo: validTo || null,
      ownerId: user.id,
    };
    const result = await submit.run(() => api.post<{ id: string }>('/api/agreements', body));
    if (result) {
      onCreated();
      navigate(`/samarbeidsavtaler/${result.id}`, { state: { flash: 'Avtalen er registrert. Du står som den som følger den opp.' } });
    }
  }

  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>Registrer samarbeidsavtale</Details.Summary>
      <Details.Content>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={labels} idPrefix="agreement" />
          <Textfield id="agreement-title" label={labels.title} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} autoComplete="off" />
          <Field>
            <Label>{labels.purpose}</Label>
            <Textarea id="agreement-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} rows={3} aria-invalid={errors.purpose ? true : undefined} />
            {errors.purpose && <ValidationMessage>{errors.purpose}</ValidationMessage>}
          </Field>
          <Fieldset>
            <Fieldset.Legend>{labels.parties}</Fieldset.Legend>
            <Fieldset.Description>Minst to: enheter i kommunen og eksterne samarbeidspartnere.</Fieldset.Description>
            {(units.data?.items ?? [])
              .filter((u) => u.active)
              .map((u, index) => (
                <Checkbox key={u.id} id={index === 0 ? 'agreement-parties' : undefined} label={u.name} value={u.id} checked={parties.includes(`unit:${u.id}`)} onChange={(e) => toggle(`unit:${u.id}`, e.target.checked)} />
              ))}
            {(partners.data?.items ?? []).map((p) => (
              <Checkbox key={p.id} label={`${p.name} (ekstern)`} value={p.id} checked={parties.includes(`partner:${p.id}`)} onChange={(e) => toggle(`partner:${p.id}`, e.target.checked)} />
            ))}
            {errors.parties && <ValidationMessage>{errors.parties}</ValidationMessage>}
          </Fieldset>
          <Textfield id="agreement-meetingsPerYear" type="number" inputMode="numeric" min={0} max={52} label={labels.meetingsPerYear} value={meetings} onChange={(e) => setMeetings(e.target.value)} error={errors.meetingsPerYear} />
          <Textfield id="agreement-validFrom" type="date" label={labels.validFrom} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={errors.validFrom} />
          <Textfield id="agreement-validTo" type="date" label={`${labels.validTo} (valgfritt)`} value={validTo} onChange={(e) => setValidTo(e.target.value)} error={errors.validTo} />
          <FormButtons submitLabel="Registrer avtalen" busy={submit.busy} onCancel={() => setOpen(false)} />
        </form>
      </Details.Content>
    </Details>
  );
}
