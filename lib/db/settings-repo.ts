import type { CompanionDb, SettingsRecord } from './database';
import { WATCHED_THRESHOLD } from '../tracking/intervals';
import { indexTables, rebuildIndex } from './progress-index';

export type Settings = Omit<SettingsRecord, 'key' | 'updatedAt'>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  watchedThreshold: WATCHED_THRESHOLD,
  companionPanel: true,
  syncEnabled: true,
  dailyGoalMinutes: 30,
  reminderEnabled: false,
  reminderTime: '19:00',
};

export function withDefaults(record: SettingsRecord | undefined): Settings {
  const { key: _key, updatedAt: _at, ...stored } = record ?? { key: 'settings', updatedAt: 0 };
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function getSettings(db: CompanionDb): Promise<Settings> {
  return withDefaults(await db.settings.get('settings'));
}

export async function updateSettings(
  db: CompanionDb,
  patch: Partial<Settings>,
  now: number,
): Promise<Settings> {
  return db.transaction('rw', indexTables(db), async () => {
    const previous = await getSettings(db);
    const next = { ...previous, ...patch };
    await db.settings.put({ ...next, key: 'settings', updatedAt: now });
    // Which videos count as watched depends on the threshold.
    if (next.watchedThreshold !== previous.watchedThreshold) await rebuildIndex(db);
    return next;
  });
}
