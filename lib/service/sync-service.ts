import type { CompanionDb } from '../db/database';
import { getSettings, syncIsOn } from '../db/settings-repo';
import { applySummary, collectSummary, notAhead } from '../sync/local-summary';
import { decodeSummary, itemsSize } from '../sync/encoding';
import { fitSummary, type LeftOut } from '../sync/fit';
import { mergeSummaries } from '../sync/summary';
import { applyRemoteReset } from '../sync/reset-epoch';

/** The slice of `storage.sync` used (injected: tests pass two fakes sharing one area). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SyncResult {
  /** Items written (0 when nothing changed: no write operation is spent). */
  written: number;
  removed: number;
  bytes: number;
  /** What did not fit the browser's sync quota this round (see fitSummary). */
  leftOut: LeftOut[];
}

/**
 * One round: local and remote summaries merged, the merge applied here, and only the items
 * that changed written back in one `set` call (one write operation of the quota).
 */
export async function syncOnce(
  db: CompanionDb,
  area: SyncArea,
  now: number,
): Promise<SyncResult | null> {
  const settings = await getSettings(db);
  if (!syncIsOn(settings)) return null;
  const remoteItems = await area.get(null);
  // What this browser could not store (far-future stamps) is not taken from another one.
  const remote = notAhead(decodeSummary(remoteItems), now);
  // A reset made elsewhere since this browser's last one: drop what it erased here too.
  if ((remote.epoch ?? 0) > (settings.progressResetAt ?? 0))
    await applyRemoteReset(db, remote.epoch!);
  const merged = mergeSummaries(await collectSummary(db), remote);
  await applySummary(db, merged, now);
  const { items, leftOut } = fitSummary(merged);
  const changed = Object.fromEntries(
    Object.entries(items).filter(([k, v]) => remoteItems[k] !== v),
  );
  const stale = Object.keys(remoteItems).filter((k) => !(k in items));
  if (Object.keys(changed).length) await area.set(changed);
  if (stale.length) await area.remove(stale);
  return {
    written: Object.keys(changed).length,
    removed: stale.length,
    bytes: itemsSize(items),
    leftOut,
  };
}

/**
 * Runs sync rounds no closer than `minGapMs` apart, however often it is asked: Chrome allows
 * 120 write operations a minute and 1,800 an hour; at one per 30 s this uses at most 120 an hour.
 */
export function createSyncScheduler(
  run: () => Promise<unknown>,
  minGapMs = 30_000,
  // Wrapped: browsers refuse setTimeout called as a method of another object.
  timers = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  },
) {
  let last = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | null = null;
  const fire = () => {
    pending = undefined;
    last = Date.now();
    running = run().finally(() => (running = null));
  };
  return {
    request(): void {
      if (pending !== undefined || running) {
        if (!pending) pending = timers.setTimeout(fire, minGapMs);
        return;
      }
      const wait = Math.max(0, last + minGapMs - Date.now());
      pending = timers.setTimeout(fire, wait);
    },
  };
}
