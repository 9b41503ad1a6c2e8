// Organisation: units, staff, partners, child-responsible staff and the municipality's settings. Everyone on staff may read; admins
// change the organisation, unit leaders appoint their units' child-responsible staff.
import { Navigate, Route, Routes } from 'react-router';
import { Heading } from '@digdir/designsystemet-react';
import { SubNav } from '../../platform/NavLinks.js';
import { UnitsAdmin } from './UnitsAdmin.js';
import { StaffAdmin } from './StaffAdmin.js';
import { PartnersAdmin } from './PartnersAdmin.js';
import { ChildResponsibleAdmin } from './ChildResponsibleAdmin.js';
import { MunicipalityAdmin } from './MunicipalityAdmin.js';

const sections = [
  { to: 'enheter', label: 'Enheter' },
  { to: 'ansatte', label: 'Ansatte' },
  { to: 'samarbeidspartnere', label: 'Samarbeidspartnere' },
  { to: 'barneansvarlige', label: 'Barneansvarlige' },
  { to: 'kommunen', label: 'Kommunen' },
];

export function OrganisationPage() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Organisasjon
      </Heading>
      <SubNav label="Organisasjon" items={sections.map((s) => ({ to: `/organisasjon/${s.to}`, label: s.label }))} />
      <Routes>
        <Route index element={<Navigate to="enheter" replace />} />
        <Route path="enheter" element={<UnitsAdmin />} />
        <Route path="ansatte" element={<StaffAdmin />} />
        <Route path="samarbeidspartnere" element={<PartnersAdmin />} />
        <Route path="barneansvarlige" element={<ChildResponsibleAdmin />} />
        <Route path="kommunen" element={<MunicipalityAdmin />} />
      </Routes>
    </>
  );
}
