import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { t } from '../messages';

/**
 * Where a cursor-paged view is: the cursors of the pages seen so far (`[null]` is the first page),
 * so `Previous page` goes back without asking the server for a cursor backwards.
 */
export function usePager() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    /** the `after` argument of the page shown */
    after: cursors[cursors.length - 1],
    /** the page's number, from 1 */
    number: cursors.length,
    /** back to the first page (a new filter or search) */
    reset: () => setCursors([null]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    next: (endCursor: string | null | undefined) => setCursors((c) => [...c, endCursor ?? null]),
  };
}

export type PagerState = ReturnType<typeof usePager>;

/**
 * `Previous page`, the page's number and `Next page` under a paged table. `Next page` waits while
 * the page shown is still the previous one's placeholder (its end cursor would be the old one).
 */
export function Pager({
  pager,
  pageInfo,
  stale,
}: {
  pager: PagerState;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  stale: boolean;
}) {
  return (
    <Group justify="space-between">
      <Button variant="default" disabled={pager.number === 1} onClick={pager.previous}>
        {t.pager.previous}
      </Button>
      <Text size="sm">{t.pager.page(pager.number)}</Text>
      <Button
        variant="default"
        disabled={!pageInfo.hasNextPage || stale}
        onClick={() => pager.next(pageInfo.endCursor)}
      >
        {t.pager.next}
      </Button>
    </Group>
  );
}
