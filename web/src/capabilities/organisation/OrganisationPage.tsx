// Organisation: units, staff and partners. Everyone on staff may read; only admins change anything.
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { Heading, Link } from '@digdir/designsystemet-react';
import { UnitsAdmin } from './UnitsAdmin.js';
import { StaffAdmin } from './StaffAdmin.js';
import { PartnersAdmin } from './PartnersAdmin.js';

const sections = [
  { to: 'enheter', label: 'Enheter' },
  { to: 'ansatte', label: 'Ansatte' },
  { to: 'samarbeidspartnere', label: 'Samarbeidspartnere' },
];

export function OrganisationPage() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Organisasjon
      </Heading>
      <nav aria-label="Organisasjon" className="sub-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <Link asChild>
                <NavLink to={`/organisasjon/${s.to}`}>{s.label}</NavLink>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="enheter" replace />} />
        <Route path="enheter" element={<UnitsAdmin />} />
        <Route path="ansatte" element={<StaffAdmin />} />
        <Route path="samarbeidspartnere" element={<PartnersAdmin />} />
      </Routes>
    </>
  );
}
