import {
  Alert,
  Anchor,
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
import { Link, useNavigate } from 'react-router';
import { errorMessage, gql } from '../api/client';
import { createTenantMutation, operatorTenantsQuery } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { HostingService, TenantStatus } from '../gql/graphql';
import { formatDateTime, t } from '../messages';

export const TENANTS_KEY = ['operator', 'tenants'] as const;

/** A tenant's status as a badge with the enum's word. */
export function TenantStatusBadge({ status }: { status: TenantStatus }) {
  const color = status === 'ACTIVE' ? 'teal.9' : status === 'SUSPENDED' ? 'red.9' : 'gray.7';
  return (
    <Badge color={color} variant="filled">
      {t.operator.status[status]}
    </Badge>
  );
}

/**
 * `/operator/tenants`: every tenant with its slug, name, service and status; `New tenant` creates one.
 * (The Tenant type has no counts of lists, subscribers or open tasks yet: they are left out rather
 * than fetched per tenant.)
 */
export function OperatorTenantsPage() {
  useDocumentTitle(t.operator.tenantsTitle);
  const [creating, { open, close }] = useDisclosure(false);
  const tenants = useQuery({
    queryKey: TENANTS_KEY,
    queryFn: ({ signal }) => gql(operatorTenantsQuery, {}, { signal }).then((r) => r.tenants),
  });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t.operator.tenantsTitle}</Title>
        <Button onClick={open}>{t.operator.newTenant}</Button>
      </Group>
      <Text mb="md">{t.operator.intro}</Text>
      {tenants.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : tenants.error ? (
        <Alert color="red">{errorMessage(tenants.error)}</Alert>
      ) : tenants.data.length === 0 ? (
        <Text>{t.operator.none}</Text>
      ) : (
        <ScrollTable label={t.operator.tenantsTable} miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.operator.colName}</Table.Th>
              <Table.Th scope="col">{t.operator.colSlug}</Table.Th>
              <Table.Th scope="col">{t.operator.colService}</Table.Th>
              <Table.Th scope="col">{t.operator.colStatus}</Table.Th>
              <Table.Th scope="col">{t.operator.colCreated}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tenants.data.map((tn) => (
              <Table.Tr key={tn.id}>
                <Table.Td className="break-anywhere">
                  <Anchor component={Link} to={`/operator/tenants/${tn.id}`}>
                    {tn.name}
                  </Anchor>
                </Table.Td>
                <Table.Td className="break-anywhere">{tn.slug}</Table.Td>
                <Table.Td>{t.operator.service[tn.service]}</Table.Td>
                <Table.Td>
                  <TenantStatusBadge status={tn.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(tn.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <Text size="sm" c="dimmed" mt="md">
        {t.operator.countsMissing}
      </Text>
      <NewTenantModal opened={creating} onClose={close} />
    </>
  );
}

const SERVICES: HostingService[] = ['LISTPLEX', 'EASE'];
const serviceOptions = SERVICES.map((s) => ({ value: s, label: t.operator.service[s] }));
const FIELDS = ['slug', 'name', 'service', 'dpoEmail'] as const;

/** The `New tenant` dialog: Slug, Name, Service (ListPlex, EASE), DPO email; Create opens the new tenant. */
function NewTenantModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { slug: '', name: '', service: 'LISTPLEX' as HostingService, dpoEmail: '' },
    validate: {
      slug: (v) => (v.trim() ? null : t.operator.slugRequired),
      name: (v) => (v.trim() ? null : t.operator.nameRequired),
      dpoEmail: (v) => (v.trim() ? null : t.operator.dpoEmailRequired),
    },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const create = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(createTenantMutation, {
        input: { slug: v.slug.trim(), name: v.name.trim(), service: v.service, dpoEmail: v.dpoEmail.trim() },
      }),
    onSuccess: async (data) => {
      notify('done', t.operator.created(data.createTenant.name));
      close();
      await queryClient.invalidateQueries({ queryKey: TENANTS_KEY });
      void navigate(`/operator/tenants/${data.createTenant.id}`);
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  return (
    <Dialog opened={opened} onClose={close} title={t.operator.newTenantTitle}>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          create.mutate(v);
        })}
        noValidate
      >
        <Stack>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.operator.slug}
            description={t.operator.slugHint}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('slug')}
          />
          <TextInput label={t.operator.name} required autoComplete="off" {...form.getInputProps('name')} />
          <NativeSelect
            label={t.operator.serviceField}
            data={serviceOptions}
            {...form.getInputProps('service')}
          />
          <TextInput
            label={t.operator.dpoEmail}
            description={t.operator.dpoEmailHint}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('dpoEmail')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.operator.cancel}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t.operator.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
