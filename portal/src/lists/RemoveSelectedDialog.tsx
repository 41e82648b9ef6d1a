import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gql } from '../api/client';
import { removeSubscribersMutation } from '../api/operations';
import { ConfirmDialog } from '../components/ConfirmDialog';
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
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={t.subscriberSelect.title}
      body={t.subscriberSelect.body(ids.length)}
      error={remove.error}
      cancelLabel={t.subscribers.cancel}
      confirmLabel={t.subscriberSelect.removeSelected}
      loading={remove.isPending}
      onConfirm={() => remove.mutate()}
    />
  );
}
