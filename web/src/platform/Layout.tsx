// The app shell: skip link, header with the user and role labels, role-filtered navigation, <main>.
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { useAuth, useUser } from './auth.js';
import { may, rolesText } from './policy.js';
import type { CurrentUser } from './api-types.js';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export function navItems(user: CurrentUser): NavItem[] {
  // The API gives people who log in themselves their access log only (person.read is staff-only).
  if (user.kind === 'person') return [{ to: '/innsyn', label: 'Hvem har sett mine opplysninger' }];
  const items: NavItem[] = [];
  if (may(user, 'person.read')) items.push({ to: '/arbeidsliste', label: 'Arbeidsliste' }, { to: '/personer', label: 'Personsøk', end: true });
  if (may(user, 'person.create')) items.push({ to: '/personer/ny', label: 'Registrer person' });
  if (may(user, 'emergency.review')) items.push({ to: '/nodtilganger', label: 'Nødtilganger' });
  if (may(user, 'org.read')) items.push({ to: '/organisasjon', label: 'Organisasjon' });
  return items;
}

export function homePath(user: CurrentUser): string {
  if (user.kind === 'person') return '/innsyn';
  if (may(user, 'person.read')) return '/arbeidsliste';
  return '/organisasjon';
}

export function Layout() {
  const user = useUser();
  const { logout } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page (screen readers announce it).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const roles = user.kind === 'person' ? 'Innbygger' : rolesText(user.roles);
  return (
    <>
      <SkipLink href="#main">Hopp til hovedinnholdet</SkipLink>
      <header className="app-header">
        <div className="app-header__bar">
          <RouterLink to="/" className="app-brand">
            Helhet
          </RouterLink>
          <div className="app-user">
            <span className="app-user__name">{user.displayName}</span>
            <span className="app-user__roles">{roles}</span>
          </div>
          <Button variant="secondary" data-size="sm" onClick={() => void logout()}>
            Logg ut
          </Button>
        </div>
        <nav aria-label="Hovedmeny" className="app-nav">
          <ul>
            {navItems(user).map((item) => (
              <li key={item.to}>
                <Link asChild>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
