import { Center, Loader } from '@mantine/core';
import { t } from '../messages';

export function FullPageLoader() {
  return (
    <Center mih="50vh" component="main">
      <Loader aria-label={t.app.loading} role="status" />
    </Center>
  );
}

/** The same inside the signed-in layout, whose `<main>` already exists. */
export function PageLoader() {
  return (
    <Center mih="30vh">
      <Loader aria-label={t.app.loading} role="status" />
    </Center>
  );
}
