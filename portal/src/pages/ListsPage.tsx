import { Alert, Anchor, Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage, gql } from '../api/client';
import { listsQuery } from '../api/operations';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CreateListModal } from '../lists/CreateListModal';
import { t } from '../messages';
import { canWrite, useViewer } from '../session';

export const LISTS_KEY = ['lists'] as const;

/** `/lists`: the tenant's lists with their counts; OWNER and ADMIN create lists here. */
export function ListsPage() {
  useDocumentTitle(t.lists.title);
  const viewer = useViewer();
  const tenantUser = viewer.role === 'TENANT_USER';
  const writer = canWrite(viewer);
  const [creating, { open, close }] = useDisclosure(false);
  const lists = useQuery({
    queryKey: LISTS_KEY,
    queryFn: ({ signal }) => gql(listsQuery, {}, { signal }).then((r) => r.lists),
    enabled: tenantUser,
  });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t.lists.title}</Title>
        {writer && <Button onClick={open}>{t.lists.create}</Button>}
      </Group>
      {!tenantUser ? (
        <Text>{t.lists.operatorOnly}</Text>
      ) : lists.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : lists.error ? (
        <Alert color="red">{errorMessage(lists.error)}</Alert>
      ) : lists.data.length === 0 ? (
        <Text>{writer ? t.lists.noneCanCreate : t.lists.none}</Text>
      ) : (
        <div className="table-scroll">
          <Table aria-label={t.lists.table} striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.lists.colTitle}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t.lists.colName}
                </Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t.lists.colOptIn}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.lists.colConfirmed}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.lists.colPending}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lists.data.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td className="break-anywhere">
                    <Anchor component={Link} to={`/lists/${l.id}`}>
                      {l.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td visibleFrom="sm" className="break-anywhere">
                    {l.name}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{t.optIn[l.optIn]}</Table.Td>
                  <Table.Td ta="right">{l.confirmedCount}</Table.Td>
                  <Table.Td ta="right">{l.pendingCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {writer && <CreateListModal opened={creating} onClose={close} />}
    </>
  );
}
