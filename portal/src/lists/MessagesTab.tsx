import {
  Alert,
  Anchor,
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
import {
  cancelDeliveryMutation,
  deliveriesQuery,
  deliveryQuery,
  sendListMessageMutation,
  sendTestMessageMutation,
} from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { formatDateTime, t } from '../messages';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { RowActions, RowActionsHeader } from '../components/RowActions';
import { canWrite, useViewer } from '../session';
import type { ListView } from './types';
import { ScrollTable } from '../components/ScrollTable';

/** Statuses in which a delivery may still be cancelled. */
const ACTIVE = ['SCHEDULED', 'QUEUED', 'SENDING'];

/** The share of a delivery's recipients that is done, for its progress bar. */
const done = (d: { recipients: number; sent: number; failed: number }) =>
  d.recipients ? ((d.sent + d.failed) / d.recipients) * 100 : 0;

type DeliveryRow = { id: string; subject: string; status: string };

/** The Messages tab: the list's deliveries (live while one is under way) and `New message`. */
export function MessagesTab({ list }: { list: ListView }) {
  const writer = canWrite(useViewer());
  const [composing, { open, close }] = useDisclosure(false);
  const [cancelling, setCancelling] = useState<DeliveryRow | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: (d: DeliveryRow) => gql(cancelDeliveryMutation, { id: d.id }),
    onSuccess: async () => {
      notify('done', t.messages.cancelled);
      setCancelling(null);
      await queryClient.invalidateQueries({ queryKey: ['deliveries', list.id] });
      await queryClient.invalidateQueries({ queryKey: ['delivery'] });
    },
  });
  const deliveries = useQuery({
    queryKey: ['deliveries', list.id],
    queryFn: ({ signal }) => gql(deliveriesQuery, { listId: list.id }, { signal }).then((r) => r.deliveries),
    refetchInterval: (q) =>
      q.state.data?.some((d) => d.status === 'QUEUED' || d.status === 'SENDING')
        ? 2000
        : q.state.data?.some((d) => d.status === 'SCHEDULED')
          ? 5000
          : false,
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
        <ScrollTable label={t.messages.deliveries} miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.messages.colSubject}</Table.Th>
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
              {writer && <RowActionsHeader label={t.messages.colActions} visible />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    className="break-anywhere"
                    aria-label={t.messages.details(d.subject)}
                    onClick={() => setShowing(d.id)}
                  >
                    {d.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                <Table.Td>
                  {t.messages.status[d.status] ?? d.status}
                  {d.status === 'SCHEDULED' && d.scheduledFor && (
                    <Text size="sm">{t.messages.scheduledFor(formatDateTime(d.scheduledFor))}</Text>
                  )}
                  {d.status === 'SENDING' && (
                    <Progress.Root mt={4} size="sm">
                      <Progress.Section
                        value={done(d)}
                        aria-label={t.messages.progress(d.sent, d.recipients)}
                      />
                    </Progress.Root>
                  )}
                </Table.Td>
                <Table.Td ta="right">{d.recipients}</Table.Td>
                <Table.Td ta="right">{d.sent}</Table.Td>
                <Table.Td ta="right">{d.failed}</Table.Td>
                {writer && (
                  <RowActions
                    actions={[
                      ACTIVE.includes(d.status) && {
                        label: t.messages.cancelDelivery,
                        name: t.messages.cancelLabel(d.subject),
                        onClick: () => {
                          cancel.reset();
                          setCancelling(d);
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
      {writer && <ComposeModal list={list} opened={composing} onClose={close} />}
      <ConfirmDialog
        opened={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={t.messages.cancelTitle}
        body={cancelling && t.messages.cancelBody(cancelling.subject)}
        error={cancel.error}
        cancelLabel={t.messages.keep}
        confirmLabel={t.messages.cancelDelivery}
        loading={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
      />
      <Dialog
        opened={showing !== null}
        onClose={() => setShowing(null)}
        title={t.messages.detailsTitle}
        size="lg"
      >
        {showing && <DeliveryPanel id={showing} />}
      </Dialog>
    </Stack>
  );
}

/** One delivery: its status with live progress while it is under way, its times and its figures. */
function DeliveryPanel({ id }: { id: string }) {
  const q = useQuery({
    queryKey: ['delivery', id],
    queryFn: ({ signal }) => gql(deliveryQuery, { id }, { signal }).then((r) => r.delivery),
    refetchInterval: (query) => (ACTIVE.includes(query.state.data?.status ?? '') ? 2000 : false),
  });
  if (q.isPending) return <Loader aria-label={t.app.loading} role="status" />;
  if (q.error) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  const d = q.data;
  if (!d) return <Text>{t.messages.none}</Text>;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : t.messages.notYet);
  const rows: Array<[string, string | number]> = [
    [t.messages.figStatus, t.messages.status[d.status] ?? d.status],
    [t.messages.figScheduledFor, when(d.scheduledFor)],
    [t.messages.figStarted, when(d.startedAt)],
    [t.messages.figFinished, when(d.finishedAt)],
    [t.messages.figRecipients, d.recipients],
    [t.messages.figSent, d.sent],
    [t.messages.figFailed, d.failed],
    [t.messages.figOpens, d.opens],
    [t.messages.figAnonymousOpens, d.anonymousOpens],
    [t.messages.figUnsubscribes, d.unsubscribes],
    [t.messages.figBounces, d.bounces],
    [t.messages.figComplaints, d.complaints],
  ];
  return (
    <Stack>
      <Title order={3} size="h4" className="break-anywhere">
        {d.subject}
      </Title>
      {d.status === 'SENDING' && (
        <Progress.Root size="lg">
          <Progress.Section value={done(d)} aria-label={t.messages.progress(d.sent, d.recipients)} />
        </Progress.Root>
      )}
      <Table aria-label={t.messages.figures}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td ta="right">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const FIELDS = ['subject', 'text', 'html', 'scheduledFor'] as const;

/** The `Send at` field's local time as an ISO instant, or null when empty. */
const instant = (local: string): string | null => (local ? new Date(local).toISOString() : null);

/**
 * `New message`: Subject, Text, optional HTML (previewed in a sandboxed frame: no script, no
 * navigation), optional Send at; `Send test to me` (the caller's own address), `Send`.
 */
function ComposeModal({ list, opened, onClose }: { list: ListView; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { subject: '', text: '', html: '', scheduledFor: '' },
    validate: {
      subject: (v) => (v.trim() ? null : t.messages.subjectRequired),
      text: (v) => (v.trim() ? null : t.messages.textRequired),
      scheduledFor: (v) => (!v || new Date(v).getTime() > Date.now() ? null : t.messages.sendAtPast),
    },
  });
  const content = (v: typeof form.values) => ({
    subject: v.subject.trim(),
    text: v.text,
    html: v.html.trim() ? v.html : null,
  });
  const test = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(sendTestMessageMutation, { listId: list.id, input: content(v) }),
    onSuccess: () => notify('done', t.messages.testSent),
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
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
        input: { ...content(v), scheduledFor: instant(v.scheduledFor) },
      }),
    onSuccess: async (_r, v) => {
      notify(
        'done',
        v.scheduledFor ? t.messages.scheduled(formatDateTime(instant(v.scheduledFor)!)) : t.messages.queued,
      );
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
          {form.values.html.trim() && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="html-preview-label">
                {t.messages.preview}
              </Text>
              <Text size="xs">{t.messages.previewNote}</Text>
              <iframe
                sandbox=""
                srcDoc={form.values.html}
                title={t.messages.preview}
                className="html-preview"
              />
            </Stack>
          )}
          <TextInput
            type="datetime-local"
            label={t.messages.sendAt}
            description={t.messages.sendAtHint}
            {...form.getInputProps('scheduledFor')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.messages.cancel}
            </Button>
            <Button
              variant="default"
              loading={test.isPending}
              onClick={() => {
                setAlert(null);
                const checked = form.validate();
                if (!checked.hasErrors) test.mutate(form.values);
              }}
            >
              {t.messages.sendTest}
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
