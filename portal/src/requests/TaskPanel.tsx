import { Alert, Badge, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { gql } from '../api/client';
import { respondToDataSubjectTaskMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { toCountryCode } from '../country';
import type { DataSubjectTasksQuery, TaskDecision } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { canWrite, useViewer } from '../session';

export type TaskView = DataSubjectTasksQuery['dataSubjectTasks'][number];

const OPEN = new Set(['PENDING', 'EXTENDED']);
const FIELDS = ['reason', 'name', 'email', 'country'] as const;

/** An open task past its due date. */
export const isOverdue = (task: Pick<TaskView, 'status' | 'dueAt'>, now = Date.now()): boolean =>
  OPEN.has(task.status) && new Date(task.dueAt).getTime() < now;

/**
 * One task's panel (a dialog): what was asked, by when, what the tenant holds, the right's rules, and
 * the answers `Fulfil`, `Extend` (once, with a reason) and `Reject` (with a reason). A RECTIFICATION
 * is fulfilled with the corrections. A VIEWER reads it; the buttons are disabled, with a note.
 */
export function TaskPanel({ task, onClose }: { task: TaskView | null; onClose: () => void }) {
  return (
    <Dialog
      opened={task !== null}
      onClose={onClose}
      title={task ? t.task.title(task.reference) : ''}
      size="lg"
    >
      {task && <TaskBody key={task.id} task={task} onClose={onClose} />}
    </Dialog>
  );
}

function TaskBody({ task, onClose }: { task: TaskView; onClose: () => void }) {
  const writer = canWrite(useViewer());
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ initialValues: { reason: '', name: '', email: '', country: '' } });
  const open = OPEN.has(task.status);
  const overdue = isOverdue(task);
  const rectification = task.type === 'RECTIFICATION';

  const respond = useMutation({
    mutationFn: (decision: TaskDecision) => {
      const v = form.values;
      const trimmed = (s: string) => s.trim() || undefined;
      return gql(respondToDataSubjectTaskMutation, {
        input: {
          taskId: task.id,
          decision,
          reason: decision === 'FULFILL' ? undefined : v.reason.trim(),
          rectification:
            decision === 'FULFILL' && rectification
              ? {
                  name: trimmed(v.name),
                  email: trimmed(v.email),
                  country: v.country.trim() ? (toCountryCode(v.country) ?? v.country.trim()) : undefined,
                }
              : undefined,
        },
      });
    },
    onSuccess: async (_data, decision) => {
      notify(
        'done',
        decision === 'FULFILL'
          ? t.task.fulfilled(task.reference)
          : decision === 'EXTEND'
            ? t.task.extended(task.reference)
            : t.task.rejected(task.reference),
      );
      await queryClient.invalidateQueries({ queryKey: ['dataSubjectTasks'] });
      onClose();
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  const act = (decision: TaskDecision) => {
    setAlert(null);
    form.clearErrors();
    if (decision !== 'FULFILL' && !form.values.reason.trim()) {
      form.setFieldError(
        'reason',
        decision === 'EXTEND' ? t.task.reasonRequiredExtend : t.task.reasonRequiredReject,
      );
      return;
    }
    if (decision === 'FULFILL' && rectification) {
      const { name, email, country } = form.values;
      if (!name.trim() && !email.trim() && !country.trim()) {
        setAlert(t.task.correctionRequired);
        return;
      }
      if (country.trim() && toCountryCode(country) === undefined) {
        form.setFieldError('country', t.addSubscriber.countryUnknown);
        return;
      }
    }
    respond.mutate(decision);
  };

  return (
    <Stack>
      <dl className="details">
        <dt>{t.task.reference}</dt>
        <dd>{task.reference}</dd>
        <dt>{t.task.right}</dt>
        <dd>{t.requests.rights[task.type]}</dd>
        <dt>{t.task.status}</dt>
        <dd>{t.requests.statuses[task.status]}</dd>
        <dt>{t.task.requester}</dt>
        <dd>{task.subjectEmail || t.task.requesterGone}</dd>
        <dt>{t.task.received}</dt>
        <dd>{formatDateTime(task.receivedAt)}</dd>
        <dt>{t.task.due}</dt>
        <dd>
          {formatDateTime(task.dueAt)}
          {task.status === 'EXTENDED' && ` (${t.task.extendedNote})`}
          {overdue && (
            <>
              {' '}
              <Badge color="red.9" variant="filled">
                {t.requests.overdue}
              </Badge>
            </>
          )}
        </dd>
        {task.details && (
          <>
            <dt>{t.task.details}</dt>
            <dd>{task.details}</dd>
          </>
        )}
        <dt>{t.task.lists}</dt>
        <dd>{task.lists.length ? task.lists.join(', ') : t.task.noLists}</dd>
        <dt>{t.task.records}</dt>
        <dd>{task.records}</dd>
        {task.respondedAt && (
          <>
            <dt>{t.task.responded}</dt>
            <dd>{formatDateTime(task.respondedAt)}</dd>
          </>
        )}
        {task.reason && (
          <>
            <dt>{t.task.reasonGiven}</dt>
            <dd>{task.reason}</dd>
          </>
        )}
      </dl>
      <Text size="sm">{t.task.rules[task.type]}</Text>
      {!open ? (
        <Text fw={600}>{t.task.answered}</Text>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <Stack>
            <Text size="sm">{t.task.deadlineRule}</Text>
            {!writer && <Alert color="blue">{t.task.viewerNote}</Alert>}
            {alert && (
              <Alert color="red" role="alert">
                {alert}
              </Alert>
            )}
            {rectification && (
              <fieldset className="plain-fieldset" disabled={!writer}>
                <Text component="legend" fw={600}>
                  {t.task.correction}
                </Text>
                <Text size="sm" mb="xs">
                  {t.task.correctionHint}
                </Text>
                <Stack gap="xs">
                  <TextInput label={t.task.newName} {...form.getInputProps('name')} />
                  <TextInput
                    label={t.task.newEmail}
                    type="email"
                    spellCheck={false}
                    {...form.getInputProps('email')}
                  />
                  <TextInput
                    label={t.task.newCountry}
                    description={t.addSubscriber.countryHint}
                    {...form.getInputProps('country')}
                  />
                </Stack>
              </fieldset>
            )}
            <Textarea
              label={t.task.reason}
              description={t.task.reasonHint}
              autosize
              minRows={2}
              maxLength={2000}
              disabled={!writer}
              {...form.getInputProps('reason')}
            />
            {task.status === 'EXTENDED' && <Text size="sm">{t.task.extendedOnce}</Text>}
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                disabled={!writer || task.status === 'EXTENDED'}
                loading={respond.isPending && respond.variables === 'EXTEND'}
                onClick={() => act('EXTEND')}
              >
                {t.task.extend}
              </Button>
              <Button
                color="red.9"
                disabled={!writer}
                loading={respond.isPending && respond.variables === 'REJECT'}
                onClick={() => act('REJECT')}
              >
                {t.task.reject}
              </Button>
              <Button
                disabled={!writer}
                loading={respond.isPending && respond.variables === 'FULFILL'}
                onClick={() => act('FULFILL')}
              >
                {t.task.fulfil}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
