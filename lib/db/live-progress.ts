import { liveQuery } from 'dexie';
import { getDb } from './database';
import { readProgress } from './snapshot-repo';

export { doneTimes } from './page-actions';

/**
 * Calls `onChange` with what `query` reads now and after every write to what it read, from any
 * context (the background while the learner watches, this page's own writes). Returns the
 * function that stops watching.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onChange: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** The settings and the snapshot (the popup's and the dashboard's plan). */
export const progress = () => readProgress(getDb());

/** Every day's study row (the dashboard's habits, summary and review). */
export const dailyRows = () => getDb().daily.toArray();
