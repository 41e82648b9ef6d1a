import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { t } from '../messages';

/** Any path the portal does not have (`inside`: within the signed-in layout, which has the main landmark). */
export function NotFoundPage({ inside = false }: { inside?: boolean }) {
  useDocumentTitle(t.notFound.title);
  const content = (
    <>
      <Title order={1} mb="md">
        {t.notFound.title}
      </Title>
      <Text mb="md">{t.notFound.body}</Text>
      <Anchor component={Link} to="/">
        {t.notFound.home}
      </Anchor>
    </>
  );
  if (inside) return content;
  return (
    <Container component="main" id="main" size="sm" py="xl">
      {content}
    </Container>
  );
}
