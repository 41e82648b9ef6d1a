import { Anchor, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { Link, Outlet } from 'react-router';
import type { Role } from '../gql/graphql';
import { t } from '../messages';
import { homePath, useViewer } from '../session';
import { useDocumentTitle } from './useDocumentTitle';

// The account page's chunk: the gate is its 2FA setup.
const OperatorGatePage = lazy(() =>
  import('../pages/AccountPage').then((m) => ({ default: m.OperatorGatePage })),
);

/**
 * The pages of one kind of account (inside the signed-in layout): an operator on a tenant user's
 * page, or a tenant user on an operator's page, is told so, with the way to their own start page.
 * Operators must use 2FA: until their account has it, every operator page is its setup.
 */
export function ForRole({ role }: { role: Role }) {
  const viewer = useViewer();
  if (viewer.role === role && role === 'OPERATOR' && !viewer.twoFactorEnabled) return <OperatorGatePage />;
  if (viewer.role === role) return <Outlet />;
  return <NotForAccount />;
}

function NotForAccount() {
  useDocumentTitle(t.notForAccount.title);
  const viewer = useViewer();
  return (
    <>
      <Title order={1} mb="md">
        {t.notForAccount.title}
      </Title>
      <Text mb="md">
        {viewer.role === 'OPERATOR' ? t.notForAccount.operatorBody : t.notForAccount.tenantBody}
      </Text>
      <Anchor component={Link} to={homePath(viewer)}>
        {t.notForAccount.home}
      </Anchor>
    </>
  );
}
