import { Alert, Anchor, Button, Group, Input, List, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { subscriberImportQuery } from '../api/operations';
import { Dialog } from '../components/Dialog';
import { t } from '../messages';
import { invalidateSubscribers } from './invalidate';
import type { ListView } from './types';

type Phase =
  | { kind: 'form' }
  | { kind: 'uploading'; sent: number; total: number }
  | { kind: 'importing'; id: string }
  | { kind: 'failed'; message: string };

/**
 * Uploads the file as the `text/csv` body of `POST /imports` with the session cookie (the browser
 * adds Origin, so the cross-site rule lets it count), reporting the bytes sent; answers the import's id.
 */
function uploadCsv(
  listId: string,
  file: File,
  consentStatement: string,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const params = new URLSearchParams({ listId });
    if (consentStatement) params.set('consentStatement', consentStatement);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports?${params.toString()}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new Error(t.errors.network));
    xhr.onload = () => {
      let body: { id?: string; errors?: Array<{ message?: string }> } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON: the message below
      }
      if (xhr.status === 200 && body.id) resolve(body.id);
      else reject(new Error(body.errors?.[0]?.message ?? t.errors.unexpected));
    };
    xhr.send(file);
  });
}

/** The bar from the first byte of the upload until the report: the upload's bytes, then the rows. */
function ImportProgress({ label, value }: { label: string; value: number }) {
  const pct = Math.round(Math.max(0, Math.min(100, value)));
  return (
    <Stack gap={4}>
      {/* The whole track is the progressbar, so it is there (and visible) from 0 %. */}
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <Progress size="lg" value={pct} aria-hidden />
      </div>
      <Text size="sm" aria-hidden>
        {label}
      </Text>
    </Stack>
  );
}

/** `Import CSV`: a dialog with `CSV file`, `Consent statement` and `Start import`, then progress and the report. */
export function ImportCsvButton({ list }: { list: ListView }) {
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [file, setFile] = useState<File | null>(null);
  const [statement, setStatement] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [statementError, setStatementError] = useState<string | null>(null);
  const fileId = useId();

  const importing = phase.kind === 'importing' ? phase.id : null;
  const status = useQuery({
    queryKey: ['subscriberImport', importing],
    queryFn: ({ signal }) =>
      gql(subscriberImportQuery, { id: importing! }, { signal }).then((r) => r.subscriberImport),
    enabled: importing !== null,
    refetchInterval: (q) =>
      q.state.data?.status === 'DONE' || q.state.data?.status === 'FAILED' ? false : 500,
  });
  const current = importing ? status.data : undefined;
  const finished = current?.status === 'DONE' || current?.status === 'FAILED';
  useEffect(() => {
    if (current?.status === 'DONE') void invalidateSubscribers(queryClient, list.id);
  }, [current?.status, queryClient, list.id]);

  const reset = () => {
    setPhase({ kind: 'form' });
    setFile(null);
    setStatement('');
    setFileError(null);
    setStatementError(null);
  };
  const onClose = () => {
    if (phase.kind === 'uploading') return; // the upload keeps going until it is answered
    reset();
    close();
  };

  const start = async () => {
    const needsStatement = list.optIn === 'SINGLE' && !statement.trim();
    setFileError(file ? null : t.importCsv.fileRequired);
    setStatementError(needsStatement ? t.importCsv.statementRequired : null);
    if (!file || needsStatement) return;
    setPhase({ kind: 'uploading', sent: 0, total: file.size });
    try {
      const id = await uploadCsv(list.id, file, statement.trim(), (sent, total) =>
        setPhase({ kind: 'uploading', sent, total }),
      );
      setPhase({ kind: 'importing', id });
    } catch (err) {
      setPhase({ kind: 'failed', message: err instanceof Error ? err.message : t.errors.unexpected });
    }
  };

  let bar: { label: string; value: number } | null = null;
  if (phase.kind === 'uploading')
    bar = {
      label: t.importCsv.uploading(phase.total ? Math.floor((phase.sent / phase.total) * 100) : 0),
      value: phase.total ? (phase.sent / phase.total) * 100 : 0,
    };
  else if (phase.kind === 'importing' && !finished)
    bar = {
      label: current
        ? t.importCsv.importing(current.progress.processed, current.progress.total)
        : t.importCsv.waiting,
      value: current?.progress.total ? (current.progress.processed / current.progress.total) * 100 : 0,
    };
  const report = current?.status === 'DONE' ? current.report : null;

  return (
    <>
      <Button onClick={open}>{t.importCsv.open}</Button>
      <Dialog opened={opened} onClose={onClose} title={t.importCsv.title}>
        <Stack>
          {phase.kind === 'form' || phase.kind === 'failed' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void start();
              }}
              noValidate
            >
              <Stack>
                <Text size="sm">{t.importCsv.columns}</Text>
                {phase.kind === 'failed' && <Alert color="red">{phase.message}</Alert>}
                <Input.Wrapper label={t.importCsv.file} required error={fileError} id={fileId}>
                  <input
                    id={fileId}
                    type="file"
                    accept=".csv,text/csv"
                    required
                    aria-invalid={fileError ? true : undefined}
                    onChange={(e) => {
                      setFile(e.currentTarget.files?.[0] ?? null);
                      setFileError(null);
                    }}
                  />
                </Input.Wrapper>
                <TextInput
                  label={t.importCsv.statement}
                  description={
                    list.optIn === 'SINGLE' ? t.importCsv.statementSingle : t.importCsv.statementDouble
                  }
                  required={list.optIn === 'SINGLE'}
                  value={statement}
                  error={statementError}
                  maxLength={1000}
                  onChange={(e) => {
                    setStatement(e.currentTarget.value);
                    setStatementError(null);
                  }}
                />
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>
                    {t.importCsv.cancel}
                  </Button>
                  <Button type="submit">{t.importCsv.start}</Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Stack>
              {bar && <ImportProgress label={bar.label} value={bar.value} />}
              {status.error && <Alert color="red">{errorMessage(status.error)}</Alert>}
              {current?.status === 'FAILED' && (
                <Alert color="red">{current.error ?? t.importCsv.failed}</Alert>
              )}
              {report && (
                <Stack gap="xs" role="status">
                  <Text fw={700}>{t.importCsv.done(report.rows)}</Text>
                  <List>
                    <List.Item>{t.importCsv.added(report.added)}</List.Item>
                    <List.Item>{t.importCsv.alreadyPresent(report.alreadyPresent)}</List.Item>
                    <List.Item>{t.importCsv.suppressed(report.suppressed)}</List.Item>
                    <List.Item>{t.importCsv.invalid(report.invalid)}</List.Item>
                  </List>
                  {report.invalidLines.length > 0 && (
                    <>
                      <Text size="sm">
                        {t.importCsv.invalidLines(report.invalidLines.map((l) => l.line))}
                      </Text>
                      <List size="sm">
                        {report.invalidLines.slice(0, 100).map((l) => (
                          <List.Item key={l.line}>{t.importCsv.invalidLine(l.line, l.reason)}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Stack>
              )}
              {finished && (
                <Group justify="flex-end">
                  <Button onClick={onClose}>{t.importCsv.close}</Button>
                </Group>
              )}
            </Stack>
          )}
        </Stack>
      </Dialog>
    </>
  );
}

/** `Export CSV`: a plain link to the list's download (the session cookie goes with it). */
export function ExportCsvLink({ list }: { list: ListView }) {
  return (
    <Anchor href={`/exports/lists/${encodeURIComponent(list.id)}/subscribers.csv`} download>
      {t.importCsv.export}
    </Anchor>
  );
}
