import { Center, Loader } from '@mantine/core';
import { t } from '../messages';

export function FullPageLoader() {
  return (
    <Center mih="50vh" component="main">
      <Loader aria-label={t.app.loading} role="status" />
    </Center>
  );
}
