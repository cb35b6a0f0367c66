/**
 * When each setting was chosen, and how two records of settings meet: field by field, the
 * later choice wins, and a default nobody chose never wins over a choice. Used by sync (a
 * summary from another browser) and by a merging import (a backup file).
 */
import type { SettingsRecord } from '../db/database';
import { DEFAULT_SETTINGS } from '../db/settings-defaults';
import { SYNCED_SETTINGS, type SyncedSettings } from './summary';

export type SyncedField = (typeof SYNCED_SETTINGS)[number];

/**
 * When each synced setting was chosen in `record`. Records from before choices were timed
 * count a field as chosen (at the record's time) only where it differs from the default.
 */
export function choiceTimes(record: SettingsRecord): Partial<Record<SyncedField, number>> {
  if (record.chosenAt) return record.chosenAt as Partial<Record<SyncedField, number>>;
  const times: Partial<Record<SyncedField, number>> = {};
  for (const field of SYNCED_SETTINGS) {
    const value = record[field];
    if (value !== undefined && value !== (DEFAULT_SETTINGS as Partial<SyncedSettings>)[field])
      times[field] = record.updatedAt;
  }
  return times;
}

/**
 * This browser's settings after merging a backup file's. The file brings the learner's plan
 * and choices, each only where it was chosen later than here; what belongs to this browser is
 * never taken from a file: whether it syncs (and the consent to it), and its reset moment (a
 * file's older one would let sync merge erased progress back; it never moves back).
 */
export function mergeFileSettings(
  local: SettingsRecord | undefined,
  file: SettingsRecord,
): SettingsRecord {
  const mine: SettingsRecord = local ?? { key: 'settings', ...DEFAULT_SETTINGS, updatedAt: 0 };
  const localTimes = local ? choiceTimes(local) : {};
  const fileTimes = choiceTimes(file);
  const next: SettingsRecord = { ...DEFAULT_SETTINGS, ...mine, chosenAt: { ...localTimes } };
  for (const field of SYNCED_SETTINGS) {
    const at = fileTimes[field];
    if (at === undefined || file[field] === undefined) continue;
    const here = localTimes[field];
    // A field with no time here was never chosen here (a default), except a start date:
    // one is always chosen, so a start date with no time here is as old as can be.
    if (here !== undefined && at <= here) continue;
    (next as unknown as Record<string, unknown>)[field] = file[field];
    next.chosenAt![field] = at;
    // The undo history of re-planning belongs to the start date it moved.
    if (field === 'startDate') {
      if (file.planHistory !== undefined) next.planHistory = file.planHistory;
      else delete next.planHistory;
    }
  }
  return { ...next, key: 'settings', updatedAt: Math.max(mine.updatedAt, file.updatedAt) };
}

/**
 * This browser's settings after a replacing import: the file's choices, but this browser's
 * sync choice and consent, and a reset moment that only moves forward (`erasedAt`: the import
 * erased progress here, which sync must learn of).
 */
export function replaceWithFileSettings(
  local: SettingsRecord | undefined,
  file: SettingsRecord | null | undefined,
  erasedAt: number | undefined,
): SettingsRecord {
  const {
    syncEnabled: _sync,
    syncConsentAt: _consent,
    progressResetAt: _reset,
    seenStamp: _seen,
    ...chosen
  } = file ?? { key: 'settings' as const, updatedAt: 0 };
  const resetAt = Math.max(local?.progressResetAt ?? 0, erasedAt ?? 0);
  return {
    ...DEFAULT_SETTINGS,
    ...chosen,
    key: 'settings',
    syncEnabled: local?.syncEnabled ?? DEFAULT_SETTINGS.syncEnabled,
    ...(local?.syncConsentAt !== undefined ? { syncConsentAt: local.syncConsentAt } : {}),
    ...(resetAt > 0 ? { progressResetAt: resetAt } : {}),
    ...(local?.seenStamp !== undefined ? { seenStamp: Math.max(local.seenStamp, resetAt) } : {}),
    updatedAt: chosen.updatedAt ?? 0,
  } as SettingsRecord;
}
