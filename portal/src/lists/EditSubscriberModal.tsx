import {
  Alert,
  Button,
  Checkbox,
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { subscriberDetailsQuery, updateSubscriberMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { toCountryCode } from '../country';
import type { MessageFormat } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { invalidateSubscribers } from './invalidate';
import { ScrollTable } from '../components/ScrollTable';

const FIELDS = ['name', 'country', 'format', 'trackingConsent'] as const;

export interface EditTarget {
  id: string;
  email: string;
}

/** The edit dialog: Name, Country, Format, withdrawing tracking consent, and the consent history. */
export function EditSubscriberModal({
  listId,
  target,
  onClose,
}: {
  listId: string;
  target: EditTarget | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const details = useQuery({
    queryKey: ['subscribers', listId, 'details', target?.id],
    enabled: target !== null,
    queryFn: ({ signal }) =>
      gql(subscriberDetailsQuery, { listId, email: target!.email }, { signal }).then(
        (r) => r.subscriberSearch.nodes.find((n) => n.id === target!.id) ?? null,
      ),
  });
  const form = useForm({
    initialValues: { name: '', country: '', format: 'TEXT' as MessageFormat, withdraw: false },
    validate: {
      country: (v) => (toCountryCode(v) === undefined ? t.addSubscriber.countryUnknown : null),
    },
  });
  const sub = details.data;
  useEffect(() => {
    if (sub) {
      form.setValues({
        name: sub.name ?? '',
        country: sub.country ?? '',
        format: sub.format,
        withdraw: false,
      });
      form.resetDirty();
    }
  }, [sub]);
  const close = () => {
    setAlert(null);
    form.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(updateSubscriberMutation, {
        id: target!.id,
        input: {
          name: v.name.trim(),
          country: toCountryCode(v.country) ?? null,
          format: v.format,
          ...(v.withdraw ? { trackingConsent: false } : {}),
        },
      }),
    onSuccess: async () => {
      notify('done', t.subscriberEdit.saved(target!.email));
      close();
      await invalidateSubscribers(queryClient, listId);
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  return (
    <Dialog
      opened={target !== null}
      onClose={close}
      title={target ? t.subscriberEdit.title(target.email) : ''}
      size="lg"
    >
      {details.isPending ? (
        <Loader aria-label={t.subscriberEdit.loading} role="status" />
      ) : details.error ? (
        <Alert color="red">{errorMessage(details.error)}</Alert>
      ) : sub ? (
        <Stack>
          <form
            onSubmit={form.onSubmit((v) => {
              setAlert(null);
              save.mutate(v);
            })}
            noValidate
          >
            <Stack>
              {alert && <Alert color="red">{alert}</Alert>}
              <TextInput
                label={t.subscriberEdit.name}
                autoComplete="off"
                data-autofocus
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t.subscriberEdit.country}
                description={t.addSubscriber.countryHint}
                autoComplete="off"
                {...form.getInputProps('country')}
              />
              <NativeSelect
                label={t.subscriberEdit.format}
                data={[
                  { value: 'TEXT', label: t.format.TEXT },
                  { value: 'HTML', label: t.format.HTML },
                ]}
                {...form.getInputProps('format')}
              />
              {sub.trackingConsent ? (
                <Checkbox
                  label={t.subscriberEdit.withdraw}
                  description={t.subscriberEdit.withdrawHint}
                  {...form.getInputProps('withdraw', { type: 'checkbox' })}
                />
              ) : (
                <Text size="sm">{t.subscriberEdit.noTracking}</Text>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t.subscriberEdit.cancel}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {t.subscriberEdit.save}
                </Button>
              </Group>
            </Stack>
          </form>
          <Title order={3} size="h4">
            {t.subscriberEdit.history}
          </Title>
          <ScrollTable label={t.subscriberEdit.history} miw={480} striped={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.subscriberEdit.colAt}</Table.Th>
                <Table.Th scope="col">{t.subscriberEdit.colEvent}</Table.Th>
                <Table.Th scope="col">{t.subscriberEdit.colSource}</Table.Th>
                <Table.Th scope="col">{t.subscriberEdit.colWording}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sub.consent.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDateTime(c.at)}</Table.Td>
                  <Table.Td>{t.subscriberEdit.event[c.event]}</Table.Td>
                  <Table.Td>{c.source}</Table.Td>
                  <Table.Td className="break-anywhere">
                    {c.wordingVersion !== null && c.wordingVersion !== undefined
                      ? t.subscriberEdit.version(c.wordingVersion)
                      : ''}
                    {c.wording ? ` ${c.wording}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </Stack>
      ) : null}
    </Dialog>
  );
}
