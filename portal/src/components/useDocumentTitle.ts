import { useEffect } from 'react';
import { t } from '../messages';

/** The browser tab's title: the page's, then the product's. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t.app.name}` : t.app.name;
  }, [title]);
}
