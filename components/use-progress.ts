import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../lib/db/database';
import { getSettings, type Settings } from '../lib/db/settings-repo';

/** The settings, live: re-renders whenever any context writes them. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(getDb()), []);
}
