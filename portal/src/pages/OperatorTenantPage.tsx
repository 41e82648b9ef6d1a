import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage, gql } from '../api/client';
import {
  offboardTenantMutation,
  operatorTenantQuery,
  operatorTenantUsersQuery,
  reactivateTenantMutation,
  suspendTenantMutation,
} from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { OperatorTenantQuery } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { TENANTS_KEY, TenantStatusBadge } from './OperatorTenantsPage';

type TenantView = NonNullable<OperatorTenantQuery['tenant']>;
const tenantKey = (id: string) => ['operator', 'tenant', id] as const;
const usersKey = (id: string) => ['operator', 'tenantUsers', id] as const;

/** An offboarded tenant whose export and deletion have not finished yet. */
const offboardingRuns = (tn: TenantView | null | undefined) =>
  tn?.status === 'OFFBOARDED' && !tn.dataDeletedAt;

/**
 * `/operator/tenants/:id`: one tenant (name, slug, status, DPO), its users, its record of
 * processing, and `Suspend` (with a reason), `Reactivate` and `Offboard` (typing the slug), each
 * asking first; an offboarding is followed until its data is exported and deleted.
 */
export function OperatorTenantPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'suspend' | 'offboard' | null>(null);
  const tenant = useQuery({
    queryKey: tenantKey(id),
    queryFn: ({ signal }) => gql(operatorTenantQuery, { id }, { signal }).then((r) => r.tenant),
    refetchInterval: (q) => (offboardingRuns(q.state.data) ? 2000 : false),
  });
  const users = useQuery({
    queryKey: usersKey(id),
    queryFn: ({ signal }) =>
      gql(operatorTenantUsersQuery, { tenantId: id }, { signal }).then((r) => r.tenantUsers),
    enabled: !!tenant.data,
  });
  useDocumentTitle(tenant.data?.name ?? t.operator.tenantsTitle);
  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: tenantKey(id) });
    await queryClient.invalidateQueries({ queryKey: TENANTS_KEY });
  };
  const reactivate = useMutation({
    mutationFn: () => gql(reactivateTenantMutation, { id }),
    onSuccess: async () => {
      notify('done', t.operator.reactivated(tenant.data?.name ?? ''));
      await changed();
    },
    onError: (err) => notify('failed', errorMessage(err)),
  });

  const back = (
    <Anchor component={Link} to="/operator/tenants">
      {t.operator.back}
    </Anchor>
  );
  if (tenant.isPending) return <Loader aria-label={t.app.loading} role="status" />;
  if (tenant.error || !tenant.data)
    return (
      <Stack>
        <Title order={1}>{t.operator.tenantsTitle}</Title>
        <Alert color="red">{tenant.error ? errorMessage(tenant.error) : t.operator.notFound}</Alert>
        <Text>{back}</Text>
      </Stack>
    );
  const tn = tenant.data;

  return (
    <Stack>
      <Text>{back}</Text>
      <Group justify="space-between" align="center">
        <Title order={1} className="break-anywhere">
          {tn.name}
        </Title>
        <TenantStatusBadge status={tn.status} />
      </Group>

      {tn.status === 'OFFBOARDED' && (
        <div role="status">
          {tn.offboardedAt && <Text>{t.operator.offboardedAt(formatDateTime(tn.offboardedAt))}</Text>}
          {tn.dataDeletedAt ? (
            <Text>{t.operator.dataDeletedAt(formatDateTime(tn.dataDeletedAt))}</Text>
          ) : (
            <Stack gap="xs">
              <Text>{t.operator.offboarding}</Text>
              {/* indeterminate: the job reports no fraction, only its end (dataDeletedAt) */}
              <div role="progressbar" aria-label={t.operator.offboardingProgress}>
                <Progress value={100} animated striped aria-hidden />
              </div>
            </Stack>
          )}
        </div>
      )}
      {tn.status === 'SUSPENDED' && (
        <Alert color="orange">
          {tn.suspendedAt && (
            <Text fw={700}>{t.operator.suspendedSince(formatDateTime(tn.suspendedAt))}</Text>
          )}
          <Text className="break-anywhere">
            {t.operator.reason}: {tn.suspensionReason}
          </Text>
        </Alert>
      )}

      <Title order={2}>{t.operator.details}</Title>
      <dl className="details">
        <dt>{t.operator.colSlug}</dt>
        <dd className="break-anywhere">{tn.slug}</dd>
        <dt>{t.operator.colService}</dt>
        <dd>{t.operator.service[tn.service]}</dd>
        <dt>{t.operator.colStatus}</dt>
        <dd>{t.operator.status[tn.status]}</dd>
        <dt>{t.operator.dpo}</dt>
        <dd className="break-anywhere">{tn.dpoEmail}</dd>
        <dt>{t.operator.createdAt}</dt>
        <dd>{formatDateTime(tn.createdAt)}</dd>
        <dt>{t.operator.twoFactor}</dt>
        <dd>{tn.requireTwoFactor ? t.operator.twoFactorRequired : t.operator.twoFactorOptional}</dd>
      </dl>

      {tn.status !== 'OFFBOARDED' && (
        <>
          <Title order={2}>{t.operator.actions}</Title>
          <Group>
            {tn.status === 'ACTIVE' && (
              <Button onClick={() => setAsking('suspend')}>{t.operator.suspend}</Button>
            )}
            {tn.status === 'SUSPENDED' && (
              <Button loading={reactivate.isPending} onClick={() => reactivate.mutate()}>
                {t.operator.reactivate}
              </Button>
            )}
            <Button color="red.9" onClick={() => setAsking('offboard')}>
              {t.operator.offboard}
            </Button>
          </Group>
        </>
      )}

      <Title order={2}>{t.operator.users}</Title>
      {users.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : users.error ? (
        <Alert color="red">{errorMessage(users.error)}</Alert>
      ) : users.data.length === 0 ? (
        <Text>{t.operator.noUsers}</Text>
      ) : (
        <ScrollTable label={t.operator.usersTable} miw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.operator.colEmail}</Table.Th>
              <Table.Th scope="col">{t.operator.colRole}</Table.Th>
              <Table.Th scope="col">{t.operator.colStatus}</Table.Th>
              <Table.Th scope="col">{t.operator.colLastSignIn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td className="break-anywhere">{u.email}</Table.Td>
                <Table.Td>{t.operator.roles[u.role]}</Table.Td>
                <Table.Td>
                  <Badge color={u.status === 'ACTIVE' ? 'teal.9' : 'gray.7'} variant="filled">
                    {t.operator.userStatus[u.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : t.operator.never}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <Text size="sm" c="dimmed">
        {t.operator.listsMissing}
      </Text>

      <Title order={2}>{t.operator.records}</Title>
      <Text>
        <Anchor href={`/audit/record-of-processing/${encodeURIComponent(tn.id)}`} download>
          {t.operator.downloadRecord}
        </Anchor>
      </Text>
      <Text size="sm">{t.operator.recordHint}</Text>

      <SuspendDialog
        tenant={tn}
        opened={asking === 'suspend'}
        onClose={() => setAsking(null)}
        onDone={changed}
      />
      <OffboardDialog
        tenant={tn}
        opened={asking === 'offboard'}
        onClose={() => setAsking(null)}
        onDone={changed}
      />
    </Stack>
  );
}

interface ActionDialogProps {
  tenant: TenantView;
  opened: boolean;
  onClose: () => void;
  onDone: () => Promise<void>;
}

/** `Suspend` asks for the reason (required); its confirming button is `Suspend` again. */
function SuspendDialog({ tenant, opened, onClose, onDone }: ActionDialogProps) {
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t.operator.reasonRequired) },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const suspend = useMutation({
    mutationFn: (v: { reason: string }) =>
      gql(suspendTenantMutation, { id: tenant.id, reason: v.reason.trim() }),
    onSuccess: async () => {
      notify('done', t.operator.suspended(tenant.name));
      close();
      await onDone();
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, ['reason'])),
  });
  return (
    <Dialog opened={opened} onClose={close} title={t.operator.suspendTitle}>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          suspend.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <Text className="break-anywhere">{t.operator.suspendBody(tenant.name)}</Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.operator.reason}
            description={t.operator.reasonHint}
            required
            data-autofocus
            maxLength={500}
            autoComplete="off"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.operator.cancel}
            </Button>
            <Button type="submit" color="red.9" loading={suspend.isPending}>
              {t.operator.suspend}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** `Offboard` asks to type the tenant's slug; its confirming button is `Offboard` again. */
function OffboardDialog({ tenant, opened, onClose, onDone }: ActionDialogProps) {
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { slug: '' },
    validate: { slug: (v) => (v.trim() === tenant.slug ? null : t.operator.offboardSlugMismatch) },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const offboard = useMutation({
    mutationFn: () => gql(offboardTenantMutation, { id: tenant.id }),
    onSuccess: async () => {
      close();
      await onDone();
    },
    onError: (err) => setAlert(errorMessage(err)),
  });
  return (
    <Dialog opened={opened} onClose={close} title={t.operator.offboardTitle}>
      <form
        onSubmit={form.onSubmit(() => {
          setAlert(null);
          offboard.mutate();
        })}
        noValidate
      >
        <Stack>
          <Text className="break-anywhere">{t.operator.offboardBody(tenant.name)}</Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.operator.offboardSlug}
            description={t.operator.offboardSlugHint(tenant.slug)}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('slug')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.operator.cancel}
            </Button>
            <Button type="submit" color="red.9" loading={offboard.isPending}>
              {t.operator.offboard}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
