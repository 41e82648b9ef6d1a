import { notifications } from '@mantine/notifications';
import { t } from '../messages';

/** A short message in the corner (role alert), with a named close button. */
export function notify(kind: 'done' | 'failed', message: string): void {
  notifications.show({
    color: kind === 'done' ? 'teal.9' : 'red.9',
    message,
    closeButtonProps: { 'aria-label': t.app.close },
  });
}
