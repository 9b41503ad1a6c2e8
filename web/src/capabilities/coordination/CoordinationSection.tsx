// The person page's «Koordinering»: information about the right to an individual plan and the answer,
// the coordinator (KE appoints, changes or ends; KE records a coordinator offer and the answer, also to
// those who decline an individual plan, § 7-2), the person's requests for a new coordinator, messages to
// KE, and a one-time code for the person's own reading.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { CoordinationOverview, IpOverview } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { eventKindLabels, ipAnswerLabels, ipMethodLabels, messageKindLabels, messageStatusLabels } from './labels.js';
import { IpInformationForm } from './IpInformationForm.js';
import { AppointForm } from './AppointForm.js';
import { RequestForm } from './RequestForm.js';
import { OneTimeCode } from './OneTimeCode.js';
import { EndCoordinatorForm, OfferForm } from './OfferEndForms.js';
import { cite } from '../../../../server/src/platform/law/index.js';

type Open = null | 'info' | 'appoint' | 'request' | 'offer' | 'end';

export function CoordinationSection({ personId }: { personId: string }) {
  const user = useUser();
  const info = useApi<IpOverview>(`/api/persons/${personId}/ip-information`);
  const overview = useApi<CoordinationOverview>(`/api/persons/${personId}/coordination`);
  const [open, setOpen] = useState<Open>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const canInform = may(user, 'ip.inform');
  const isKe = may(user, 'ke.manage');
  const saved = (message: string) => {
    setOpen(null);
    setFlash(message);
    info.reload();
    overview.reload();
  };
  const current = overview.data?.coordinator ?? null;
  const lastOffer = overview.data?.events.find((e) => e.kind === 'offered' || e.kind === 'offer-declined') ?? null;
  const declinedIp = info.data?.currentAnswer === 'declines';

  return (
    <>
      <SuccessMessage>{flash}</SuccessMessage>
      <section aria-labelledby="ipinfo-list-heading" className="section">
        <SectionHead id="ipinfo-list-heading" title="Rett til individuell plan">
          {canInform && open !== 'info' && (
            <Button variant="secondary" data-size="sm" onClick={() => setOpen('info')}>
              Registrer informasjon om IP
            </Button>
          )}
        </SectionHead>
        {open === 'info' && <IpInformationForm personId={personId} onCancel={() => setOpen(null)} onSaved={(a) => saved(a === 'wants-ip' ? 'Informasjonen er lagret. Koordinerende enhet har fått melding om at personen ønsker individuell plan.' : 'Informasjonen og personens svar er lagret.')} />}
        {info.loading && !info.data && <Loading label="Henter informasjon om IP …" />}
        <ProblemAlert error={info.error} />
        {info.data && (
          <>
            <Paragraph>
              Personens svar nå: <strong>{info.data.currentAnswer ? ipAnswerLabels[info.data.currentAnswer] : 'Ikke informert ennå'}</strong>
              {info.data.planId && (
                <>
                  {' · '}
                  <Link asChild>
                    <RouterLink to={`/personer/${personId}/plan`}>Åpne den individuelle planen</RouterLink>
                  </Link>
                </>
              )}
            </Paragraph>
            <ul className="plain-list">
              {info.data.checks.map((c) => (
                <li key={c.checkId}>
                  <Tag data-color={c.met === null ? 'neutral' : c.met ? 'success' : 'danger'}>{c.met === null ? 'Ikke aktuelt' : c.met ? 'Oppfylt' : 'Ikke oppfylt'}</Tag> {c.detail} <span className="muted">({c.source})</span>
                </li>
              ))}
            </ul>
            {info.data.records.length > 0 && (
              <ul className="plain-list">
                {info.data.records.map((r) => (
                  <li key={r.id}>
                    <Card data-color="neutral">
                      <Paragraph>
                        <strong>{ipAnswerLabels[r.answer]}</strong> – informert {formatDate(r.informedOn)} av {r.informedByName} ({r.unitName}), {r.methods.map((m) => ipMethodLabels[m].toLowerCase()).join(' og ')}.
                      </Paragraph>
                      {r.declineReason && <Paragraph data-size="sm">Begrunnelse: {r.declineReason}</Paragraph>}
                      {r.reaskDate && <Paragraph data-size="sm">Spør igjen {formatDate(r.reaskDate)}.</Paragraph>}
                      <Paragraph data-size="sm" className="muted">Behov: {r.needsBasis}</Paragraph>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="coordinator-heading" className="section">
        <SectionHead id="coordinator-heading" title="Koordinator">
          <div className="button-row">
            {isKe && open !== 'appoint' && (
              <Button variant="secondary" data-size="sm" onClick={() => setOpen('appoint')}>
                {current ? 'Bytt koordinator' : 'Oppnevn koordinator'}
              </Button>
            )}
            {isKe && !current && open !== 'offer' && (
              <Button variant="secondary" data-size="sm" onClick={() => setOpen('offer')}>
                Registrer tilbud om koordinator
              </Button>
            )}
            {isKe && current && open !== 'end' && (
              <Button variant="tertiary" data-size="sm" onClick={() => setOpen('end')}>
                Avslutt koordinator
              </Button>
            )}
            {canInform && current && open !== 'request' && (
              <Button variant="tertiary" data-size="sm" onClick={() => setOpen('request')}>
                Personen ønsker ny koordinator
              </Button>
            )}
          </div>
        </SectionHead>
        {open === 'appoint' && <AppointForm personId={personId} change={Boolean(current)} onCancel={() => setOpen(null)} onSaved={() => saved('Koordinatoren er oppnevnt og lagt til i teamet.')} />}
        {open === 'offer' && <OfferForm personId={personId} onCancel={() => setOpen(null)} onSaved={(accepted) => saved(accepted ? 'Tilbudet er registrert: personen takket ja til koordinator.' : 'Tilbudet er registrert: personen takket nei til koordinator.')} />}
        {open === 'end' && current && <EndCoordinatorForm personId={personId} coordinatorName={current.displayName} onCancel={() => setOpen(null)} onSaved={() => saved(`${current.displayName} er avsluttet som koordinator.`)} />}
        {open === 'request' && <RequestForm personId={personId} onCancel={() => setOpen(null)} onSaved={() => saved('Ønsket er sendt til koordinerende enhet som en oppgave.')} />}
        {overview.loading && !overview.data && <Loading label="Henter koordinering …" />}
        <ProblemAlert error={overview.error} />
        {overview.data && (
          <>
            <Paragraph>
              {current ? (
                <>
                  <strong>{current.displayName}</strong>, {current.unitName}
                  {current.phone ? `, tlf. ${current.phone}` : ''} – siden {formatDate(current.since.slice(0, 10))}
                  {current.basis === 'without-ip' ? ' (uten individuell plan)' : ''}
                  {current.chosenWithPerson ? ', valgt i samråd med personen' : ''}.
                </>
              ) : (
                'Personen har ingen koordinator.'
              )}
            </Paragraph>
            {!current && declinedIp && !lastOffer && (
              <Paragraph data-size="sm">
                <Tag data-color="warning">Tilby koordinator</Tag> Personen har takket nei til individuell plan. Koordinerende enhet skal likevel tilby koordinator ({cite('hol', '§ 7-2')}).
              </Paragraph>
            )}
            {lastOffer && (
              <Paragraph data-size="sm">
                Siste tilbud om koordinator: {formatDateTime(lastOffer.occurredAt)} – <strong>{lastOffer.kind === 'offered' ? 'personen takket ja' : 'personen takket nei'}</strong>. Svar: {lastOffer.note}
              </Paragraph>
            )}
            {overview.data.requests.length > 0 && (
              <>
                <Heading level={3} data-size="xs">
                  Ønsker om ny koordinator
                </Heading>
                <ul className="plain-list">
                  {overview.data.requests.map((r) => (
                    <li key={r.id}>
                      <Tag data-color={r.status === 'open' ? 'warning' : 'success'}>{r.status === 'open' ? 'Til behandling hos KE' : 'Besvart'}</Tag> {formatDateTime(r.requestedAt)} ({r.receivedVia}): {r.reason}
                      {r.answer && <div className="muted">Svar: {r.answer}</div>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {overview.data.events.length > 0 && (
              <>
                <Heading level={3} data-size="xs">
                  Historikk
                </Heading>
                <ul className="plain-list tight">
                  {overview.data.events.map((e) => (
                    <li key={`${e.kind}-${e.occurredAt}`}>
                      {formatDateTime(e.occurredAt)}: {eventKindLabels[e.kind] ?? e.kind}
                      {e.toName ? ` – ${e.fromName ? `${e.fromName} → ` : ''}${e.toName}` : e.fromName ? ` – ${e.fromName}` : ''}. {e.note} <span className="muted">(registrert av {e.recordedByName})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {overview.data.messages.length > 0 && (
              <>
                <Heading level={3} data-size="xs">
                  Meldinger til koordinerende enhet
                </Heading>
                <ul className="plain-list tight">
                  {overview.data.messages.map((m) => (
                    <li key={m.id}>
                      {formatDate(m.receivedAt.slice(0, 10))}: {messageKindLabels[m.kind]} – {messageStatusLabels[m.status]}
                      {m.outcomeNote ? ` (${m.outcomeNote})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      {may(user, 'ip.inform') && <OneTimeCode personId={personId} />}
    </>
  );
}
