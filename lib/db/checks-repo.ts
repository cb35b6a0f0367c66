import type { CheckStatus, CompanionDb } from './database';
import { takeStamp } from './stamps';

/** Ticks or unticks an item (or one of its steps) by hand. */
export async function setCheck(
  db: CompanionDb,
  key: string,
  done: boolean,
  now: number,
): Promise<void> {
  await setStatus(db, key, done ? 'done' : 'open', now);
}

/** Done, skipped, or back to what tracking says ("open"). */
export async function setStatus(
  db: CompanionDb,
  key: string,
  status: CheckStatus,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.checks, db.settings], async () => {
    await db.checks.put({ key, status, at: await takeStamp(db, now) });
  });
}
