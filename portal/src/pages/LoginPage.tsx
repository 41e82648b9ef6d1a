import {
  Alert,
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
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorMessage, gql } from '../api/client';
import { startSessionMutation } from '../api/operations';
import { FullPageLoader } from '../components/FullPageLoader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { t } from '../messages';
import { useViewerQuery, VIEWER_KEY } from '../session';

// A "Forgot password?" link (contract) comes with the password-reset page; there is none to link to yet.

/** `/login`: email, password, organisation (empty for operators), Keep me signed in. */
export function LoginPage() {
  useDocumentTitle(t.login.title);
  const viewer = useViewerQuery();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const from = (location.state as { from?: string } | null)?.from;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', organisation: '', remember: false },
    validate: {
      email: (v) => (v.trim() ? null : t.login.emailRequired),
      password: (v) => (v ? null : t.login.passwordRequired),
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
          remember: v.remember,
        },
        { redirectOnUnauthenticated: false },
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(VIEWER_KEY, data.startSession);
      void navigate(from && from.startsWith('/') && !from.startsWith('//') ? from : '/lists', {
        replace: true,
      });
    },
  });

  if (viewer.isPending) return <FullPageLoader />;
  if (viewer.data && !signIn.isPending) return <Navigate to="/lists" replace />;

  return (
    <Container component="main" id="main" size={420} py="xl">
      <Title order={1} mb="xs">
        {t.login.title}
      </Title>
      <Text mb="lg">{t.login.intro}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={form.onSubmit((v) => signIn.mutate(v))} noValidate>
          <Stack>
            {signIn.error && (
              <Alert color="red" title={t.login.failed}>
                {errorMessage(signIn.error)}
              </Alert>
            )}
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
            <Checkbox
              label={t.login.remember}
              description={t.login.rememberHint}
              key={form.key('remember')}
              {...form.getInputProps('remember', { type: 'checkbox' })}
            />
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {t.login.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
