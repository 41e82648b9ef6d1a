import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { notify } from '../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { errorMessage, gql } from '../api/client';
import { endSessionMutation } from '../api/operations';
import { t } from '../messages';
import { useViewer } from '../session';

/** The tenant user's pages, in the navigation's order. */
const TENANT_LINKS: ReadonlyArray<readonly [string, string]> = [
  ['/lists', t.shell.lists],
  ['/requests', t.shell.requests],
  ['/breaches', t.shell.breaches],
  ['/log', t.shell.log],
  ['/team', t.team.nav],
];
/** The operator's pages (only the ones built so far). */
const OPERATOR_LINKS: ReadonlyArray<readonly [string, string]> = [
  ['/operator/tenants', t.shell.tenants],
  ['/operator/requests', t.operatorRequests.nav],
  ['/operator/operators', t.operators.nav],
];
/** Only for OWNER and ADMIN: the organisation's settings. */
const SETTINGS_LINK = ['/settings', t.orgSettings.nav] as const;

/** The signed-in layout: the product, the navigation, who is signed in for which organisation, Sign out. */
export function Shell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => gql(endSessionMutation),
    onSuccess: () => {
      queryClient.clear();
      void navigate('/login', { replace: true });
    },
    onError: (err) => notify('failed', errorMessage(err)),
  });
  const tenantUser = viewer.role === 'TENANT_USER';
  const links = !tenantUser
    ? OPERATOR_LINKS
    : viewer.tenantRole === 'OWNER' || viewer.tenantRole === 'ADMIN'
      ? [...TENANT_LINKS, SETTINGS_LINK]
      : TENANT_LINKS;

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <Box component="header" className="shell-header">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="lg" wrap="wrap">
            <Text fw={700} size="lg">
              {t.app.name}
            </Text>
            <nav aria-label={t.shell.navigation} className="shell-nav">
              <ul>
                {links.map(([to, label]) => (
                  <li key={to}>
                    <Anchor component={NavLink} to={to}>
                      {label}
                    </Anchor>
                  </li>
                ))}
                <li>
                  <Anchor component={NavLink} to="/account">
                    {t.account.nav}
                  </Anchor>
                </li>
              </ul>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap" className="shell-who">
            <Box className="shell-who">
              <Text size="sm" fw={600} className="break-anywhere">
                {viewer.tenant?.name ?? t.shell.operator}
              </Text>
              <Text size="sm" c="dimmed" className="break-anywhere">
                <span className="visually-hidden">{t.shell.signedInAs} </span>
                {viewer.email}
              </Text>
            </Box>
            <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t.shell.signOut}
            </Button>
          </Group>
        </Group>
      </Box>
      <Container component="main" id="main" size="lg" py="lg" tabIndex={-1}>
        {children}
      </Container>
    </>
  );
}
