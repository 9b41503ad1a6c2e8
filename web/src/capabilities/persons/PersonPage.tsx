// The person page: personalia, GP, serving units, team, notes and consents, for whoever has a need
// to know, and sections for the case flow (henvendelser, kartlegging, vedtak). A refusal (403) is
// explained; on-call staff are offered the emergency-access flow instead.
import { Route, Routes, Link as RouterLink, useLocation, useParams } from 'react-router';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { accessBasisText, fullName } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { SubNav } from '../../platform/NavLinks.js';
import type { PersonDetail } from '../../platform/api-types.js';
import { NotesSection } from '../notes/NotesSection.js';
import { ConsentsSection } from '../notes/ConsentsSection.js';
import { NotInScope } from './NotInScope.js';
import { Personalia } from './Personalia.js';
import { TeamSection } from './TeamSection.js';
import { IntakeSection } from '../intake/IntakeSection.js';
import { AssessmentList } from '../assessment/AssessmentList.js';
import { AssessmentEditor } from '../assessment/AssessmentEditor.js';
import { VedtakList } from '../vedtak/VedtakList.js';
import { VedtakPage } from '../vedtak/VedtakPage.js';
import { CoordinationSection } from '../coordination/CoordinationSection.js';
import { PlanSection } from '../plans/PlanSection.js';
import { MeetingsSection } from '../meetings/MeetingsSection.js';
import { MeetingPage } from '../meetings/MeetingPage.js';
import { CrisisPlanSection } from '../crisis-plans/CrisisPlanSection.js';
import { SomaticSection } from '../somatic/SomaticSection.js';
import { HousingSection } from '../housing/HousingSection.js';
import { NavSection } from '../nav/NavSection.js';
import { RelativesSection } from '../relatives/RelativesSection.js';
import { RiskSection } from '../risk/RiskSection.js';
import { SpecialistSection } from '../specialist/SpecialistSection.js';
import { ActivitiesSection } from '../activities/ActivitiesSection.js';
import { ComplianceSection } from '../compliance/ComplianceSection.js';

const sections = [
  { to: '', label: 'Oversikt' },
  { to: 'henvendelser', label: 'Henvendelser og forløp' },
  { to: 'kartlegging', label: 'Kartlegging' },
  { to: 'vedtak', label: 'Vedtak' },
  { to: 'koordinering', label: 'Koordinering' },
  { to: 'plan', label: 'Individuell plan' },
  { to: 'moter', label: 'Teammøter' },
  { to: 'kriseplan', label: 'Kriseplan' },
  { to: 'somatisk-helse', label: 'Somatisk helse' },
  { to: 'bolig', label: 'Bolig' },
  { to: 'nav', label: 'NAV' },
  { to: 'parorende', label: 'Pårørende og barn' },
  { to: 'risiko', label: 'Risiko' },
  { to: 'spesialist', label: 'Spesialisthelsetjenesten' },
  { to: 'aktiviteter', label: 'Aktivitet og arbeid' },
  { to: 'etterlevelse', label: 'Etterlevelse' },
];

function sectionOf(pathname: string, personId: string): string | undefined {
  const rest = pathname.split(`/personer/${personId}`)[1]?.split('/').filter(Boolean)[0] ?? '';
  return sections.find((s) => s.to === rest)?.label;
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const person = useApi<PersonDetail>(`/api/persons/${encodeURIComponent(personId)}`);
  const section = sectionOf(location.pathname, personId);
  useTitle(person.data ? `${section && section !== 'Oversikt' ? `${section} – ` : ''}${fullName(person.data)}` : 'Personside');

  if (person.loading && !person.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Personside
        </Heading>
        <Loading label="Henter personen …" />
      </>
    );
  }
  if (person.error?.code === 'PERSON_NOT_IN_SCOPE') return <NotInScope personId={personId} error={person.error} />;
  if (!person.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Personside
        </Heading>
        <ProblemAlert error={person.error} />
      </>
    );
  }

  const p = person.data;
  return (
    <>
      <SuccessMessage>{flash}</SuccessMessage>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {fullName(p)}
          </Heading>
          <div className="tag-row">
            <Tag data-color="info">Tilgang via: {accessBasisText(p.accessBasis)}</Tag>
            {p.syntheticId && <Tag data-color="neutral">Syntetisk</Tag>}
          </div>
        </div>
        {may(user, 'emergency.open') && (
          <Button asChild variant="secondary">
            <RouterLink to={`/personer/${p.id}/akutt`}>Vis akuttvisning</RouterLink>
          </Button>
        )}
      </div>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/personer/${p.id}/tilgangslogg`}>Tilgangslogg: hvem har sett opplysningene</RouterLink>
        </Link>
      </Paragraph>
      <SubNav label="Personsiden" className="person-nav" items={sections.map((s) => ({ to: `/personer/${p.id}${s.to ? `/${s.to}` : ''}`, label: s.label, end: !s.to }))} />
      <Routes>
        <Route
          index
          element={
            <>
              <div className="card-grid">
                <Personalia person={p} onChanged={person.reload} />
                <TeamSection person={p} onChanged={person.reload} />
              </div>
              <NotesSection personId={p.id} />
              <ConsentsSection personId={p.id} />
            </>
          }
        />
        <Route path="henvendelser" element={<IntakeSection personId={p.id} />} />
        <Route path="kartlegging" element={<AssessmentList personId={p.id} />} />
        <Route path="kartlegging/:kartleggingId" element={<AssessmentEditor personId={p.id} />} />
        <Route path="vedtak" element={<VedtakList personId={p.id} />} />
        <Route path="vedtak/:vedtakId" element={<VedtakPage personId={p.id} />} />
        <Route path="koordinering" element={<CoordinationSection personId={p.id} />} />
        <Route path="plan" element={<PlanSection personId={p.id} />} />
        <Route path="moter" element={<MeetingsSection person={p} />} />
        <Route path="moter/:meetingId" element={<MeetingPage personId={p.id} />} />
        <Route path="kriseplan" element={<CrisisPlanSection personId={p.id} />} />
        <Route path="somatisk-helse" element={<SomaticSection personId={p.id} />} />
        <Route path="bolig" element={<HousingSection personId={p.id} />} />
        <Route path="nav" element={<NavSection personId={p.id} />} />
        <Route path="parorende" element={<RelativesSection personId={p.id} />} />
        <Route path="risiko" element={<RiskSection personId={p.id} />} />
        <Route path="spesialist" element={<SpecialistSection personId={p.id} />} />
        <Route path="aktiviteter" element={<ActivitiesSection personId={p.id} />} />
        <Route path="etterlevelse" element={<ComplianceSection personId={p.id} />} />
        <Route path="*" element={<Paragraph>Denne delen av personsiden finnes ikke.</Paragraph>} />
      </Routes>
    </>
  );
}
