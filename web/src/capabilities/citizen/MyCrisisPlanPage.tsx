// «Min kriseplan»: the person's own crisis plan in plain words, with PDF prints (normal and large type).
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { CrisisPlanOverview } from '../../platform/api-types.js';
import { CrisisPlanContent } from '../crisis-plans/CrisisPlanView.js';
import { PdfLinks } from './PdfLinks.js';

export function MyCrisisPlanPage() {
  useTitle('Min kriseplan');
  const overview = useApi<CrisisPlanOverview>('/api/me/crisis-plan');
  const plan = overview.data?.plan;
  return (
    <div className="citizen-page">
      <Heading level={1} data-size="lg">
        Min kriseplan
      </Heading>
      <Paragraph>Kriseplanen sier hva som er tegn på at du får det verre, hva som hjelper deg, og hvem som kan kontaktes.</Paragraph>
      <ProblemAlert error={overview.error} />
      {overview.loading && <Loading label="Henter kriseplanen …" />}
      {overview.data && !plan && (
        <Alert data-color="info" role="status">
          <Paragraph>Du har ingen kriseplan ennå. Snakk med koordinatoren din hvis du vil lage en.</Paragraph>
        </Alert>
      )}
      {plan && (
        <>
          <PdfLinks path="/api/me/crisis-plan/pdf" />
          <CrisisPlanContent plan={plan} level={2} />
        </>
      )}
    </div>
  );
}
