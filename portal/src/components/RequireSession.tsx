import { Alert, Container } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { twoFactorMissing, useViewerQuery, ViewerProvider } from '../session';
import { FullPageLoader, PageLoader } from './FullPageLoader';
import { Shell } from './Shell';

/**
 * The signed-in pages: the layout around them, or /login without a session; /account while the
 * tenant requires two-factor authentication that the account has not set up (the API refuses the
 * other pages' data meanwhile).
 */
export function RequireSession() {
  const viewer = useViewerQuery();
  const location = useLocation();
  if (viewer.isPending) return <FullPageLoader />;
  if (viewer.error) {
    if (viewer.error instanceof ApiError && viewer.error.code === 'UNAUTHENTICATED')
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    return (
      <Container component="main" size="sm" py="xl">
        <Alert color="red">{errorMessage(viewer.error)}</Alert>
      </Container>
    );
  }
  if (twoFactorMissing(viewer.data) && location.pathname !== '/account')
    return <Navigate to="/account" replace />;
  return (
    <ViewerProvider value={viewer.data}>
      <Shell>
        {/* a page's code loads on its first visit: the navigation stays while it does */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Shell>
    </ViewerProvider>
  );
}
