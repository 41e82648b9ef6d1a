import { Button, Group, Table } from '@mantine/core';

/** One button of a table row. */
export interface RowAction {
  /** what the button shows, e.g. `Remove` */
  label: string;
  /** its accessible name, which may add the row's subject (portal.md), e.g. `Remove ana@example.com` */
  name: string;
  onClick: () => void;
}

/** The header cell above the rows' buttons: named for screen readers, empty to the eye unless `visible`. */
export function RowActionsHeader({ label, visible = false }: { label: string; visible?: boolean }) {
  return (
    <Table.Th scope="col">{visible ? label : <span className="visually-hidden">{label}</span>}</Table.Th>
  );
}

/**
 * A row's buttons, in a cell of that row (portal.md: per-row buttons sit in the row of a `table`);
 * an action given as `false` (not for this row) is left out, the cell stays.
 */
export function RowActions({ actions }: { actions: ReadonlyArray<RowAction | false> }) {
  return (
    <Table.Td>
      <Group gap="xs" wrap="nowrap">
        {actions
          .filter((a): a is RowAction => a !== false)
          .map((a) => (
            <Button key={a.label} size="xs" variant="default" aria-label={a.name} onClick={a.onClick}>
              {a.label}
            </Button>
          ))}
      </Group>
    </Table.Td>
  );
}
