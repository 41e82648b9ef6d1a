import { Alert, Anchor, Loader, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage, gql } from '../api/client';
import { listQuery } from '../api/operations';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { MessagesTab } from '../lists/MessagesTab';
import { SettingsTab } from '../lists/SettingsTab';
import { SubscribersTab } from '../lists/SubscribersTab';
import { t } from '../messages';

// The chart library is large: it loads with the first list page, not with the portal.
const ActivityChart = lazy(() =>
  import('../lists/ActivityChart').then((m) => ({ default: m.ActivityChart })),
);

const TABS = ['subscribers', 'messages', 'settings'] as const;
type Tab = (typeof TABS)[number];

export const listKey = (id: string) => ['list', id] as const;

/** `/lists/:id`: one list, its tabs Subscribers, Messages, Settings (the tab is kept in `?tab=`). */
export function ListPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'subscribers';
  const list = useQuery({
    queryKey: listKey(id),
    queryFn: ({ signal }) => gql(listQuery, { id }, { signal }).then((r) => r.list),
  });
  useDocumentTitle(list.data?.title);

  const back = (
    <Anchor component={Link} to="/lists" size="sm">
      ← {t.list.back}
    </Anchor>
  );
  if (list.isPending) return <Loader aria-label={t.app.loading} role="status" />;
  if (list.error || !list.data)
    return (
      <>
        {back}
        <Title order={1} my="md">
          {t.notFound.title}
        </Title>
        <Alert color="red">{list.error ? errorMessage(list.error) : t.list.notFound}</Alert>
      </>
    );

  const l = list.data;
  return (
    <>
      {back}
      <Title order={1} mt="xs" className="break-anywhere">
        {l.title}
      </Title>
      <Text mb="md">{t.list.counts(l.confirmedCount, l.pendingCount)}</Text>
      <Suspense fallback={<Loader aria-label={t.app.loading} role="status" size="sm" />}>
        <ActivityChart listId={l.id} />
      </Suspense>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'subscribers' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.list.tabs} mb="md">
          <Tabs.Tab value="subscribers">{t.list.subscribers}</Tabs.Tab>
          <Tabs.Tab value="messages">{t.list.messages}</Tabs.Tab>
          <Tabs.Tab value="settings">{t.list.settings}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="subscribers">
          <SubscribersTab list={l} />
        </Tabs.Panel>
        <Tabs.Panel value="messages">
          <MessagesTab list={l} />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SettingsTab list={l} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
