import { Text, Title } from '@mantine/core';
import { formatDateTime, t } from '../messages';
import type { ListView } from './types';

// Changing these (title, description, opt-in, consent wording, sender, footer) needs the API's updateList.

/** The Settings tab: what the list is. */
export function SettingsTab({ list }: { list: ListView }) {
  return (
    <>
      <Title order={2} size="h3" mb="sm">
        {t.settings.title}
      </Title>
      <dl className="details">
        <dt>{t.settings.name}</dt>
        <dd>{list.name}</dd>
        <dt>{t.settings.titleField}</dt>
        <dd>{list.title}</dd>
        <dt>{t.settings.optIn}</dt>
        <dd>
          <Text span>{t.optIn[list.optIn]}</Text>
        </dd>
        <dt>{t.settings.created}</dt>
        <dd>{formatDateTime(list.createdAt)}</dd>
      </dl>
    </>
  );
}
