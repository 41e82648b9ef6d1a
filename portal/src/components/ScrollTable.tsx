import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A named table in a box that scrolls sideways on a narrow screen (375 px): the box is a
 * keyboard-focusable region with the table's name, so keyboard users can scroll it too.
 */
export function ScrollTable({
  label,
  miw,
  striped = true,
  children,
}: {
  label: string;
  /** the width below which the box scrolls instead of squeezing the columns */
  miw?: number;
  striped?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <Table striped={striped} miw={miw} aria-label={label}>
        {children}
      </Table>
    </div>
  );
}
