// Lists of avvik: «Mine avvik» (what I reported, with status), the handler's inbox and the avvik
// escalated to the director. The API decides what each user may see.
import { useLocation, Link as RouterLink } from 'react-router';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items } from '../../platform/api-types.js';
import { DeviationsNav } from './DeviationsNav.js';
import { severityColor, statusColor } from './labels.js';
import type { DeviationSummary } from './types.js';

type View = 'reported-by-me' | 'to-handle' | 'escalated';

const texts: Record<View, { title: string; intro: string; empty: string }> = {
  'reported-by-me': {
    title: 'Mine avvik',
    intro: 'Avvik du har meldt, med status. Du ser tiltakene, tilbakemeldingen og konklusjonen når lederen har behandlet avviket.',
    empty: 'Du har ikke meldt noen avvik.',
  },
  'to-handle': {
    title: 'Avvik til behandling',
    intro: 'Åpne avvik som er sendt til en enhet du leder. Vurder, sett inn tiltak, gi tilbakemelding til melderen og lukk.',
    empty: 'Ingen åpne avvik venter på deg.',
  },
  escalated: {
    title: 'Avvik eskalert til kommunedirektøren',
    intro: 'Alvorlige og svært alvorlige avvik går til kommunedirektøren med en gang.',
    empty: 'Ingen avvik er eskalert.',
  },
};

export function DeviationListPage({ view }: { view: View }) {
  const t = texts[view];
  useTitle(t.title);
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const list = useApi<Items<DeviationSummary>>(`/api/deviations?view=${view}`);
  const items = list.data?.items ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <DeviationsNav />
      <SuccessMessage>{flash}</SuccessMessage>
      <Paragraph>{t.intro}</Paragraph>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data && <Loading label="Henter avvik …" />}
      {list.data && items.length === 0 && <Paragraph>{t.empty}</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list" aria-label={t.title}>
          {items.map((d) => (
            <li key={d.id}>
              <DeviationCard d={d} view={view} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function DeviationCard({ d, view }: { d: DeviationSummary; view: View }) {
  return (
    <Card data-color="neutral">
      <div className="section-head">
        <Heading level={2} data-size="xs">
          <Link asChild>
            <RouterLink to={`/avvik/${d.id}`}>
              {d.reference}: {d.categoryLabel}
            </RouterLink>
          </Link>
        </Heading>
        <div className="tag-row">
          <Tag data-color={statusColor[d.status]}>{d.statusLabel}</Tag>
          <Tag data-color={severityColor[d.severity]}>{d.severityLabel}</Tag>
          {d.escalated && <Tag data-color="danger">Eskalert</Tag>}
          {d.partnerAnswerOverdue && <Tag data-color="warning">Svar fra partner forfalt</Tag>}
        </div>
      </div>
      <Paragraph data-size="sm" className="deviation-excerpt">
        {d.description}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        Meldt {formatDateTime(d.reportedAt)}
        {view !== 'reported-by-me' && ` av ${d.reporter.displayName}${d.reporterUnit ? ` (${d.reporterUnit.name})` : ''}`}. Gjelder {d.concerned.name}
        {d.handlingUnit && d.handlingUnit.name !== d.concerned.name ? `, behandles av ${d.handlingUnit.name}` : ''}.
      </Paragraph>
    </Card>
  );
}
