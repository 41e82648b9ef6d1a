import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { setUnauthenticatedHandler } from './api/client';
import { RequireSession } from './components/RequireSession';
import { FullPageLoader } from './components/FullPageLoader';
import { ApiError } from './api/client';
import { BreachesPage } from './pages/BreachesPage';
import { ListPage } from './pages/ListPage';
import { ListsPage } from './pages/ListsPage';
import { LogPage } from './pages/LogPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequestsPage } from './pages/RequestsPage';
import { SettingsPage } from './pages/SettingsPage';
import { TeamPage } from './pages/TeamPage';
import { useViewerQuery } from './session';

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
  }, [navigate, queryClient]);

  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route path="/lists" element={<ListsPage />} />
        <Route path="/lists/:id" element={<ListPage />} />
        <Route path="/requests" element={<RequestsPage />} />
        <Route path="/breaches" element={<BreachesPage />} />
        <Route path="/log" element={<LogPage />} />
        <Route path="/team" element={<TeamPage />} />
        <Route path="/settings" element={<SettingsPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** `/`: the lists with a session, the sign-in page without one. */
function Home() {
  const viewer = useViewerQuery();
  if (viewer.isPending) return <FullPageLoader />;
  if (viewer.data) return <Navigate to="/lists" replace />;
  if (viewer.error instanceof ApiError && viewer.error.code !== 'UNAUTHENTICATED') return <RequireSession />;
  return <Navigate to="/login" replace />;
}
