// Shown when the API refuses a person page (403 PERSON_NOT_IN_SCOPE).
import { Link as RouterLink } from 'react-router';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useTitle } from '../../platform/use-title.js';
import type { ApiError } from '../../platform/api.js';
import { EmergencyOpenForm } from '../emergency/EmergencyOpenForm.js';

/** `emergencyPage`: shown on the emergency view's own address, where a link to it would go nowhere. */
export function NotInScope({ personId, error, emergencyPage = false }: { personId: string; error: ApiError; emergencyPage?: boolean }) {
  useTitle('Ingen tilgang til personen');
  const user = useUser();
  const onCall = may(user, 'emergency.open');
  return (
    <>
      <Heading level={1} data-size="lg">
        Ingen tilgang til personen
      </Heading>
      <Alert data-color="warning" className="not-in-scope">
        <Heading level={2} data-size="xs">
          Du har ikke tjenstlig behov
        </Heading>
        <Paragraph>{error.detail}</Paragraph>
        <Paragraph>Forsøket er registrert i tilgangsloggen.</Paragraph>
      </Alert>
      {onCall ? (
        <>
          {!emergencyPage && (
            <Paragraph>
              Har du allerede åpnet nødtilgang til personen?{' '}
              <Link asChild>
                <RouterLink to={`/personer/${personId}/akutt`}>Vis akuttvisningen</RouterLink>
              </Link>
            </Paragraph>
          )}
          <EmergencyOpenForm personId={personId} />
        </>
      ) : (
        <Paragraph>
          Trenger du opplysningene i arbeidet ditt, må personen få en sak eller tjeneste i enheten din, eller du må legges til i teamet rundt personen.{' '}
          <Link asChild>
            <RouterLink to="/">Tilbake til forsiden</RouterLink>
          </Link>
        </Paragraph>
      )}
    </>
  );
}
