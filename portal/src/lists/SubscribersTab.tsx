import { Alert, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notify } from '../components/notify';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { removeSubscriberMutation, subscriberSearchQuery, subscribersQuery } from '../api/operations';
import { formatDateTime, t } from '../messages';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Pager, usePager } from '../components/Pager';
import { RowActions, RowActionsHeader } from '../components/RowActions';
import { canWrite, useViewer } from '../session';
import { AddSubscriberModal } from './AddSubscriberModal';
import { EditSubscriberModal, type EditTarget } from './EditSubscriberModal';
import { RemoveSelectedDialog } from './RemoveSelectedDialog';
import { ExportCsvLink, ImportCsvButton } from './ImportModal';
import { invalidateSubscribers } from './invalidate';
import type { ListView } from './types';
import { ScrollTable } from '../components/ScrollTable';

const PAGE_SIZE = 50;

/**
 * The Subscribers tab: `Search subscribers`, the table page by page, `Add subscriber`, per row a
 * checkbox, `Edit` and `Remove`, and `Remove selected`.
 */
export function SubscribersTab({ list }: { list: ListView }) {
  const writer = canWrite(useViewer());
  const queryClient = useQueryClient();
  const pager = usePager();
  const { after } = pager;
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const [removing, setRemoving] = useState<{ id: string; email: string } | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [removingSelected, { open: openRemoveSelected, close: closeRemoveSelected }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const searching = debounced.replace(/\s/g, '').length >= 3;

  const page = useQuery({
    queryKey: ['subscribers', list.id, searching ? debounced : null, after],
    queryFn: ({ signal }) =>
      searching
        ? gql(
            subscriberSearchQuery,
            { listId: list.id, query: debounced, first: PAGE_SIZE, after },
            { signal },
          ).then((r) => r.subscriberSearch)
        : gql(subscribersQuery, { listId: list.id, first: PAGE_SIZE, after }, { signal }).then(
            (r) => r.subscribers,
          ),
    placeholderData: (previous) => previous,
  });
  const onSearch = (value: string) => {
    setSearch(value);
    pager.reset();
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const remove = useMutation({
    mutationFn: (s: { id: string; email: string }) => gql(removeSubscriberMutation, { id: s.id }),
    onSuccess: async (_data, s) => {
      notify('done', t.subscribers.removed(s.email));
      setRemoving(null);
      await invalidateSubscribers(queryClient, list.id);
    },
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Text>
          {page.data
            ? searching
              ? t.subscriberSearch.found(
                  page.data.totalCount,
                  'totalCountCapped' in page.data && page.data.totalCountCapped === true,
                )
              : t.subscribers.total(page.data.totalCount)
            : '\u00a0'}
        </Text>
        <Group>
          <ExportCsvLink list={list} />
          {writer && <ImportCsvButton list={list} />}
          {writer && (
            <Button variant="default" disabled={selected.size === 0} onClick={openRemoveSelected}>
              {t.subscriberSelect.removeSelected}
            </Button>
          )}
          {writer && <Button onClick={openAdd}>{t.subscribers.add}</Button>}
        </Group>
      </Group>
      <TextInput
        type="search"
        label={t.subscriberSearch.label}
        description={
          search.trim() && !searching && search.trim() === debounced
            ? t.subscriberSearch.tooShort
            : t.subscriberSearch.hint
        }
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        autoComplete="off"
      />
      {page.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : page.error ? (
        <Alert color="red">{errorMessage(page.error)}</Alert>
      ) : page.data.nodes.length === 0 && pager.number === 1 ? (
        <Text>{searching ? t.subscriberSearch.none : t.subscribers.none}</Text>
      ) : (
        <>
          <ScrollTable label={t.subscribers.table} miw={640}>
            <Table.Thead>
              <Table.Tr>
                {writer && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t.subscriberSelect.colSelect}</span>
                  </Table.Th>
                )}
                <Table.Th scope="col">{t.subscribers.colEmail}</Table.Th>
                <Table.Th scope="col">{t.subscribers.colName}</Table.Th>
                <Table.Th scope="col">{t.subscribers.colCountry}</Table.Th>
                <Table.Th scope="col">{t.subscribers.colFormat}</Table.Th>
                <Table.Th scope="col">{t.subscribers.colStatus}</Table.Th>
                <Table.Th scope="col">{t.subscribers.colAdded}</Table.Th>
                {writer && <RowActionsHeader label={t.subscribers.colActions} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.data.nodes.map((s) => (
                <Table.Tr key={s.id}>
                  {writer && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t.subscriberSelect.select(s.email)}
                        checked={selected.has(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                  )}
                  <Table.Td className="break-anywhere">{s.email}</Table.Td>
                  <Table.Td className="break-anywhere">{s.name}</Table.Td>
                  <Table.Td>{s.country}</Table.Td>
                  <Table.Td>{t.format[s.format]}</Table.Td>
                  <Table.Td>
                    <Badge color={s.status === 'CONFIRMED' ? 'teal.9' : 'gray.7'} variant="filled">
                      {t.subscribers.status[s.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.requestedAt)}</Table.Td>
                  {writer && (
                    <RowActions
                      actions={[
                        {
                          label: t.subscriberEdit.edit,
                          name: t.subscriberEdit.editLabel(s.email),
                          onClick: () => setEditing({ id: s.id, email: s.email }),
                        },
                        {
                          label: t.subscribers.remove,
                          name: t.subscribers.removeLabel(s.email),
                          onClick: () => {
                            remove.reset();
                            setRemoving({ id: s.id, email: s.email });
                          },
                        },
                      ]}
                    />
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          <Pager pager={pager} pageInfo={page.data.pageInfo} stale={page.isPlaceholderData} />
        </>
      )}
      {writer && <AddSubscriberModal list={list} opened={adding} onClose={closeAdd} />}
      {writer && <EditSubscriberModal listId={list.id} target={editing} onClose={() => setEditing(null)} />}
      {writer && (
        <RemoveSelectedDialog
          listId={list.id}
          ids={[...selected]}
          opened={removingSelected}
          onClose={closeRemoveSelected}
          onRemoved={() => setSelected(new Set())}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t.subscribers.removeTitle}
        body={removing && t.subscribers.removeBody(removing.email)}
        error={remove.error}
        cancelLabel={t.subscribers.cancel}
        confirmLabel={t.subscribers.remove}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </Stack>
  );
}
