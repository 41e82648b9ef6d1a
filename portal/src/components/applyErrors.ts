import { ApiError } from '../api/client';

/**
 * Puts an API error's field messages next to the form's fields (`input.email` -> `email`, after
 * `rename`); answers the message left for an alert, or null when every message found its field.
 */
export function applyFieldErrors(
  err: unknown,
  form: { setFieldError: (path: string, error: string) => void },
  known: readonly string[],
  rename: Record<string, string> = {},
): string | null {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  let placed = 0;
  for (const [field, message] of Object.entries(err.fields)) {
    const name = rename[field] ?? field;
    if (known.includes(name)) {
      form.setFieldError(name, message);
      placed++;
    }
  }
  return placed > 0 && placed === Object.keys(err.fields).length ? null : err.message;
}
