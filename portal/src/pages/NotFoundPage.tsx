import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { t } from '../messages';

/** Any path the portal does not have. */
export function NotFoundPage() {
  useDocumentTitle(t.notFound.title);
  return (
    <Container component="main" id="main" size="sm" py="xl">
      <Title order={1} mb="md">
        {t.notFound.title}
      </Title>
      <Text mb="md">{t.notFound.body}</Text>
      <Anchor component={Link} to="/">
        {t.notFound.home}
      </Anchor>
    </Container>
  );
}
