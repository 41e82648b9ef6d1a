import { Alert, Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { gql } from '../api/client';
import { requestPasswordResetMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { t } from '../messages';

const FIELDS = ['email', 'tenant'] as const;

/**
 * `/forgot-password` (public): Email, Organisation (empty for operators), Send reset link. The
 * answer is the same message whether or not the account exists; only bad input and the rate
 * limit are errors. The mailed link opens the server's /reset-password page.
 */
export function ForgotPasswordPage() {
  useDocumentTitle(t.forgot.title);
  const doneRef = useRef<HTMLDivElement>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', tenant: '' },
    validate: { email: (v) => (v.trim() ? null : t.forgot.emailRequired) },
  });
  const request = useMutation({
    mutationFn: (v: typeof form.values) =>
      gql(
        requestPasswordResetMutation,
        { email: v.email.trim(), tenant: v.tenant.trim() || null },
        { redirectOnUnauthenticated: false },
      ),
    // Bad input goes next to its field; anything else (the rate limit, a lost connection) is said plainly.
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });
  useEffect(() => {
    if (request.isSuccess) doneRef.current?.focus();
  }, [request.isSuccess]);

  return (
    <Container component="main" id="main" size={420} py="xl">
      <Title order={1} mb="xs">
        {t.forgot.title}
      </Title>
      {request.isSuccess ? (
        <Stack>
          <Alert
            color="teal"
            role="status"
            title={t.forgot.sentTitle}
            classNames={{ title: 'alert-title-readable' }}
            ref={doneRef}
            tabIndex={-1}
          >
            {t.forgot.sent}
          </Alert>
          <Anchor component={Link} to="/login">
            {t.forgot.back}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Text mb="lg">{t.forgot.intro}</Text>
          <Paper withBorder p="lg" radius="md">
            <form
              onSubmit={form.onSubmit((v) => {
                setAlert(null);
                request.mutate(v);
              })}
              noValidate
            >
              <Stack>
                {alert && (
                  <Alert color="red" title={t.forgot.failed}>
                    {alert}
                  </Alert>
                )}
                <TextInput
                  label={t.forgot.email}
                  type="email"
                  autoComplete="username"
                  required
                  key={form.key('email')}
                  {...form.getInputProps('email')}
                />
                <TextInput
                  label={t.forgot.organisation}
                  description={t.forgot.organisationHint}
                  autoComplete="organization"
                  autoCapitalize="none"
                  spellCheck={false}
                  key={form.key('tenant')}
                  {...form.getInputProps('tenant')}
                />
                <Button type="submit" loading={request.isPending} fullWidth>
                  {t.forgot.submit}
                </Button>
                <Anchor component={Link} to="/login" ta="center">
                  {t.forgot.back}
                </Anchor>
              </Stack>
            </form>
          </Paper>
        </>
      )}
    </Container>
  );
}
