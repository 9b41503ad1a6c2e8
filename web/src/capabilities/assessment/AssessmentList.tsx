// The person's kartlegginger (shared between units), starting a new one, or recording a decline.
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { Items, Kartlegging } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { DeclineForm, StartKartleggingForm } from './StartForms.js';
import { domainIds, kartleggingStatus } from './labels.js';

export function AssessmentList({ personId }: { personId: string }) {
  const user = useUser();
  const navigate = useNavigate();
  const canWrite = may(user, 'assessment.write');
  const list = useApi<Items<Kartlegging>>(`/api/persons/${personId}/kartlegginger`);
  const { form, message, open, close, saved } = useSectionForms<'start' | 'decline'>(list.reload);
  const items = list.data?.items ?? [];

  return (
    <section aria-labelledby="kartlegginger-heading" className="section">
      <SectionHead id="kartlegginger-heading" title="Kartlegginger">
        {canWrite && form === null && (
          <div className="button-row">
            <Button data-size="sm" onClick={() => open('start')}>
              Start kartlegging
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => open('decline')}>
              Personen takker nei
            </Button>
          </div>
        )}
      </SectionHead>
      <Paragraph data-size="sm">Kartleggingen deles mellom enhetene som gir personen tjenester. Vedtak bygger på en fullført kartlegging.</Paragraph>
      <SuccessMessage>{message}</SuccessMessage>
      {form === 'start' && <StartKartleggingForm personId={personId} onCancel={close} onSaved={(id) => navigate(`/personer/${personId}/kartlegging/${id}`, { state: { flash: 'Kartleggingen er startet.' } })} />}
      {form === 'decline' && <DeclineForm personId={personId} onCancel={close} onSaved={() => saved('Det er registrert at personen takker nei. Nytt tilbud kommer på arbeidslisten.')} />}
      {list.loading && !list.data && <Loading label="Henter kartlegginger …" />}
      <ProblemAlert error={list.error} />
      {list.data && items.length === 0 && <Paragraph>Ingen kartlegginger er registrert.</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list">
          {items.map((k) => {
            const status = kartleggingStatus[k.status];
            const covered = domainIds.filter((d) => k.coverage[d] === 'covered' || k.coverage[d] === 'partly').length;
            return (
              <li key={k.id}>
                <Card data-color="neutral">
                  <div className="section-head">
                    <Heading level={3} data-size="xs">
                      <Link asChild>
                        <RouterLink to={`/personer/${personId}/kartlegging/${k.id}`}>Kartlegging {formatDate(k.occasion)}</RouterLink>
                      </Link>
                    </Heading>
                    <div className="tag-row">
                      <Tag data-color={status.color}>{status.text}</Tag>
                      {k.instruments.some((i) => i.suicideRiskPrompt) && <Tag data-color="danger">Selvmordstanker må følges opp</Tag>}
                    </div>
                  </div>
                  <Paragraph data-size="sm">
                    {k.unitName}
                    {k.status === 'declined' ? ` – nytt tilbud ${k.reofferDate ? formatDate(k.reofferDate) : ''}` : ` – ${covered} av ${domainIds.length} områder kartlagt`}
                  </Paragraph>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
