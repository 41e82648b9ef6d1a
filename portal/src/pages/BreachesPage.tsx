import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, gql } from '../api/client';
import { acknowledgeBreachNoticeMutation, breachNoticesQuery } from '../api/operations';
import { notify } from '../components/notify';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { BreachNoticesQuery } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { canWrite, useViewer } from '../session';

const NOTICES_KEY = ['breachNotices'] as const;

type Notice = BreachNoticesQuery['breachNotices'][number];

/** `/breaches`: the breach notices the platform sent this tenant, newest first; OWNER/ADMIN acknowledge each. */
export function BreachesPage() {
  useDocumentTitle(t.breaches.title);
  const viewer = useViewer();
  const tenantUser = viewer.role === 'TENANT_USER';
  const writer = canWrite(viewer);
  const notices = useQuery({
    queryKey: NOTICES_KEY,
    queryFn: ({ signal }) => gql(breachNoticesQuery, {}, { signal }).then((r) => r.breachNotices),
    enabled: tenantUser,
  });

  return (
    <>
      <Title order={1} mb="xs">
        {t.breaches.title}
      </Title>
      {!tenantUser ? (
        <Text>{t.breaches.operatorOnly}</Text>
      ) : (
        <Stack>
          <Text>{t.breaches.intro}</Text>
          {!writer && <Text size="sm">{t.breaches.viewerNote}</Text>}
          {notices.isPending ? (
            <Loader aria-label={t.app.loading} role="status" />
          ) : notices.error ? (
            <Alert color="red">{errorMessage(notices.error)}</Alert>
          ) : notices.data.length === 0 ? (
            <Text>{t.breaches.none}</Text>
          ) : (
            notices.data.map((n) => <NoticeCard key={n.id} notice={n} writer={writer} />)
          )}
        </Stack>
      )}
    </>
  );
}

function NoticeCard({ notice: n, writer }: { notice: Notice; writer: boolean }) {
  const queryClient = useQueryClient();
  const ack = useMutation({
    mutationFn: () => gql(acknowledgeBreachNoticeMutation, { id: n.id }),
    onSuccess: async () => {
      notify('done', t.breaches.acknowledgedDone);
      await queryClient.invalidateQueries({ queryKey: NOTICES_KEY });
    },
  });
  const headingId = `notice-${n.id}`;
  const b = t.breaches;
  return (
    <Card component="article" withBorder aria-labelledby={headingId} padding="md">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id={headingId} className="break-anywhere">
          {n.title}
        </Title>
        <Badge
          variant="filled"
          color={n.riskLevel === 'HIGH' ? 'red.9' : n.riskLevel === 'RISK' ? 'grape.9' : 'gray.8'}
        >
          {b.riskLevels[n.riskLevel]}
        </Badge>
      </Group>
      <dl className="details">
        <dt>{b.nature}</dt>
        <dd>{n.nature}</dd>
        <dt>{b.discovered}</dt>
        <dd>{formatDateTime(n.discoveredAt)}</dd>
        <dt>{b.occurred}</dt>
        <dd>
          {n.occurredFrom && n.occurredTo
            ? b.occurredRange(formatDateTime(n.occurredFrom), formatDateTime(n.occurredTo))
            : n.occurredFrom
              ? b.occurredFromOnly(formatDateTime(n.occurredFrom))
              : b.occurredUnknown}
        </dd>
        <dt>{b.notified}</dt>
        <dd>{formatDateTime(n.notifiedAt)}</dd>
        <dt>{b.deadline}</dt>
        <dd>{formatDateTime(n.controllerDeadline)}</dd>
        <dt>{b.categories}</dt>
        <dd>{n.dataCategories.map((c) => b.dataCategories[c] ?? c).join(', ')}</dd>
        <dt>{b.encrypted}</dt>
        <dd>{n.encrypted ? b.yes : b.no}</dd>
        <dt>{b.subjects}</dt>
        <dd>{n.affectedSubjects}</dd>
        <dt>{b.euEea}</dt>
        <dd>{n.euEeaSubjects}</dd>
        <dt>{b.unknownCountry}</dt>
        <dd>{n.unknownCountrySubjects}</dd>
        <dt>{b.records}</dt>
        <dd>{n.affectedRecords}</dd>
        <dt>{b.lists}</dt>
        <dd>{n.affectedLists}</dd>
        {n.deletedRecordsEstimate != null && (
          <>
            <dt>{b.deletedEstimate}</dt>
            <dd>{n.deletedRecordsEstimate}</dd>
          </>
        )}
        <dt>{b.risk}</dt>
        <dd>
          {b.riskLevels[n.riskLevel]}: {n.riskReason}
        </dd>
        <dt>{b.consequences}</dt>
        <dd>{n.likelyConsequences}</dd>
        <dt>{b.measures}</dt>
        <dd>{n.measuresTaken}</dd>
        <dt>{b.contact}</dt>
        <dd>{n.contact}</dd>
      </dl>
      <Group mt="md" justify="space-between" wrap="wrap">
        <Text fw={600}>
          {n.acknowledgedAt ? b.acknowledgedAt(formatDateTime(n.acknowledgedAt)) : b.notAcknowledged}
        </Text>
        {writer && !n.acknowledgedAt && (
          <Button loading={ack.isPending} onClick={() => ack.mutate()}>
            {b.acknowledge}
          </Button>
        )}
      </Group>
      {ack.error && (
        <Alert color="red" mt="sm">
          {errorMessage(ack.error)}
        </Alert>
      )}
    </Card>
  );
}
