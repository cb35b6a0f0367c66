import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../lib/db/database';
import { readSnapshot } from '../lib/db/snapshot-repo';
import { getSettings, type Settings } from '../lib/db/settings-repo';
import type { ProgressSnapshot } from '../lib/progress/snapshot';

/** Live progress: re-renders whenever the background (or another page) writes. */
export function useSnapshot(): ProgressSnapshot | undefined {
  return useLiveQuery(() => readSnapshot(getDb()), []);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(getDb()), []);
}
