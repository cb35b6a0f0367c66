import type { SettingsRecord } from './database';
import { WATCHED_THRESHOLD } from '../tracking/intervals';

// Apart from settings-repo so pages can read settings rows without loading Dexie.
export type Settings = Omit<SettingsRecord, 'key' | 'updatedAt'>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  watchedThreshold: WATCHED_THRESHOLD,
  companionPanel: true,
  // Off until the learner turns it on: it sends data to their browser account (see README).
  syncEnabled: false,
  dailyGoalMinutes: 30,
  reminderEnabled: false,
  reminderTime: '19:00',
  studyDays: '1234567',
  forecastEnabled: false,
  focusMode: 'off',
  uiLanguage: 'auto',
  reviewEnabled: true,
};

/**
 * Whether progress is synced: the learner turned it on, knowingly (`syncConsentAt` is set only
 * by the first-run offer or the options page). Before sync was an opt-in every record held
 * `syncEnabled: true` without anyone choosing it: those stay off.
 */
export function syncIsOn(settings: Settings): boolean {
  return settings.syncEnabled && settings.syncConsentAt !== undefined;
}

export function withDefaults(record: SettingsRecord | undefined): Settings {
  const { key: _key, updatedAt: _at, ...stored } = record ?? { key: 'settings', updatedAt: 0 };
  return { ...DEFAULT_SETTINGS, ...stored };
}

/**
 * Whether this browser was never asked about sync: its plan came from a backup file or was
 * started before the answer was kept, so the first run's offer was never answered here.
 */
export function syncNeverChosen(settings: Settings): boolean {
  return settings.syncConsentAt === undefined && settings.chosenAt?.syncEnabled === undefined;
}
