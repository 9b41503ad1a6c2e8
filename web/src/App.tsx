// Routes. Everything except the login page needs a session; role-gated pages check the shared policy.
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './platform/auth.js';
import { Layout, homePath } from './platform/Layout.js';
import { LoginPage } from './platform/LoginPage.js';
import { Loading } from './platform/feedback.js';
import { NotFoundPage, RequireAction, RequireAnyAction } from './platform/guards.js';
import { SearchPage } from './capabilities/persons/SearchPage.js';
import { RegisterPersonPage } from './capabilities/persons/RegisterPersonPage.js';
import { PersonPage } from './capabilities/persons/PersonPage.js';
import { EmergencyPage } from './capabilities/emergency/EmergencyPage.js';
import { ReviewListPage } from './capabilities/emergency/ReviewListPage.js';
import { PersonAccessLogPage } from './capabilities/access-log/PersonAccessLogPage.js';
import { MyAccessLogPage } from './capabilities/access-log/MyAccessLogPage.js';
import { OrganisationPage } from './capabilities/organisation/OrganisationPage.js';
import { WorklistPage } from './capabilities/worklist/WorklistPage.js';
import { DeviationListPage } from './capabilities/deviations/DeviationListPage.js';
import { ReportDeviationPage } from './capabilities/deviations/ReportDeviationPage.js';
import { DeviationPage } from './capabilities/deviations/DeviationPage.js';
import { StatisticsPage } from './capabilities/deviations/StatisticsPage.js';
import { ProceduresPage } from './capabilities/procedures/ProceduresPage.js';
import { ProcedurePage } from './capabilities/procedures/ProcedurePage.js';
import { CoveragePage } from './capabilities/procedures/CoveragePage.js';
import { MatrixPage } from './capabilities/responsibility/MatrixPage.js';
import { AuditPage } from './capabilities/audit/AuditPage.js';
import { SamplePage } from './capabilities/audit/SamplePage.js';
import { AuditCasePage } from './capabilities/audit/AuditCasePage.js';
import { SelfAssessmentPage } from './capabilities/audit/SelfAssessmentPage.js';
import { RecordsExchangePage } from './capabilities/records-exchange/RecordsExchangePage.js';
import { HousingOfficePage } from './capabilities/housing/HousingOfficePage.js';
import { NavCaseloadPage } from './capabilities/nav/NavCaseloadPage.js';
import { MyPersonsPage } from './capabilities/coordination/MyPersonsPage.js';
import { KePage } from './capabilities/coordination/KePage.js';
import { ActivityCatalogPage } from './capabilities/activities/ActivityCatalogPage.js';
import { DashboardPage as ComplianceDashboardPage } from './capabilities/compliance/DashboardPage.js';
import { CasesPage as ComplianceCasesPage } from './capabilities/compliance/CasesPage.js';
import { AgreementsPage } from './capabilities/agreements/AgreementsPage.js';
import { AgreementPage } from './capabilities/agreements/AgreementPage.js';
import { ThemePlanPage, ThemePlansPage } from './capabilities/theme-plans/ThemePlansPage.js';
import { InvolvementPage } from './capabilities/involvement/InvolvementPage.js';
import { SurveyPage } from './capabilities/involvement/SurveyPage.js';
import { PublicSurveyPage } from './capabilities/involvement/PublicSurveyPage.js';
import { CodeLoginPage } from './capabilities/citizen/CodeLoginPage.js';
import { MyPlanPage } from './capabilities/citizen/MyPlanPage.js';
import { CitizenLanguage } from './capabilities/citizen/CitizenLanguage.js';
import { MyCrisisPlanPage } from './capabilities/citizen/MyCrisisPlanPage.js';

function LoginRoute() {
  const { user } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (user) return <Navigate to={from && from !== '/logg-inn' ? from : homePath(user)} replace />;
  return <LoginPage />;
}

function CodeRoute() {
  const { user } = useAuth();
  if (user) return <Navigate to={homePath(user)} replace />;
  return <CodeLoginPage />;
}

function Protected() {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  return <Layout />;
}

function Home() {
  const { user } = useAuth();
  return user ? <Navigate to={homePath(user)} replace /> : null;
}

export function App() {
  const { user } = useAuth();
  if (user === undefined) {
    return (
      <main id="main" className="app-main">
        <Loading label="Starter Helhet …" />
      </main>
    );
  }
  return (
    <Routes>
      <Route path="/logg-inn" element={<LoginRoute />} />
      {/* The open survey link: answered without login. */}
      <Route path="/undersokelse/:token" element={<PublicSurveyPage />} />
      {/* People without BankID: a one-time code from the coordinator. */}
      <Route path="/kode" element={<CodeRoute />} />
      <Route element={<Protected />}>
        <Route index element={<Home />} />
        <Route path="arbeidsliste" element={<RequireAction action="person.read"><WorklistPage /></RequireAction>} />
        <Route path="personer" element={<RequireAction action="person.read"><SearchPage /></RequireAction>} />
        <Route path="personer/ny" element={<RequireAction action="person.create"><RegisterPersonPage /></RequireAction>} />
        <Route path="personer/:personId/*" element={<RequireAction action="person.read"><PersonPage /></RequireAction>} />
        <Route path="personer/:personId/akutt" element={<RequireAction action="person.read"><EmergencyPage /></RequireAction>} />
        <Route path="personer/:personId/tilgangslogg" element={<RequireAction action="person.read"><PersonAccessLogPage /></RequireAction>} />
        <Route path="nodtilganger" element={<RequireAction action="access.review"><ReviewListPage /></RequireAction>} />
        <Route path="innsyn" element={<MyAccessLogPage />} />
        <Route path="min-plan" element={<CitizenLanguage><MyPlanPage /></CitizenLanguage>} />
        <Route path="min-kriseplan" element={<CitizenLanguage><MyCrisisPlanPage /></CitizenLanguage>} />
        <Route path="mine-personer" element={<RequireAction action="person.read"><MyPersonsPage /></RequireAction>} />
        <Route path="koordinerende-enhet" element={<RequireAction action="ke.manage"><KePage /></RequireAction>} />
        <Route path="etterlevelse" element={<RequireAction action="compliance.dashboard"><ComplianceDashboardPage /></RequireAction>} />
        <Route path="etterlevelse/saker" element={<RequireAction action="compliance.dashboard"><ComplianceCasesPage /></RequireAction>} />
        <Route path="organisasjon/*" element={<RequireAction action="org.read"><OrganisationPage /></RequireAction>} />
        <Route path="avvik" element={<RequireAction action="deviation.report"><DeviationListPage view="reported-by-me" /></RequireAction>} />
        <Route path="avvik/ny" element={<RequireAction action="deviation.report"><ReportDeviationPage /></RequireAction>} />
        <Route path="avvik/behandle" element={<RequireAction action="deviation.handle"><DeviationListPage view="to-handle" /></RequireAction>} />
        <Route path="avvik/eskalert" element={<RequireAction action="deviation.handle"><DeviationListPage view="escalated" /></RequireAction>} />
        <Route path="avvik/statistikk" element={<RequireAction action="deviation.statistics"><StatisticsPage /></RequireAction>} />
        <Route path="avvik/:deviationId" element={<RequireAction action="deviation.report"><DeviationPage /></RequireAction>} />
        <Route path="rutiner" element={<RequireAction action="procedure.read"><ProceduresPage /></RequireAction>} />
        <Route path="rutiner/lesedekning" element={<RequireAction action="procedure.coverage"><CoveragePage /></RequireAction>} />
        <Route path="rutiner/:procedureId" element={<RequireAction action="procedure.read"><ProcedurePage /></RequireAction>} />
        <Route path="ansvarsmatrise" element={<RequireAction action="responsibility.read"><MatrixPage /></RequireAction>} />
        <Route path="ansvarsmatrise/:matrixId" element={<RequireAction action="responsibility.read"><MatrixPage /></RequireAction>} />
        <Route path="revisjon" element={<RequireAnyAction actions={['audit.manage', 'audit.read']}><AuditPage /></RequireAnyAction>} />
        <Route path="revisjon/:sampleId" element={<RequireAnyAction actions={['audit.manage', 'audit.read']}><SamplePage /></RequireAnyAction>} />
        <Route path="revisjon/:sampleId/saker/:personId" element={<RequireAction action="audit.read"><AuditCasePage /></RequireAction>} />
        <Route path="egenvurdering" element={<RequireAction action="self-assessment.read"><SelfAssessmentPage /></RequireAction>} />
        <Route path="utveksling" element={<RequireAnyAction actions={['records.import', 'records.export']}><RecordsExchangePage /></RequireAnyAction>} />
        <Route path="boligkontoret" element={<RequireAction action="person.read"><HousingOfficePage /></RequireAction>} />
        <Route path="nav" element={<RequireAction action="nav.write"><NavCaseloadPage /></RequireAction>} />
        <Route path="aktiviteter" element={<RequireAction action="person.read"><ActivityCatalogPage /></RequireAction>} />
        <Route path="samarbeidsavtaler" element={<RequireAction action="agreement.read"><AgreementsPage /></RequireAction>} />
        <Route path="samarbeidsavtaler/:agreementId" element={<RequireAction action="agreement.read"><AgreementPage /></RequireAction>} />
        <Route path="temaplaner" element={<RequireAction action="theme-plan.read"><ThemePlansPage /></RequireAction>} />
        <Route path="temaplaner/:planId" element={<RequireAction action="theme-plan.read"><ThemePlanPage /></RequireAction>} />
        <Route path="brukermedvirkning" element={<RequireAction action="involvement.read"><InvolvementPage /></RequireAction>} />
        <Route path="brukermedvirkning/undersokelser/:surveyId" element={<RequireAction action="involvement.read"><SurveyPage /></RequireAction>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
