import { Alert, Badge, Button, Group, Loader, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { dataSubjectTasksQuery } from '../api/operations';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { TaskStatus } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { isOverdue, TaskPanel } from '../requests/TaskPanel';
import { useViewer } from '../session';
import { ScrollTable } from '../components/ScrollTable';

export const TASKS_KEY = ['dataSubjectTasks'] as const;

const STATUSES: TaskStatus[] = ['PENDING', 'EXTENDED', 'FULFILLED', 'REJECTED'];

/** `/requests`: the tenant's data-subject tasks, the nearest due date first; each opens its panel. */
export function RequestsPage() {
  useDocumentTitle(t.requests.title);
  const viewer = useViewer();
  const tenantUser = viewer.role === 'TENANT_USER';
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const tasks = useQuery({
    queryKey: [...TASKS_KEY, status],
    queryFn: ({ signal }) =>
      gql(dataSubjectTasksQuery, { status: status || null }, { signal }).then((r) => r.dataSubjectTasks),
    enabled: tenantUser,
    placeholderData: (previous) => previous,
  });
  const selected = tasks.data?.find((x) => x.id === openId) ?? null;
  const now = Date.now();

  return (
    <>
      <Title order={1} mb="xs">
        {t.requests.title}
      </Title>
      {!tenantUser ? (
        <Text>{t.requests.operatorOnly}</Text>
      ) : (
        <>
          <Text mb="md">{t.requests.intro}</Text>
          <NativeSelect
            label={t.requests.status}
            mb="md"
            maw={240}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as TaskStatus | '')}
            data={[
              { value: '', label: t.requests.allStatuses },
              ...STATUSES.map((s) => ({ value: s, label: t.requests.statuses[s] })),
            ]}
          />
          {tasks.isPending ? (
            <Loader aria-label={t.app.loading} role="status" />
          ) : tasks.error ? (
            <Alert color="red">{errorMessage(tasks.error)}</Alert>
          ) : tasks.data.length === 0 ? (
            <Text>{t.requests.none}</Text>
          ) : (
            <ScrollTable label={t.requests.table}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.requests.colReference}</Table.Th>
                  <Table.Th scope="col">{t.requests.colRight}</Table.Th>
                  <Table.Th scope="col">{t.requests.colStatus}</Table.Th>
                  <Table.Th scope="col" visibleFrom="sm">
                    {t.requests.colReceived}
                  </Table.Th>
                  <Table.Th scope="col">{t.requests.colDue}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.data.map((task) => {
                  const overdue = isOverdue(task, now);
                  return (
                    <Table.Tr key={task.id}>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          px={4}
                          onClick={() => setOpenId(task.id)}
                          aria-haspopup="dialog"
                        >
                          {task.reference}
                        </Button>
                      </Table.Td>
                      <Table.Td>{t.requests.rights[task.type]}</Table.Td>
                      <Table.Td>{t.requests.statuses[task.status]}</Table.Td>
                      <Table.Td visibleFrom="sm">{formatDateTime(task.receivedAt)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <span>{formatDateTime(task.dueAt)}</span>
                          {overdue && (
                            <Badge color="red.9" variant="filled">
                              {t.requests.overdue}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </ScrollTable>
          )}
          <TaskPanel task={selected} onClose={() => setOpenId(null)} />
        </>
      )}
    </>
  );
}
