import type { CompanionDb } from './database';

/** Ticks or unticks an item (or one of its steps) by hand. */
export async function setCheck(
  db: CompanionDb,
  key: string,
  done: boolean,
  now: number,
): Promise<void> {
  await db.checks.put({ key, done, at: now });
}
