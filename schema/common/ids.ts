import { v7 } from 'uuid';

/**
 * A new row id: a UUIDv7 (RFC 9562), whose first 48 bits are the time in milliseconds and the rest
 * random. InnoDB clusters rows by primary key, so ids that grow with time append new rows at the
 * end of the tree instead of splitting pages all over it; a bulk import on a small buffer pool
 * writes far fewer pages (see docs/benchmarks.md, `import`). Ids are not secrets: every token a
 * person or client must not guess is separate random bytes, and every lookup by id is scoped to
 * its tenant.
 */
export const newId = (): string => v7();
