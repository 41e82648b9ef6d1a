import { useQueryClient } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { setTwoFactorSetupHandler, setUnauthenticatedHandler } from './api/client';
import { ForRole } from './components/ForRole';
import { RequireSession } from './components/RequireSession';
import { FullPageLoader } from './components/FullPageLoader';
import { ApiError } from './api/client';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ListsPage } from './pages/ListsPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { homePath, useViewerQuery, VIEWER_KEY } from './session';

// The sign-in (with its forgotten-password page) and the lists pages come with the first load; every other page is fetched when first
// opened (its own chunk), so the first page's JavaScript stays small as pages are added.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const ListPage = page(() => import('./pages/ListPage'), 'ListPage');
const RequestsPage = page(() => import('./pages/RequestsPage'), 'RequestsPage');
const BreachesPage = page(() => import('./pages/BreachesPage'), 'BreachesPage');
const LogPage = page(() => import('./pages/LogPage'), 'LogPage');
const TeamPage = page(() => import('./pages/TeamPage'), 'TeamPage');
const AccountPage = page(() => import('./pages/AccountPage'), 'AccountPage');
const SettingsPage = page(() => import('./pages/SettingsPage'), 'SettingsPage');
const OperatorTenantsPage = page(() => import('./pages/OperatorTenantsPage'), 'OperatorTenantsPage');
const OperatorTenantPage = page(() => import('./pages/OperatorTenantPage'), 'OperatorTenantPage');
const OperatorsPage = page(() => import('./pages/OperatorsPage'), 'OperatorsPage');
const OperatorRequestsPage = page(() => import('./pages/OperatorRequestsPage'), 'OperatorRequestsPage');

/** The portal's paths (../shared/contract/portal.md); the ones of later increments are not here yet. */
export function App() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    // A session that ended (signed out elsewhere, expired, revoked): forget what was shown, sign in again.
    setUnauthenticatedHandler(() => {
      queryClient.clear();
      if (window.location.pathname !== '/login') void navigate('/login', { replace: true });
    });
    // The tenant requires two-factor authentication and this account has none: the API refuses
    // everything but the account's own page until it is set up, so that page is where to go. An
    // operator's pages show the setup themselves (once the viewer says 2FA is off).
    setTwoFactorSetupHandler(() => {
      void queryClient.invalidateQueries({ queryKey: VIEWER_KEY });
      const path = window.location.pathname;
      if (path !== '/account' && !path.startsWith('/operator/')) void navigate('/account', { replace: true });
    });
  }, [navigate, queryClient]);

  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route element={<RequireSession />}>
        <Route element={<ForRole role="TENANT_USER" />}>
          <Route path="/lists" element={<ListsPage />} />
          <Route path="/lists/:id" element={<ListPage />} />
          <Route path="/requests" element={<RequestsPage />} />
          <Route path="/breaches" element={<BreachesPage />} />
          <Route path="/log" element={<LogPage />} />
          <Route path="/team" element={<TeamPage />} />
          <Route path="/settings" element={<SettingsPage />} />
        </Route>
        <Route path="/operator/*" element={<ForRole role="OPERATOR" />}>
          <Route path="tenants" element={<OperatorTenantsPage />} />
          <Route path="tenants/:id" element={<OperatorTenantPage />} />
          <Route path="operators" element={<OperatorsPage />} />
          <Route path="requests" element={<OperatorRequestsPage />} />
          <Route path="*" element={<NotFoundPage inside />} />
        </Route>
        <Route path="/account" element={<AccountPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** `/`: the start page of the account with a session (lists, or tenants for operators), the sign-in page without one. */
function Home() {
  const viewer = useViewerQuery();
  if (viewer.isPending) return <FullPageLoader />;
  if (viewer.data) return <Navigate to={homePath(viewer.data)} replace />;
  if (viewer.error instanceof ApiError && viewer.error.code !== 'UNAUTHENTICATED') return <RequireSession />;
  return <Navigate to="/login" replace />;
}
