import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, errorMessage, gql } from '../api/client';
import { startSessionMutation } from '../api/operations';
import { FullPageLoader } from '../components/FullPageLoader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { t } from '../messages';
import { homePath, useViewerQuery, VIEWER_KEY } from '../session';

/**
 * `/login`: email, password, organisation (empty for operators), Keep me signed in. An account with
 * two-factor authentication gets the `One-time code` field on the same form once its password was
 * accepted (the API answers UNAUTHENTICATED with `twoFactorRequired`); the same `Sign in` sends it.
 */
export function LoginPage() {
  useDocumentTitle(t.login.title);
  const viewer = useViewerQuery();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const from = (location.state as { from?: string } | null)?.from;
  /** the password was accepted and the account needs its one-time code */
  const [needOtp, setNeedOtp] = useState(false);
  const otpRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', organisation: '', otp: '', remember: false },
    validate: {
      email: (v) => (v.trim() ? null : t.login.emailRequired),
      password: (v) => (v ? null : t.login.passwordRequired),
      otp: (v) => (!needOtp || v.trim() ? null : t.login.otpRequired),
    },
  });
  const signIn = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(
        startSessionMutation,
        {
          email: v.email.trim(),
          password: v.password,
          tenant: v.organisation.trim() || null,
          otp: needOtp ? v.otp.replace(/\s+/g, '') || null : null,
          remember: v.remember,
        },
        { redirectOnUnauthenticated: false },
      ),
    onError: (err) => {
      if (err instanceof ApiError && err.flags.twoFactorRequired) setNeedOtp(true);
    },
    onSuccess: (data) => {
      queryClient.setQueryData(VIEWER_KEY, data.startSession);
      void navigate(
        from && from.startsWith('/') && !from.startsWith('//') ? from : homePath(data.startSession),
        {
          replace: true,
        },
      );
    },
  });

  // The code field appears after the password was accepted: the caret goes there, and a wrong code is selected to retype.
  const otpAsked = signIn.error instanceof ApiError && signIn.error.flags.twoFactorRequired;
  useEffect(() => {
    if (otpAsked) otpRef.current?.select();
  }, [otpAsked, signIn.error]);
  /** the first answer of a two-factor account is a request for its code, not a failure */
  const codeAsked = otpAsked && !signIn.variables?.otp.trim();

  if (viewer.isPending) return <FullPageLoader />;
  if (viewer.data && !signIn.isPending) return <Navigate to={homePath(viewer.data)} replace />;

  return (
    <Container component="main" id="main" size={420} py="xl">
      <Title order={1} mb="xs">
        {t.login.title}
      </Title>
      <Text mb="lg">{t.login.intro}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={form.onSubmit((v) => signIn.mutate(v))} noValidate>
          <Stack>
            {signIn.error &&
              (codeAsked ? (
                <Alert color="blue" role="status">
                  {t.login.otpNeeded}
                </Alert>
              ) : (
                <Alert color="red" title={t.login.failed}>
                  {errorMessage(signIn.error)}
                </Alert>
              ))}
            <TextInput
              label={t.login.email}
              type="email"
              autoComplete="username"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t.login.password}
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <TextInput
              label={t.login.organisation}
              description={t.login.organisationHint}
              autoComplete="organization"
              autoCapitalize="none"
              spellCheck={false}
              key={form.key('organisation')}
              {...form.getInputProps('organisation')}
            />
            {needOtp && (
              <TextInput
                ref={otpRef}
                label={t.login.otp}
                description={t.login.otpHint}
                autoComplete="one-time-code"
                autoCapitalize="none"
                spellCheck={false}
                required
                key={form.key('otp')}
                {...form.getInputProps('otp')}
              />
            )}
            <Checkbox
              label={t.login.remember}
              description={t.login.rememberHint}
              key={form.key('remember')}
              {...form.getInputProps('remember', { type: 'checkbox' })}
            />
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {t.login.submit}
            </Button>
            <Anchor component={Link} to="/forgot-password" ta="center">
              {t.login.forgot}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
