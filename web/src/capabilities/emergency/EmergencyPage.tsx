// Akuttvisning: the emergency view of one person, for on-call use on a phone.
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { fullName } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { EmergencyView } from '../../platform/api-types.js';
import { NotInScope } from '../persons/NotInScope.js';
import { clear, peek } from './handoff.js';
import { EmergencyViewContent } from './EmergencyViewContent.js';

/** Remounts on every navigation, also to the same address after access was just opened. */
export function EmergencyPage() {
  const location = useLocation();
  return <EmergencyPageContent key={location.key} />;
}

function EmergencyPageContent() {
  const { personId = '' } = useParams();
  const [handed] = useState(() => peek(personId));
  const loaded = useApi<EmergencyView>(handed ? null : `/api/persons/${encodeURIComponent(personId)}/emergency`);
  const view = handed ?? loaded.data;
  useTitle(view ? `Akuttvisning: ${fullName(view.person)}` : 'Akuttvisning');
  useEffect(() => {
    // Opened from the form further down the page: start the view at the top.
    if (handed) window.scrollTo(0, 0);
    return clear;
  }, [handed]);

  if (view) return <EmergencyViewContent view={view} />;
  if (loaded.error?.code === 'PERSON_NOT_IN_SCOPE') return <NotInScope personId={personId} error={loaded.error} emergencyPage />;
  return (
    <>
      <Heading level={1} data-size="lg">
        Akuttvisning
      </Heading>
      {loaded.loading && <Loading label="Henter akuttvisningen …" />}
      <ProblemAlert error={loaded.error} />
    </>
  );
}
