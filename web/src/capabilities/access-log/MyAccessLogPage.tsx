// "Hvem har sett mine opplysninger": the person's own view of the access log.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { NoAccessPage } from '../../platform/guards.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, LogEntry } from '../../platform/api-types.js';
import { AccessLogTable } from './AccessLogTable.js';

export function MyAccessLogPage() {
  const user = useUser();
  if (user.kind !== 'person') return <NoAccessPage />;
  return <MyAccessLog />;
}

function MyAccessLog() {
  useTitle('Hvem har sett mine opplysninger');
  const log = useApi<Items<LogEntry>>('/api/me/access-log');
  return (
    <>
      <Heading level={1} data-size="lg">
        Hvem har sett mine opplysninger
      </Heading>
      <Paragraph>
        Her ser du hvem i kommunen som har søkt deg opp, lest eller endret opplysningene dine, og hvorfor de hadde tilgang. Forsøk som ble nektet, er merket «Nektet». Lurer du på noe, kan du kontakte kommunen.
      </Paragraph>
      {log.loading && <Loading label="Henter loggen …" />}
      <ProblemAlert error={log.error} />
      {log.data && <AccessLogTable items={log.data.items} caption="Oppslag i opplysningene dine, nyeste først" />}
    </>
  );
}
