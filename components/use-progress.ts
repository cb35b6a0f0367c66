import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../lib/db/database';
import { readSnapshot } from '../lib/db/snapshot-repo';
import { getSettings, type Settings } from '../lib/db/settings-repo';
import type { ProgressSnapshot } from '../lib/progress/snapshot';

/**
 * Live progress: re-renders whenever the background (or another page) writes. `initial`, from
 * the early read, is shown until the live query's first answer, which replaces it.
 */
export function useSnapshot(initial?: ProgressSnapshot): ProgressSnapshot | undefined {
  return useLiveQuery(() => readSnapshot(getDb()), [], initial);
}

export function useSettings(initial?: Settings): Settings | undefined {
  return useLiveQuery(() => getSettings(getDb()), [], initial);
}
