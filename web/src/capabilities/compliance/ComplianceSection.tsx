// «Etterlevelse» on the person page: every check evaluated now, what is missing, why and which law.
// Findings first (not met, then partly), then what is met; «not applicable» is folded away.
import { Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { statusColors, statusLabels, sourceText, type ComplianceStatus, type PersonCompliance } from './types.js';

const order: ComplianceStatus[] = ['not-met', 'partly', 'met'];

export function ComplianceSection({ personId }: { personId: string }) {
  const result = useApi<PersonCompliance>(`/api/persons/${encodeURIComponent(personId)}/compliance`);
  if (result.loading && !result.data) return <Loading label="Kontrollerer etterlevelse …" />;
  if (!result.data) return <ProblemAlert error={result.error} />;
  const items = result.data.items;
  const applicable = items.filter((i) => i.status !== 'not-applicable').sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const notApplicable = items.filter((i) => i.status === 'not-applicable');
  const findings = applicable.filter((i) => i.status !== 'met').length;
  return (
    <section aria-labelledby="compliance-heading" className="compliance-section">
      <Heading level={2} data-size="md" id="compliance-heading">
        Etterlevelse
      </Heading>
      <Paragraph>
        {findings === 0 ? 'Ingen mangler funnet i kontrollene som gjelder personen.' : `${findings} av ${applicable.length} kontroller som gjelder personen, er ikke fullt oppfylt.`} Kontrollert{' '}
        {result.data.today.split('-').reverse().join('.')}.
      </Paragraph>
      <ul className="compliance-list">
        {applicable.map((item) => (
          <li key={item.check.id} className={`compliance-item compliance-item--${item.status}`}>
            <div className="compliance-item__head">
              <Tag data-color={statusColors[item.status]} data-size="sm">
                {statusLabels[item.status]}
              </Tag>
              <span className="compliance-item__text">{item.check.text}</span>
            </div>
            <Paragraph data-size="sm">{item.detail}</Paragraph>
            <Paragraph data-size="sm" className="compliance-item__source">
              Kilde:{' '}
              {item.check.source.url ? (
                <Link href={item.check.source.url} target="_blank" rel="noreferrer">
                  {sourceText(item.check.source)}
                </Link>
              ) : (
                sourceText(item.check.source)
              )}
            </Paragraph>
          </li>
        ))}
      </ul>
      {notApplicable.length > 0 && (
        <Details>
          <Details.Summary>Ikke aktuelt for personen ({notApplicable.length})</Details.Summary>
          <Details.Content>
            <ul className="compliance-na">
              {notApplicable.map((item) => (
                <li key={item.check.id}>
                  {item.check.text} <span className="compliance-item__why">– {item.detail}</span>
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
