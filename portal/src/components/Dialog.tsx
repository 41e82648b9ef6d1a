import { Modal, type ModalProps } from '@mantine/core';
import { t } from '../messages';

/** Mantine's Modal (role dialog, named by its title, focus kept inside) with a named close button. */
export function Dialog(props: ModalProps) {
  return <Modal centered closeButtonProps={{ 'aria-label': t.app.close }} {...props} />;
}
