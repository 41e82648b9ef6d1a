import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { processingLogQuery } from '../api/operations';
import { Pager, usePager } from '../components/Pager';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { ProcessingLogFilter, ProcessingPurpose } from '../gql/graphql';
import { formatDateTime, t } from '../messages';
import { useViewer } from '../session';
import { ScrollTable } from '../components/ScrollTable';

const PAGE_SIZE = 25;
const PURPOSES: ProcessingPurpose[] = [
  'SERVICE_DELIVERY',
  'DATA_SUBJECT_REQUEST',
  'BREACH_RESPONSE',
  'SECURITY',
  'TECHNICAL_SUPPORT',
  'CUSTOMER_INQUIRY',
  'LEGAL_OBLIGATION',
  'GOVERNMENT_REPORTING',
  'ORDER_PROCESSING',
  'INVOICING',
  'PRICE_QUOTATION',
];
const ACTION_SHAPE = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

interface Filters {
  purpose: ProcessingPurpose | '';
  action: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { purpose: '', action: '', from: '', to: '' };

/** A `datetime-local` value (the person's local time) as an ISO instant, or undefined when empty or unreadable. */
const instant = (local: string): string | undefined => {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

const filterOf = (f: Filters): ProcessingLogFilter => ({
  purpose: f.purpose || undefined,
  action: f.action.trim() || undefined,
  from: instant(f.from),
  to: instant(f.to),
});

/** The downloads' query string: the same filter as the view (the server takes the tenant from the session). */
const queryString = (filter: ProcessingLogFilter): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** `/log`: the tenant's processing log, filtered and page by page, its downloads and the record of processing. */
export function LogPage() {
  useDocumentTitle(t.log.title);
  const viewer = useViewer();
  const tenantUser = viewer.role === 'TENANT_USER';
  const [applied, setApplied] = useState<ProcessingLogFilter>({});
  const pager = usePager();
  const { after } = pager;
  const form = useForm<Filters>({
    initialValues: EMPTY,
    validate: {
      action: (v) => (v.trim() && !ACTION_SHAPE.test(v.trim()) ? t.log.actionShape : null),
      from: (v) => (v && !instant(v) ? t.log.invalidTime : null),
      to: (v, all) =>
        v && !instant(v)
          ? t.log.invalidTime
          : v && all.from && instant(all.from) && instant(all.from)! > instant(v)!
            ? t.log.fromAfterTo
            : null,
    },
  });

  const page = useQuery({
    queryKey: ['processingLog', applied, after],
    queryFn: ({ signal }) =>
      gql(processingLogQuery, { filter: applied, first: PAGE_SIZE, after }, { signal }).then(
        (r) => r.processingLog,
      ),
    enabled: tenantUser,
    placeholderData: (previous) => previous,
  });

  const apply = (f: Filters) => {
    setApplied(filterOf(f));
    pager.reset();
  };
  const qs = queryString(applied);

  if (!tenantUser)
    return (
      <>
        <Title order={1} mb="xs">
          {t.log.title}
        </Title>
        <Text>{t.log.operatorOnly}</Text>
      </>
    );

  return (
    <Stack>
      <Title order={1}>{t.log.title}</Title>
      <Text>{t.log.intro}</Text>
      <form
        noValidate
        aria-label={t.log.filters}
        onSubmit={form.onSubmit(apply)}
        onReset={(e) => {
          e.preventDefault();
          form.setValues(EMPTY);
          form.clearErrors();
          apply(EMPTY);
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t.log.purpose}
            data={[
              { value: '', label: t.log.anyPurpose },
              ...PURPOSES.map((p) => ({ value: p, label: t.log.purposes[p] })),
            ]}
            {...form.getInputProps('purpose')}
          />
          <TextInput
            label={t.log.action}
            description={t.log.actionHint}
            spellCheck={false}
            autoCapitalize="none"
            {...form.getInputProps('action')}
          />
          <TextInput type="datetime-local" label={t.log.from} {...form.getInputProps('from')} />
          <TextInput type="datetime-local" label={t.log.to} {...form.getInputProps('to')} />
          <Button type="submit">{t.log.apply}</Button>
          <Button type="reset" variant="default">
            {t.log.clear}
          </Button>
        </Group>
      </form>

      <Group gap="md" wrap="wrap" aria-label={t.log.downloads} role="group">
        <Anchor href={`/audit/processing-log.csv${qs}`} download>
          {t.log.downloadCsv}
        </Anchor>
        <Anchor href={`/audit/processing-log.json${qs}`} download>
          {t.log.downloadJson}
        </Anchor>
        <Anchor href={`/audit/record-of-processing/${viewer.tenant?.id ?? ''}`} download>
          {t.log.downloadRecord}
        </Anchor>
      </Group>
      <Text size="sm">
        {t.log.downloadsHint} {t.log.recordHint}
      </Text>

      <Text role="status">{page.data ? t.log.total(page.data.totalCount) : '\u00a0'}</Text>
      {page.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : page.error ? (
        <Alert color="red">{errorMessage(page.error)}</Alert>
      ) : !page.data ? null : page.data.nodes.length === 0 && pager.number === 1 ? (
        <Text>{t.log.none}</Text>
      ) : (
        <>
          <ScrollTable label={t.log.table} miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.log.colSeq}</Table.Th>
                <Table.Th scope="col">{t.log.colAt}</Table.Th>
                <Table.Th scope="col">{t.log.colPurpose}</Table.Th>
                <Table.Th scope="col">{t.log.colAction}</Table.Th>
                <Table.Th scope="col">{t.log.colActor}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.log.colSubjects}
                </Table.Th>
                <Table.Th scope="col">{t.log.colDescription}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.data.nodes.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{t.log.purposes[e.purpose] ?? e.purpose}</Table.Td>
                  <Table.Td>
                    <code>{e.action}</code>
                  </Table.Td>
                  <Table.Td>{t.log.actors[e.actorType] ?? e.actorType}</Table.Td>
                  <Table.Td ta="right">{e.subjects}</Table.Td>
                  <Table.Td className="break-anywhere">{e.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          <Pager pager={pager} pageInfo={page.data.pageInfo} stale={page.isPlaceholderData} />
        </>
      )}
    </Stack>
  );
}
