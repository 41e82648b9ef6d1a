import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage, gql } from '../api/client';
import { removeSubscribersMutation } from '../api/operations';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { t } from '../messages';
import { invalidateSubscribers } from './invalidate';

/** `Remove selected`'s confirmation: its confirming button repeats the action's name. */
export function RemoveSelectedDialog({
  listId,
  ids,
  opened,
  onClose,
  onRemoved,
}: {
  listId: string;
  ids: string[];
  opened: boolean;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => gql(removeSubscribersMutation, { ids }),
    onSuccess: async (data) => {
      notify('done', t.subscriberSelect.removed(data.removeSubscribers));
      onRemoved();
      onClose();
      await invalidateSubscribers(queryClient, listId);
    },
  });
  return (
    <Dialog
      opened={opened}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={t.subscriberSelect.title}
      centered
    >
      <Stack>
        <Text>{t.subscriberSelect.body(ids.length)}</Text>
        {remove.error && <Alert color="red">{errorMessage(remove.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.subscribers.cancel}
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t.subscriberSelect.removeSelected}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
