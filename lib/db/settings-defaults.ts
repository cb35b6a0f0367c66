import type { SettingsRecord } from './database';
import { WATCHED_THRESHOLD } from '../tracking/intervals';

// Apart from settings-repo so pages can read settings rows without loading Dexie.
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
