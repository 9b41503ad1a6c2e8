// Staff view of who has read or changed a person's data (e.g. to answer an innsyn request).
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, LogEntry } from '../../platform/api-types.js';
import { AccessLogTable } from './AccessLogTable.js';

export function PersonAccessLogPage() {
  useTitle('Tilgangslogg');
  const { personId = '' } = useParams();
  const log = useApi<Items<LogEntry>>(`/api/persons/${encodeURIComponent(personId)}/access-log`);
  return (
    <>
      <Heading level={1} data-size="lg">
        Tilgangslogg
      </Heading>
      <Paragraph>
        Alle som har søkt opp, lest eller endret opplysninger om personen, og forsøk som ble nektet. De siste 200 hendelsene vises.{' '}
        <Link asChild>
          <RouterLink to={`/personer/${personId}`}>Tilbake til personsiden</RouterLink>
        </Link>
      </Paragraph>
      {log.loading && <Loading label="Henter tilgangsloggen …" />}
      <ProblemAlert error={log.error} />
      {log.data && <AccessLogTable items={log.data.items} caption="Oppslag i personens opplysninger, nyeste først" />}
    </>
  );
}
