import { Alert, Anchor, Button, Checkbox, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, gql } from '../api/client';
import { tenantSettingsQuery, updateTenantMutation } from '../api/operations';
import { applyFieldErrors } from '../components/applyErrors';
import { notify } from '../components/notify';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { TenantSettingsQuery, UpdateTenantInput } from '../gql/graphql';
import { t } from '../messages';
import { useViewer, VIEWER_KEY } from '../session';

const FIELDS = ['name', 'dpoEmail', 'requireTwoFactor'] as const;

type Settings = NonNullable<TenantSettingsQuery['tenant']>;
interface Values {
  name: string;
  dpoEmail: string;
  requireTwoFactor: boolean;
}

const valuesOf = (s: Settings): Values => ({
  name: s.name,
  dpoEmail: s.dpoEmail,
  requireTwoFactor: s.requireTwoFactor,
});

/** Only what differs from what is saved: updateTenant changes the fields it is given. */
const changesOf = (saved: Values, v: Values): UpdateTenantInput => ({
  ...(v.name !== saved.name ? { name: v.name } : {}),
  ...(v.dpoEmail !== saved.dpoEmail ? { dpoEmail: v.dpoEmail } : {}),
  ...(v.requireTwoFactor !== saved.requireTwoFactor ? { requireTwoFactor: v.requireTwoFactor } : {}),
});

/**
 * `/settings`: the organisation's name, DPO address and two-factor policy (an OWNER changes them,
 * an ADMIN reads: updateTenant is for owners), the record of processing, and a word on sending domains.
 */
export function SettingsPage() {
  useDocumentTitle(t.orgSettings.title);
  const viewer = useViewer();
  const tenantId = viewer.role === 'TENANT_USER' ? (viewer.tenant?.id ?? null) : null;
  const reader = viewer.tenantRole === 'OWNER' || viewer.tenantRole === 'ADMIN';
  const settings = useQuery({
    queryKey: ['tenantSettings', tenantId],
    queryFn: ({ signal }) => gql(tenantSettingsQuery, { id: tenantId! }, { signal }),
    enabled: tenantId !== null && reader,
  });

  return (
    <Stack>
      <Title order={1}>{t.orgSettings.title}</Title>
      {!tenantId ? (
        <Text>{t.orgSettings.operatorOnly}</Text>
      ) : !reader ? (
        <Text>{t.orgSettings.viewerOnly}</Text>
      ) : settings.isPending ? (
        <Loader aria-label={t.app.loading} role="status" />
      ) : settings.error ? (
        <Alert color="red">{errorMessage(settings.error)}</Alert>
      ) : !settings.data.tenant ? (
        <Alert color="red">{t.errors.unexpected}</Alert>
      ) : (
        <SettingsForm
          tenant={settings.data.tenant}
          owner={viewer.tenantRole === 'OWNER'}
          selfTwoFactor={settings.data.me.twoFactorEnabled}
        />
      )}
    </Stack>
  );
}

function SettingsForm({
  tenant,
  owner,
  selfTwoFactor,
}: {
  tenant: Settings;
  owner: boolean;
  selfTwoFactor: boolean;
}) {
  const queryClient = useQueryClient();
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState<Values>(() => valuesOf(tenant));
  const form = useForm<Values>({
    initialValues: valuesOf(tenant),
    validate: {
      name: (v) => (v.trim() ? null : t.orgSettings.nameRequired),
      dpoEmail: (v) => (v.trim() ? null : t.orgSettings.dpoEmailRequired),
    },
  });
  const save = useMutation({
    mutationFn: (input: UpdateTenantInput) => gql(updateTenantMutation, { id: tenant.id, input }),
    onSuccess: async (data) => {
      const now = valuesOf(data.updateTenant);
      notify('done', t.orgSettings.saved);
      setSaved(now);
      form.setValues(now);
      form.resetDirty(now);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tenantSettings'] }),
        // the header shows the organisation's name
        queryClient.invalidateQueries({ queryKey: VIEWER_KEY }),
      ]);
    },
    onError: (err) => setAlert(applyFieldErrors(err, form, FIELDS)),
  });

  const submit = (v: Values) => {
    setAlert(null);
    const input = changesOf(saved, { ...v, name: v.name.trim(), dpoEmail: v.dpoEmail.trim() });
    if (Object.keys(input).length === 0) {
      notify('done', t.orgSettings.nothingChanged);
      return;
    }
    save.mutate(input);
  };

  return (
    <>
      <Text>
        {t.orgSettings.intro} {!owner && t.orgSettings.readOnly}
      </Text>
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t.orgSettings.title}>
        <fieldset disabled={!owner} className="plain-fieldset">
          <Stack>
            {alert && <Alert color="red">{alert}</Alert>}
            <Title order={2} size="h3">
              {t.orgSettings.organisation}
            </Title>
            <dl className="details">
              <dt>{t.orgSettings.slug}</dt>
              <dd>
                <code>{tenant.slug}</code>
              </dd>
            </dl>
            <Text size="sm" c="dimmed">
              {t.orgSettings.slugHint}
            </Text>
            <TextInput
              label={t.orgSettings.name}
              description={t.orgSettings.nameHint}
              required
              maxLength={200}
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t.orgSettings.dpoEmail}
              description={t.orgSettings.dpoEmailHint}
              type="email"
              required
              spellCheck={false}
              autoComplete="off"
              {...form.getInputProps('dpoEmail')}
            />
            <Title order={2} size="h3">
              {t.orgSettings.security}
            </Title>
            <Checkbox
              label={t.orgSettings.requireTwoFactor}
              description={t.orgSettings.requireTwoFactorHint}
              {...form.getInputProps('requireTwoFactor', { type: 'checkbox' })}
            />
            {owner && form.values.requireTwoFactor && !saved.requireTwoFactor && !selfTwoFactor && (
              <Text size="sm" fw={600}>
                {t.orgSettings.selfWithoutTwoFactor}
              </Text>
            )}
            {owner && (
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t.orgSettings.save}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>

      <Title order={2} size="h3" mt="md">
        {t.orgSettings.sendingDomains}
      </Title>
      <Text>{t.orgSettings.sendingDomainsLater}</Text>

      <Title order={2} size="h3" mt="md">
        {t.orgSettings.records}
      </Title>
      <Text>
        <Anchor href={`/audit/record-of-processing/${encodeURIComponent(tenant.id)}`} download>
          {t.orgSettings.downloadRecord}
        </Anchor>
      </Text>
      <Text size="sm">{t.orgSettings.recordHint}</Text>
    </>
  );
}
