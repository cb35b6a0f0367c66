import { liveQuery } from 'dexie';
import { getDb } from './database';
import { readProgress } from './snapshot-repo';
import type { Progress } from '../progress/snapshot-from-rows';

/**
 * Calls `onChange` with the settings and the snapshot now and after every write to them, from
 * any context (the background while the learner watches, this page's own ticks). Returns the
 * function that stops watching.
 */
export function watchProgress(
  onChange: (progress: Progress) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readProgress(getDb())).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
