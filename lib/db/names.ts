/** Kept apart from `database.ts` so the early read can name the database without Dexie. */
export const DB_NAME = 'ml-roadmap-companion';

/** The newest schema version declared in `database.ts` (a test keeps the two equal). */
export const SCHEMA_VERSION = 6;
