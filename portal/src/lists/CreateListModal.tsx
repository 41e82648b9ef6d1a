import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../components/notify';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { createListMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import type { OptInMode } from '../gql/graphql';
import { t } from '../messages';
import { Dialog } from '../components/Dialog';

const FIELDS = ['name', 'title', 'optIn'] as const;

/** The `Create list` form: Name, Title, Opt-in (Double, Single), Create. */
export function CreateListModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', title: '', optIn: 'DOUBLE' as OptInMode },
    validate: {
      name: (v) => (v.trim() ? null : t.createList.nameRequired),
      title: (v) => (v.trim() ? null : t.createList.titleRequired),
    },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    create.reset();
    onClose();
  };
  const create = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(createListMutation, { input: { name: v.name.trim(), title: v.title.trim(), optIn: v.optIn } }),
    onSuccess: async (data) => {
      notify('done', t.createList.created(data.createList.title));
      await queryClient.invalidateQueries({ queryKey: ['lists'] });
      close();
    },
    onError: (err) => {
      // A list of that name exists already: that is about the Name field.
      const conflict =
        err instanceof Error && /already exists/.test(err.message) ? { name: err.message } : null;
      if (conflict) form.setFieldError('name', conflict.name);
      else setAlert(applyFieldErrors(err, form, FIELDS) ?? null);
    },
  });

  return (
    <Dialog opened={opened} onClose={close} title={t.createList.title}>
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
            label={t.createList.name}
            description={t.createList.nameHint}
            required
            data-autofocus
            autoCapitalize="characters"
            spellCheck={false}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t.createList.titleField}
            description={t.createList.titleHint}
            required
            {...form.getInputProps('title')}
          />
          <NativeSelect
            label={t.createList.optIn}
            description={t.createList.optInHint}
            data={[
              { value: 'DOUBLE', label: t.optIn.DOUBLE },
              { value: 'SINGLE', label: t.optIn.SINGLE },
            ]}
            {...form.getInputProps('optIn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.createList.cancel}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t.createList.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
