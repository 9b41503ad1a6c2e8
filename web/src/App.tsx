// Routes. Everything except the login page needs a session; role-gated pages check the shared policy.
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './platform/auth.js';
import { Layout, homePath } from './platform/Layout.js';
import { LoginPage } from './platform/LoginPage.js';
import { Loading } from './platform/feedback.js';
import { NotFoundPage, RequireAction } from './platform/guards.js';
import { SearchPage } from './capabilities/persons/SearchPage.js';
import { RegisterPersonPage } from './capabilities/persons/RegisterPersonPage.js';
import { PersonPage } from './capabilities/persons/PersonPage.js';
import { EmergencyPage } from './capabilities/emergency/EmergencyPage.js';
import { ReviewListPage } from './capabilities/emergency/ReviewListPage.js';
import { PersonAccessLogPage } from './capabilities/access-log/PersonAccessLogPage.js';
import { MyAccessLogPage } from './capabilities/access-log/MyAccessLogPage.js';
import { OrganisationPage } from './capabilities/organisation/OrganisationPage.js';
import { WorklistPage } from './capabilities/worklist/WorklistPage.js';

function LoginRoute() {
  const { user } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (user) return <Navigate to={from && from !== '/logg-inn' ? from : homePath(user)} replace />;
  return <LoginPage />;
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
      <Route element={<Protected />}>
        <Route index element={<Home />} />
        <Route path="arbeidsliste" element={<RequireAction action="person.read"><WorklistPage /></RequireAction>} />
        <Route path="personer" element={<RequireAction action="person.read"><SearchPage /></RequireAction>} />
        <Route path="personer/ny" element={<RequireAction action="person.create"><RegisterPersonPage /></RequireAction>} />
        <Route path="personer/:personId/*" element={<RequireAction action="person.read"><PersonPage /></RequireAction>} />
        <Route path="personer/:personId/akutt" element={<RequireAction action="person.read"><EmergencyPage /></RequireAction>} />
        <Route path="personer/:personId/tilgangslogg" element={<RequireAction action="person.read"><PersonAccessLogPage /></RequireAction>} />
        <Route path="nodtilganger" element={<RequireAction action="emergency.review"><ReviewListPage /></RequireAction>} />
        <Route path="innsyn" element={<MyAccessLogPage />} />
        <Route path="organisasjon/*" element={<RequireAction action="org.read"><OrganisationPage /></RequireAction>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
