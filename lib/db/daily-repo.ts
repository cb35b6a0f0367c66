import type { CompanionDb } from './database';
import type { StudyShare } from '../tracking/study-time';
import { LIMITS } from '../protocol/messages';

/**
 * Adds study time to its days (call inside a transaction that writes `db.daily`). The shares
 * come from the one ledger (lib/tracking/study-time), which counts each moment of wall time
 * once whatever the pages; a day never holds more than the day.
 */
export async function addStudy(db: CompanionDb, shares: readonly StudyShare[]): Promise<void> {
  for (const { day, ms } of shares) {
    if (!(ms > 0)) continue;
    const daily = await db.daily.get(day);
    const studyMs = Math.min(LIMITS.maxStudyMsPerDay, Math.round((daily?.studyMs ?? 0) + ms));
    await db.daily.put({ day, studyMs });
  }
}
