import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { gql } from './api/client';
import { viewerQuery } from './api/operations';
import type { ViewerQuery } from './gql/graphql';

export type Viewer = ViewerQuery['me'];

export const VIEWER_KEY = ['viewer'] as const;

/** Who is signed in: the `me` query (UNAUTHENTICATED when nobody is; that is an answer, not a redirect). */
export function useViewerQuery() {
  return useQuery({
    queryKey: VIEWER_KEY,
    queryFn: ({ signal }) =>
      gql(viewerQuery, {}, { redirectOnUnauthenticated: false, signal }).then((r) => r.me),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

const ViewerContext = createContext<Viewer | null>(null);
export const ViewerProvider = ViewerContext.Provider;

/** The signed-in person, inside the signed-in layout. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return viewer;
}

/** OWNER and ADMIN change a tenant's lists and subscribers; VIEWER reads. */
export const canWrite = (v: Viewer): boolean => v.tenantRole === 'OWNER' || v.tenantRole === 'ADMIN';

/** The tenant requires two-factor authentication and this account has none yet. */
export const twoFactorMissing = (v: Viewer): boolean =>
  v.role === 'TENANT_USER' && !!v.tenant?.requireTwoFactor && !v.twoFactorEnabled;

/** Where a signed-in person starts: operators on the tenants, tenant users on their lists. */
export const homePath = (v: Pick<Viewer, 'role'>): string =>
  v.role === 'OPERATOR' ? '/operator/tenants' : '/lists';
