import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from './Dialog';

/**
 * Asks before an action that cannot be undone (portal.md: the confirming button repeats the
 * action's name): the consequences, the API's error if the action failed, a way back and the action.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  body,
  error,
  cancelLabel,
  confirmLabel,
  loading,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** what happens, in words; null while nothing is being asked */
  body: ReactNode;
  error?: unknown;
  cancelLabel: string;
  confirmLabel: string;
  loading: boolean;
  onConfirm: () => void;
}) {
  return (
    <Dialog opened={opened} onClose={onClose} title={title}>
      {body !== null && (
        <Stack>
          <Text className="break-anywhere">{body}</Text>
          {error ? <Alert color="red">{errorMessage(error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button color="red.9" loading={loading} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
