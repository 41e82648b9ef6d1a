import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Image,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage, gql } from '../api/client';
import {
  beginTwoFactorSetupMutation,
  changePasswordMutation,
  confirmTwoFactorMutation,
  disableTwoFactorMutation,
  revokeSessionMutation,
  sessionsQuery,
} from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { notify } from '../components/notify';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { formatDateTime, t } from '../messages';
import { twoFactorMissing, useViewer, VIEWER_KEY } from '../session';

export const SESSIONS_KEY = ['sessions'] as const;

/** `/account` (anyone signed in): change the password, two-factor authentication, the sessions. */
export function AccountPage() {
  useDocumentTitle(t.account.title);
  const viewer = useViewer();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1} mb="xs">
          {t.account.title}
        </Title>
        <Text className="break-anywhere">{t.account.intro(viewer.email)}</Text>
      </div>
      {twoFactorMissing(viewer) && (
        <Alert
          color="orange"
          variant="outline"
          role="status"
          title={t.account.setupRequiredTitle}
          classNames={{ title: 'alert-title-readable' }}
        >
          {t.account.setupRequired}
        </Alert>
      )}
      <TwoFactorSection />
      <ChangePasswordSection />
      <SessionsSection />
    </Stack>
  );
}

/**
 * What every `/operator/` page shows while the operator's account has no 2FA (the API refuses the
 * console's data meanwhile): why, and the same setup as on `/account`. Once it is on (the viewer
 * says so), the page asked for opens.
 */
export function OperatorGatePage() {
  useDocumentTitle(t.operatorGate.title);
  return (
    <Stack gap="xl">
      <div>
        <Title order={1} mb="xs">
          {t.operatorGate.title}
        </Title>
        <Alert color="orange" variant="outline" role="status">
          {t.operatorGate.intro}
        </Alert>
      </div>
      <TwoFactorSection />
    </Stack>
  );
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

/** `Change password`: Current password, New password, its confirmation; the other sessions end. */
function ChangePasswordSection() {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t.account.currentRequired),
      newPassword: (v) => (v ? null : t.account.newRequired),
      confirmPassword: (v, values) => (v === values.newPassword ? null : t.account.mismatch),
    },
  });
  const change = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(changePasswordMutation, { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: async () => {
      form.reset();
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, PASSWORD_FIELDS)),
  });

  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="account-password">
      <Title order={2} size="h3" mb="md" id="account-password">
        {t.account.passwordHeading}
      </Title>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          setDone(false);
          change.mutate(v);
        })}
        noValidate
      >
        <Stack maw={420}>
          {alert && <Alert color="red">{alert}</Alert>}
          {done && (
            <Alert color="teal" role="status">
              {t.account.passwordChanged}
            </Alert>
          )}
          <PasswordInput
            label={t.account.currentPassword}
            autoComplete="current-password"
            required
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t.account.newPassword}
            description={t.account.newPasswordHint}
            autoComplete="new-password"
            required
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t.account.confirmPassword}
            autoComplete="new-password"
            required
            key={form.key('confirmPassword')}
            {...form.getInputProps('confirmPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t.account.changePassword}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The QR code of an otpauth:// URI, drawn here in the browser (the secret goes to no other host). */
function QrCode({ uri }: { uri: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [uri]);
  if (failed) return <Text c="red.9">{t.account.qrFailed}</Text>;
  if (!src) return <Loader aria-label={t.app.loading} role="status" />;
  return <Image src={src} alt={t.account.qrAlt} w={200} h={200} className="qr-code" />;
}

/** Two-factor authentication: set it up (QR code, secret, a first code), the recovery codes once, turn it off. */
function TwoFactorSection() {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const codesRef = useRef<HTMLHeadingElement>(null);
  // Where the keyboard goes when the button that was pressed is gone (done, cancelled, turned off).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const backToHeading = () => requestAnimationFrame(() => headingRef.current?.focus());
  const begin = useMutation({ mutationFn: () => gql(beginTwoFactorSetupMutation) });
  const setup = begin.data?.beginTwoFactorSetup;
  useEffect(() => {
    if (codes) codesRef.current?.focus();
  }, [codes]);

  const finished = async () => {
    setCodes(null);
    await queryClient.invalidateQueries({ queryKey: VIEWER_KEY });
    backToHeading();
  };

  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="account-2fa">
      <Title order={2} size="h3" mb="md" id="account-2fa" ref={headingRef} tabIndex={-1}>
        {t.account.twoFactorHeading}
      </Title>
      {codes ? (
        <RecoveryCodes codes={codes} headingRef={codesRef} onDone={() => void finished()} />
      ) : viewer.twoFactorEnabled ? (
        <TurnOff onOff={backToHeading} />
      ) : setup ? (
        <ConfirmSetup
          secret={setup.secret}
          uri={setup.otpauthUri}
          onCancel={() => {
            begin.reset();
            backToHeading();
          }}
          onConfirmed={(c) => {
            begin.reset();
            setCodes(c);
          }}
        />
      ) : (
        <Stack align="flex-start">
          <Text>{t.account.twoFactorOff}</Text>
          {begin.error && <Alert color="red">{errorMessage(begin.error)}</Alert>}
          <Button onClick={() => begin.mutate()} loading={begin.isPending}>
            {t.account.setUp}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}

/** The pending setup: QR code, the secret in text, `One-time code`, `Turn on`. */
function ConfirmSetup({
  secret,
  uri,
  onCancel,
  onConfirmed,
}: {
  secret: string;
  uri: string;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const [alert, setAlert] = useState<string | null>(null);
  // The button that started the setup is gone: the keyboard continues at the instructions.
  const introRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => introRef.current?.focus(), []);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: '' },
    validate: { code: (v) => (v.trim() ? null : t.account.otpRequired) },
  });
  const confirm = useMutation({
    mutationFn: (code: string) => gql(confirmTwoFactorMutation, { code }),
    onSuccess: (data) => onConfirmed(data.confirmTwoFactor),
    onError: (err) => setAlert(applyFieldErrors(err, form, ['code'])),
  });
  // The secret in groups of four, as authenticator apps show it; typed with or without the spaces.
  const grouped = secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <Stack>
      <Text ref={introRef} tabIndex={-1}>
        {t.account.scan}
      </Text>
      <QrCode uri={uri} />
      <div>
        <Text fw={600}>{t.account.secret}</Text>
        <Code block className="break-anywhere secret-code" data-testid="totp-secret">
          {grouped}
        </Code>
      </div>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          confirm.mutate(v.code.replace(/\s+/g, ''));
        })}
        noValidate
      >
        <Stack maw={420}>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.account.otp}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            key={form.key('code')}
            {...form.getInputProps('code')}
          />
          <Group>
            <Button type="submit" loading={confirm.isPending}>
              {t.account.turnOn}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t.account.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The 10 recovery codes, shown once: copy, download, a clear warning. */
function RecoveryCodes({
  codes,
  headingRef,
  onDone,
}: {
  codes: string[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const viewer = useViewer();
  const text = [t.account.recoveryFileHead(viewer.email), '', ...codes, ''].join('\n');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => notify('done', t.account.copied),
      () => notify('failed', t.account.copyFailed),
    );
  return (
    <Stack>
      <Alert color="teal" role="status">
        {t.account.turnedOn}
      </Alert>
      <Title order={3} size="h4" ref={headingRef} tabIndex={-1}>
        {t.account.recoveryHeading}
      </Title>
      <Alert color="orange" variant="outline">
        {t.account.recoveryWarning}
      </Alert>
      <ul className="recovery-codes" aria-label={t.account.recoveryList}>
        {codes.map((c) => (
          <li key={c}>
            <Code>{c}</Code>
          </li>
        ))}
      </ul>
      <Group>
        <Button variant="default" onClick={() => void copy()}>
          {t.account.copy}
        </Button>
        <Button
          component="a"
          variant="default"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download={t.account.recoveryFile}
        >
          {t.account.download}
        </Button>
        <Button onClick={onDone}>{t.account.stored}</Button>
      </Group>
    </Stack>
  );
}

/** 2FA is on: turning it off takes a current code or a recovery code. */
function TurnOff({ onOff }: { onOff: () => void }) {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: '' },
    validate: { code: (v) => (v.trim() ? null : t.account.otpRequired) },
  });
  const disable = useMutation({
    mutationFn: (code: string) => gql(disableTwoFactorMutation, { code }),
    onSuccess: async () => {
      notify('done', t.account.turnedOff);
      await queryClient.invalidateQueries({ queryKey: VIEWER_KEY });
      onOff();
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, ['code'])),
  });
  return (
    <Stack>
      <Text>{t.account.twoFactorOn}</Text>
      <Title order={3} size="h4" id="account-2fa-off">
        {t.account.turnOffHeading}
      </Title>
      {viewer.tenant?.requireTwoFactor && <Text>{t.account.turnOffRequired}</Text>}
      <form
        aria-labelledby="account-2fa-off"
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          disable.mutate(v.code.replace(/\s+/g, ''));
        })}
        noValidate
      >
        <Stack maw={420}>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.account.otp}
            description={t.account.turnOffHint}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            key={form.key('code')}
            {...form.getInputProps('code')}
          />
          <Group>
            <Button type="submit" color="red.9" loading={disable.isPending}>
              {t.account.turnOff}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The account's live sessions; `Revoke` ends one (the current one ends with Sign out). */
function SessionsSection() {
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: ({ signal }) =>
      gql(sessionsQuery, {}, { signal }).then((r) =>
        // This one first, then the most recently used.
        [...r.sessions].sort(
          (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
        ),
      ),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => gql(revokeSessionMutation, { id }),
    onSuccess: () => notify('done', t.account.revoked),
    onError: (err) => notify('failed', errorMessage(err)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="account-sessions">
      <Title order={2} size="h3" mb="xs" id="account-sessions">
        {t.account.sessionsHeading}
      </Title>
      <Text mb="md">{t.account.sessionsIntro}</Text>
      {sessions.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : sessions.error ? (
        <Alert color="red">{errorMessage(sessions.error)}</Alert>
      ) : sessions.data.length === 0 ? (
        <Text>{t.account.none}</Text>
      ) : (
        <div className="table-scroll" role="region" aria-label={t.account.sessionsTable} tabIndex={0}>
          <Table striped miw={560} aria-label={t.account.sessionsTable}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.account.colDevice}</Table.Th>
                <Table.Th scope="col">{t.account.colCreated}</Table.Th>
                <Table.Th scope="col">{t.account.colLastSeen}</Table.Th>
                <Table.Th scope="col">{t.account.colExpires}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t.account.colActions}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => {
                const device = s.userAgent || t.account.unknownDevice;
                const created = formatDateTime(s.createdAt);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <span className="break-anywhere">{device}</span>
                        {s.current && (
                          <Badge color="teal.9" variant="filled">
                            {t.account.current}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{created}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.expiresAt)}</Table.Td>
                    <Table.Td>
                      {s.current ? (
                        <Text size="sm" c="dimmed">
                          {t.account.currentNote}
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t.account.revokeLabel(device, created)}
                          loading={revoke.isPending && revoke.variables === s.id}
                          onClick={() => revoke.mutate(s.id)}
                        >
                          {t.account.revoke}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Paper>
  );
}
