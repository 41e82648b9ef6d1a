import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { gql } from '../api/client';
import { deleteListMutation, updateListMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notify } from '../components/notify';
import type { OptInMode } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { canWrite, useViewer } from '../session';
import type { ListView } from './types';

const FIELDS = ['title', 'description', 'optIn', 'consentWording', 'fromName', 'replyTo', 'footer'] as const;

const valuesOf = (list: ListView) => ({
  title: list.title,
  description: list.description ?? '',
  optIn: list.optIn as OptInMode,
  consentWording: list.consentWording,
  fromName: list.fromName ?? '',
  replyTo: list.replyTo ?? '',
  footer: list.footer ?? '',
});

/** The Settings tab: the list's settings form (Save) and `Delete list`, which asks first. */
export function SettingsTab({ list }: { list: ListView }) {
  const writer = canWrite(useViewer());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [alert, setAlert] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const form = useForm({
    initialValues: valuesOf(list),
    validate: {
      title: (v) => (v.trim() ? null : t.listSettings.titleRequired),
      consentWording: (v) => (v.trim() ? null : t.listSettings.consentRequired),
    },
  });

  const save = useMutation({
    mutationFn: (v: typeof form.values) => gql(updateListMutation, { id: list.id, input: v }),
    onSuccess: async (data) => {
      notify('done', t.listSettings.saved);
      form.setValues(valuesOf({ ...list, ...data.updateList }));
      form.resetDirty();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['list', list.id], exact: true }),
        queryClient.invalidateQueries({ queryKey: ['lists'] }),
      ]);
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  const remove = useMutation({
    mutationFn: () => gql(deleteListMutation, { id: list.id }),
    onSuccess: async () => {
      notify('done', t.listSettings.deleted(list.title));
      setDeleting(false);
      queryClient.removeQueries({ queryKey: ['list', list.id] });
      queryClient.removeQueries({ queryKey: ['subscribers', list.id] });
      await queryClient.invalidateQueries({ queryKey: ['lists'] });
      await navigate('/lists');
    },
  });

  return (
    <Stack>
      <Title order={2} size="h3">
        {t.listSettings.heading}
      </Title>
      <dl className="details">
        <dt>{t.settings.name}</dt>
        <dd>{list.name}</dd>
        <dt>{t.settings.created}</dt>
        <dd>{formatDateTime(list.createdAt)}</dd>
      </dl>
      {!writer && <Text>{t.listSettings.readOnly}</Text>}
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          save.mutate(v);
        })}
        noValidate
      >
        <fieldset disabled={!writer} className="plain-fieldset">
          <Stack>
            {alert && <Alert color="red">{alert}</Alert>}
            <TextInput label={t.listSettings.titleField} required {...form.getInputProps('title')} />
            <Textarea
              label={t.listSettings.description}
              description={t.listSettings.descriptionHint}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
            <NativeSelect
              label={t.listSettings.optIn}
              description={t.listSettings.optInHint}
              data={[
                { value: 'DOUBLE', label: t.optIn.DOUBLE },
                { value: 'SINGLE', label: t.optIn.SINGLE },
              ]}
              {...form.getInputProps('optIn')}
            />
            <Textarea
              label={t.listSettings.consentWording}
              description={t.listSettings.consentWordingHint(list.consentVersion)}
              required
              autosize
              minRows={3}
              {...form.getInputProps('consentWording')}
            />
            <TextInput
              label={t.listSettings.fromName}
              description={t.listSettings.fromNameHint}
              {...form.getInputProps('fromName')}
            />
            <TextInput
              label={t.listSettings.replyTo}
              description={t.listSettings.replyToHint}
              type="email"
              spellCheck={false}
              {...form.getInputProps('replyTo')}
            />
            <Textarea
              label={t.listSettings.footer}
              description={t.listSettings.footerHint}
              autosize
              minRows={2}
              {...form.getInputProps('footer')}
            />
            {writer && (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t.listSettings.save}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>

      {writer && (
        <Stack gap="xs" mt="lg">
          <Title order={3} size="h4">
            {t.listSettings.dangerHeading}
          </Title>
          <Text>{t.listSettings.dangerBody}</Text>
          <Group>
            <Button color="red.9" variant="outline" onClick={() => setDeleting(true)}>
              {t.listSettings.delete}
            </Button>
          </Group>
        </Stack>
      )}
      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t.listSettings.deleteTitle}
        body={t.listSettings.deleteBody(list.title, list.confirmedCount + list.pendingCount)}
        error={remove.error}
        cancelLabel={t.listSettings.cancel}
        confirmLabel={t.listSettings.delete}
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </Stack>
  );
}
