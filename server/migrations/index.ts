import { Foundation1764028800000 } from './1764028800000-foundation';

/** Every migration, oldest first. New schema changes append a class here; never edit a landed one. */
export const MIGRATIONS = [Foundation1764028800000];
