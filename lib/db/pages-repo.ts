import type { CompanionDb, PageRecordRow } from './database';
import type { StudyShare } from '../tracking/study-time';
import { addStudy } from './daily-repo';
import { LIMITS } from '../protocol/messages';
import { indexTables, updateIndex } from './progress-index';

export interface PageKey {
  resourceId: string;
  key: string;
  category: string;
  group?: string;
}

/** A page of an item was opened: it counts once, however often it is opened. */
export async function recordVisit(db: CompanionDb, page: PageKey, now: number): Promise<void> {
  await db.transaction('rw', indexTables(db), async () => {
    const existing = await db.pages.get([page.resourceId, page.key]);
    const row: PageRecordRow = {
      ...page,
      ...existing,
      visited: true,
      firstVisitAt: existing?.firstVisitAt ?? now,
      lastVisitAt: now,
      activeMs: existing?.activeMs ?? 0,
    };
    await db.pages.put(row);
    // Also on a visit again: the index keeps the latest activity (Continue resumes it).
    await updateIndex(db, { pages: [[page.resourceId, page.key]] });
  });
}

/** Pages seen listed (a unit's lessons) make the total; they are not visits. */
export async function recordListed(db: CompanionDb, pages: PageKey[]): Promise<void> {
  await db.transaction('rw', indexTables(db), async () => {
    const keys = pages.map((p) => [p.resourceId, p.key] as [string, string]);
    const existing = await db.pages.bulkGet(keys);
    const fresh = pages
      .filter((_, i) => !existing[i])
      .map((p) => ({ ...p, visited: false, activeMs: 0 }));
    if (fresh.length === 0) return;
    await db.pages.bulkPut(fresh);
    await updateIndex(db, { pages: fresh.map((p) => [p.resourceId, p.key] as const) });
  });
}

/**
 * Active time on a visited page, added to the page; the days get `study`, what of it the one
 * ledger had not counted yet (a video playing beside the lesson studies that moment once).
 */
export async function addActiveTime(
  db: CompanionDb,
  page: Pick<PageKey, 'resourceId' | 'key'>,
  ms: number,
  study: readonly StudyShare[],
): Promise<boolean> {
  return db.transaction('rw', [db.pages, db.daily], async () => {
    const row = await db.pages.get([page.resourceId, page.key]);
    if (!row?.visited || ms <= 0) return false;
    const activeMs = Math.min(Math.round(row.activeMs + ms), LIMITS.maxPageActiveMs);
    await db.pages.put({ ...row, activeMs });
    await addStudy(db, study);
    return true;
  });
}
