// The app shell: skip link, header with the user and role labels, role-filtered navigation, <main>.
import { useEffect, useRef, useState } from 'react';
import { Outlet, Link as RouterLink, useLocation } from 'react-router';
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { NavLinks, type NavItem } from './NavLinks.js';
import { useAuth, useUser } from './auth.js';
import { may, rolesText } from './policy.js';
import type { CurrentUser } from './api-types.js';
import { useOwnUnits } from './use-own-units.js';

interface NavGroup {
  /** Shown above the group's links; null for a single unlabelled group. */
  label: string | null;
  items: NavItem[];
}

/** The menu in groups by kind of work, each filtered to what the user may do; empty groups are left out. */
export function navGroups(user: CurrentUser): NavGroup[] {
  // The API gives people who log in themselves their access log only (person.read is staff-only).
  if (user.kind === 'person') return [{ label: null, items: [{ to: '/min-plan', label: 'Min plan' }, { to: '/min-kriseplan', label: 'Min kriseplan' }, { to: '/innsyn', label: 'Hvem har sett mine opplysninger' }] }];
  const followUp: NavItem[] = [];
  if (may(user, 'person.read')) followUp.push({ to: '/arbeidsliste', label: 'Arbeidsliste' }, { to: '/personer', label: 'Personsøk', end: true });
  if (may(user, 'person.create')) followUp.push({ to: '/personer/ny', label: 'Registrer person' });
  if (user.roles.includes('coordinator')) followUp.push({ to: '/mine-personer', label: 'Mine personer' });
  if (may(user, 'ke.manage')) followUp.push({ to: '/koordinerende-enhet', label: 'Koordinerende enhet' });
  if (may(user, 'emergency.review')) followUp.push({ to: '/nodtilganger', label: 'Nødtilganger' });
  else if (may(user, 'access.review')) followUp.push({ to: '/nodtilganger', label: 'Tilgangsendringer' });
  const services: NavItem[] = [];
  if (may(user, 'housing.write')) services.push({ to: '/boligkontoret', label: 'Boligkontoret' });
  if (may(user, 'nav.write')) services.push({ to: '/nav', label: 'NAV-saksliste' });
  if (may(user, 'person.read')) services.push({ to: '/aktiviteter', label: 'Aktivitetstilbud' });
  const quality: NavItem[] = [];
  if (may(user, 'compliance.dashboard')) quality.push({ to: '/etterlevelse', label: 'Etterlevelse', end: true });
  if (may(user, 'audit.manage') || may(user, 'audit.read')) quality.push({ to: '/revisjon', label: 'Stikkprøver' });
  if (may(user, 'self-assessment.read')) quality.push({ to: '/egenvurdering', label: 'Egenvurdering' });
  if (may(user, 'deviation.report')) quality.push({ to: '/avvik', label: 'Avvik' });
  if (may(user, 'procedure.read')) quality.push({ to: '/rutiner', label: 'Rutiner' });
  if (may(user, 'responsibility.read')) quality.push({ to: '/ansvarsmatrise', label: 'Ansvarsmatrise' });
  if (may(user, 'agreement.read')) quality.push({ to: '/samarbeidsavtaler', label: 'Samarbeidsavtaler' });
  if (may(user, 'theme-plan.read')) quality.push({ to: '/temaplaner', label: 'Temaplaner' });
  if (may(user, 'involvement.read')) quality.push({ to: '/brukermedvirkning', label: 'Brukermedvirkning' });
  const admin: NavItem[] = [];
  if (may(user, 'org.read')) admin.push({ to: '/organisasjon', label: 'Organisasjon' });
  if (may(user, 'records.import') || may(user, 'records.export')) admin.push({ to: '/utveksling', label: 'Import og eksport' });
  const groups: NavGroup[] = [
    { label: 'Oppfølging', items: followUp },
    { label: 'Tjenester', items: services },
    { label: 'Kvalitet og internkontroll', items: quality },
    { label: 'Administrasjon', items: admin },
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function homePath(user: CurrentUser): string {
  if (user.kind === 'person') return '/min-plan';
  if (may(user, 'person.read')) return '/arbeidsliste';
  if (may(user, 'deviation.handle')) return '/avvik/behandle';
  if (may(user, 'compliance.dashboard')) return '/etterlevelse';
  return '/organisasjon';
}

export function Layout() {
  const user = useUser();
  const { logout } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);

  // After client-side navigation, move focus to the new page (screen readers announce it).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
    setMenuOpen(false);
  }, [location.pathname]);

  const roles = user.kind === 'person' ? 'Innbygger' : rolesText(user.roles);
  // The user's units beside the roles: the same role (e.g. «Saksbehandler») serves different offices.
  const unitNames = useOwnUnits().units.map((u) => u.name).join(', ');
  const groups = navGroups(user);
  // On a phone a long menu would push the page below the fold: it folds behind «Meny» (CSS decides when).
  const collapsible = groups.reduce((n, g) => n + g.items.length, 0) > 4;
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
            <span className="app-user__roles">{unitNames ? `${roles} · ${unitNames}` : roles}</span>
          </div>
          <Button variant="secondary" data-size="sm" onClick={() => void logout()}>
            Logg ut
          </Button>
        </div>
        <nav aria-label="Hovedmeny" className={`app-nav${collapsible ? ' app-nav--collapsible' : ''}${menuOpen ? ' app-nav--open' : ''}`}>
          {collapsible && (
            <Button variant="tertiary" data-size="sm" className="app-nav__toggle" aria-expanded={menuOpen} aria-controls="app-nav-groups" onClick={() => setMenuOpen((open) => !open)}>
              Meny
            </Button>
          )}
          <div className="app-nav__groups" id="app-nav-groups">
            {groups.map((group, i) => (
              <div key={group.label ?? i} className="app-nav__group">
                {group.label && (
                  <span className="app-nav__label" id={`nav-group-${i}`}>
                    {group.label}
                  </span>
                )}
                <NavLinks items={group.items} labelledBy={group.label ? `nav-group-${i}` : undefined} />
              </div>
            ))}
          </div>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
