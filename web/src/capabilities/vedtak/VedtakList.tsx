// The person's vedtak, and creating a new draft (from ?ny=1&kartlegging=… when coming from a
// completed kartlegging).
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { Items, Vedtak } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { VedtakForm } from './VedtakForm.js';
import { vedtakStatus } from './labels.js';

export function VedtakList({ personId }: { personId: string }) {
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const canWrite = may(user, 'vedtak.write');
  const [creating, setCreating] = useState(params.get('ny') === '1' && canWrite);
  const list = useApi<Items<Vedtak>>(`/api/persons/${personId}/vedtak`);
  const items = list.data?.items ?? [];

  return (
    <section aria-labelledby="vedtak-list-heading" className="section">
      <SectionHead id="vedtak-list-heading" title="Vedtak">
        {canWrite && !creating && (
          <Button variant="secondary" data-size="sm" onClick={() => setCreating(true)}>
            Nytt vedtak
          </Button>
        )}
      </SectionHead>
      {creating && (
        <VedtakForm
          personId={personId}
          kartleggingId={params.get('kartlegging') ?? undefined}
          onCancel={() => setCreating(false)}
          onSaved={(id) => navigate(`/personer/${personId}/vedtak/${id}`, { state: { flash: 'Vedtaksutkastet er lagret. Se over og fatt vedtaket.' } })}
        />
      )}
      {list.loading && !list.data && <Loading label="Henter vedtak …" />}
      <ProblemAlert error={list.error} />
      {list.data && items.length === 0 && <Paragraph>Ingen vedtak er registrert.</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list">
          {items.map((v) => {
            const status = vedtakStatus[v.status];
            return (
              <li key={v.id}>
                <Card data-color="neutral">
                  <div className="section-head">
                    <Heading level={3} data-size="xs">
                      <Link asChild>
                        <RouterLink to={`/personer/${personId}/vedtak/${v.id}`}>{v.service.name}</RouterLink>
                      </Link>
                    </Heading>
                    <div className="tag-row">
                      <Tag data-color={status.color}>{status.text}</Tag>
                      {v.evaluation && <Tag data-color="info">Evaluert</Tag>}
                    </div>
                  </div>
                  <Paragraph data-size="sm">
                    Fra {formatDate(v.startDate)}
                    {v.endDate ? ` til ${formatDate(v.endDate)}` : ''} – evalueres {v.evaluationDate ? formatDate(v.evaluationDate) : '(ingen evalueringsdato)'} av {v.evaluationResponsible?.displayName ?? '(ingen ansvarlig)'}
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
