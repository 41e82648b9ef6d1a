import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Alert, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { errorMessage, gql } from '../api/client';
import { listActivityQuery } from '../api/operations';
import { t } from '../messages';

const DAYS = 90;

export const activityKey = (listId: string) => ['list', listId, 'activity'] as const;

/**
 * A list's last 90 days (anonymous daily counts) as a chart, with its text alternative: a summary
 * anyone can read, and the numbers of each day with any event in a table for screen readers (the
 * drawing itself is hidden from them).
 */
export function ActivityChart({ listId }: { listId: string }) {
  const activity = useQuery({
    queryKey: activityKey(listId),
    queryFn: ({ signal }) =>
      gql(listActivityQuery, { id: listId, days: DAYS }, { signal }).then((r) => r.list?.activity ?? []),
  });
  if (activity.isPending) return <Loader aria-label={t.app.loading} role="status" size="sm" />;
  if (activity.error) return <Alert color="red">{errorMessage(activity.error)}</Alert>;
  const days = activity.data;
  // The table lists the days something happened (the summary gives the totals): a screen reader
  // need not step through 90 rows of zeros.
  const active = days.filter((d) => d.signups || d.confirmations || d.unsubscribes);
  const sum = (k: 'signups' | 'confirmations' | 'unsubscribes') => days.reduce((n, d) => n + d[k], 0);
  return (
    <Stack gap="xs" mb="md">
      <Title order={2} size="h4">
        {t.activity.heading}
      </Title>
      <Text>{t.activity.summary(sum('signups'), sum('confirmations'), sum('unsubscribes'))}</Text>
      <div aria-hidden="true">
        <LineChart
          h={200}
          data={days.map((d) => ({ ...d, date: d.date.slice(5) }))}
          dataKey="date"
          series={[
            { name: 'signups', label: t.activity.signups, color: 'blue.8' },
            { name: 'confirmations', label: t.activity.confirmations, color: 'teal.9' },
            { name: 'unsubscribes', label: t.activity.unsubscribes, color: 'red.9' },
          ]}
          curveType="linear"
          withDots={false}
          withLegend
          tickLine="none"
          lineChartProps={{ accessibilityLayer: false }}
          lineProps={{ isAnimationActive: false }}
        />
      </div>
      {active.length > 0 && (
        <VisuallyHidden>
          <Table aria-label={t.activity.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.activity.colDate}</Table.Th>
                <Table.Th scope="col">{t.activity.signups}</Table.Th>
                <Table.Th scope="col">{t.activity.confirmations}</Table.Th>
                <Table.Th scope="col">{t.activity.unsubscribes}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {active.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Th scope="row">{d.date}</Table.Th>
                  <Table.Td>{d.signups}</Table.Td>
                  <Table.Td>{d.confirmations}</Table.Td>
                  <Table.Td>{d.unsubscribes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      )}
    </Stack>
  );
}
