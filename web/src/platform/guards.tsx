// Route guards and simple fallback pages.
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useUser } from './auth.js';
import { may, type RoleAction } from './policy.js';
import { useTitle } from './use-title.js';

/** Renders children only for users whose role allows `action`; the API would refuse anyway. */
export function RequireAction({ action, children }: { action: RoleAction; children: ReactNode }) {
  const user = useUser();
  if (!may(user, action)) return <NoAccessPage />;
  return <>{children}</>;
}

/** Renders children for users whose role allows any of `actions`. */
export function RequireAnyAction({ actions, children }: { actions: RoleAction[]; children: ReactNode }) {
  const user = useUser();
  if (!actions.some((action) => may(user, action))) return <NoAccessPage />;
  return <>{children}</>;
}

export function NoAccessPage() {
  useTitle('Ingen tilgang');
  return (
    <>
      <Heading level={1} data-size="lg">
        Ingen tilgang
      </Heading>
      <Alert data-color="warning">
        <Paragraph>Du har ikke en rolle som gir tilgang til denne siden.</Paragraph>
      </Alert>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">Gå til forsiden</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}

export function NotFoundPage() {
  useTitle('Fant ikke siden');
  return (
    <>
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>Adressen finnes ikke i Helhet.</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">Gå til forsiden</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
