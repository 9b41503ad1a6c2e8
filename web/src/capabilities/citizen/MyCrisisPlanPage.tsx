// «Min kriseplan»: the person's own crisis plan in plain words, with PDF prints (normal and large type).
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { CrisisPlanOverview } from '../../platform/api-types.js';
import { CrisisPlanContent } from '../crisis-plans/CrisisPlanView.js';
import { PdfLinks } from './PdfLinks.js';

export function MyCrisisPlanPage() {
  const { t } = useTranslation();
  useTitle(t('crisis.title'));
  const overview = useApi<CrisisPlanOverview>('/api/me/crisis-plan');
  const plan = overview.data?.plan;
  return (
    <div className="citizen-page">
      <Heading level={1} data-size="lg">
        {t('crisis.title')}
      </Heading>
      <Paragraph>{t('crisis.intro')}</Paragraph>
      <ProblemAlert error={overview.error} />
      {overview.loading && <Loading label={t('crisis.loading')} />}
      {overview.data && !plan && (
        <Alert data-color="info" role="status">
          <Paragraph>{t('crisis.none')}</Paragraph>
        </Alert>
      )}
      {plan && (
        <>
          <PdfLinks path="/api/me/crisis-plan/pdf" />
          <CrisisPlanContent
            plan={plan}
            level={2}
            labels={{
              warningSigns: t('crisis.warningSigns'),
              triggers: t('crisis.triggers'),
              whatHelps: t('crisis.whatHelps'),
              whatToAvoid: t('crisis.whatToAvoid'),
              medication: t('crisis.medication'),
              contacts: t('crisis.contacts'),
              personsWishes: t('crisis.personsWishes'),
              review: (date) => t('crisis.review', { date }),
              reachable: (when) => t(`crisis.reachable.${when}`),
            }}
          />
        </>
      )}
    </div>
  );
}
