import {
  Alert,
  Button,
  Group,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notify } from '../components/notify';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { deliveriesQuery, sendListMessageMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { formatDateTime, t } from '../messages';
import { Dialog } from '../components/Dialog';
import { canWrite, useViewer } from '../session';
import type { ListView } from './types';

// `Send test to me` and `Send at` need the API's sendTestMessage and MessageInput.scheduledFor.

/** The Messages tab: the list's deliveries (live while one is under way) and `New message`. */
export function MessagesTab({ list }: { list: ListView }) {
  const writer = canWrite(useViewer());
  const [composing, { open, close }] = useDisclosure(false);
  const deliveries = useQuery({
    queryKey: ['deliveries', list.id],
    queryFn: ({ signal }) => gql(deliveriesQuery, { listId: list.id }, { signal }).then((r) => r.deliveries),
    refetchInterval: (q) =>
      q.state.data?.some((d) => d.status === 'QUEUED' || d.status === 'SENDING') ? 2000 : false,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t.messages.deliveries}
        </Title>
        {writer && <Button onClick={open}>{t.messages.newMessage}</Button>}
      </Group>
      {deliveries.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : deliveries.error ? (
        <Alert color="red">{errorMessage(deliveries.error)}</Alert>
      ) : deliveries.data.length === 0 ? (
        <Text>{t.messages.none}</Text>
      ) : (
        <div className="table-scroll" role="region" aria-label={t.messages.deliveries} tabIndex={0}>
          <Table striped miw={560} aria-label={t.messages.deliveries}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.messages.colCreated}</Table.Th>
                <Table.Th scope="col">{t.messages.colStatus}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.messages.colRecipients}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.messages.colSent}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.messages.colFailed}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td>
                    {t.messages.status[d.status] ?? d.status}
                    {d.status === 'SENDING' && (
                      <Progress.Root mt={4} size="sm">
                        <Progress.Section
                          value={d.recipients ? ((d.sent + d.failed) / d.recipients) * 100 : 0}
                          aria-label={t.messages.progress(d.sent, d.recipients)}
                        />
                      </Progress.Root>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{d.recipients}</Table.Td>
                  <Table.Td ta="right">{d.sent}</Table.Td>
                  <Table.Td ta="right">{d.failed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {writer && <ComposeModal list={list} opened={composing} onClose={close} />}
    </Stack>
  );
}

const FIELDS = ['subject', 'text', 'html'] as const;

/** `New message`: Subject, Text, optional HTML, Send (to every confirmed subscriber, now). */
function ComposeModal({ list, opened, onClose }: { list: ListView; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { subject: '', text: '', html: '' },
    validate: {
      subject: (v) => (v.trim() ? null : t.messages.subjectRequired),
      text: (v) => (v.trim() ? null : t.messages.textRequired),
    },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const send = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(sendListMessageMutation, {
        listId: list.id,
        input: { subject: v.subject.trim(), text: v.text, html: v.html.trim() ? v.html : null },
      }),
    onSuccess: async () => {
      notify('done', t.messages.queued);
      close();
      await queryClient.invalidateQueries({ queryKey: ['deliveries', list.id] });
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  return (
    <Dialog opened={opened} onClose={close} title={t.messages.composeTitle} size="lg">
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          send.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">{t.messages.sendNote}</Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput label={t.messages.subject} required data-autofocus {...form.getInputProps('subject')} />
          <Textarea
            label={t.messages.text}
            description={t.messages.textHint}
            required
            autosize
            minRows={6}
            {...form.getInputProps('text')}
          />
          <Textarea
            label={t.messages.html}
            description={t.messages.htmlHint}
            autosize
            minRows={4}
            spellCheck={false}
            {...form.getInputProps('html')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.messages.cancel}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t.messages.send}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
