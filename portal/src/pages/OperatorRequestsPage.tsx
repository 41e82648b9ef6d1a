import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Box,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { operatorRequestStatsQuery, operatorRequestsQuery } from '../api/operations';
import { ScrollTable } from '../components/ScrollTable';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { OperatorRequestStatsQuery, RequestStatus } from '../gql/graphql';
import { formatDateTime, t } from '../messages';

const WEEKS = 26;
const STATUSES: RequestStatus[] = [
  'AWAITING_VERIFICATION',
  'ROUTING',
  'ROUTED',
  'COMPLETED',
  'NO_DATA_HELD',
  'EXPIRED',
];
/** The last answer-time bucket within the one-month deadline (0-7 … 22-30 days). */
const LAST_WITHIN_MONTH = 30;

type Stats = OperatorRequestStatsQuery['dataSubjectRequestStats'];

/**
 * `/operator/requests`: the SLA board of data-subject requests, with no personal data: the counts
 * by status, the requests (overdue first) with a status filter, and two charts computed by the
 * server (`dataSubjectRequestStats`): requests received and answered per week, and the answer times
 * against the one-month deadline. Each chart has its text alternative: a summary for everyone and
 * a table for screen readers (the drawing is hidden from them).
 */
export function OperatorRequestsPage() {
  useDocumentTitle(t.operatorRequests.title);
  const stats = useQuery({
    queryKey: ['operator', 'requests', 'stats', WEEKS],
    queryFn: ({ signal }) =>
      gql(operatorRequestStatsQuery, { weeks: WEEKS }, { signal }).then((r) => r.dataSubjectRequestStats),
  });
  return (
    <>
      <Title order={1} mb="md">
        {t.operatorRequests.title}
      </Title>
      <Text mb="md">{t.operatorRequests.intro}</Text>
      {stats.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : stats.error ? (
        <Alert color="red">{errorMessage(stats.error)}</Alert>
      ) : (
        <Counts stats={stats.data} />
      )}
      <RequestTable />
      {stats.data && (
        <>
          <WeeksChart stats={stats.data} />
          <AnswerTimesChart stats={stats.data} />
        </>
      )}
    </>
  );
}

/** The counts by status, and the overdue ones, as a row of figures. */
function Counts({ stats }: { stats: Stats }) {
  const figures: Array<[string, number]> = [
    [t.operatorRequests.overdueCount, stats.overdue],
    ...stats.byStatus.map((x): [string, number] => [t.operatorRequests.statuses[x.status], x.count]),
  ];
  return (
    <section aria-labelledby="requests-counts">
      <Title order={2} size="h4" id="requests-counts" mb="xs">
        {t.operatorRequests.countsHeading}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" mb="lg" m={0}>
        {figures.map(([label, n], i) => (
          <Paper key={label} withBorder p="sm" data-testid="request-count">
            <Text component="dt" size="sm">
              {label}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} c={i === 0 && n > 0 ? 'red.9' : undefined}>
              {n}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

/** The requests, overdue first (then newest first), with a status filter. */
function RequestTable() {
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const requests = useQuery({
    queryKey: ['operator', 'requests', 'list', status],
    queryFn: ({ signal }) =>
      gql(operatorRequestsQuery, { status: status || null }, { signal }).then((r) => r.dataSubjectRequests),
  });
  const rows = requests.data
    ? [...requests.data].sort((a, b) => Number(b.overdueTasks > 0) - Number(a.overdueTasks > 0))
    : [];
  return (
    <section aria-labelledby="requests-table">
      <Group justify="space-between" align="flex-end" mb="xs" mt="lg">
        <Title order={2} size="h4" id="requests-table">
          {t.operatorRequests.tableHeading}
        </Title>
        <NativeSelect
          label={t.operatorRequests.filter}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as RequestStatus | '')}
          data={[
            { value: '', label: t.operatorRequests.allStatuses },
            ...STATUSES.map((s) => ({ value: s, label: t.operatorRequests.statuses[s] })),
          ]}
        />
      </Group>
      {requests.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : requests.error ? (
        <Alert color="red">{errorMessage(requests.error)}</Alert>
      ) : rows.length === 0 ? (
        <Text>{t.operatorRequests.none}</Text>
      ) : (
        <>
          <ScrollTable label={t.operatorRequests.table} miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.operatorRequests.colReference}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colRight}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colStatus}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colReceived}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colDue}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colTasks}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.colOverdue}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.reference}>
                  <Table.Th scope="row">{r.reference}</Table.Th>
                  <Table.Td>{t.requests.rights[r.type]}</Table.Td>
                  <Table.Td>{t.operatorRequests.statuses[r.status]}</Table.Td>
                  <Table.Td>{formatDateTime(r.receivedAt)}</Table.Td>
                  <Table.Td>{formatDateTime(r.dueAt)}</Table.Td>
                  <Table.Td>{r.tasks}</Table.Td>
                  <Table.Td>
                    {r.overdueTasks > 0 ? (
                      <Group gap="xs" wrap="nowrap">
                        <span>{r.overdueTasks}</span>
                        <Badge color="red.9" variant="filled">
                          {t.operatorRequests.overdueBadge}
                        </Badge>
                      </Group>
                    ) : (
                      0
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {rows.length >= 1000 && (
            <Text size="sm" mt="xs">
              {t.operatorRequests.limit}
            </Text>
          )}
        </>
      )}
    </section>
  );
}

/** Requests received and answered per ISO week, with its summary and table. */
function WeeksChart({ stats }: { stats: Stats }) {
  const weeks = stats.perWeek;
  const received = weeks.reduce((n, w) => n + w.received, 0);
  const completed = weeks.reduce((n, w) => n + w.completed, 0);
  // The table lists the weeks with any request (the summary gives the totals).
  const active = weeks.filter((w) => w.received || w.completed);
  return (
    <Stack gap="xs" mt="xl" component="section" aria-labelledby="requests-weeks">
      <Title order={2} size="h4" id="requests-weeks">
        {t.operatorRequests.weeksHeading}
      </Title>
      <Text>{t.operatorRequests.weeksSummary(stats.weeks, received, completed)}</Text>
      <Box aria-hidden="true" data-testid="weeks-chart">
        <BarChart
          h={220}
          data={weeks.map((w) => ({ week: w.week.slice(5), received: w.received, completed: w.completed }))}
          dataKey="week"
          series={[
            { name: 'received', label: t.operatorRequests.received, color: 'blue.8' },
            { name: 'completed', label: t.operatorRequests.completed, color: 'teal.9' },
          ]}
          withLegend
          tickLine="none"
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
          barProps={{ isAnimationActive: false }}
        />
      </Box>
      {active.length > 0 && (
        <VisuallyHidden>
          <Table aria-label={t.operatorRequests.weeksTable}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.operatorRequests.colWeek}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.received}</Table.Th>
                <Table.Th scope="col">{t.operatorRequests.completed}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {active.map((w) => (
                <Table.Tr key={w.week}>
                  <Table.Th scope="row">{w.week}</Table.Th>
                  <Table.Td>{w.received}</Table.Td>
                  <Table.Td>{w.completed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      )}
    </Stack>
  );
}

/** The answer times in days, the buckets after the one-month deadline in another colour, the deadline marked. */
function AnswerTimesChart({ stats }: { stats: Stats }) {
  const buckets = stats.answerTimes;
  const firstLate = buckets.find((b) => b.fromDays > LAST_WITHIN_MONTH);
  return (
    <Stack gap="xs" mt="xl" component="section" aria-labelledby="requests-answers">
      <Title order={2} size="h4" id="requests-answers">
        {t.operatorRequests.answerHeading}
      </Title>
      <Text>{t.operatorRequests.answerSummary(stats.answered, stats.answeredLate, stats.extended)}</Text>
      <Text size="sm">{t.operatorRequests.deadlineNote}</Text>
      <Box aria-hidden="true" data-testid="answers-chart">
        <BarChart
          h={220}
          type="stacked"
          data={buckets.map((b) => ({
            days: b.label,
            within: b.fromDays <= LAST_WITHIN_MONTH ? b.count : 0,
            after: b.fromDays > LAST_WITHIN_MONTH ? b.count : 0,
          }))}
          dataKey="days"
          series={[
            { name: 'within', label: t.operatorRequests.withinMonth, color: 'teal.9' },
            { name: 'after', label: t.operatorRequests.afterMonth, color: 'red.9' },
          ]}
          referenceLines={
            firstLate
              ? [
                  {
                    x: firstLate.label,
                    position: 'start',
                    color: 'red.9',
                    label: t.operatorRequests.deadline,
                    labelPosition: 'insideTopLeft',
                  },
                ]
              : []
          }
          withLegend
          tickLine="none"
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
          barProps={{ isAnimationActive: false }}
        />
      </Box>
      <VisuallyHidden>
        <Table aria-label={t.operatorRequests.answerTable}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.operatorRequests.colDays}</Table.Th>
              <Table.Th scope="col">{t.operatorRequests.colCount}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {buckets.map((b) => (
              <Table.Tr key={b.label}>
                <Table.Th scope="row">
                  {t.operatorRequests.days(b.label)}
                  {b.fromDays > LAST_WITHIN_MONTH ? ` (${t.operatorRequests.afterMonth})` : ''}
                </Table.Th>
                <Table.Td>{b.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
