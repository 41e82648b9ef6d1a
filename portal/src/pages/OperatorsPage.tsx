import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { inviteOperatorMutation, operatorsQuery } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { Dialog } from '../components/Dialog';
import { notify } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { formatDateTime, t } from '../messages';

const OPERATORS_KEY = ['operator', 'operators'] as const;

/** `/operator/operators`: the platform's operators, whether they use 2FA, and `Invite operator`. */
export function OperatorsPage() {
  useDocumentTitle(t.operators.title);
  const [inviting, { open, close }] = useDisclosure(false);
  const operators = useQuery({
    queryKey: OPERATORS_KEY,
    queryFn: ({ signal }) => gql(operatorsQuery, {}, { signal }).then((r) => r.operators),
  });
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t.operators.title}</Title>
        <Button onClick={open}>{t.operators.invite}</Button>
      </Group>
      {operators.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : operators.error ? (
        <Alert color="red">{errorMessage(operators.error)}</Alert>
      ) : (
        <ScrollTable label={t.operators.table} miw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.operators.colEmail}</Table.Th>
              <Table.Th scope="col">{t.operators.colStatus}</Table.Th>
              <Table.Th scope="col">{t.operators.colTwoFactor}</Table.Th>
              <Table.Th scope="col">{t.operators.colLastSignIn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {operators.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td className="break-anywhere">{o.email}</Table.Td>
                <Table.Td>
                  <Badge color={o.status === 'ACTIVE' ? 'teal.9' : 'gray.7'} variant="filled">
                    {t.operator.userStatus[o.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{o.twoFactorEnabled ? t.operators.twoFactorOn : t.operators.twoFactorOff}</Table.Td>
                <Table.Td>{o.lastSignInAt ? formatDateTime(o.lastSignInAt) : t.operator.never}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <InviteOperatorModal opened={inviting} onClose={close} />
    </>
  );
}

/** The `Invite operator` dialog: Email, Send invitation. */
function InviteOperatorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (v.trim() ? null : t.operators.emailRequired) },
  });
  const close = () => {
    form.reset();
    setAlert(null);
    onClose();
  };
  const invite = useMutation({
    mutationFn: (v: { email: string }) => gql(inviteOperatorMutation, { email: v.email.trim() }),
    onSuccess: async (data) => {
      notify('done', t.operators.invited(data.inviteOperator.email));
      close();
      await queryClient.invalidateQueries({ queryKey: OPERATORS_KEY });
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, ['email'])),
  });
  return (
    <Dialog opened={opened} onClose={close} title={t.operators.inviteTitle}>
      <form
        onSubmit={form.onSubmit((v) => {
          setAlert(null);
          invite.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">{t.operators.inviteNote}</Text>
          {alert && <Alert color="red">{alert}</Alert>}
          <TextInput
            label={t.operators.email}
            type="email"
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.operator.cancel}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t.operators.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
