// The avvik pages' own navigation: report, my reports, the handler's inbox, escalated, statistics.
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { SubNav } from '../../platform/NavLinks.js';

export function DeviationsNav() {
  const user = useUser();
  const oversight = user.kind === 'staff' && (user.roles.includes('director') || user.roles.includes('quality-adviser'));
  const items = [
    { to: '/avvik/ny', label: 'Meld avvik' },
    { to: '/avvik', label: 'Mine avvik', end: true },
    ...(may(user, 'deviation.handle') ? [{ to: '/avvik/behandle', label: 'Til behandling' }] : []),
    ...(oversight ? [{ to: '/avvik/eskalert', label: 'Eskalert til direktøren' }] : []),
    ...(may(user, 'deviation.statistics') ? [{ to: '/avvik/statistikk', label: 'Statistikk' }] : []),
  ];
  return <SubNav label="Avvik" items={items} />;
}
