import { liveQuery } from 'dexie';
import { getDb } from './database';
import { getSettings, type Settings } from './settings-repo';
import { readSnapshot } from './snapshot-repo';
import type { ProgressSnapshot } from '../progress/snapshot';

export interface LiveProgress {
  settings: Settings;
  snapshot: ProgressSnapshot;
}

/**
 * Calls `onChange` with the settings and the snapshot now and after every write to them, from
 * any context (the background while the learner watches, this page's own ticks). Returns the
 * function that stops watching.
 */
export function watchProgress(
  onChange: (progress: LiveProgress) => void,
  onError: (error: unknown) => void,
): () => void {
  const db = getDb();
  const subscription = liveQuery(() =>
    db.transaction('r', db.tables, async () => ({
      settings: await getSettings(db),
      snapshot: await readSnapshot(db),
    })),
  ).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
