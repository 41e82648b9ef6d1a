import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { addSubscriberMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { toCountryCode } from '../country';
import type { MessageFormat } from '../gql/graphql';
import { t } from '../messages';
import { Dialog } from '../components/Dialog';
import { invalidateSubscribers } from './invalidate';
import type { ListView } from './types';

const FIELDS = ['email', 'name', 'country', 'format'] as const;

/** The `Add subscriber` form: Email, Name, Country, Format (Text, HTML), Add. */
export function AddSubscriberModal({
  list,
  opened,
  onClose,
}: {
  list: ListView;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', name: '', country: '', format: 'TEXT' as MessageFormat },
    validate: {
      email: (v) => (v.trim() ? null : t.addSubscriber.emailRequired),
      country: (v) => (toCountryCode(v) === undefined ? t.addSubscriber.countryUnknown : null),
    },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const add = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(addSubscriberMutation, {
        listId: list.id,
        input: {
          email: v.email.trim(),
          name: v.name.trim() || null,
          country: toCountryCode(v.country) ?? null,
          format: v.format,
        },
      }),
    onSuccess: async (data) => {
      notify('done', t.addSubscriber.added(data.addSubscriber.email));
      close();
      await invalidateSubscribers(queryClient, list.id);
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  return (
    <Dialog opened={opened} onClose={close} title={t.addSubscriber.title}>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          add.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">
            {list.optIn === 'DOUBLE' ? t.addSubscriber.doubleNote : t.addSubscriber.singleNote}
          </Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.addSubscriber.email}
            type="email"
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput label={t.addSubscriber.name} autoComplete="off" {...form.getInputProps('name')} />
          <TextInput
            label={t.addSubscriber.country}
            description={t.addSubscriber.countryHint}
            autoComplete="off"
            {...form.getInputProps('country')}
          />
          <NativeSelect
            label={t.addSubscriber.format}
            data={[
              { value: 'TEXT', label: t.format.TEXT },
              { value: 'HTML', label: t.format.HTML },
            ]}
            {...form.getInputProps('format')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.addSubscriber.cancel}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t.addSubscriber.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
