import { en, type Messages } from './en';

/** The catalogue in use: English until a second language exists. */
export const t: Messages = en;

/** Dates and times as people read them, in the catalogue's language. */
export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
