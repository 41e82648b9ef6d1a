import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import {
  inviteTenantUserMutation,
  removeTenantUserMutation,
  tenantUsersQuery,
  updateTenantUserMutation,
} from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { RowActions, RowActionsHeader } from '../components/RowActions';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { TenantRole } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { useViewer } from '../session';
import { ScrollTable } from '../components/ScrollTable';

export const TEAM_KEY = ['tenantUsers'] as const;
const ROLES: TenantRole[] = ['OWNER', 'ADMIN', 'VIEWER'];
const roleOptions = ROLES.map((r) => ({ value: r, label: t.team.roles[r] }));

/** `/team`: the organisation's users; an OWNER invites, changes roles and removes, the others read. */
export function TeamPage() {
  useDocumentTitle(t.team.title);
  const viewer = useViewer();
  const tenantUser = viewer.role === 'TENANT_USER';
  const owner = viewer.tenantRole === 'OWNER';
  const queryClient = useQueryClient();
  const [inviting, { open, close }] = useDisclosure(false);
  const [removing, setRemoving] = useState<{ id: string; email: string } | null>(null);
  const users = useQuery({
    queryKey: TEAM_KEY,
    queryFn: ({ signal }) => gql(tenantUsersQuery, {}, { signal }).then((r) => r.tenantUsers),
    enabled: tenantUser,
  });
  const changeRole = useMutation({
    mutationFn: (v: { id: string; email: string; role: TenantRole }) =>
      gql(updateTenantUserMutation, { id: v.id, role: v.role }),
    onSuccess: (_d, v) => notify('done', t.team.roleChanged(v.email, t.team.roles[v.role])),
    onError: (err) => notify('failed', errorMessage(err)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TEAM_KEY }),
  });
  const remove = useMutation({
    mutationFn: (u: { id: string; email: string }) => gql(removeTenantUserMutation, { id: u.id }),
    onSuccess: async (_d, u) => {
      notify('done', t.team.removed(u.email));
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: TEAM_KEY });
    },
  });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t.team.title}</Title>
        {tenantUser && owner && <Button onClick={open}>{t.team.invite}</Button>}
      </Group>
      {!tenantUser ? (
        <Text>{t.team.operatorOnly}</Text>
      ) : (
        <Stack>
          <Text>
            {t.team.intro} {!owner && t.team.readOnly}
          </Text>
          {users.isPending ? (
            <Loader aria-label={t.app.loading} role="status" />
          ) : users.error ? (
            <Alert color="red">{errorMessage(users.error)}</Alert>
          ) : (
            <ScrollTable label={t.team.table} miw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.team.colEmail}</Table.Th>
                  <Table.Th scope="col">{t.team.colRole}</Table.Th>
                  <Table.Th scope="col">{t.team.colStatus}</Table.Th>
                  <Table.Th scope="col">{t.team.colLastSignIn}</Table.Th>
                  {owner && <RowActionsHeader label={t.team.colActions} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td className="break-anywhere">{u.email}</Table.Td>
                    <Table.Td>
                      {owner ? (
                        <NativeSelect
                          aria-label={t.team.role}
                          data={roleOptions}
                          value={u.role}
                          disabled={changeRole.isPending}
                          onChange={(e) =>
                            changeRole.mutate({
                              id: u.id,
                              email: u.email,
                              role: e.currentTarget.value as TenantRole,
                            })
                          }
                        />
                      ) : (
                        t.team.roles[u.role]
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={u.status === 'ACTIVE' ? 'teal.9' : 'gray.7'} variant="filled">
                        {t.team.status[u.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : t.team.never}</Table.Td>
                    {owner && (
                      <RowActions
                        actions={[
                          {
                            label: t.team.remove,
                            name: t.team.removeLabel(u.email),
                            onClick: () => {
                              remove.reset();
                              setRemoving({ id: u.id, email: u.email });
                            },
                          },
                        ]}
                      />
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
        </Stack>
      )}
      {tenantUser && owner && viewer.tenant && (
        <InviteUserModal tenantId={viewer.tenant.id} opened={inviting} onClose={close} />
      )}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t.team.removeTitle}
        body={removing && t.team.removeBody(removing.email)}
        error={remove.error}
        cancelLabel={t.team.cancel}
        confirmLabel={t.team.remove}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </>
  );
}

const FIELDS = ['email', 'role'] as const;

/** The `Invite user` dialog: Email, Role (Owner, Admin, Viewer), Send invitation. */
function InviteUserModal({
  tenantId,
  opened,
  onClose,
}: {
  tenantId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'VIEWER' as TenantRole },
    validate: { email: (v) => (v.trim() ? null : t.team.emailRequired) },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const invite = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(inviteTenantUserMutation, { input: { tenantId, email: v.email.trim(), role: v.role } }),
    onSuccess: async (data) => {
      notify('done', t.team.invited(data.inviteTenantUser.email));
      close();
      await queryClient.invalidateQueries({ queryKey: TEAM_KEY });
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  return (
    <Dialog opened={opened} onClose={close} title={t.team.inviteTitle}>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          invite.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">{t.team.inviteNote}</Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.team.email}
            type="email"
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <NativeSelect label={t.team.role} data={roleOptions} {...form.getInputProps('role')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.team.cancel}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t.team.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
