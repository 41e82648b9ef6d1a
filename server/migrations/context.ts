/**
 * What a data migration needs from the configuration and cannot find in the database: the address
 * hash key (a re-key computes keyed hashes). `openDatabase` fills it in before migrating.
 */
export const migrationContext: { hashKey?: string } = {};
